#pragma once

#include "scheduling/agendamodel.h"

namespace cabildo::agenda {

/**
 * Bounds that need no search: a ballot attends at most one session per slot, so at most
 * min(its placeable sessions, the slots they allow); and A = Σ over slots of the ballots
 * the slot's sessions cover, each slot at most its rooms' worth of sessions.
 */
qint64 simpleBound(const Model &m);

struct BoundResult
{
    qint64 bound = 0;        ///< proven: no agenda has more A
    qint64 attendable = -1;  ///< an agenda found on the way with more A than `lower`, else -1
    std::vector<int> slotOf; ///< that agenda: a slot per session, -1 = unscheduled
};

/**
 * A tighter bound by Lagrangian relaxation and branch and price (explained in the .cpp);
 * never above `start`. `lower` is an agenda's A and `slotOf` its slots: the first
 * columns, and the value a branch must beat. Deterministic work budget.
 */
BoundResult lagrangianBound(const Model &m, qint64 lower, qint64 start, const std::vector<int> &slotOf,
                            const std::atomic<bool> *cancel = nullptr);

} // namespace cabildo::agenda
