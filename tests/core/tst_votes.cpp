// Votes (issue 5, app/engines/scheduling/OBJECTIVE.md): rounds, anonymous ballots
// and paper tallies, each change one undo step stored in the file; the ballot rules; what
// merges, splits and dissolves do to ballots; and the event file's upgrade to version 3.
#include "document/eventdocument.h"
#include "formats/eventjson.h"
#include "sqlitepeek.h"
#include "storage/schema.h"
#include "testevent.h"

#include <QSignalSpy>
#include <QTest>

using namespace cabildo;
using namespace cabildo::test;

namespace {

QByteArray onDisk(const QString &path)
{
    FileCheck check;
    auto reopened = EventDocument::open(path, true, &check);
    return reopened ? EventJson::write(reopened->content()) : QByteArray();
}

QByteArray inMemory(const EventDocument &document)
{
    return EventJson::write(document.content());
}

/** Each ballot of the round as the sorted titles of its themes ("?" for a theme that is gone). */
QList<QStringList> ballotTitles(const EventDocument &document, qint64 roundId)
{
    QList<QStringList> result;
    for (const Ballot &ballot : document.ballots(roundId)) {
        QStringList titles;
        for (const QUuid &theme : ballot.themes)
            titles.append(document.themeByUuid(theme) ? document.themeByUuid(theme)->title : QStringLiteral("?"));
        titles.sort();
        result.append(titles);
    }
    return result;
}

} // namespace

#define VERIFY_STORED(document) QCOMPARE(onDisk((document)->filePath()), inMemory(*(document)))

class TestVotes : public QObject
{
    Q_OBJECT

private:
    /** An event with four themes A, B, C, D of one note each. */
    std::unique_ptr<EventDocument> themedEvent(TestFolder &folder)
    {
        auto document = folder.newEvent();
        QList<Note> notes;
        for (const char *text : {"uno", "dos", "tres", "cuatro", "cinco"})
            notes.append(EventDocument::makeNote(QLatin1String(text), NoteSource::Typed));
        document->addNotes(notes);
        const QList<qint64> ids = document->noteIds();
        for (int i = 0; i < 4; ++i)
            document->createTheme(QString(QLatin1Char(char('A' + i))), QStringLiteral("blue"), {ids[i]});
        document->undoStack()->clear();
        return document;
    }
    qint64 themeNamed(const EventDocument &document, const QString &title)
    {
        for (qint64 id : document.themeIds())
            if (document.theme(id)->title == title)
                return id;
        return 0;
    }

private slots:
    void roundLifecycle()
    {
        TestFolder folder;
        auto document = themedEvent(folder);
        QUndoStack *stack = document->undoStack();
        QSignalSpy changed(document.get(), &EventDocument::votesChanged);

        QVERIFY(!document->createRound(QStringLiteral(""), 3));
        QVERIFY(!document->createRound(QStringLiteral("Zero"), 0));
        QVERIFY(document->createRound(QStringLiteral("Día 1")));
        QVERIFY(document->createRound(QStringLiteral("Day 2"), 5, 10, false));
        QCOMPARE(changed.count(), 2);
        const qint64 day1 = document->roundIds()[0];
        const qint64 day2 = document->roundIds()[1];
        QCOMPARE(document->round(day1)->votesPerPerson, 3);
        QCOMPARE(document->round(day1)->capPerTheme, 0);
        QCOMPARE(document->round(day1)->state, RoundState::NotStarted);
        QVERIFY(document->round(day1)->totalsHidden);
        QVERIFY(!document->round(day1)->uuid.isNull());

        QVERIFY(document->openRound(day1));
        QCOMPARE(document->openRound(), document->round(day1));
        const Outcome refused = document->openRound(day2);
        QVERIFY(!refused); // one open round at a time
        QVERIFY(refused.error().contains(QStringLiteral("Día 1")));
        QVERIFY(document->castBallot(day1, {themeNamed(*document, QStringLiteral("A"))}));
        VoteRound edited = *document->round(day1);
        edited.votesPerPerson = 4;
        QVERIFY(!document->updateRound(edited)); // ballots were cast
        edited = *document->round(day1);
        edited.name = QStringLiteral("Día uno");
        QVERIFY(document->updateRound(edited));
        QVERIFY(document->closeRound(day1));
        QVERIFY(!document->closeRound(day1));
        QVERIFY(document->revealTotals(day1));
        QVERIFY(!document->round(day1)->totalsHidden);
        QVERIFY(document->openRound(day2));
        VERIFY_STORED(document);

        const QByteArray last = inMemory(*document);
        while (stack->canUndo()) {
            stack->undo();
            VERIFY_STORED(document);
        }
        QVERIFY(document->roundIds().isEmpty());
        QCOMPARE(document->ballotCount(), 0);
        while (stack->canRedo())
            stack->redo();
        QCOMPARE(inMemory(*document), last);
        VERIFY_STORED(document);
    }

