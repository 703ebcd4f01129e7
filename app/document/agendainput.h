#pragma once

#include "model/session.h"
#include "scheduling/agendagenerator.h"

#include <QList>

namespace cabildo {

class EventDocument;

/**
 * An event's agenda as the generator sees it, and the way back: `problem.sessions[i]` is
 * the document's session `sessionIds[i]`, `problem.timeSlots[j]` its session slot
 * `slotIds[j]` (breaks and plenaries hold no sessions and are left out), and
 * `problem.rooms[k]` its room `roomIds[k]`.
 */
struct AgendaInput
{
    AgendaProblem problem;
    QList<qint64> sessionIds;
    QList<qint64> slotIds;
    QList<qint64> roomIds;
    qint64 roundId = 0; ///< the round whose ballots and tallies count; 0 when there is none
};

/** The round an agenda follows by default: the open one, else the latest; 0 when none. */
qint64 defaultAgendaRound(const EventDocument &document);

/**
 * The document's agenda as a problem: each ballot of `roundId` (0: the default round)
 * read as the set of sessions of its themes, paper tallies as demand, placements as the
 * current agenda and pins.
 */
AgendaInput agendaInput(const EventDocument &document, qint64 roundId = 0);

/** The generator's placements as the document's, pins kept, for EventDocument::applyGeneratedAgenda. */
QList<Placement> documentPlacements(const AgendaInput &input, const AgendaResult &result,
                                    const EventDocument &document);

} // namespace cabildo
