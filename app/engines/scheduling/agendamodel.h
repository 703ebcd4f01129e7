#pragma once

#include "scheduling/agendagenerator.h"

#include <vector>

namespace cabildo::agenda {

/**
 * The problem as the search sees it: sessions sorted by id and ballots sorted by content
 * (so the input order never matters), out-of-range entries dropped, pins checked against
 * the hard rules. Indexes here are "canonical"; `original` maps them back.
 */
struct Model
{
    int sessions = 0, slotCount = 0, rooms = 0;
    std::vector<int> original;               ///< canonical session -> index in the problem
    std::vector<int> demand;                 ///< ballots naming it + tally
    std::vector<std::vector<int>> ballots;   ///< canonical session indexes, sorted
    std::vector<std::vector<int>> ballotsOf; ///< per session: the ballots naming it
    std::vector<int> capacity;               ///< per room
    std::vector<char> accessible;            ///< per room
    std::vector<char> needsAccessible;       ///< per session
    std::vector<int> host;                   ///< per session, -1 = none
    int hosts = 0;
    std::vector<std::vector<char>> allowed;    ///< [session][slot]; all false = cannot be placed
    std::vector<int> pinSlot, pinRoom;         ///< only pins that keep every hard rule
    std::vector<int> currentSlot, currentRoom; ///< in range, else -1
    std::vector<std::vector<int>> freeRooms;   ///< per slot: rooms no pin takes
    std::vector<int> freeAccessible;           ///< per slot: how many of them are accessible
    qint64 ballotVotes = 0;

    bool placeable(int s) const;
    bool pinned(int s) const { return pinSlot[s] >= 0; }
    bool hasCurrent(int s) const { return currentSlot[s] >= 0; }
};

/** Builds the model, adding an issue for each pin that breaks a rule, each session no slot allows…
 */
Model buildModel(const AgendaProblem &problem, QList<AgendaIssue> *issues);

inline qint64 overflowOf(int demand, int capacity)
{
    return demand > capacity ? qint64(demand) - capacity : 0;
}

} // namespace cabildo::agenda
