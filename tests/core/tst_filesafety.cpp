// The event file against what SQLite alone does not catch (issue 12): a schema version no
// Cabildo wrote, one file under two names (a symbolic or a hard link), a file cut short by
// a few bytes, and an index missing a row in a file a crash left behind. Each is refused
// with a message naming the file, and the file stays byte-for-byte as it was.
#include "sqlitepeek.h"
#include "testevent.h"

#include "storage/eventstore.h"
#include "storage/schema.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTest>

#include <climits>
#include <unistd.h>

using namespace cabildo;
using namespace cabildo::test;

namespace {

/** A closed event with `count` notes of long text, so the note table spans many pages. */
QString bigEvent(TestFolder &folder, const QString &name, int count)
{
    auto document = folder.newEvent(name);
    QList<Note> notes;
    for (int i = 0; i < count; ++i)
        notes.append(EventDocument::makeNote(QStringLiteral("Nota %1: ").arg(i) + QString(300, QLatin1Char('x')),
                                             NoteSource::Typed));
    if (!document || !document->addNotes(notes))
        qWarning("cannot fill the test event");
    return folder.path(name);
}

/**
 * Adds a note that the index note_theme does not list, as a failing disk or a foreign tool
 * could leave it: the index is made partial (WHERE 0) for the insert, then restored.
 * quick_check does not compare indexes with their tables; integrity_check does.
 */
bool addNoteMissingFromIndex(const QString &path)
{
    const auto setIndexSql = [&](const QString &sql) {
        RawDb db(path);
        return db.exec(QStringLiteral("PRAGMA writable_schema = ON"))
               && db.exec(QStringLiteral("UPDATE sqlite_schema SET sql = '%1' WHERE name = 'note_theme'").arg(sql));
    };
    if (!setIndexSql(QStringLiteral("CREATE INDEX note_theme ON note (theme_id) WHERE 0")))
        return false;
    {
        RawDb db(path); // a new connection reads the partial index: the insert skips it
        if (!db.exec(QStringLiteral("INSERT INTO note (uuid, text, colour, x, y, source, created_at) VALUES "
                                    "('6f1c1c9e-8a47-4c61-9d5b-0d5d1f4b9a01', 'unindexed', 'yellow', 0, 0, "
                                    "'typed', '2026-01-01T00:00:00.000Z')")))
            return false;
    }
    if (!setIndexSql(QStringLiteral("CREATE INDEX note_theme ON note (theme_id)")))
        return false;
    RawDb db(path, true);
    return db.value(QStringLiteral("PRAGMA quick_check")).toString() == QLatin1String("ok")
           && db.value(QStringLiteral("PRAGMA integrity_check")).toString() != QLatin1String("ok");
}

/** The lock a Cabildo killed while it had `path` open leaves behind (QLockFile's format). */
bool leaveStaleLock(const QString &path)
{
    QProcess dead;
    dead.start(QStringLiteral("true"), {});
    if (!dead.waitForStarted())
        return false;
    const qint64 pid = dead.processId();
    if (!dead.waitForFinished() || pid <= 0)
        return false;
    QFile lock(EventStore::lockPath(path));
    const QByteArray bytes = QByteArray::number(pid) + "\ncabildo\n" + QSysInfo::machineHostName().toUtf8() + '\n';
    return lock.open(QIODevice::WriteOnly) && lock.write(bytes) == bytes.size();
}

/** Both a read-write and a read-only open refuse `path` with `expected`, naming the file. */
void verifyRefused(const QString &path, FileProblem expected)
{
    for (const bool readOnly : {false, true}) {
        FileCheck check;
        auto document = EventDocument::open(path, readOnly, &check);
        QVERIFY2(!document, readOnly ? "read-only open must refuse" : "read-write open must refuse");
        QCOMPARE(check.problem, expected);
        QVERIFY2(check.message.contains(QFileInfo(path).fileName()), qPrintable(check.message));
    }
}

} // namespace