    void ballotRules()
    {
        TestFolder folder;
        auto document = themedEvent(folder);
        const qint64 a = themeNamed(*document, QStringLiteral("A"));
        const qint64 b = themeNamed(*document, QStringLiteral("B"));
        const qint64 c = themeNamed(*document, QStringLiteral("C"));
        const qint64 d = themeNamed(*document, QStringLiteral("D"));
        QVERIFY(document->createRound(QStringLiteral("Round"), 2, 2));
        const qint64 round = document->roundIds().constFirst();

        QVERIFY(!document->castBallot(round, {a})); // not open yet
        QVERIFY(document->openRound(round));
        const Outcome refused2 = document->castBallot(round, {a, b, c});
        QVERIFY(!refused2); // three votes, two allowed
        QVERIFY(refused2.error().contains(QLatin1Char('2')));
        QVERIFY(!document->castBallot(round, {}));
        QVERIFY(!document->castBallot(round, {a, 999}));
        QVERIFY(document->castBallot(round, {a, b}));
        QVERIFY(document->castBallot(round, {a, a})); // a set: one vote for A
        QCOMPARE(document->ballots(round).constLast().themes.size(), 1);
        // A has reached the cap of two ballots.
        const Outcome refused3 = document->castBallot(round, {a, c});
        QVERIFY(!refused3);
        QVERIFY(refused3.error().contains(QLatin1String("A")));
        QVERIFY(document->castBallot(round, {c, d}));
        QCOMPARE(document->ballotVotes(round, document->theme(a)->uuid), 2);
        QCOMPARE(document->ballotCount(), 3);
        QVERIFY(document->closeRound(round));
        QVERIFY(!document->castBallot(round, {d})); // closed
        QCOMPARE(document->ballotCount(), 3);

        // Paper tallies: any state, 0 removes.
        QVERIFY(document->setTally(round, d, 12));
        QCOMPARE(document->tally(round, document->theme(d)->uuid), 12);
        QVERIFY(!document->setTally(round, d, -1));
        QVERIFY(!document->setTally(round, d, 12)); // unchanged
        VERIFY_STORED(document);
        QVERIFY(document->setTally(round, d, 0));
        QVERIFY(document->tallies(round).isEmpty());
        VERIFY_STORED(document);
        document->undoStack()->undo();
        QCOMPARE(document->tally(round, document->theme(d)->uuid), 12);
        VERIFY_STORED(document);
    }

