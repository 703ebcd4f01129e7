#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace cabildo {

// The agenda generator: which session goes in which (slot, room) cell. Pure core: no
// storage, no UI. The objective is defined in OBJECTIVE.md, beside this file.

struct AgendaRoom
{
    QString id;
    int capacity = 0;
    bool accessible = false;
};

/** A session slot; the list of slots is in time order. */
struct AgendaSlot
{
    QString id;
};

struct AgendaSession
{
    QString id;    ///< the session's UUID; sorts the input, so order never matters
    int tally = 0; ///< paper-dot votes: add to demand, not to A
    QString host;  ///< empty = no host constraint
    bool needsAccessibleRoom = false;
    QList<int> allowedSlots;                ///< indexes into slots; empty = every slot
    int pinnedSlot = -1, pinnedRoom = -1;   ///< both set = pinned to that cell
    int currentSlot = -1, currentRoom = -1; ///< the existing agenda, kept where it costs nothing
};

struct AgendaProblem
{
    QList<AgendaRoom> rooms;
    QList<AgendaSlot> timeSlots; // not "slots": a Qt keyword
    QList<AgendaSession> sessions;
    QList<QList<int>> ballots; ///< each ballot: indexes of the sessions it names
};

/** Where a session goes; -1 = unscheduled. */
struct AgendaPlacement
{
    int slot = -1;
    int room = -1;
    bool operator==(const AgendaPlacement &other) const = default;
};

/** A hard rule that could not be met, in words for the facilitator. */
struct AgendaIssue
{
    QString rule;        ///< "pin", "allowed-slots", "accessible-room", "host", "rooms", "ballot"
    QList<int> sessions; ///< indexes into the problem's sessions
    int slot = -1;
    QString reason;
};

struct AgendaScore
{
    qint64 attendable = 0;  ///< A: Σ over ballots of the slots where the ballot has a session
    qint64 missed = 0;      ///< M: ballot votes for scheduled sessions − A
    qint64 overflow = 0;    ///< O: Σ over scheduled sessions of max(0, demand − capacity)
    qint64 ballotVotes = 0; ///< every ballot vote, scheduled or not
    qint64 upperBound = 0;  ///< proven: no agenda has a larger A
    int moved = 0;          ///< sessions with a current cell that now have another one
    int unscheduled = 0;
};

struct AgendaOptions
{
    /** A safety net only: normal problems finish on their iteration budget, long before. */
    double timeLimitSeconds = 60;
    const std::atomic<bool> *cancel = nullptr;         ///< set it to stop soon; the result is then void
    std::function<void(int done, int total)> progress; ///< called from the calling thread
    double effort = 1.0;                               ///< scales the iteration budget
};

struct AgendaResult
{
    QList<AgendaPlacement> placements; ///< one per session, in the problem's order
    AgendaScore score;
    QList<AgendaIssue> issues;
    double seconds = 0;
    bool cancelled = false; ///< true: placements are the current agenda, unchanged
};

/** A, M, O and moved of an agenda exactly as OBJECTIVE.md defines them; upperBound is left 0. */
AgendaScore scoreAgenda(const AgendaProblem &problem, const QList<AgendaPlacement> &placements);

/**
 * The best agenda it can find: most attendable votes, then least seat overflow, then the
 * most sessions scheduled (weighing each by its demand + 1, so free cells get used and the
 * least demanded are the ones left out), then (for sessions already on an agenda) fewest
 * moves, then rooms by demand (within a slot, a session never sits in a smaller room than
 * one with less demand, unless a pin, an accessible-room need or a move forbids it: on a
 * re-run a kept cell wins over the order); starting from the current agenda, so an
 * optimal one stays exactly as it is.
 * Deterministic: the same problem, in any order of sessions and ballots, gives the same
 * agenda; the search stops on an iteration budget, the time limit being a safety net.
 */
AgendaResult generateAgenda(const AgendaProblem &problem, const AgendaOptions &options = {});

/** Only for tr(): the generator's messages live in this translation context. */
class AgendaGenerator
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::AgendaGenerator)
};

} // namespace cabildo
