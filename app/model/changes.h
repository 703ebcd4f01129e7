#pragma once

#include "eventinfo.h"
#include "note.h"
#include "participation.h"
#include "room.h"
#include "session.h"
#include "theme.h"
#include "timeslot.h"
#include "voting.h"

#include <QList>
#include <QSet>

#include <optional>

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
 * Notes upserted by id with their full values (a new note has an id the document issued,
 * or 0 from a participant, for applyExternalChange to issue), and notes removed by id.
 */
struct NoteChange
{
    QList<Note> notes;
    QList<qint64> removed;
    /**
     * Of `notes`, those whose only difference from the stored note is their theme and
     * position (notes joining themes, moved on the board): the store writes just those.
     * Worked out by EventDocument::applyChange each time the change is applied.
     */
    QSet<qint64> placedOnly;

    bool isEmpty() const { return notes.isEmpty() && removed.isEmpty(); }
};

/**
 * Themes upserted by id with their full values, and themes removed by id. A change that
 * removes a theme also lists its notes, with the theme they go to (0: none), so the notes
 * leave it before it goes and undo puts them back.
 */
struct ThemeChange
{
    QList<Theme> themes;
    QList<qint64> removed;

    bool isEmpty() const { return themes.isEmpty() && removed.isEmpty(); }
};

/**
 * One change to the event, as EventDocument::applyChange() stores (one transaction),
 * applies and announces it: every facilitator's step (a change and its inverse, in a
 * ChangeCommand) and the changes that are nobody's undo step — participants' notes and
 * ballots from the kiosk and phones, later whole-event restores (applyExternalChange).
 * The views hear what moved, in this order: eventChanged; themesAdded and themesChanged;
 * notesAboutToBeRemoved and notesRemoved, notesAdded, notesChanged; agendaChanged(AgendaChange);
 * votesChanged(VoteChange); themesAboutToBeRemoved and themesRemoved. So a theme exists
 * before notes join it, and its notes have left it before it goes.
 */
struct EventChange
{
    std::optional<EventInfo> event; ///< the event's details, when they change
    ThemeChange themes;
    NoteChange notes;
    AgendaChange agenda;
    VoteChange votes;
    /** Phones' submission ids of new notes, stored in the same transaction: a note and its row, or neither. */
    QList<Submission> submissions;

    bool isEmpty() const
    {
        return !event && themes.isEmpty() && notes.isEmpty() && agenda.isEmpty() && votes.isEmpty()
               && submissions.isEmpty();
    }
};

} // namespace cabildo
