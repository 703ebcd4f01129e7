// The room the facilitator runs (issue 14), below the widgets: the timer's arithmetic, the
// RoomClock every screen reads (ticked by hand against a test clock, never slept on), and
// what the event file keeps: the phase, the timer (resuming from when it was started),
// "Hide notes until revealed" and each note's face-down mark, and Reveal as one undo step.
#include "document/eventdocument.h"
#include "document/roomclock.h"
#include "testevent.h"

#include <QSignalSpy>
#include <QTest>

using namespace cabildo;
using namespace cabildo::test;

namespace {

constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;

/** A moment a few minutes ago: reopening an event checks its timer against the real clock first. */
QDateTime aFewMinutesAgo()
{
    return QDateTime::currentDateTimeUtc().addSecs(-10 * 60);
}

/** A document whose clock reads `*now`: the test moves time by changing it. */
void useClock(EventDocument &document, const QDateTime *now)
{
    document.setClock([now] { return *now; });
}

QList<qint64> addNotes(EventDocument &document, const QStringList &texts)
{
    const QList<qint64> before = document.noteIds();
    QList<Note> notes;
    for (const QString &text : texts)
        notes.append(EventDocument::makeNote(text, NoteSource::Typed));
    document.addNotes(notes);
    QList<qint64> added = document.noteIds();
    for (qint64 id : before)
        added.removeOne(id);
    return added;
}

} // namespace

class TestRoom : public QObject
{
    Q_OBJECT

private slots:
    // Any length from a second to a day: 90 minutes is a normal brainstorm.
    void timerLengths()
    {
        QCOMPARE(RoomTimer::ofLength(90 * minute).durationMs, 90 * minute);
        QCOMPARE(RoomTimer::ofLength(90 * minute).remainingMs, 90 * minute);
        QVERIFY(!RoomTimer::ofLength(90 * minute).isRunning());
        QCOMPARE(RoomTimer::ofLength(0).durationMs, second);
        QCOMPARE(RoomTimer::ofLength(-5).durationMs, second);
        QCOMPARE(RoomTimer::ofLength(3 * 24 * 60 * minute).durationMs, RoomTimer::maxMs);
        QVERIFY(!RoomTimer().isSet());
        QVERIFY(!RoomTimer().hasEndedAt(QDateTime::currentDateTimeUtc()));
    }

    // Start, pause, a minute more, the end: all arithmetic against the moment given.
    void timerArithmetic()
    {
        const QDateTime t0 = QDateTime(QDate(2026, 5, 4), QTime(9, 0), Qt::UTC);
        const RoomTimer set = RoomTimer::ofLength(10 * minute);
        const RoomTimer running = set.startedAt(t0);
        QVERIFY(running.isRunning());
        QCOMPARE(running.endsAt, t0.addMSecs(10 * minute));
        QCOMPARE(running.remainingAt(t0.addSecs(4 * 60)), 6 * minute);
        QCOMPARE(running.startedAt(t0.addSecs(60)), running); // already running: nothing moves

        const RoomTimer paused = running.pausedAt(t0.addSecs(4 * 60));
        QVERIFY(!paused.isRunning());
        QCOMPARE(paused.remainingMs, 6 * minute);
        QCOMPARE(paused.remainingAt(t0.addSecs(3600)), 6 * minute); // paused time does not pass
        QCOMPARE(paused.durationMs, 10 * minute);
        const RoomTimer resumed = paused.startedAt(t0.addSecs(3600));
        QCOMPARE(resumed.endsAt, t0.addSecs(3600).addMSecs(6 * minute));

        // A minute more, running or paused; the length grows when the time left passes it.
        QCOMPARE(running.plusMinuteAt(t0.addSecs(4 * 60)).remainingAt(t0.addSecs(4 * 60)), 7 * minute);
        QCOMPARE(paused.plusMinuteAt(t0).remainingMs, 7 * minute);
        QCOMPARE(set.plusMinuteAt(t0).durationMs, 11 * minute);
        QCOMPARE(RoomTimer().plusMinuteAt(t0), RoomTimer::ofLength(minute));

        // The end: zero, and it stays there; no negative time.
        const QDateTime after = t0.addSecs(11 * 60);
        QCOMPARE(running.remainingAt(after), 0);
        QVERIFY(running.hasEndedAt(after));
        QVERIFY(!running.hasEndedAt(t0.addSecs(9 * 60)));
        // A minute added after the end runs again from 1:00.
        const RoomTimer again = running.plusMinuteAt(after);
        QCOMPARE(again.remainingAt(after), minute);
        QVERIFY(!again.hasEndedAt(after));
        // Started again after the end (paused at zero): from its whole length.
        QCOMPARE(running.pausedAt(after).startedAt(after).remainingAt(after), 10 * minute);
    }

