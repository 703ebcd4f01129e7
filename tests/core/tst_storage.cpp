// The event file (app/storage/FORMAT.md): what a facilitator adds is there when the
// file is opened again; the file is a well-formed Cabildo SQLite file; a file that is not
// ours, is damaged or is newer is refused and left byte-for-byte as it was, leftover -wal
// included; a second Cabildo cannot write to an open event; Save As; text stored as NFC.
#include "sqlitepeek.h"
#include "testevent.h"

#include "storage/eventstore.h"
#include "storage/schema.h"

#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTest>

using namespace cabildo;
using namespace cabildo::test;

namespace {

enum class Bad
{
    Text,
    Empty,
    Png,
    PlainSqlite,
    Truncated,
    DamagedPages,
    Newer,
    NegativeVersion,
    ZeroVersion
};

Note fullNote()
{
    Note note = EventDocument::makeNote(QStringLiteral("Datos abiertos para la participación"), NoteSource::Kiosk);
    note.language = QStringLiteral("es");
    note.colour = QStringLiteral("blue");
    note.pos = QPointF(12.5, -40.25);
    note.ref = QStringLiteral("R-17");
    note.tags = QStringLiteral("datos;abiertos");
    note.author =
        Author{QStringLiteral("Ana Pérez"), QStringLiteral("Cívica"), QStringLiteral("UY"), Sector::CivilSociety, true};
    return note;
}

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

/** Overwrites the b-tree page headers of the pages in the middle of the file. */
bool damageMiddlePages(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const qint64 pageSize = 4096;
    const qint64 pages = file.size() / pageSize;
    for (qint64 page = pages / 3; page < 2 * pages / 3; ++page) {
        file.seek(page * pageSize);
        file.write(QByteArray(16, '\x5a'));
    }
    return pages >= 6;
}

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT

private slots:
    // Guards: "never lose work" — notes and event details survive closing and reopening.
    void notesSurviveReopen()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        QList<Note> before;
        EventInfo eventBefore;
        const Note full = fullNote();
        {
            auto document = folder.newEvent(QStringLiteral("test.cabildo"), QStringLiteral("Abrelatam 2026"));
            QVERIFY(document);
            QVERIFY(
                document->addNotes({full, EventDocument::makeNote(QStringLiteral("Ciência aberta"), NoteSource::Typed),
                                    EventDocument::makeNote(QStringLiteral("Open science"), NoteSource::Pasted)}));
            before = notesOf(*document);
            eventBefore = document->event();
        }
        QCOMPARE(before.size(), 3);
        Note stored = before.first();
        QVERIFY(stored.id > 0);
        stored.id = 0;
        QCOMPARE(stored, full); // every field the user gave, position included

