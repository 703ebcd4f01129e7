#pragma once

#include "note.h"
#include "participation.h"
#include "room.h"
#include "session.h"
#include "timeslot.h"
#include "voting.h"

#include <QList>

namespace cabildo {

/**
 * A change to the agenda data, applied in one transaction: items upserted by id, items
 * removed by id. Every agenda command is a pair of these (the change and its inverse), so
 * one generic apply path serves them all. Placements are keyed by session id; removing a
 * room, slot or session must list the placements it takes with it in `unplaced`.
 */
struct AgendaChange
{
    QList<Room> rooms;
    QList<qint64> removedRooms;
    QList<TimeSlot> timeSlots;
    QList<qint64> removedTimeSlots;
    QList<Session> sessions;
    QList<qint64> removedSessions;
    QList<Placement> placements;
    QList<qint64> unplaced; ///< session ids whose placement goes

    bool isEmpty() const
    {
        return rooms.isEmpty() && removedRooms.isEmpty() && timeSlots.isEmpty() && removedTimeSlots.isEmpty()
               && sessions.isEmpty() && removedSessions.isEmpty() && placements.isEmpty() && unplaced.isEmpty();
    }
};

/** The same for votes: rounds and ballots upserted or removed; a tally of 0 removes it. */
struct VoteChange
{
    QList<VoteRound> rounds;
    QList<qint64> removedRounds;
    QList<Ballot> ballots;
    QList<qint64> removedBallots;
    QList<Tally> tallies;

    bool isEmpty() const
    {
        return rounds.isEmpty() && removedRounds.isEmpty() && ballots.isEmpty() && removedBallots.isEmpty()
               && tallies.isEmpty();
    }
};

/**
 * One change to the event, as EventDocument::applyChange() stores, applies and announces
 * it: the facilitator's agenda and vote steps (a change and its inverse, in a
 * ChangeCommand), and the changes that are nobody's undo step — participants' notes and
 * ballots from the kiosk, later from phones and whole-event restores (applyExternalChange).
 * The views hear what moved through agendaChanged(AgendaChange) and votesChanged(VoteChange).
 * Notes are only added here; the facilitator's own note and theme edits keep their commands.
 */
struct EventChange
{
    QList<Note> addedNotes; ///< ids filled in when stored
    AgendaChange agenda;
    VoteChange votes;
    /** Phones' submission ids of `addedNotes`, stored in the same transaction: a note and its row, or neither. */
    QList<Submission> submissions;

    bool isEmpty() const
    {
        return addedNotes.isEmpty() && agenda.isEmpty() && votes.isEmpty() && submissions.isEmpty();
    }
};

} // namespace cabildo