    // The clock says each new second once, the end once, and closes the round only when asked.
    void clockTicksAndEnds()
    {
        TestFolder folder;
        auto document = folder.newEvent();
        QDateTime now = aFewMinutesAgo();
        useClock(*document, &now);
        RoomClock *clock = document->roomClock();
        QSignalSpy changed(clock, &RoomClock::changed);
        QSignalSpy ended(clock, &RoomClock::ended);
        QVERIFY(document->setTimerLength(2 * minute));
        QCOMPARE(clock->secondsLeft(), 120);
        QVERIFY(!clock->isRunning());
        QVERIFY(document->startTimer());
        QVERIFY(clock->isRunning());
        changed.clear();
        now = now.addMSecs(400);
        clock->tick();
        QCOMPARE(clock->secondsLeft(), 120); // rounded up: 1:59.6 still shows 2:00
        QCOMPARE(changed.size(), 0);
        now = now.addMSecs(700);
        clock->tick();
        QCOMPARE(clock->secondsLeft(), 119);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(ended.size(), 0);

        document->createRound(QStringLiteral("Round 1"));
        const qint64 roundId = document->roundIds().constFirst();
        QVERIFY(document->openRound(roundId));
        now = now.addSecs(5 * 60);
        clock->tick();
        QVERIFY(clock->hasEnded());
        QCOMPARE(clock->secondsLeft(), 0);
        QCOMPARE(ended.size(), 1);
        clock->tick();
        QCOMPARE(ended.size(), 1);                                   // once per run
        QCOMPARE(document->round(roundId)->state, RoundState::Open); // not chosen: nothing stops by itself

        // Chosen: the round closes when the time is up (an undo step like any closing).
        RoomTimer timer = RoomTimer::ofLength(minute);
        timer.closeRoundAtEnd = true;
        QVERIFY(document->setTimer(timer));
        QVERIFY(document->startTimer());
        now = now.addSecs(61);
        clock->tick();
        QCOMPARE(ended.size(), 2);
        QCOMPARE(document->round(roundId)->state, RoundState::Closed);
        QVERIFY(document->undoStack()->canUndo());
        // Stopped: back to its whole length, not running, not ended.
        QVERIFY(document->stopTimer());
        QVERIFY(!clock->hasEnded());
        QCOMPARE(clock->secondsLeft(), 60);
    }

