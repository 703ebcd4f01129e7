// EventStore's room_state row (schema version 6, issue 14): the phase, the timer and
// "Hide notes until revealed". A read-only file of an older version has none: the room is
// then as a new event starts it.
#include "eventstore.h"

#include "connection.h"
#include "sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cabildo {

using namespace sqlvalues;

RoomState EventStore::loadRoomState()
{
    RoomState room;
    if (m_schemaVersion < 6)
        return room;
    QSqlQuery query(m_connection->db());
    if (!query.exec(QStringLiteral("SELECT phase, hide_notes, timer_duration_ms, timer_remaining_ms, timer_ends_at, "
                                   "timer_close_round, timer_sound FROM room_state WHERE id = 1"))) {
        fail(query.lastError().text());
        return room;
    }
    if (!query.next())
        return room;
    room.phase = phaseFromKey(query.value(0).toString());
    room.hideNotesUntilRevealed = query.value(1).toBool();
    room.timer.durationMs = query.value(2).toLongLong();
    room.timer.remainingMs = query.value(3).toLongLong();
    if (!query.value(4).isNull())
        room.timer.endsAt = fromIsoUtc(query.value(4).toString());
    room.timer.closeRoundAtEnd = query.value(5).toBool();
    room.timer.soundAtEnd = query.value(6).toBool();
    return room;
}

bool EventStore::saveRoomState(const RoomState &room)
{
    QSqlQuery query(m_connection->db());
    query.prepare(QStringLiteral(
        "INSERT INTO room_state (id, phase, hide_notes, timer_duration_ms, timer_remaining_ms, timer_ends_at, "
        "timer_close_round, timer_sound) VALUES (1, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
        "phase = excluded.phase, hide_notes = excluded.hide_notes, timer_duration_ms = excluded.timer_duration_ms, "
        "timer_remaining_ms = excluded.timer_remaining_ms, timer_ends_at = excluded.timer_ends_at, "
        "timer_close_round = excluded.timer_close_round, timer_sound = excluded.timer_sound"));
    const RoomTimer &timer = room.timer;
    for (const QVariant &value :
         {QVariant(phaseKey(room.phase)), QVariant(room.hideNotesUntilRevealed ? 1 : 0), QVariant(timer.durationMs),
          QVariant(timer.remainingMs), timer.isRunning() ? QVariant(isoUtc(timer.endsAt)) : QVariant(),
          QVariant(timer.closeRoundAtEnd ? 1 : 0), QVariant(timer.soundAtEnd ? 1 : 0)})
        query.addBindValue(value);
    return query.exec() || fail(query.lastError().text());
}

} // namespace cabildo
