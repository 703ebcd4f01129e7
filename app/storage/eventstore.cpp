#include "eventstore.h"

#include "chunkedstatement.h"
#include "connection.h"
#include "schema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sys/stat.h>

namespace cabildo {

namespace {

/**
 * The name SQLite and the lock must use: the file itself, whatever symbolic link led to
 * it, so that two names for one file share one -wal and one lock. A file yet to be
 * created has its folder resolved.
 */
QString resolvedPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + QLatin1Char('/') + info.fileName();
}

/** How many names (hard links) the file has on its disk; 1 when that cannot be told. */
qint64 linkCount(const QString &path)
{
    struct stat status
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? qint64(status.st_nlink) : 1;
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIsoUtc(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

/** SQLite stores a null QString as NULL; the schema wants '' for "not given". */
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

const QString noteColumns = QStringLiteral(
    "id, uuid, text, language, colour, x, y, ref, tags, author, organisation, country, sector, show_name, source, "
    "created_at, theme_id, analysis_language, analysis, state, device_id, face_down, text_checked");

/**
 * What a read-only file of `version` has for noteColumns: version 1 had no themes nor
 * language work, versions before 5 no moderation state nor device, before 6 no face-down notes,
 * before 7 no unchecked notes.
 */
QString noteColumnsIn(int version)
{
    QString columns = noteColumns;
    if (version < 7)
        columns.replace(QLatin1String(", text_checked"), QLatin1String(", 1"));
    if (version < 6)
        columns.replace(QLatin1String(", face_down"), QLatin1String(", 0"));
    if (version < 5)
        columns.replace(QLatin1String("state, device_id"), QLatin1String("'visible', NULL"));
    if (version < 2)
        columns.replace(QLatin1String("theme_id, analysis_language, analysis"), QLatin1String("NULL, '', ''"));
    return columns;
}

const QString themeColumns = QStringLiteral("id, uuid, title, colour, collapsed, terms, created_at");

} // namespace

EventStore::EventStore(const QString &path, bool readOnly) : m_path(path), m_readOnly(readOnly) {}

EventStore::~EventStore()
{
    // Closing the last connection checkpoints the WAL into the file and removes it.
    m_connection.reset();
    if (m_lock)
        m_lock->unlock();
}

QString EventStore::lockPath(const QString &path)
{
    return resolvedPath(path) + QStringLiteral(".lock");
}

bool EventStore::beginWrite()
{
    // Writes nest: a command that changes themes and notes is one transaction, all or nothing.
    if (m_writeDepth++ > 0)
        return true;
    if (m_connection->db().transaction())
        return true;
    m_writeDepth = 0;
    return fail(m_connection->db().lastError().text());
}

bool EventStore::endWrite(bool ok)
{
    if (--m_writeDepth > 0)
        return ok;
    QSqlDatabase &db = m_connection->db();
    if (!ok) {
        const QString message = m_lastError;
        db.rollback();
        return fail(message);
    }
    return db.commit() || fail(db.lastError().text());
}

bool EventStore::inTransaction(const std::function<bool()> &work)
{
    if (!beginWrite())
        return false;
    return endWrite(work());
}

bool EventStore::execBatchImpl(const QString &sql, qsizetype count,
                               const std::function<void(QSqlQuery &, qsizetype)> &bind,
                               const std::function<void(QSqlQuery &, qsizetype)> &afterEach)
{
    return inTransaction([&] {
        QSqlQuery query(m_connection->db());
        query.prepare(sql);
        for (qsizetype row = 0; row < count; ++row) {
            bind(query, row);
            if (!query.exec())
                return fail(query.lastError().text());
            if (afterEach)
                afterEach(query, row);
        }
        return true;
    });
}

bool EventStore::fail(const QString &message)
{
    m_lastError = message;
    return false;
}

bool EventStore::configure()
{
    QSqlQuery query(m_connection->db());
    if (m_readOnly)
        return query.exec(QStringLiteral("PRAGMA foreign_keys = ON")) || fail(query.lastError().text());
    // WAL + FULL: a commit is on disk when it returns; a crash loses nothing committed.
    // A bulk action writes every page of a large event in one transaction (20,000 notes
    // joining themes after a first restore point: 16 MB). With SQLite's 2 MB cache, pages
    // went to the WAL before the commit, and each multi-row statement copied the pages it
    // changed into a statement journal on disk (/var/tmp, 27,000 writes); in memory,
    // `cabildo cluster` stores its themes and restore point in 0.35 s instead of 0.6 s.
    // The cache holds only what a transaction changed: the document keeps what was read
    // (releaseReadPages).
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
                               "PRAGMA cache_size = -32768", "PRAGMA temp_store = MEMORY"})
        if (!query.exec(QString::fromLatin1(pragma)))
            return fail(query.lastError().text());
    return true;
}