class TestFileSafety : public QObject
{
    Q_OBJECT

private slots:
    // Guards: a file claiming a format version no Cabildo wrote (negative, 0, newer) is
    // refused like any foreign or newer file — never migrated, never a crash.
    void unknownVersionRefused_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<bool>("withWal");
        QTest::addColumn<FileProblem>("expected");
        const struct
        {
            const char *name;
            int version;
            FileProblem problem;
        } rows[] = {
            {"-1", -1, FileProblem::NotCabildo},
            {"-1000", -1000, FileProblem::NotCabildo},
            {"INT_MIN", INT_MIN, FileProblem::NotCabildo},
            {"0", 0, FileProblem::NotCabildo},
            {"current + 1", schema::currentVersion + 1, FileProblem::Newer},
            {"INT_MAX", INT_MAX, FileProblem::Newer},
        };
        for (const auto &row : rows) {
            QTest::addRow("%s", row.name) << row.version << false << row.problem;
            QTest::addRow("%s in the -wal", row.name) << row.version << true << row.problem;
        }
    }
    void unknownVersionRefused()
    {
        QFETCH(int, version);
        QFETCH(bool, withWal);
        QFETCH(FileProblem, expected);
        TestFolder folder;
        const QString good = bigEvent(folder, QStringLiteral("good.cabildo"), 20);
        const QString path = folder.path(QStringLiteral("odd.cabildo"));
        const QString setVersion = QStringLiteral("PRAGMA user_version = %1").arg(version);
        if (withWal) {
            QVERIFY(copyWithLeftoverWal(good, path, {setVersion}));
        } else {
            QVERIFY(copyFile(good, path));
            RawDb db(path);
            QVERIFY(db.exec(setVersion));
        }
        const QByteArray before = readAll(path);
        verifyRefused(path, expected);
        QVERIFY(readAll(path) == before);
        QVERIFY(!QFileInfo::exists(EventStore::lockPath(path)));
    }

    // Guards: a file cut short — a copy to a full USB stick, an interrupted download — is
    // refused, even by a few bytes SQLite would read as zeros into a note.
    void cutShortRefused_data()
    {
        QTest::addColumn<int>("missing");
        for (const int missing : {1, 2, 17, 50, 99, 100, 4096})
            QTest::addRow("%d bytes", missing) << missing;
    }
    void cutShortRefused()
    {
        QFETCH(int, missing);
        TestFolder folder;
        const QString good = bigEvent(folder, QStringLiteral("good.cabildo"), 300);
        const QString path = folder.path(QStringLiteral("cut.cabildo"));
        QVERIFY(copyFile(good, path));
        QVERIFY(truncateFile(path, QFileInfo(good).size() - missing));
        const QByteArray before = readAll(path);
        verifyRefused(path, FileProblem::Corrupt);
        QVERIFY(readAll(path) == before);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(EventStore::lockPath(path)));

        // The whole file opens, read-write.
        FileCheck check;
        QVERIFY2(EventDocument::open(good, false, &check), qPrintable(check.message));
    }

    // Guards: after a crash (a leftover -wal or lock), a file whose index misses a row is
    // checked in full and not written to — every write would spread the damage — but can
    // still be opened read-only, to look at it or back it up.
    void damagedIndexRefusedAfterCrash_data()
    {
        QTest::addColumn<bool>("withWal");
        QTest::newRow("leftover -wal") << true;
        QTest::newRow("stale lock") << false;
    }
    void damagedIndexRefusedAfterCrash()
    {
        QFETCH(bool, withWal);
        TestFolder folder;
        const QString damaged = bigEvent(folder, QStringLiteral("damaged.cabildo"), 300);
        QVERIFY(addNoteMissingFromIndex(damaged));
        const QString path = folder.path(QStringLiteral("crashed.cabildo"));
        const QString wal = path + QStringLiteral("-wal");
        if (withWal)
            QVERIFY(copyWithLeftoverWal(damaged, path, {QStringLiteral("UPDATE event SET title = 'changed'")}));
        else
            QVERIFY(copyFile(damaged, path) && leaveStaleLock(path));
        const QByteArray before = readAll(path);
        const QByteArray walBefore = readAll(wal);

        FileCheck check;
        QVERIFY(!EventDocument::open(path, false, &check));
        QCOMPARE(check.problem, FileProblem::Corrupt);
        QVERIFY2(check.message.contains(QStringLiteral("crashed.cabildo")), qPrintable(check.message));
        QVERIFY2(!check.message.contains(QLatin1String("index")), "no SQLite text in the message");
        QVERIFY(readAll(path) == before);
        QCOMPARE(QFileInfo::exists(wal), withWal);
        QVERIFY(readAll(wal) == walBefore);

        auto viewer = EventDocument::open(path, true, &check);
        QVERIFY2(viewer, qPrintable(check.message));
        QCOMPARE(viewer->noteCount(), 301);
        viewer.reset();
        QVERIFY(readAll(path) == before);
    }

    // Guards: an event reached through a symbolic link is the same event as through its
    // own name: one lock, one -wal, so a second writer is kept out whichever name it uses.
    void symbolicLinkSharesTheLock()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        const QString link = folder.path(QStringLiteral("link.cabildo"));
        auto first = folder.newEvent();
        QVERIFY(first);
        QVERIFY(first->addNotes({EventDocument::makeNote(QStringLiteral("uno"), NoteSource::Typed)}));
        QVERIFY(QFile::link(path, link));

        FileCheck check;
        QVERIFY(!EventDocument::open(link, false, &check));
        QCOMPARE(check.problem, FileProblem::InUse);
        QVERIFY2(check.message.contains(QStringLiteral("link.cabildo")), qPrintable(check.message));
        auto viewer = EventDocument::open(link, true, &check);
        QVERIFY2(viewer, qPrintable(check.message));
        QCOMPARE(viewer->noteCount(), 1); // reads through the writer's -wal
        viewer.reset();
        first.reset();

        // Through the link: the lock and -wal are the file's own, and the writer through
        // the real name is kept out.
        auto second = EventDocument::open(link, false, &check);
        QVERIFY2(second, qPrintable(check.message));
        QCOMPARE(second->filePath(), link);
        QVERIFY(second->addNotes({EventDocument::makeNote(QStringLiteral("dos"), NoteSource::Typed)}));
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".lock")));
        QVERIFY(!QFileInfo::exists(link + QStringLiteral(".lock")));
        QVERIFY(!QFileInfo::exists(link + QStringLiteral("-wal")));
        QVERIFY(!EventDocument::open(path, false, &check));
        QCOMPARE(check.problem, FileProblem::InUse);
        second.reset();

        auto again = EventDocument::open(path, false, &check);
        QVERIFY2(again, qPrintable(check.message));
        QCOMPARE(again->noteCount(), 2);
    }

    // Guards: a file with a second hard link is not written through either name (a lock
    // or -wal on one name does not cover the other; SQLite advises against hard links),
    // but can be read; with one name again it opens as usual.
    void hardLinkRefusedForWriting()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        const QString other = folder.path(QStringLiteral("other.cabildo"));
        {
            auto document = folder.newEvent();
            QVERIFY(document);
            QVERIFY(document->addNotes({EventDocument::makeNote(QStringLiteral("uno"), NoteSource::Typed)}));
        }
        QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(other).constData()), 0);
        const QByteArray before = readAll(path);
        for (const QString &name : {path, other}) {
            FileCheck check;
            QVERIFY(!EventDocument::open(name, false, &check));
            QCOMPARE(check.problem, FileProblem::HardLinked);
            QVERIFY2(check.message.contains(QFileInfo(name).fileName()), qPrintable(check.message));
            QVERIFY(!QFileInfo::exists(EventStore::lockPath(name)));
            auto viewer = EventDocument::open(name, true, &check);
            QVERIFY2(viewer, qPrintable(check.message));
            QCOMPARE(viewer->noteCount(), 1);
        }
        QVERIFY(readAll(path) == before);

        QVERIFY(QFile::remove(other));
        FileCheck check;
        auto document = EventDocument::open(path, false, &check);
        QVERIFY2(document, qPrintable(check.message));
        QVERIFY(!document->isReadOnly());
    }

    // Guards: Cabildo creates the event where a link to a folder leads, and never creates
    // one through a link that names no file yet.
    void createThroughLinks()
    {
        TestFolder folder;
        QVERIFY(QDir().mkpath(folder.path(QStringLiteral("real"))));
        QVERIFY(QFile::link(folder.path(QStringLiteral("real")), folder.path(QStringLiteral("via"))));
        QVERIFY(folder.newEvent(QStringLiteral("via/test.cabildo")));
        QVERIFY(QFileInfo(folder.path(QStringLiteral("real/test.cabildo"))).isFile());

        const QString dangling = folder.path(QStringLiteral("dangling.cabildo"));
        QVERIFY(QFile::link(folder.path(QStringLiteral("elsewhere.cabildo")), dangling));
        QString error;
        QVERIFY(!EventDocument::create(dangling, QStringLiteral("T"), QString(), QStringLiteral("UTC"), &error));
        QVERIFY2(error.contains(QStringLiteral("dangling.cabildo")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(folder.path(QStringLiteral("elsewhere.cabildo"))));
    }
};

QTEST_GUILESS_MAIN(TestFileSafety)
#include "tst_filesafety.moc"
