#pragma once

// How the facilitator steers the room (issue 14): the phase, the timer everyone sees and
// "Hide notes until revealed". One row of the event file (app/storage/FORMAT.md,
// `room_state`), stored at once and never an undo step: the room's clock does not go back
// with Ctrl+Z. What is face down is per note (Note::faceDown), and Reveal is an undo step.

#include <QDateTime>
#include <QString>

namespace cabildo {

/** Capture → Group → Vote → Agenda → Publish: what participants' screens show. */
enum class Phase
{
    Capture, ///< the note form
    Group,   ///< "the facilitator is grouping"
    Vote,    ///< the ballot while a round is open, "voting has not started" otherwise
    Agenda,  ///< the agenda
    Publish  ///< the agenda, final
};

QString phaseKey(Phase phase); ///< "capture", "group", "vote", "agenda", "publish"
Phase phaseFromKey(const QString &key, bool *ok = nullptr);
constexpr Phase allPhases[] = {Phase::Capture, Phase::Group, Phase::Vote, Phase::Agenda, Phase::Publish};

/**
 * A countdown of any length. While it runs it is anchored to the laptop's clock by the
 * moment it ends, so it resumes after a crash from when it was started; paused or not yet
 * started it keeps what is left. It reaches zero and stays there ("time is up") until the
 * facilitator stops or restarts it: it never stops anything by itself, unless
 * `closeRoundAtEnd` says to close the open round.
 */
struct RoomTimer
{
    /** The longest timer: a day. Longer is a typing slip, not a brainstorm. */
    static constexpr qint64 maxMs = 24 * 3600 * 1000;

    qint64 durationMs = 0;  ///< the length set (0: no timer)
    qint64 remainingMs = 0; ///< what is left while paused or not started
    QDateTime endsAt;       ///< UTC, while running; invalid while paused or stopped
    bool closeRoundAtEnd = false;
    bool soundAtEnd = true;

    bool isSet() const { return durationMs > 0; }
    bool isRunning() const { return endsAt.isValid(); }
    /** What is left at `now` (never below 0). */
    qint64 remainingAt(const QDateTime &now) const;
    /** Running (or set) and at zero: "time is up". */
    bool hasEndedAt(const QDateTime &now) const { return isSet() && remainingAt(now) == 0; }

    /** Set to `ms` (clamped to 1 s … maxMs), not running. */
    static RoomTimer ofLength(qint64 ms);
    RoomTimer startedAt(const QDateTime &now) const;
    RoomTimer pausedAt(const QDateTime &now) const;
    /** One more minute, running or not; a timer that had ended runs again from 1:00. */
    RoomTimer plusMinuteAt(const QDateTime &now) const;

    bool operator==(const RoomTimer &) const = default;
};

struct RoomState
{
    Phase phase = Phase::Capture;
    RoomTimer timer;
    /** New visible notes arrive face down for the room until the facilitator reveals them. */
    bool hideNotesUntilRevealed = false;

    bool operator==(const RoomState &) const = default;
};

} // namespace cabildo