        FileCheck check;
        auto reopened = EventDocument::open(path, false, &check);
        QVERIFY2(reopened, qPrintable(check.message));
        QCOMPARE(check.problem, FileProblem::None);
        QCOMPARE(notesOf(*reopened), before);
        QCOMPARE(reopened->event(), eventBefore);
        QCOMPARE(reopened->event().title, QStringLiteral("Abrelatam 2026"));
        QCOMPARE(reopened->event().acronym, QStringLiteral("abrelatam2026"));
        QVERIFY(!reopened->event().uuid.isNull());
        QVERIFY(!reopened->event().uuidNamespace.isNull());
    }

    // Guards: the file is SQLite as an application file format with the settings FORMAT.md
    // names, so other tools can recognise it and a power cut loses nothing committed.
    void fileFormatPragmas()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        {
            auto document = folder.newEvent();
            QVERIFY(document);
            QVERIFY(document->addNotes({EventDocument::makeNote(QStringLiteral("uno"), NoteSource::Typed)}));
            // The document's own connection (same process): per-connection settings.
            bool found = false;
            for (const QString &name : QSqlDatabase::connectionNames()) {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                if (QFileInfo(db.databaseName()) != QFileInfo(path))
                    continue;
                found = true;
                QSqlQuery query(db);
                QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
                QCOMPARE(query.value(0).toInt(), 1);
                QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
                QCOMPARE(query.value(0).toInt(), 2); // FULL
            }
            QVERIFY2(found, "the open document's SQLite connection");
            QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        }
        // Checkpointed on close: everything is in the one file.
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        const QByteArray header = readAll(path).left(100);
        QVERIFY(header.startsWith(QByteArrayLiteral("SQLite format 3\0")));
        QCOMPARE(int(header.at(18)), 2); // WAL, written in the header
        QCOMPARE(int(header.at(19)), 2);

        RawDb db(path);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        QCOMPARE(db.value(QStringLiteral("PRAGMA application_id")).toInt(), schema::applicationId);
        QCOMPARE(db.value(QStringLiteral("PRAGMA application_id")).toInt(), 0x43424C44);
        QCOMPARE(db.value(QStringLiteral("PRAGMA user_version")).toInt(), schema::currentVersion);
        QCOMPARE(db.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM note")).toInt(), 1);
    }

    // Guards: a file Cabildo must not open is refused with a clear message and left
    // byte-for-byte untouched — even with a leftover -wal a read-write open would replay.
    void badFileRefused_data()
    {
        QTest::addColumn<Bad>("bad");
        QTest::addColumn<bool>("withWal");
        QTest::addColumn<FileProblem>("expected");
        const struct
        {
            const char *name;
            Bad bad;
            FileProblem problem;
        } rows[] = {
            {"text file", Bad::Text, FileProblem::NotSqlite},
            {"empty file", Bad::Empty, FileProblem::NotSqlite},
            {"PNG image", Bad::Png, FileProblem::NotSqlite},
            {"plain SQLite database", Bad::PlainSqlite, FileProblem::NotCabildo},
            {"truncated event", Bad::Truncated, FileProblem::Corrupt},
            {"damaged middle pages", Bad::DamagedPages, FileProblem::Corrupt},
            {"newer schema", Bad::Newer, FileProblem::Newer},
            // fuzz_eventfile: -1000 read steps[-1000] in schema::migrate (a crash); no
            // Cabildo ever wrote 0 or below.
            {"negative schema version", Bad::NegativeVersion, FileProblem::NotCabildo},
            {"schema version 0", Bad::ZeroVersion, FileProblem::NotCabildo},
        };
        for (const auto &row : rows) {
            QTest::addRow("%s", row.name) << row.bad << false << row.problem;
            QTest::addRow("%s + leftover -wal", row.name) << row.bad << true << row.problem;
        }
    }

    void badFileRefused()
    {
        QFETCH(Bad, bad);
        QFETCH(bool, withWal);
        QFETCH(FileProblem, expected);
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("bad.cabildo"));
        const QString wal = path + QStringLiteral("-wal");
        const QString good = bigEvent(folder, QStringLiteral("good.cabildo"), 300);
        // Any genuine WAL will do beside a file SQLite never gets to see.
        const QString otherWal = folder.path(QStringLiteral("other.cabildo"));
        QVERIFY(copyWithLeftoverWal(good, otherWal, {QStringLiteral("UPDATE event SET title = 'other'")}));

        switch (bad) {
        case Bad::Text:
            folder.writeFile(QStringLiteral("bad.cabildo"), "Notes from the workshop\nopen data\n");
            break;
        case Bad::Empty:
            folder.writeFile(QStringLiteral("bad.cabildo"), QByteArray());
            break;
        case Bad::Png: {
            // The PNG signature and the start of its header chunk (29 bytes; the sanitizer
            // build caught a length of 33 reading past the literal).
            static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
            folder.writeFile(QStringLiteral("bad.cabildo"), QByteArray(png, sizeof png - 1) + QByteArray(200, '\x7f'));
            break;
        }
        case Bad::PlainSqlite: {
            const QString plain = folder.path(QStringLiteral("plain.sqlite"));
            {
                RawDb db(plain);
                QVERIFY(db.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
                QVERIFY(db.exec(QStringLiteral("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)")));
                QVERIFY(db.exec(QStringLiteral("INSERT INTO note (text) VALUES ('not ours')")));
            }
            if (withWal)
                QVERIFY(copyWithLeftoverWal(plain, path, {QStringLiteral("INSERT INTO note (text) VALUES ('more')")}));
            else
                QVERIFY(copyFile(plain, path));
            break;
        }
        case Bad::Truncated:
            if (withWal)
                QVERIFY(copyWithLeftoverWal(good, path, {QStringLiteral("UPDATE event SET title = 'changed'")}));
            else
                QVERIFY(copyFile(good, path));
            QVERIFY(QFileInfo(path).size() > 16 * 4096);
            QVERIFY(truncateFile(path, 1024));
            break;
        case Bad::DamagedPages:
            if (withWal)
                QVERIFY(copyWithLeftoverWal(good, path, {QStringLiteral("UPDATE event SET title = 'changed'")}));
            else
                QVERIFY(copyFile(good, path));
            QVERIFY(damageMiddlePages(path));
            break;
        case Bad::Newer:
        case Bad::NegativeVersion:
        case Bad::ZeroVersion: {
            const QString setVersion = QStringLiteral("PRAGMA user_version = %1")
                                           .arg(bad == Bad::Newer             ? 99
                                                : bad == Bad::NegativeVersion ? -1000
                                                                              : 0);
            // With a -wal, only the WAL says so: the check must read through it.
            if (withWal) {
                QVERIFY(copyWithLeftoverWal(good, path, {setVersion}));
            } else {
                QVERIFY(copyFile(good, path));
                RawDb db(path);
                QVERIFY(db.exec(setVersion));
            }
            break;
        }
        }
        if (withWal && !QFileInfo::exists(wal))
            QVERIFY(copyFile(otherWal + QStringLiteral("-wal"), wal));
        QCOMPARE(QFileInfo::exists(wal), withWal);

        const QByteArray bytesBefore = readAll(path);
        const QByteArray walBefore = readAll(wal);
        for (const bool readOnly : {false, true}) {
            FileCheck check;
            auto document = EventDocument::open(path, readOnly, &check);
            QVERIFY2(!document, readOnly ? "read-only open must refuse" : "read-write open must refuse");
            QCOMPARE(check.problem, expected);
            QVERIFY(!check.message.isEmpty());
            QVERIFY2(check.message.contains(QStringLiteral("bad.cabildo")), qPrintable(check.message));
        }
        QVERIFY(readAll(path) == bytesBefore);
        QCOMPARE(QFileInfo::exists(wal), withWal);
        QVERIFY(readAll(wal) == walBefore);
        QVERIFY(!QFileInfo::exists(EventStore::lockPath(path)));
        if (!withWal)
            QVERIFY2(!QFileInfo::exists(path + QStringLiteral("-shm")), "the check leaves nothing beside the file");
    }

    // Guards: two Cabildos (GUI or command line) never write the same event at once, but
    // looking at an open event read-only is fine.
    void secondWriterRefused()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        auto first = folder.newEvent();
        QVERIFY(first);
        QVERIFY(first->addNotes({EventDocument::makeNote(QStringLiteral("uno"), NoteSource::Typed),
                                 EventDocument::makeNote(QStringLiteral("dos"), NoteSource::Typed)}));
        FileCheck check;
        QVERIFY(!EventDocument::open(path, false, &check));
        QCOMPARE(check.problem, FileProblem::InUse);
        QVERIFY(!check.message.isEmpty());

        auto viewer = EventDocument::open(path, true, &check);
        QVERIFY2(viewer, qPrintable(check.message));
        QVERIFY(viewer->isReadOnly());
        QCOMPARE(viewer->noteCount(), 2); // sees committed notes while the writer is open
        viewer.reset();

        first.reset();
        auto second = EventDocument::open(path, false, &check);
        QVERIFY2(second, qPrintable(check.message));
        QVERIFY(!second->isReadOnly());
    }

    // Guards: after a crash or power cut, the lock left by a dead Cabildo does not keep the
    // facilitator out of their own event.
    void staleLockTakenOver()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        QVERIFY(folder.newEvent());
        QProcess dead;
        dead.start(QStringLiteral("true"), {});
        QVERIFY(dead.waitForStarted());
        const qint64 pid = dead.processId();
        QVERIFY(dead.waitForFinished());
        QVERIFY(pid > 0);
        // QLockFile's format: pid, application name, host name.
        const QByteArray lock = QByteArray::number(pid) + "\ncabildo\n" + QSysInfo::machineHostName().toUtf8() + '\n';
        QVERIFY(folder.writeFile(QStringLiteral("test.cabildo.lock"), lock) == EventStore::lockPath(path));

        FileCheck check;
        auto document = EventDocument::open(path, false, &check);
        QVERIFY2(document, qPrintable(check.message));
        QCOMPARE(check.problem, FileProblem::None);
        QVERIFY(!document->isReadOnly());
        QVERIFY(document->addNotes({EventDocument::makeNote(QStringLiteral("after the crash"), NoteSource::Typed)}));
        QVERIFY(readAll(EventStore::lockPath(path)).startsWith(QByteArray::number(QCoreApplication::applicationPid())));
    }

    // Guards: Save As gives a file with the same notes, later edits go to it, and the old
    // file stays as it was when saved away from.
    void saveAs()
    {
        TestFolder folder;
        const QString oldPath = folder.path(QStringLiteral("test.cabildo"));
        const QString newPath = folder.path(QStringLiteral("copy.cabildo"));
        auto document = folder.newEvent();
        QVERIFY(document);
        QVERIFY(document->addNotes({fullNote(), EventDocument::makeNote(QStringLiteral("dos"), NoteSource::Typed)}));
        const QList<Note> saved = notesOf(*document);

        const Outcome savedAs = document->saveAs(newPath);
        QVERIFY2(savedAs, qPrintable(savedAs.error()));
        QCOMPARE(QFileInfo(document->filePath()), QFileInfo(newPath));
        const QByteArray oldBytes = readAll(oldPath);
        QVERIFY(!oldBytes.isEmpty());

        QVERIFY(document->addNotes({EventDocument::makeNote(QStringLiteral("after save as"), NoteSource::Typed)}));
        QVERIFY(document->editNoteText(saved.first().id, QStringLiteral("edited in the copy")));
        // Undo reaches back past Save As, and changes only the new file.
        const QList<Note> current = notesOf(*document);
        QCOMPARE(document->undoStack()->count(), 3);
        for (int step = 0; step < 3; ++step)
            document->undoStack()->undo();
        QCOMPARE(document->noteCount(), 0);
        FileCheck check;
        {
            auto view = EventDocument::open(newPath, true, &check);
            QVERIFY2(view, qPrintable(check.message));
            QCOMPARE(view->noteCount(), 0);
        }
        QVERIFY(readAll(oldPath) == oldBytes);
        for (int step = 0; step < 3; ++step)
            document->undoStack()->redo();
        QCOMPARE(notesOf(*document), current);
        QCOMPARE(current.size(), 3);
        QVERIFY(readAll(oldPath) == oldBytes);

        QVERIFY(!EventDocument::open(newPath, false, &check)); // the document holds the new file
        QCOMPARE(check.problem, FileProblem::InUse);
        auto old = EventDocument::open(oldPath, false, &check); // and no longer the old one
        QVERIFY2(old, qPrintable(check.message));
        QCOMPARE(notesOf(*old), saved);
        old.reset();

        // Save As onto an existing file, or into a missing folder, refuses: nothing is
        // overwritten and the document stays where it was.
        const Outcome refused = document->saveAs(oldPath);
        QVERIFY(!refused);
        QVERIFY(!refused.error().isEmpty());
        QVERIFY(!document->saveAs(folder.path(QStringLiteral("missing/none.cabildo"))));
        QCOMPARE(QFileInfo(document->filePath()), QFileInfo(newPath));
        QVERIFY(readAll(oldPath) == oldBytes);
        QVERIFY(document->addNotes({EventDocument::makeNote(QStringLiteral("still saved"), NoteSource::Typed)}));
        const QList<Note> last = notesOf(*document);

        document.reset();
        auto reopened = EventDocument::open(newPath, false, &check);
        QVERIFY2(reopened, qPrintable(check.message));
        QCOMPARE(notesOf(*reopened), last);
        QCOMPARE(last.mid(0, 3), current);
    }

    // Guards: the same words typed on different keyboards are stored the same way (NFC).
    void textStoredNfc()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        qint64 id = 0;
        {
            auto document = folder.newEvent();
            QVERIFY(document);
            QVERIFY(document->addNotes({EventDocument::makeNote(QStringLiteral("Cafe\u0301"), NoteSource::Typed)}));
            id = document->noteIds().constFirst();
            QCOMPARE(document->note(id)->text, QStringLiteral("Caf\u00e9"));
            QVERIFY(document->editNoteText(id, QStringLiteral("Participacio\u0301n")));
            QCOMPARE(document->note(id)->text, QStringLiteral("Participaci\u00f3n"));
        }
        RawDb db(path);
        QCOMPARE(db.value(QStringLiteral("SELECT text FROM note")).toString(), QStringLiteral("Participaci\u00f3n"));
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
