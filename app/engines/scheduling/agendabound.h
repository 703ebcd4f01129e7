#pragma once

#include "scheduling/agendamodel.h"

namespace cabildo::agenda {

/**
 * Bounds that need no search: a ballot attends at most one session per slot, so at most
 * min(its placeable sessions, the slots they allow); and A = Σ over slots of the ballots
 * the slot's sessions cover, each slot at most its rooms' worth of sessions.
 */
qint64 simpleBound(const Model &m);

/**
 * A tighter bound by Lagrangian relaxation (explained in the .cpp); never above `start`.
 * `lower` is an agenda's A and `slotOf` its slots, used only to start and size the steps.
 * Deterministic work budget.
 */
qint64 lagrangianBound(const Model &m, qint64 lower, qint64 start, const std::vector<int> &slotOf,
                       const std::atomic<bool> *cancel = nullptr);

} // namespace cabildo::agenda