    // After voting, merged themes' ballots follow the kept theme; a voter who chose both
    // keeps one vote; tallies add up. Undo restores every ballot as it was.
    void mergeRepointsBallots()
    {
        TestFolder folder;
        auto document = themedEvent(folder);
        const qint64 a = themeNamed(*document, QStringLiteral("A"));
        const qint64 b = themeNamed(*document, QStringLiteral("B"));
        const qint64 c = themeNamed(*document, QStringLiteral("C"));
        const qint64 d = themeNamed(*document, QStringLiteral("D"));
        QVERIFY(document->createRound(QStringLiteral("Round")));
        const qint64 round = document->roundIds().constFirst();
        QVERIFY(document->openRound(round));
        QVERIFY(document->castBallot(round, {a, b}));
        QVERIFY(document->castBallot(round, {b, c}));
        QVERIFY(document->castBallot(round, {c, d}));
        QVERIFY(document->closeRound(round));
        QVERIFY(document->setTally(round, a, 2));
        QVERIFY(document->setTally(round, b, 3));
        QVERIFY(document->createSessionsFromThemes());
        auto sessionTitled = [&](const QString &title) -> const Session * {
            for (qint64 id : document->sessionIds())
                if (document->session(id)->title == title)
                    return document->session(id);
            return nullptr;
        };
        const QByteArray before = inMemory(*document);
        const QUuid uuidA = document->theme(a)->uuid;
        const QUuid uuidB = document->theme(b)->uuid;
        QCOMPARE(sessionTitled(QStringLiteral("B"))->theme, uuidB);

        QSignalSpy changed(document.get(), &EventDocument::votesChanged);
        QSignalSpy agendaChanged(document.get(), &EventDocument::agendaChanged);
        QVERIFY(document->mergeThemes(a, {b}));
        QCOMPARE(changed.count(), 1);
        // B's session follows A, so the votes of B's voters still count for it; one undo step.
        QCOMPARE(agendaChanged.count(), 1);
        QCOMPARE(sessionTitled(QStringLiteral("B"))->theme, uuidA);
        QCOMPARE(sessionTitled(QStringLiteral("A"))->theme, uuidA);
        QCOMPARE(ballotTitles(*document, round), (QList<QStringList>{{QStringLiteral("A")},
                                                                     {QStringLiteral("A"), QStringLiteral("C")},
                                                                     {QStringLiteral("C"), QStringLiteral("D")}}));
        QCOMPARE(document->ballotVotes(round, uuidA), 2);
        QCOMPARE(document->ballotVotes(round, uuidB), 0);
        QCOMPARE(document->tally(round, uuidA), 5);
        QCOMPARE(document->tally(round, uuidB), 0);
        VERIFY_STORED(document);

        document->undoStack()->undo();
        QCOMPARE(inMemory(*document), before);
        VERIFY_STORED(document);
        document->undoStack()->redo();
        QCOMPARE(document->tally(round, uuidA), 5);
        VERIFY_STORED(document);

        // Deleting the closed round takes its ballots and tallies from the file too; undo restores them.
        const QByteArray merged = inMemory(*document);
        QVERIFY(document->removeRound(round));
        QVERIFY(document->roundIds().isEmpty());
        VERIFY_STORED(document);
        document->undoStack()->undo();
        QCOMPARE(inMemory(*document), merged);
        VERIFY_STORED(document);
    }

    // Themes cannot be merged or split while a round is open; a theme from loose notes can.
    void themesFrozenWhileOpen()
    {
        TestFolder folder;
        auto document = themedEvent(folder);
        const qint64 a = themeNamed(*document, QStringLiteral("A"));
        const qint64 b = themeNamed(*document, QStringLiteral("B"));
        QVERIFY(document->createRound(QStringLiteral("Round")));
        const qint64 round = document->roundIds().constFirst();
        QVERIFY(document->openRound(round));
        const QByteArray before = readAll(document->filePath());
        const int steps = document->undoStack()->count();

        const Outcome refused4 = document->mergeThemes(a, {b});
        QVERIFY(!refused4);
        QVERIFY2(refused4.error().contains(QLatin1String("Round")), qPrintable(refused4.error()));
        const Outcome refused5 =
            document->createTheme(QStringLiteral("Part of A"), QStringLiteral("pink"), document->notesInTheme(a));
        QVERIFY(!refused5);
        QVERIFY(!refused5.error().isEmpty());
        Theme suggestion;
        suggestion.title = QStringLiteral("Suggested");
        QVERIFY(!document->createThemes({suggestion}, {document->notesInTheme(b)}));
        QCOMPARE(document->themeCount(), 4);
        QCOMPARE(document->undoStack()->count(), steps);
        QVERIFY(readAll(document->filePath()) == before);

        const qint64 loose = document->notesInTheme(0).constFirst();
        QVERIFY(document->createTheme(QStringLiteral("E"), QStringLiteral("pink"), {loose}));
        QVERIFY(document->closeRound(round));
        QVERIFY(document->mergeThemes(a, {b}));
    }

