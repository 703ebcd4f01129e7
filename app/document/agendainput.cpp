#include "agendainput.h"

#include "document/eventdocument.h"

#include <QHash>

namespace cabildo {

qint64 defaultAgendaRound(const EventDocument &document)
{
    if (const VoteRound *open = document.openRound())
        return open->id;
    return document.roundIds().isEmpty() ? 0 : document.roundIds().constLast();
}

AgendaInput agendaInput(const EventDocument &document, qint64 roundId)
{
    AgendaInput input;
    input.roundId = roundId > 0 ? roundId : defaultAgendaRound(document);

    QHash<QUuid, int> slotIndex;
    QHash<qint64, int> slotIndexById;
    for (qint64 id : document.slotIds()) {
        const TimeSlot *slot = document.timeSlot(id);
        if (slot->kind != SlotKind::Sessions)
            continue;
        slotIndex.insert(slot->uuid, int(input.slotIds.size()));
        slotIndexById.insert(id, int(input.slotIds.size()));
        input.slotIds.append(id);
        input.problem.timeSlots.append({slot->uuid.toString(QUuid::WithoutBraces)});
    }
    QHash<qint64, int> roomIndex;
    for (qint64 id : document.roomIds()) {
        const Room *room = document.room(id);
        roomIndex.insert(id, int(input.roomIds.size()));
        input.roomIds.append(id);
        input.problem.rooms.append({room->uuid.toString(QUuid::WithoutBraces), room->capacity, room->accessible});
    }

    QHash<QUuid, QList<int>> sessionsOfTheme;
    for (qint64 id : document.sessionIds()) {
        const Session *session = document.session(id);
        AgendaSession item;
        item.id = session->uuid.toString(QUuid::WithoutBraces);
        item.host = session->host.trimmed();
        item.needsAccessibleRoom = session->needsAccessibleRoom;
        for (const QUuid &allowed : session->allowedSlots)
            if (slotIndex.contains(allowed))
                item.allowedSlots.append(slotIndex.value(allowed));
        // Only breaks or removed slots allowed: no slot at all, not every slot.
        if (!session->allowedSlots.isEmpty() && item.allowedSlots.isEmpty())
            item.allowedSlots.append(-1);
        if (!session->theme.isNull()) {
            item.tally = input.roundId ? document.tally(input.roundId, session->theme) : 0;
            sessionsOfTheme[session->theme].append(int(input.sessionIds.size()));
        }
        if (const Placement *placement = document.placement(id)) {
            const int slot = slotIndexById.value(placement->slotId, -1);
            const int room = roomIndex.value(placement->roomId, -1);
            item.currentSlot = slot;
            item.currentRoom = room;
            if (placement->pinned) {
                item.pinnedSlot = slot;
                item.pinnedRoom = room;
            }
        }
        input.sessionIds.append(id);
        input.problem.sessions.append(item);
    }

    // A ballot names themes; it reads as the sessions made from them. A theme with no
    // session (or dissolved since) simply adds nothing.
    if (input.roundId)
        for (const Ballot &ballot : document.ballots(input.roundId)) {
            QList<int> sessions;
            for (const QUuid &theme : ballot.themes)
                sessions += sessionsOfTheme.value(theme);
            if (!sessions.isEmpty())
                input.problem.ballots.append(sessions);
        }
    return input;
}

QList<Placement> documentPlacements(const AgendaInput &input, const AgendaResult &result, const EventDocument &document)
{
    QList<Placement> placements;
    for (qsizetype i = 0; i < input.sessionIds.size() && i < result.placements.size(); ++i) {
        const AgendaPlacement &cell = result.placements.at(i);
        if (cell.slot < 0 || cell.room < 0)
            continue;
        Placement placement;
        placement.sessionId = input.sessionIds.at(i);
        placement.slotId = input.slotIds.at(cell.slot);
        placement.roomId = input.roomIds.at(cell.room);
        const Placement *current = document.placement(placement.sessionId);
        placement.pinned =
            current && current->pinned && current->slotId == placement.slotId && current->roomId == placement.roomId;
        placements.append(placement);
    }
    return placements;
}

} // namespace cabildo
