// The agenda from an event (issue 5): ballots read as sets of sessions through their
// themes, and `cabildo schedule` generating, storing and reporting the agenda headless.
#include "clirun.h"
#include "document/agendainput.h"
#include "document/eventdocument.h"
#include "testevent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace cabildo;
using namespace cabildo::test;

namespace {

/**
 * Four themes A–D with a session each, the one-day template (4 rooms of 60, 40, 30, 20
 * seats; 4 session slots between plenaries and breaks), and a closed round "Day 1" with
 * nine ballots: {A,B} ×5, {C,D} ×3, {A} ×1; and a paper tally of 7 for D.
 */
std::unique_ptr<EventDocument> votedEvent(TestFolder &folder)
{
    auto document = folder.newEvent();
    QList<Note> notes;
    for (const char *text : {"uno", "dos", "tres", "cuatro"})
        notes.append(EventDocument::makeNote(QLatin1String(text), NoteSource::Typed));
    document->addNotes(notes);
    QHash<QString, qint64> theme;
    for (int i = 0; i < 4; ++i) {
        const QString title(QLatin1Char(char('A' + i)));
        document->createTheme(title, QStringLiteral("blue"), {document->noteIds().at(i)});
        theme.insert(title, document->themeIds().constLast());
    }
    document->applyUnconferenceTemplate(QDate(2026, 11, 27));
    document->createSessionsFromThemes();
    document->createRound(QStringLiteral("Day 1"));
    const qint64 round = document->roundIds().constLast();
    document->openRound(round);
    auto vote = [&](const QStringList &titles, int times) {
        QList<qint64> ids;
        for (const QString &title : titles)
            ids.append(theme.value(title));
        for (int i = 0; i < times; ++i)
            QVERIFY(document->castBallot(round, ids));
    };
    vote({QStringLiteral("A"), QStringLiteral("B")}, 5);
    vote({QStringLiteral("C"), QStringLiteral("D")}, 3);
    vote({QStringLiteral("A")}, 1);
    document->closeRound(round);
    document->setTally(round, theme.value(QStringLiteral("D")), 7);
    return document;
}

qint64 sessionTitled(const EventDocument &document, const QString &title)
{
    for (qint64 id : document.sessionIds())
        if (document.session(id)->title == title)
            return id;
    return 0;
}

} // namespace

