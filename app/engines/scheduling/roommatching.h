#pragma once

#include "scheduling/agendamodel.h"

#include <vector>

namespace cabildo::agenda {

/** What the rooms of one slot cost: seat overflow, then sessions not in their current cell. */
struct SlotValue
{
    qint64 overflow = 0;
    qint64 moved = 0;
};

/**
 * The best room matching of the unpinned sessions `members` in slot t, among the rooms no
 * pin takes (the caller keeps the counts feasible). When no member needs an accessible
 * room or already sits in this slot, matching demands and capacities both sorted gives
 * the least overflow (max(0, d − c) is convex in d − c); otherwise an assignment problem.
 */
SlotValue slotValue(const Model &m, int t, const std::vector<int> &members);

/**
 * The rooms of the members, one each, with `slotValue`'s overflow and moves; among the
 * matchings that tie on both, one where no session with more demand sits in a smaller
 * room than one with less (OBJECTIVE.md's last tie-break) unless an accessible-room need or
 * a move forbids the swap, and where the rooms left empty are the smallest.
 */
std::vector<int> assignRooms(const Model &m, int t, const std::vector<int> &members);

/** Hungarian algorithm: rows ≤ columns; returns each row's column, minimising the sum. */
std::vector<int> minCostAssignment(const std::vector<std::vector<qint64>> &cost);

} // namespace cabildo::agenda
