#pragma once
// Test-only helpers: a second, independent SQLite connection to an event file, to read
// back what Cabildo wrote (or to change a file behind its back) without Cabildo's code.

#include "document/eventdocument.h"
#include "storage/schema.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <iterator>

namespace cabildo {

// Readable QCOMPARE failures for the model types (found by argument-dependent lookup).
inline char *toString(const Note &note)
{
    return qstrdup(QStringLiteral("Note(id %1, %2, \"%3\", %4, (%5, %6), ref \"%7\", author \"%8\")")
                       .arg(note.id)
                       .arg(note.uuid.toString(QUuid::WithoutBraces), note.text, note.colour)
                       .arg(note.pos.x())
                       .arg(note.pos.y())
                       .arg(note.ref, note.author.name)
                       .toUtf8()
                       .constData());
}

inline char *toString(const EventInfo &event)
{
    return qstrdup(QStringLiteral("EventInfo(\"%1\", %2, %3)")
                       .arg(event.title, event.acronym, event.timeZone)
                       .toUtf8()
                       .constData());
}

inline char *toString(FileProblem problem)
{
    static const char *const names[] = {"None",    "Missing", "Unreadable", "NotSqlite", "NotCabildo",
                                        "Corrupt", "Newer",   "InUse",      "ReadOnly",  "HardLinked"};
    static_assert(std::size(names) == int(FileProblem::HardLinked) + 1, "a name for every FileProblem");
    return qstrdup(names[int(problem)]);
}

} // namespace cabildo

namespace cabildo::test {

class RawDb
{
public:
    explicit RawDb(const QString &path, bool readOnly = false)
        : m_name(QStringLiteral("raw-test-connection-%1").arg(++counter()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
    }
    ~RawDb()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    bool isOpen() const { return QSqlDatabase::database(m_name, false).isOpen(); }
    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        m_error = query.exec(sql) ? QString() : query.lastError().text();
        return m_error.isEmpty();
    }
    /** First column of the first row, or an invalid QVariant. */
    QVariant value(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql) || !query.next()) {
            m_error = query.lastError().text();
            return {};
        }
        return query.value(0);
    }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    static int &counter()
    {
        static int value = 0;
        return value;
    }
    QString m_name;
    QString m_error;
};

/** The notes of a document in creation order, for whole-list comparisons. */
inline QList<Note> notesOf(const EventDocument &document)
{
    QList<Note> notes;
    for (qint64 id : document.noteIds())
        notes.append(*document.note(id));
    return notes;
}

inline bool copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

/**
 * Copies the closed SQLite file `source` to `target` with a genuine leftover -wal: the
 * statements run on a live connection and both files are copied before it checkpoints,
 * as after a crash or a copy taken while Cabildo was running.
 */
inline bool copyWithLeftoverWal(const QString &source, const QString &target, const QStringList &statements)
{
    const QString work = source + QStringLiteral(".live");
    if (!copyFile(source, work))
        return false;
    RawDb db(work);
    for (const QString &sql : statements)
        if (!db.exec(sql))
            return false;
    return QFileInfo(work + QStringLiteral("-wal")).size() > 0 && copyFile(work, target)
           && copyFile(work + QStringLiteral("-wal"), target + QStringLiteral("-wal"));
}

/**
 * A new event file as an older Cabildo made it: schema `version`, built by the file's own
 * migration steps up to there, with its event row ("Old event") and nothing else.
 */
inline bool createEventOfVersion(const QString &path, int version, QString *error)
{
    RawDb raw(path);
    QSqlDatabase db = raw.db();
    if (!schema::migrate(db, 0, error, version))
        return false;
    if (!raw.exec(QStringLiteral("INSERT INTO event VALUES (1, '6f1c1b6e-0000-4000-8000-000000000001', "
                                 "'6f1c1b6e-0000-4000-8000-000000000002', 'Old event', 'oldevent', 'UTC', "
                                 "'2026-01-01T00:00:00.000Z')"))) {
        *error = raw.error();
        return false;
    }
    return true;
}

inline bool truncateFile(const QString &path, qint64 size)
{
    QFile file(path);
    return file.resize(size);
}

} // namespace cabildo::test