std::unique_ptr<EventStore> EventStore::create(const QString &path, const EventInfo &event, QString *error)
{
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink()) { // a dangling link too: SQLite would create its target
        *error = tr("%1 already exists.").arg(info.fileName());
        return nullptr;
    }
    const QString file = resolvedPath(path);
    std::unique_ptr<EventStore> store(new EventStore(path, false));
    store->m_lock = std::make_unique<QLockFile>(lockPath(file));
    store->m_lock->setStaleLockTime(0);
    if (!store->m_lock->tryLock(0)) {
        *error = tr("%1 cannot be created here: %2").arg(info.fileName(), tr("the folder is not writable."));
        return nullptr;
    }
    store->m_connection = std::make_unique<Connection>(file, Connection::Mode::ReadWrite);
    QString migrationError;
    if (!store->m_connection->isOpen() || !store->configure()
        || !schema::migrate(store->m_connection->db(), 0, &migrationError) || !store->saveEvent(event)) {
        *error =
            tr("%1 cannot be created: %2")
                .arg(info.fileName(),
                     migrationError.isEmpty() ? store->m_connection->errorText() + store->m_lastError : migrationError);
        return nullptr;
    }
    return store;
}

std::unique_ptr<EventStore> EventStore::open(const QString &path, bool readOnly, FileCheck *result)
{
    *result = FileCheck::run(path);
    if (!result->ok())
        return nullptr;

    const QFileInfo info(path);
    const QString file = info.canonicalFilePath();
    const QFileInfo folder(QFileInfo(file).absolutePath());
    // SQLite needs to create -wal and -shm beside the file: both must be writable.
    if (!readOnly && (!info.isWritable() || !folder.isWritable())) {
        readOnly = true;
        result->problem = FileProblem::ReadOnly;
        result->message = tr("%1 is read-only: you can look, but not change it.").arg(info.fileName());
    }
    // SQLite names the -wal after the path, and a lock on one name does not stop a writer
    // using another: two hard links let two writers in, or replay one name's WAL over
    // what was written through the other (sqlite.org/howtocorrupt.html, 2.5).
    if (!readOnly && linkCount(file) > 1) {
        result->problem = FileProblem::HardLinked;
        result->message = tr("%1 has more than one name on this disk (hard links): changes made through two names "
                             "at once would be lost, so Cabildo will not change it. Open a copy of it instead.")
                              .arg(info.fileName());
        return nullptr;
    }

    std::unique_ptr<EventStore> store(new EventStore(path, readOnly));
    if (!readOnly) {
        // A clean close removes both the -wal (checkpointed) and the lock.
        const bool closedCleanly =
            !QFileInfo::exists(file + QStringLiteral("-wal")) && !QFileInfo::exists(lockPath(file));
        store->m_lock = std::make_unique<QLockFile>(lockPath(file));
        store->m_lock->setStaleLockTime(0); // a lock from a dead process is taken over at once
        if (!store->m_lock->tryLock(0)) {
            result->problem = FileProblem::InUse;
            result->message = tr("%1 is open in another Cabildo window or command.").arg(info.fileName());
            return nullptr;
        }
        // Damage quick_check does not see (an index missing rows) would spread with every
        // write: after a crash, check all of it once, still read-only, before writing.
        if (!closedCleanly) {
            const FileCheck full = FileCheck::run(path, FileCheck::Depth::Full);
            if (!full.ok()) {
                *result = full;
                if (full.problem == FileProblem::Corrupt)
                    result->message = tr("%1 was not closed properly and is damaged, so Cabildo will not change it. "
                                         "You can still open it read-only, to look at it or back it up.")
                                          .arg(info.fileName());
                return nullptr;
            }
        }
    }
    store->m_connection =
        std::make_unique<Connection>(file, readOnly ? Connection::Mode::ReadOnly : Connection::Mode::ReadWrite);
    QString migrationError;
    if (!store->m_connection->isOpen() || !store->configure()
        || (!readOnly && !schema::migrate(store->m_connection->db(), result->schemaVersion, &migrationError))) {
        result->problem = FileProblem::Corrupt;
        result->message = tr("%1 cannot be opened: %2")
                              .arg(info.fileName(), migrationError.isEmpty() ? store->m_lastError : migrationError);
        return nullptr;
    }
    if (readOnly)
        store->m_schemaVersion = result->schemaVersion; // a read-only file is never migrated
    return store;
}