    // A split keeps the original theme's identity, so its ballots stay with it; a ballot
    // naming a dissolved theme keeps the choice, and undoing the dissolve reconnects it.
    void splitAndDissolveKeepBallots()
    {
        TestFolder folder;
        auto document = themedEvent(folder);
        const qint64 a = themeNamed(*document, QStringLiteral("A"));
        const qint64 c = themeNamed(*document, QStringLiteral("C"));
        const qint64 loose = document->notesInTheme(0).constFirst();
        QVERIFY(document->assignNotes({loose}, a));
        QVERIFY(document->createRound(QStringLiteral("Round")));
        const qint64 round = document->roundIds().constFirst();
        QVERIFY(document->openRound(round));
        QVERIFY(document->castBallot(round, {a, c}));
        QVERIFY(document->closeRound(round));

        QVERIFY(document->createTheme(QStringLiteral("A2"), QStringLiteral("pink"), {loose})); // split A
        QCOMPARE(ballotTitles(*document, round), (QList<QStringList>{{QStringLiteral("A"), QStringLiteral("C")}}));

        QVERIFY(document->dissolveTheme(c));
        QCOMPARE(ballotTitles(*document, round), (QList<QStringList>{{QStringLiteral("?"), QStringLiteral("A")}}));
        QCOMPARE(document->ballots(round).constFirst().themes.size(), 2);
        VERIFY_STORED(document);
        document->undoStack()->undo();
        QCOMPARE(ballotTitles(*document, round), (QList<QStringList>{{QStringLiteral("A"), QStringLiteral("C")}}));
    }