class TestSchedule : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(cabildoBinary()).isExecutable(), "CABILDO_BINARY names the cabildo executable");
    }

    // Ballots name themes; the generator sees the sessions made from them.
    void ballotsBecomeSessionSets()
    {
        TestFolder folder;
        auto document = votedEvent(folder);
        const AgendaInput input = agendaInput(*document);
        QCOMPARE(input.problem.sessions.size(), 4);
        QCOMPARE(input.problem.timeSlots.size(), 4); // plenaries and breaks hold no sessions
        QCOMPARE(input.problem.rooms.size(), 4);
        QCOMPARE(input.problem.ballots.size(), 9);
        const int d = int(input.sessionIds.indexOf(sessionTitled(*document, QStringLiteral("D"))));
        QCOMPARE(input.problem.sessions.at(d).tally, 7);
        int pairs = 0;
        for (const QList<int> &ballot : input.problem.ballots)
            pairs += ballot.size() == 2;
        QCOMPARE(pairs, 8);
    }

    // `schedule` stores the best agenda and reports it: every ballot vote attendable
    // (A and B, C and D in different slots: 5·2 + 3·2 + 1 = 17 = all ballot votes), and
    // the tallied D (3 + 7 = 10) as well as A (6) fit their rooms. A second run moves nothing.
    void scheduleStoresTheAgenda()
    {
        TestFolder folder;
        QString path;
        {
            auto document = votedEvent(folder);
            path = document->filePath();
        }
        Run run = runCabildo({QStringLiteral("schedule"), path, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errLines.join(u'\n')));
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(report.value(QLatin1String("round")).toString(), QStringLiteral("Day 1"));
        QCOMPARE(report.value(QLatin1String("ballot_votes")).toInt(), 17);
        QCOMPARE(report.value(QLatin1String("attendable")).toInt(), 17);
        QCOMPARE(report.value(QLatin1String("missed")).toInt(), 0);
        QCOMPARE(report.value(QLatin1String("overflow")).toInt(), 0);
        QCOMPARE(report.value(QLatin1String("upper_bound")).toInt(), 17);
        const QJsonArray placements = report.value(QLatin1String("placements")).toArray();
        QCOMPARE(placements.size(), 4);

        {
            FileCheck check;
            auto stored = EventDocument::open(path, true, &check);
            QVERIFY(stored);
            QCOMPARE(stored->placements().size(), 4);
            const auto slotOf = [&](const QString &title) {
                return stored->placement(sessionTitled(*stored, title))->slotId;
            };
            QVERIFY(slotOf(QStringLiteral("A")) != slotOf(QStringLiteral("B")));
            QVERIFY(slotOf(QStringLiteral("C")) != slotOf(QStringLiteral("D")));
        }

        run = runCabildo({QStringLiteral("schedule"), path, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("moved")).toInt(), 0);

        // The plain report names A, M and O.
        run = runCabildo({QStringLiteral("schedule"), path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("17 of 17")), qPrintable(run.out));
    }

    // A pinned session stays; a session allowed only in a break cannot be placed, and the
    // warning says so; an unknown round is refused and changes nothing.
    void pinsRulesAndRounds()
    {
        TestFolder folder;
        QString path;
        qint64 pinnedSlot = 0, pinnedRoom = 0;
        {
            auto document = votedEvent(folder);
            path = document->filePath();
            QList<qint64> sessionSlots;
            QUuid breakSlot;
            for (qint64 id : document->slotIds()) {
                if (document->timeSlot(id)->kind == SlotKind::Sessions)
                    sessionSlots.append(id);
                else if (breakSlot.isNull())
                    breakSlot = document->timeSlot(id)->uuid;
            }
            // B pinned with A in the same slot: A must then go elsewhere.
            pinnedSlot = sessionSlots.at(2);
            pinnedRoom = document->roomIds().at(3);
            const qint64 b = sessionTitled(*document, QStringLiteral("B"));
            QVERIFY(document->placeSession(b, pinnedSlot, pinnedRoom));
            QVERIFY(document->setPinned(b, true));
            Session c = *document->session(sessionTitled(*document, QStringLiteral("C")));
            c.allowedSlots = {breakSlot};
            QVERIFY(document->updateSession(c));
        }
        Run run = runCabildo({QStringLiteral("schedule"), path, QStringLiteral("--round"), QStringLiteral("Day 9")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errLines.size(), 1);

        run = runCabildo({QStringLiteral("schedule"), path, QStringLiteral("--round"), QStringLiteral("Day 1")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.errLines.isEmpty() && run.errLines.constFirst().startsWith(QLatin1String("cabildo: warning: ")),
                 qPrintable(run.errLines.join(u'\n')));
        FileCheck check;
        auto stored = EventDocument::open(path, true, &check);
        const Placement *b = stored->placement(sessionTitled(*stored, QStringLiteral("B")));
        QVERIFY(b && b->pinned);
        QCOMPARE(b->slotId, pinnedSlot);
        QCOMPARE(b->roomId, pinnedRoom);
        QVERIFY(!stored->placement(sessionTitled(*stored, QStringLiteral("C"))));
        QVERIFY(stored->placement(sessionTitled(*stored, QStringLiteral("A")))->slotId != pinnedSlot);
    }

    // Issue 11: an event with nothing to place, or nowhere to place it, printed "0 of 0"
    // and exited 0. It is refused with one line naming what is missing.
    void refusesWhatCannotBeScheduled_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QStringList>("missing");
        QTest::addColumn<QStringList>("present");
        QTest::newRow("empty event") << "empty"
                                     << QStringList{QStringLiteral("rooms"), QStringLiteral("session slots"),
                                                    QStringLiteral("sessions")}
                                     << QStringList{};
        QTest::newRow("rooms and slots, no sessions") << "no sessions" << QStringList{QStringLiteral("sessions")}
                                                      << QStringList{QStringLiteral("rooms"), QStringLiteral("slots")};
        QTest::newRow("sessions, no rooms") << "no rooms" << QStringList{QStringLiteral("rooms")}
                                            << QStringList{QStringLiteral("slots"), QStringLiteral("sessions")};
        QTest::newRow("only breaks and plenaries") << "no session slots" << QStringList{QStringLiteral("session slots")}
                                                   << QStringList{QStringLiteral("rooms"), QStringLiteral("sessions")};
    }
    void refusesWhatCannotBeScheduled()
    {
        QFETCH(QString, setup);
        QFETCH(QStringList, missing);
        QFETCH(QStringList, present);
        TestFolder folder;
        QString path;
        {
            auto document = setup == QLatin1String("empty") ? folder.newEvent() : votedEvent(folder);
            path = document->filePath();
            if (setup == QLatin1String("no sessions"))
                for (qint64 id : QList<qint64>(document->sessionIds()))
                    QVERIFY(document->removeSession(id));
            if (setup == QLatin1String("no rooms"))
                for (qint64 id : QList<qint64>(document->roomIds()))
                    QVERIFY(document->removeRoom(id));
            if (setup == QLatin1String("no session slots"))
                for (qint64 id : QList<qint64>(document->slotIds()))
                    if (document->timeSlot(id)->kind == SlotKind::Sessions)
                        QVERIFY(document->removeSlot(id));
        }
        for (const QStringList &json : {QStringList{}, QStringList{QStringLiteral("--json")}}) {
            const Run run = runCabildo(QStringList{QStringLiteral("schedule"), path} + json);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
            QCOMPARE(run.errLines.size(), 1);
            const QString line = run.errLines.constFirst();
            QVERIFY2(line.startsWith(QLatin1String("cabildo: nothing was scheduled")), qPrintable(line));
            for (const QString &word : missing)
                QVERIFY2(line.contains(word), qPrintable(line));
            for (const QString &word : present) // only what is missing is named
                QVERIFY2(!line.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(word))), qPrintable(line));
        }
        FileCheck check;
        auto stored = EventDocument::open(path, true, &check);
        QVERIFY(stored && stored->placements().isEmpty());
    }

    // With no ballots the agenda is made anyway (rooms and slots can be filled before the
    // vote), with a warning that says so.
    void schedulesWithoutBallots()
    {
        TestFolder folder;
        QString path;
        {
            auto document = votedEvent(folder);
            path = document->filePath();
            for (qint64 id : QList<qint64>(document->roundIds()))
                QVERIFY(document->removeRound(id));
        }
        Run run = runCabildo({QStringLiteral("schedule"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errLines.join(u'\n')));
        QCOMPARE(run.errLines.size(), 1);
        QVERIFY2(run.errLines.constFirst().startsWith(QLatin1String("cabildo: warning: "))
                     && run.errLines.constFirst().contains(QLatin1String("no voting round")),
                 qPrintable(run.errLines.constFirst()));
        {
            FileCheck check;
            auto stored = EventDocument::open(path, true, &check);
            QCOMPARE(stored->placements().size(), 4);
        }

        // A round nobody voted in yet: named in the warning.
        {
            FileCheck check;
            auto document = EventDocument::open(path, false, &check);
            QVERIFY(document->createRound(QStringLiteral("Day 2")));
        }
        run = runCabildo({QStringLiteral("schedule"), path, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.errLines.size(), 1);
        QVERIFY2(run.errLines.constFirst().startsWith(QLatin1String("cabildo: warning: "))
                     && run.errLines.constFirst().contains(QLatin1String("\"Day 2\" has no ballots")),
                 qPrintable(run.errLines.constFirst()));
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("ballot_votes")).toInt(), 0);
    }

    // Issue 11: the report said "0.07 s" in French. Numbers for people follow the system
    // locale (here LANGUAGE=fr on a bare C.UTF-8 system, as systemLocale() reads it);
    // --json keeps C-locale numbers for scripts.
    void numbersFollowTheLocale()
    {
        TestFolder folder;
        QString path;
        {
            auto document = votedEvent(folder);
            path = document->filePath();
        }
        // \\s takes the no-break spaces of French typography only with Unicode properties.
        static const QRegularExpression frenchSeconds(QStringLiteral("\\b\\d+,\\d\\d\\s?s\\b"),
                                                      QRegularExpression::UseUnicodePropertiesOption);
        static const QRegularExpression englishSeconds(QStringLiteral("\\b\\d+\\.\\d\\d s\\b"));
        const QList<QPair<QString, QString>> french{{QStringLiteral("LANGUAGE"), QStringLiteral("fr")},
                                                    {QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")}};
        Run run = runCabildo({QStringLiteral("schedule"), path}, french);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(frenchSeconds) && !run.out.contains(englishSeconds), qPrintable(run.out));

        run = runCabildo({QStringLiteral("schedule"), path}); // CTest: LANGUAGE unset, C.UTF-8
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(englishSeconds), qPrintable(run.out));

        run = runCabildo({QStringLiteral("schedule"), path, QStringLiteral("--json")}, french);
        QCOMPARE(run.exitCode, 0);
        static const QRegularExpression jsonSeconds(QStringLiteral("\"seconds\": \\d+(\\.\\d+)?(e[-+]?\\d+)?,\n"));
        QVERIFY2(run.out.contains(jsonSeconds), qPrintable(run.out));
        QVERIFY(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("seconds")).isDouble());
    }
};

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