EventInfo EventStore::loadEvent()
{
    QSqlQuery query(m_connection->db());
    EventInfo event;
    if (query.exec(
            QStringLiteral("SELECT uuid, namespace, title, acronym, timezone, created_at FROM event WHERE id = 1"))
        && query.next()) {
        event.uuid = QUuid::fromString(query.value(0).toString());
        event.uuidNamespace = QUuid::fromString(query.value(1).toString());
        event.title = query.value(2).toString();
        event.acronym = query.value(3).toString();
        event.timeZone = query.value(4).toString();
        event.createdAt = fromIsoUtc(query.value(5).toString());
    }
    return event;
}

bool EventStore::saveEvent(const EventInfo &event)
{
    QSqlQuery query(m_connection->db());
    query.prepare(QStringLiteral(
        "INSERT INTO event (id, uuid, namespace, title, acronym, timezone, created_at) VALUES (1, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET title = excluded.title, acronym = excluded.acronym, timezone = excluded.timezone"));
    query.addBindValue(event.uuid.toString(QUuid::WithoutBraces));
    query.addBindValue(event.uuidNamespace.toString(QUuid::WithoutBraces));
    query.addBindValue(notNull(event.title));
    query.addBindValue(notNull(event.acronym));
    query.addBindValue(notNull(event.timeZone));
    query.addBindValue(isoUtc(event.createdAt));
    return query.exec() || fail(query.lastError().text());
}

QList<Note> EventStore::loadNotes()
{
    QList<Note> notes;
    QSqlQuery query(m_connection->db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM note ORDER BY id").arg(noteColumnsIn(m_schemaVersion)))) {
        fail(query.lastError().text());
        return notes;
    }
    while (query.next()) {
        Note note;
        note.id = query.value(0).toLongLong();
        note.uuid = QUuid::fromString(query.value(1).toString());
        note.text = query.value(2).toString();
        note.language = query.value(3).toString();
        note.colour = query.value(4).toString();
        note.pos = QPointF(query.value(5).toDouble(), query.value(6).toDouble());
        note.ref = query.value(7).toString();
        note.tags = query.value(8).toString();
        note.author.name = query.value(9).toString();
        note.author.organisation = query.value(10).toString();
        note.author.country = query.value(11).toString();
        note.author.sector = sectorFromKey(query.value(12).toString());
        note.author.showNameInResults = query.value(13).toBool();
        note.source = noteSourceFromKey(query.value(14).toString());
        note.createdAt = fromIsoUtc(query.value(15).toString());
        note.themeId = query.value(16).toLongLong();
        note.analysisLanguage = query.value(17).toString();
        note.analysis = query.value(18).toString();
        note.state = noteStateFromKey(query.value(19).toString());
        note.deviceId = query.value(20).toLongLong();
        note.faceDown = query.value(21).toBool();
        note.textChecked = query.value(22).toBool();
        notes.append(std::move(note));
    }
    return notes;
}