    // A version-2 file (themes, no votes) is upgraded when opened for writing and keeps
    // its notes and themes; read-only it is read as it is.
    void versionTwoFileIsUpgraded()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("v2.cabildo"));
        {
            RawDb raw(path);
            for (
                const char *sql :
                {"CREATE TABLE event (id INTEGER PRIMARY KEY CHECK (id = 1), uuid TEXT NOT NULL, namespace TEXT NOT NULL,"
                 " title TEXT NOT NULL, acronym TEXT NOT NULL, timezone TEXT NOT NULL, created_at TEXT NOT NULL)",
                 "CREATE TABLE note (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, text TEXT NOT NULL, language TEXT"
                 " NOT NULL DEFAULT '', colour TEXT NOT NULL, x REAL NOT NULL, y REAL NOT NULL, ref TEXT NOT NULL DEFAULT"
                 " '', tags TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '', organisation TEXT NOT NULL DEFAULT"
                 " '', country TEXT NOT NULL DEFAULT '', sector TEXT NOT NULL DEFAULT '', show_name INTEGER NOT NULL"
                 " DEFAULT 0 CHECK (show_name IN (0, 1)), source TEXT NOT NULL, created_at TEXT NOT NULL)",
                 "CREATE TABLE theme (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, title TEXT NOT NULL, colour TEXT"
                 " NOT NULL, collapsed INTEGER NOT NULL DEFAULT 0 CHECK (collapsed IN (0, 1)), terms TEXT NOT NULL DEFAULT"
                 " '', created_at TEXT NOT NULL)",
                 "ALTER TABLE note ADD COLUMN theme_id INTEGER REFERENCES theme (id) ON DELETE SET NULL",
                 "ALTER TABLE note ADD COLUMN analysis_language TEXT NOT NULL DEFAULT ''",
                 "ALTER TABLE note ADD COLUMN analysis TEXT NOT NULL DEFAULT ''",
                 "INSERT INTO event VALUES (1, '6f1c1b6e-0000-4000-8000-000000000001', '6f1c1b6e-0000-4000-8000-000000000002',"
                 " 'Old event', 'oldevent', 'UTC', '2026-01-01T00:00:00.000Z')",
                 "INSERT INTO theme VALUES (7, '6f1c1b6e-0000-4000-8000-000000000004', 'Educação', 'green', 0, '',"
                 " '2026-01-01T00:00:00.000Z')",
                 "INSERT INTO note (uuid, text, colour, x, y, source, created_at, theme_id) VALUES"
                 " ('6f1c1b6e-0000-4000-8000-000000000003', 'Escolas melhores', 'pink', 0, 0, 'typed',"
                 " '2026-01-01T00:00:00.000Z', 7)",
                 "PRAGMA application_id = 1128418372", "PRAGMA user_version = 2"})
                QVERIFY2(raw.exec(QString::fromUtf8(sql)), qPrintable(raw.error()));
        }
        FileCheck check;
        auto readOnly = EventDocument::open(path, true, &check);
        QVERIFY2(readOnly, qPrintable(check.message));
        QCOMPARE(readOnly->schemaVersion(), 2);
        QCOMPARE(readOnly->themeCount(), 1);
        QVERIFY(readOnly->roomIds().isEmpty() && readOnly->roundIds().isEmpty());
        readOnly.reset();

        auto upgraded = EventDocument::open(path, false, &check);
        QVERIFY2(upgraded, qPrintable(check.message));
        QCOMPARE(upgraded->schemaVersion(), schema::currentVersion);
        const Note *note = upgraded->note(upgraded->noteIds().constFirst());
        QCOMPARE(note->text, QStringLiteral("Escolas melhores"));
        QCOMPARE(upgraded->theme(note->themeId)->title, QStringLiteral("Educação"));
        QVERIFY(upgraded->createRound(QStringLiteral("Round")));
        QVERIFY(upgraded->openRound(upgraded->roundIds().constFirst()));
        QVERIFY(upgraded->castBallot(upgraded->roundIds().constFirst(), {note->themeId}));
        QVERIFY(upgraded->applyUnconferenceTemplate(QDate(2026, 5, 4)));
        const QByteArray stored = inMemory(*upgraded);
        upgraded.reset();
        QCOMPARE(onDisk(path), stored);
        RawDb raw(path);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), schema::currentVersion);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA foreign_key_check")), QVariant()); // no dangling keys
    }

    // A version-3 file (sessions without the host's consent) reads as "not named", read-only
    // as it is, and once upgraded it stores the consent the facilitator records.
    void versionThreeFileIsUpgraded()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("v3.cabildo"));
        {
            // What version 3 wrote: its own tables, a session table without host_named.
            QString error;
            QVERIFY2(createEventOfVersion(path, 3, &error), qPrintable(error));
            RawDb raw(path);
            QVERIFY2(raw.exec(QStringLiteral("INSERT INTO session (id, uuid, title, host) VALUES (1, "
                                             "'6f1c1b6e-0000-4000-8000-000000000005', 'Datos abiertos', 'Ana')")),
                     qPrintable(raw.error()));
        }
        FileCheck check;
        auto readOnly = EventDocument::open(path, true, &check);
        QVERIFY2(readOnly, qPrintable(check.message));
        QCOMPARE(readOnly->schemaVersion(), 3);
        const Session *old = readOnly->session(readOnly->sessionIds().constFirst());
        QVERIFY(old && old->host == QStringLiteral("Ana") && !old->hostNamed);
        readOnly.reset();

        auto upgraded = EventDocument::open(path, false, &check);
        QVERIFY2(upgraded, qPrintable(check.message));
        QCOMPARE(upgraded->schemaVersion(), schema::currentVersion);
        Session named = *upgraded->session(upgraded->sessionIds().constFirst());
        QVERIFY(!named.hostNamed);
        named.hostNamed = true;
        QVERIFY(upgraded->updateSession(named));
        upgraded.reset();
        auto reopened = EventDocument::open(path, true, &check);
        QVERIFY(reopened && reopened->session(reopened->sessionIds().constFirst())->hostNamed);
    }

    // A file from a newer Cabildo is refused and left byte-for-byte as it was.
    void newerFileRefused()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("test.cabildo"));
        folder.newEvent().reset();
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(schema::currentVersion + 1)));
        }
        const QByteArray before = readAll(path);
        for (bool readOnly : {false, true}) {
            FileCheck check;
            QVERIFY(!EventDocument::open(path, readOnly, &check));
            QCOMPARE(int(check.problem), int(FileProblem::Newer));
        }
        QVERIFY(readAll(path) == before);
    }
};

QTEST_GUILESS_MAIN(TestVotes)
#include "tst_votes.moc"