    // The phase, the timer and hiding are stored at once, and a running timer resumes after
    // a crash from when it was started, not from when the event opened again.
    void roomSurvivesReopening()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("room.cabildo"));
        const QDateTime started = aFewMinutesAgo();
        {
            auto document = folder.newEvent(QStringLiteral("room.cabildo"));
            QDateTime now = started;
            useClock(*document, &now);
            QVERIFY(document->setPhase(Phase::Group));
            RoomTimer timer = RoomTimer::ofLength(90 * minute);
            timer.closeRoundAtEnd = true;
            timer.soundAtEnd = false;
            QVERIFY(document->setTimer(timer));
            QVERIFY(document->startTimer());
            QVERIFY(document->setHideNotesUntilRevealed(true));
            QVERIFY(!document->undoStack()->canUndo()); // none of these is an undo step
        }
        FileCheck check;
        auto reopened = EventDocument::open(path, false, &check);
        QVERIFY2(reopened, qPrintable(check.message));
        const RoomState &room = reopened->roomState();
        QCOMPARE(room.phase, Phase::Group);
        QVERIFY(room.hideNotesUntilRevealed);
        QVERIFY(room.timer.isRunning());
        QCOMPARE(room.timer.durationMs, 90 * minute);
        QVERIFY(room.timer.closeRoundAtEnd);
        QVERIFY(!room.timer.soundAtEnd);
        QDateTime now = started.addSecs(4 * 60);
        useClock(*reopened, &now);
        QCOMPARE(reopened->roomClock()->remainingMs(), 86 * minute);
        QVERIFY(reopened->roomClock()->isRunning());

        // Paused, it keeps what was left, whenever it opens again.
        QVERIFY(reopened->pauseTimer());
        reopened.reset();
        reopened = EventDocument::open(path, false, &check);
        QVERIFY(reopened);
        QVERIFY(!reopened->roomState().timer.isRunning());
        QCOMPARE(reopened->roomClock()->remainingMs(), 86 * minute);
    }

    // A timer that ran out while Cabildo was closed shows "time is up", and nobody was there
    // to hear it: no end announced, no round closed.
    void timerThatRanOutWhileClosed()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("late.cabildo"));
        {
            auto document = folder.newEvent(QStringLiteral("late.cabildo"));
            QDateTime now = aFewMinutesAgo();
            useClock(*document, &now);
            document->createRound(QStringLiteral("Round 1"));
            QVERIFY(document->openRound(document->roundIds().constFirst()));
            RoomTimer timer = RoomTimer::ofLength(minute);
            timer.closeRoundAtEnd = true;
            QVERIFY(document->setTimer(timer));
            QVERIFY(document->startTimer());
        }
        FileCheck check;
        auto reopened = EventDocument::open(path, false, &check);
        QVERIFY(reopened);
        QSignalSpy ended(reopened->roomClock(), &RoomClock::ended);
        QVERIFY(reopened->roomClock()->hasEnded());
        reopened->roomClock()->tick();
        QCOMPARE(ended.size(), 0);
        QVERIFY(reopened->openRound());
    }

    // Notes that arrive while hiding is on are face down for the room, in the file too;
    // Reveal shows them all as one undo step, and undo puts them face down again.
    void faceDownNotesAndReveal()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("hide.cabildo"));
        auto document = folder.newEvent(QStringLiteral("hide.cabildo"));
        const QList<qint64> before = addNotes(*document, {QStringLiteral("Written before")});
        QVERIFY(document->setHideNotesUntilRevealed(true));
        const QList<qint64> hidden =
            addNotes(*document, {QStringLiteral("Private one"), QStringLiteral("Private two")});
        QVERIFY(!document->note(before.constFirst())->faceDown);
        QCOMPARE(document->faceDownNoteIds(), hidden);
        QCOMPARE(document->faceDownNoteCount(), 2);
        QVERIFY(!document->note(hidden.constFirst())->isReadableByRoom());
        QCOMPARE(document->visibleNoteCount(), 3); // the room sees that they are there
        document.reset();

        FileCheck check;
        document = EventDocument::open(path, false, &check);
        QVERIFY(document);
        QCOMPARE(document->faceDownNoteIds(), hidden);
        const int steps = document->undoStack()->count();
        QVERIFY(document->revealNotes());
        QCOMPARE(document->undoStack()->count(), steps + 1);
        QCOMPARE(document->undoStack()->undoText(),
                 QCoreApplication::translate("cabildo::Undo", "Reveal %n note(s)", nullptr, 2));
        QCOMPARE(document->faceDownNoteCount(), 0);
        QVERIFY(document->roomState().hideNotesUntilRevealed); // still on: the next notes hide too
        document->undoStack()->undo();
        QCOMPARE(document->faceDownNoteIds(), hidden);
        document->undoStack()->redo();
        QCOMPARE(document->faceDownNoteCount(), 0);
        QCOMPARE(document->revealNotes().error(), QString()); // nothing face down: nothing to do

        // Turning hiding off reveals what is face down, as one step too.
        addNotes(*document, {QStringLiteral("Late")});
        QCOMPARE(document->faceDownNoteCount(), 1);
        QVERIFY(document->setHideNotesUntilRevealed(false));
        QCOMPARE(document->faceDownNoteCount(), 0);
        QVERIFY(!document->roomState().hideNotesUntilRevealed);
        document.reset();
        document = EventDocument::open(path, false, &check);
        QCOMPARE(document->faceDownNoteCount(), 0);
    }

    // A read-only event shows the room as it was and changes none of it.
    void readOnlyRefuses()
    {
        TestFolder folder;
        const QString path = folder.path(QStringLiteral("ro.cabildo"));
        folder.newEvent(QStringLiteral("ro.cabildo"))->setPhase(Phase::Publish);
        FileCheck check;
        auto document = EventDocument::open(path, true, &check);
        QVERIFY(document);
        QCOMPARE(document->roomState().phase, Phase::Publish);
        QVERIFY(!document->setPhase(Phase::Vote).error().isEmpty());
        QVERIFY(!document->setTimerLength(minute).error().isEmpty());
        QCOMPARE(document->roomState().phase, Phase::Publish);
    }
};

QTEST_GUILESS_MAIN(TestRoom)
#include "tst_room.moc"