void EventStore::releaseReadPages()
{
    QSqlQuery query(m_connection->db());
    query.exec(QStringLiteral("PRAGMA shrink_memory"));
}

int EventStore::noteCount()
{
    QSqlQuery query(m_connection->db());
    return query.exec(QStringLiteral("SELECT count(*) FROM note")) && query.next() ? query.value(0).toInt() : 0;
}

bool EventStore::updatePlaces(const QList<const Note *> &notes)
{
    QString error;
    return inTransaction([&] { // all or none
        return chunkedstatement::exec(
                   m_connection->db(),
                   QStringLiteral("UPDATE note SET x = v.column2, y = v.column3, theme_id = v.column4 "
                                  "FROM (VALUES %1) AS v WHERE note.id = v.column1"),
                   4, notes.size(),
                   [&](QSqlQuery &query, qsizetype row, int first) {
                       const Note *note = notes.at(row);
                       query.bindValue(first, note->id);
                       query.bindValue(first + 1, note->pos.x());
                       query.bindValue(first + 2, note->pos.y());
                       query.bindValue(first + 3, note->themeId ? QVariant(note->themeId) : QVariant());
                   },
                   &error)
               || fail(error);
    });
}

bool EventStore::upsertNotes(const QList<Note> &notes, const QSet<qint64> &placedOnly)
{
    if (!placedOnly.isEmpty()) {
        // Notes that only moved: three columns instead of every one (20,000 notes joining
        // themes at once in half the time).
        QList<const Note *> placed;
        QList<Note> others;
        for (const Note &note : notes)
            placedOnly.contains(note.id) ? placed.append(&note) : others.append(note);
        return updatePlaces(placed) && (others.isEmpty() || upsertNotes(others));
    }
    // An upsert, never INSERT OR REPLACE: replacing deletes the row first, which would fire
    // the deletes' triggers and cascades. Identity (uuid, source, created_at, the phone) never changes.
    const QString sql =
        QStringLiteral(
            "INSERT INTO note (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET text = excluded.text, "
            "language = excluded.language, colour = excluded.colour, x = excluded.x, "
            "y = excluded.y, ref = excluded.ref, tags = excluded.tags, "
            "author = excluded.author, organisation = excluded.organisation, "
            "country = excluded.country, sector = excluded.sector, "
            "show_name = excluded.show_name, theme_id = excluded.theme_id, "
            "analysis_language = excluded.analysis_language, analysis = excluded.analysis, "
            "state = excluded.state, face_down = excluded.face_down, text_checked = excluded.text_checked")
            .arg(noteColumns);
    return execBatch(sql, notes, [](QSqlQuery &query, const Note &note) {
        query.addBindValue(note.id ? QVariant(note.id) : QVariant());
        query.addBindValue(note.uuid.toString(QUuid::WithoutBraces));
        query.addBindValue(notNull(note.text));
        query.addBindValue(notNull(note.language));
        query.addBindValue(notNull(note.colour));
        query.addBindValue(note.pos.x());
        query.addBindValue(note.pos.y());
        query.addBindValue(notNull(note.ref));
        query.addBindValue(notNull(note.tags));
        query.addBindValue(notNull(note.author.name));
        query.addBindValue(notNull(note.author.organisation));
        query.addBindValue(notNull(note.author.country));
        query.addBindValue(sectorKey(note.author.sector));
        query.addBindValue(note.author.showNameInResults ? 1 : 0);
        query.addBindValue(noteSourceKey(note.source));
        query.addBindValue(isoUtc(note.createdAt));
        query.addBindValue(note.themeId ? QVariant(note.themeId) : QVariant());
        query.addBindValue(notNull(note.analysisLanguage));
        query.addBindValue(notNull(note.analysis));
        query.addBindValue(noteStateKey(note.state));
        query.addBindValue(note.deviceId ? QVariant(note.deviceId) : QVariant());
        query.addBindValue(note.faceDown ? 1 : 0);
        query.addBindValue(note.textChecked ? 1 : 0);
    });
}

bool EventStore::deleteNotes(const QList<qint64> &ids)
{
    return execBatch(QStringLiteral("DELETE FROM note WHERE id = ?"), ids,
                     [](QSqlQuery &query, qint64 id) { query.addBindValue(id); });
}

QList<Theme> EventStore::loadThemes()
{
    QList<Theme> themes;
    if (m_schemaVersion < 2)
        return themes;
    QSqlQuery query(m_connection->db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM theme ORDER BY id").arg(themeColumns))) {
        fail(query.lastError().text());
        return themes;
    }
    while (query.next()) {
        Theme theme;
        theme.id = query.value(0).toLongLong();
        theme.uuid = QUuid::fromString(query.value(1).toString());
        theme.title = query.value(2).toString();
        theme.colour = query.value(3).toString();
        theme.collapsed = query.value(4).toBool();
        theme.terms = query.value(5).toString();
        theme.createdAt = fromIsoUtc(query.value(6).toString());
        themes.append(theme);
    }
    return themes;
}

int EventStore::themeCount()
{
    QSqlQuery query(m_connection->db());
    return m_schemaVersion >= 2 && query.exec(QStringLiteral("SELECT count(*) FROM theme")) && query.next()
               ? query.value(0).toInt()
               : 0;
}

bool EventStore::upsertThemes(const QList<Theme> &themes)
{
    return execBatch(
        QStringLiteral("INSERT INTO theme (%1) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                       "title = excluded.title, colour = excluded.colour, "
                       "collapsed = excluded.collapsed, terms = excluded.terms")
            .arg(themeColumns),
        themes, [](QSqlQuery &query, const Theme &theme) {
            query.addBindValue(theme.id ? QVariant(theme.id) : QVariant());
            query.addBindValue(theme.uuid.toString(QUuid::WithoutBraces));
            query.addBindValue(notNull(theme.title));
            query.addBindValue(notNull(theme.colour));
            query.addBindValue(theme.collapsed ? 1 : 0);
            query.addBindValue(notNull(theme.terms));
            query.addBindValue(isoUtc(theme.createdAt));
        });
}

bool EventStore::deleteThemes(const QList<qint64> &ids)
{
    return execBatch(QStringLiteral("DELETE FROM theme WHERE id = ?"), ids,
                     [](QSqlQuery &query, qint64 id) { query.addBindValue(id); });
}

bool EventStore::applyChange(const EventChange &change)
{
    // In an order the foreign keys accept: themes exist before notes join them, and notes
    // have left a theme before it goes (so ON DELETE SET NULL finds none to change).
    return inTransaction([&] {
        return (!change.event || saveEvent(*change.event))
               && (change.themes.themes.isEmpty() || upsertThemes(change.themes.themes))
               && (change.notes.removed.isEmpty() || deleteNotes(change.notes.removed))
               && (change.notes.notes.isEmpty() || upsertNotes(change.notes.notes, change.notes.placedOnly))
               && (change.submissions.isEmpty() || insertSubmissions(change.submissions))
               && (change.themes.removed.isEmpty() || deleteThemes(change.themes.removed))
               && (change.agenda.isEmpty() || applyAgendaChange(change.agenda))
               && (change.votes.isEmpty() || applyVoteChange(change.votes));
    });
}

bool EventStore::saveNoteAnalyses(const QHash<qint64, QPair<QString, QString>> &analyses)
{
    return execBatch(QStringLiteral("UPDATE note SET analysis_language = ?, analysis = ? WHERE id = ?"),
                     analyses.keys(), [&](QSqlQuery &query, qint64 id) {
                         query.addBindValue(notNull(analyses.value(id).first));
                         query.addBindValue(notNull(analyses.value(id).second));
                         query.addBindValue(id);
                     });
}

bool EventStore::snapshotTo(const QString &targetPath)
{
    if (QFileInfo::exists(targetPath))
        return fail(tr("%1 already exists.").arg(QFileInfo(targetPath).fileName()));
    QSqlQuery query(m_connection->db());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(targetPath);
    return query.exec() || fail(query.lastError().text());
}

} // namespace cabildo
