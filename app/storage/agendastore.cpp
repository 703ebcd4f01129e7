// EventStore's votes and agenda tables (schema version 3). Writes are upserts and
// removals by id, so one generic change serves every command and its undo.
#include "eventstore.h"

#include "connection.h"
#include "sqlvalues.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cabildo {

using namespace sqlvalues;

namespace {

/** Runs a SELECT and calls `row` for each result; false (with the error) when it fails. */
template <typename Row> bool selectRows(QSqlDatabase &db, const QString &sql, QString *error, Row row)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next())
        row(query);
    return true;
}

} // namespace

QList<Room> EventStore::loadRooms()
{
    QList<Room> rooms;
    if (hasAgendaTables())
        selectRows(m_connection->db(),
                   QStringLiteral("SELECT id, uuid, name, capacity, accessible, notes, position FROM room ORDER BY id"),
                   &m_lastError, [&](const QSqlQuery &query) {
                       rooms.append(Room{query.value(0).toLongLong(), QUuid::fromString(query.value(1).toString()),
                                         query.value(2).toString(), query.value(3).toInt(), query.value(4).toBool(),
                                         query.value(5).toString(), query.value(6).toInt()});
                   });
    return rooms;
}

QList<TimeSlot> EventStore::loadSlots()
{
    QList<TimeSlot> timeSlots;
    if (hasAgendaTables())
        selectRows(m_connection->db(),
                   QStringLiteral("SELECT id, uuid, day, start_time, end_time, kind, label FROM slot ORDER BY id"),
                   &m_lastError, [&](const QSqlQuery &query) {
                       timeSlots.append(
                           TimeSlot{query.value(0).toLongLong(), QUuid::fromString(query.value(1).toString()),
                                    QDate::fromString(query.value(2).toString(), Qt::ISODate),
                                    timeFromText(query.value(3).toString()), timeFromText(query.value(4).toString()),
                                    slotKindFromKey(query.value(5).toString()), query.value(6).toString()});
                   });
    return timeSlots;
}

QList<Session> EventStore::loadSessions()
{
    QList<Session> sessions;
    if (!hasAgendaTables())
        return sessions;
    QHash<qint64, QList<QUuid>> allowed;
    selectRows(m_connection->db(),
               QStringLiteral("SELECT session_id, slot_uuid FROM session_slot ORDER BY session_id, slot_uuid"),
               &m_lastError, [&](const QSqlQuery &query) {
                   allowed[query.value(0).toLongLong()].append(QUuid::fromString(query.value(1).toString()));
               });
    // A version-3 file opened read-only is not migrated: it has no host_named column yet.
    const QString hostNamed = m_schemaVersion >= 4 ? QStringLiteral("host_named") : QStringLiteral("0");
    selectRows(
        m_connection->db(),
        QStringLiteral("SELECT id, uuid, title, description, host, language, needs_accessible_room, theme_uuid, ref, "
                       "%1 FROM session ORDER BY id")
            .arg(hostNamed),
        &m_lastError, [&](const QSqlQuery &query) {
            Session session;
            session.id = query.value(0).toLongLong();
            session.uuid = QUuid::fromString(query.value(1).toString());
            session.title = query.value(2).toString();
            session.description = query.value(3).toString();
            session.host = query.value(4).toString();
            session.language = query.value(5).toString();
            session.needsAccessibleRoom = query.value(6).toBool();
            session.theme = QUuid::fromString(query.value(7).toString());
            session.ref = query.value(8).toString();
            session.hostNamed = query.value(9).toBool();
            session.allowedSlots = allowed.value(session.id);
            sessions.append(session);
        });
    return sessions;
}

QList<Placement> EventStore::loadPlacements()
{
    QList<Placement> placements;
    if (hasAgendaTables())
        selectRows(m_connection->db(),
                   QStringLiteral("SELECT session_id, slot_id, room_id, pinned FROM placement ORDER BY session_id"),
                   &m_lastError, [&](const QSqlQuery &query) {
                       placements.append(Placement{query.value(0).toLongLong(), query.value(1).toLongLong(),
                                                   query.value(2).toLongLong(), query.value(3).toBool()});
                   });
    return placements;
}

QList<VoteRound> EventStore::loadRounds()
{
    QList<VoteRound> rounds;
    if (hasAgendaTables())
        selectRows(
            m_connection->db(),
            QStringLiteral("SELECT id, uuid, name, votes_per_person, cap_per_theme, state, totals_hidden, created_at "
                           "FROM round ORDER BY id"),
            &m_lastError, [&](const QSqlQuery &query) {
                rounds.append(VoteRound{query.value(0).toLongLong(), QUuid::fromString(query.value(1).toString()),
                                        query.value(2).toString(), query.value(3).toInt(), query.value(4).toInt(),
                                        roundStateFromKey(query.value(5).toString()), query.value(6).toBool(),
                                        fromIsoUtc(query.value(7).toString())});
            });
    return rounds;
}

QList<Ballot> EventStore::loadBallots()
{
    QList<Ballot> ballots;
    if (!hasAgendaTables())
        return ballots;
    QHash<qint64, QList<QUuid>> choices;
    selectRows(m_connection->db(), QStringLiteral("SELECT ballot_id, theme_uuid FROM ballot_choice"), &m_lastError,
               [&](const QSqlQuery &query) {
                   choices[query.value(0).toLongLong()].append(QUuid::fromString(query.value(1).toString()));
               });
    // A read-only file before version 5 has no phones' voter keys.
    const QString voterKey = hasParticipationTables() ? QStringLiteral("voter_key") : QStringLiteral("NULL");
    selectRows(m_connection->db(),
               QStringLiteral("SELECT id, uuid, round_id, created_at, %1 FROM ballot ORDER BY id").arg(voterKey),
               &m_lastError, [&](const QSqlQuery &query) {
                   Ballot ballot{query.value(0).toLongLong(),           QUuid::fromString(query.value(1).toString()),
                                 query.value(2).toLongLong(),           choices.value(query.value(0).toLongLong()),
                                 fromIsoUtc(query.value(3).toString()), query.value(4).toString().toLatin1()};
                   std::sort(ballot.themes.begin(), ballot.themes.end());
                   ballots.append(ballot);
               });
    return ballots;
}

QList<Tally> EventStore::loadTallies()
{
    QList<Tally> tallies;
    if (hasAgendaTables())
        selectRows(m_connection->db(),
                   QStringLiteral("SELECT round_id, theme_uuid, count FROM tally ORDER BY round_id, theme_uuid"),
                   &m_lastError, [&](const QSqlQuery &query) {
                       tallies.append(Tally{query.value(0).toLongLong(), QUuid::fromString(query.value(1).toString()),
                                            query.value(2).toInt()});
                   });
    return tallies;
}

bool EventStore::deleteByIds(const QString &table, const QString &key, const QList<qint64> &ids)
{
    // `table` and `key` are constants of this file, never user text.
    return ids.isEmpty()
           || execBatch(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, key), ids,
                        [](QSqlQuery &query, qint64 id) { query.addBindValue(id); });
}

bool EventStore::applyAgendaChange(const AgendaChange &change)
{
    return inTransaction([&] {
        // Placements go first: a swap or a re-placement never meets its own old cell.
        QList<qint64> replaced = change.unplaced;
        for (const Placement &placement : change.placements)
            replaced.append(placement.sessionId);
        if (!deleteByIds(QStringLiteral("placement"), QStringLiteral("session_id"), replaced)
            || !deleteByIds(QStringLiteral("session"), QStringLiteral("id"), change.removedSessions)
            || !deleteByIds(QStringLiteral("slot"), QStringLiteral("id"), change.removedTimeSlots)
            || !deleteByIds(QStringLiteral("room"), QStringLiteral("id"), change.removedRooms))
            return false;
        const bool rooms = execBatch(
            QStringLiteral(
                "INSERT INTO room (id, uuid, name, capacity, accessible, notes, position) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET name = excluded.name, capacity = excluded.capacity, "
                "accessible = excluded.accessible, notes = excluded.notes, position = excluded.position"),
            change.rooms, [](QSqlQuery &query, const Room &room) {
                for (const QVariant &value :
                     {QVariant(room.id), QVariant(uuidText(room.uuid)), QVariant(notNull(room.name)),
                      QVariant(room.capacity), QVariant(room.accessible ? 1 : 0), QVariant(notNull(room.notes)),
                      QVariant(room.position)})
                    query.addBindValue(value);
            });
        const bool timeSlots =
            rooms
            && execBatch(
                QStringLiteral(
                    "INSERT INTO slot (id, uuid, day, start_time, end_time, kind, label) VALUES (?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (id) DO UPDATE SET day = excluded.day, start_time = excluded.start_time, "
                    "end_time = excluded.end_time, kind = excluded.kind, label = excluded.label"),
                change.timeSlots, [](QSqlQuery &query, const TimeSlot &slot) {
                    for (const QVariant &value :
                         {QVariant(slot.id), QVariant(uuidText(slot.uuid)), QVariant(dayText(slot.day)),
                          QVariant(timeText(slot.start)), QVariant(timeText(slot.end)),
                          QVariant(slotKindKey(slot.kind)), QVariant(notNull(slot.label))})
                        query.addBindValue(value);
                });
        QList<qint64> savedSessions;
        QList<QPair<qint64, QUuid>> allowed;
        for (const Session &session : change.sessions) {
            savedSessions.append(session.id);
            for (const QUuid &slot : session.allowedSlots)
                allowed.append({session.id, slot});
        }
        const bool sessions =
            timeSlots
            && execBatch(
                QStringLiteral(
                    "INSERT INTO session (id, uuid, title, description, host, language, needs_accessible_room, "
                    "theme_uuid, ref, host_named) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                    "title = excluded.title, description = excluded.description, host = excluded.host, "
                    "language = excluded.language, needs_accessible_room = excluded.needs_accessible_room, "
                    "theme_uuid = excluded.theme_uuid, ref = excluded.ref, host_named = excluded.host_named"),
                change.sessions, [](QSqlQuery &query, const Session &session) {
                    for (const QVariant &value :
                         {QVariant(session.id), QVariant(uuidText(session.uuid)), QVariant(notNull(session.title)),
                          QVariant(notNull(session.description)), QVariant(notNull(session.host)),
                          QVariant(notNull(session.language)), QVariant(session.needsAccessibleRoom ? 1 : 0),
                          optionalUuid(session.theme), QVariant(notNull(session.ref)),
                          QVariant(session.hostNamed ? 1 : 0)})
                        query.addBindValue(value);
                });
        return sessions && deleteByIds(QStringLiteral("session_slot"), QStringLiteral("session_id"), savedSessions)
               && execBatch(QStringLiteral("INSERT OR IGNORE INTO session_slot (session_id, slot_uuid) VALUES (?, ?)"),
                            allowed,
                            [](QSqlQuery &query, const QPair<qint64, QUuid> &row) {
                                query.addBindValue(row.first);
                                query.addBindValue(uuidText(row.second));
                            })
               && execBatch(
                   QStringLiteral("INSERT INTO placement (session_id, slot_id, room_id, pinned) VALUES (?, ?, ?, ?)"),
                   change.placements, [](QSqlQuery &query, const Placement &placement) {
                       query.addBindValue(placement.sessionId);
                       query.addBindValue(placement.slotId);
                       query.addBindValue(placement.roomId);
                       query.addBindValue(placement.pinned ? 1 : 0);
                   });
    });
}

bool EventStore::applyVoteChange(const VoteChange &change)
{
    return inTransaction([&] {
        if (!deleteByIds(QStringLiteral("ballot"), QStringLiteral("id"), change.removedBallots)
            || !deleteByIds(QStringLiteral("round"), QStringLiteral("id"), change.removedRounds))
            return false;
        const bool rounds = execBatch(
            QStringLiteral(
                "INSERT INTO round (id, uuid, name, votes_per_person, cap_per_theme, state, totals_hidden, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                "votes_per_person = excluded.votes_per_person, cap_per_theme = excluded.cap_per_theme, "
                "state = excluded.state, totals_hidden = excluded.totals_hidden"),
            change.rounds, [](QSqlQuery &query, const VoteRound &round) {
                for (const QVariant &value :
                     {QVariant(round.id), QVariant(uuidText(round.uuid)), QVariant(notNull(round.name)),
                      QVariant(round.votesPerPerson), QVariant(round.capPerTheme), QVariant(roundStateKey(round.state)),
                      QVariant(round.totalsHidden ? 1 : 0), QVariant(isoUtc(round.createdAt))})
                    query.addBindValue(value);
            });
        QList<qint64> savedBallots;
        QList<QPair<qint64, QUuid>> choices;
        for (const Ballot &ballot : change.ballots) {
            savedBallots.append(ballot.id);
            for (const QUuid &theme : ballot.themes)
                choices.append({ballot.id, theme});
        }
        const bool ballots =
            rounds
            && execBatch(QStringLiteral("INSERT INTO ballot (id, uuid, round_id, created_at, voter_key) "
                                        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"),
                         change.ballots, [](QSqlQuery &query, const Ballot &ballot) {
                             query.addBindValue(ballot.id);
                             query.addBindValue(uuidText(ballot.uuid));
                             query.addBindValue(ballot.roundId);
                             query.addBindValue(isoUtc(ballot.createdAt));
                             // NULL, not '': the one-ballot-per-voter index leaves keyless ballots alone.
                             query.addBindValue(ballot.voterKey.isEmpty()
                                                    ? QVariant()
                                                    : QVariant(QString::fromLatin1(ballot.voterKey)));
                         });
        const auto positive = [](const Tally &tally) { return tally.count > 0; };
        QList<Tally> kept;
        QList<Tally> dropped;
        for (const Tally &tally : change.tallies)
            (positive(tally) ? kept : dropped).append(tally);
        return ballots && deleteByIds(QStringLiteral("ballot_choice"), QStringLiteral("ballot_id"), savedBallots)
               && execBatch(QStringLiteral("INSERT OR IGNORE INTO ballot_choice (ballot_id, theme_uuid) VALUES (?, ?)"),
                            choices,
                            [](QSqlQuery &query, const QPair<qint64, QUuid> &row) {
                                query.addBindValue(row.first);
                                query.addBindValue(uuidText(row.second));
                            })
               && execBatch(QStringLiteral("DELETE FROM tally WHERE round_id = ? AND theme_uuid = ?"), dropped,
                            [](QSqlQuery &query, const Tally &tally) {
                                query.addBindValue(tally.roundId);
                                query.addBindValue(uuidText(tally.theme));
                            })
               && execBatch(QStringLiteral("INSERT INTO tally (round_id, theme_uuid, count) VALUES (?, ?, ?) "
                                           "ON CONFLICT (round_id, theme_uuid) DO UPDATE SET count = excluded.count"),
                            kept, [](QSqlQuery &query, const Tally &tally) {
                                query.addBindValue(tally.roundId);
                                query.addBindValue(uuidText(tally.theme));
                                query.addBindValue(tally.count);
                            });
    });
}

bool EventStore::restoreEvent(const EventInfo &event)
{
    QSqlQuery query(m_connection->db());
    query.prepare(QStringLiteral("UPDATE event SET uuid = ?, namespace = ?, title = ?, acronym = ?, timezone = ?, "
                                 "created_at = ? WHERE id = 1"));
    for (const QVariant &value :
         {QVariant(uuidText(event.uuid)), QVariant(uuidText(event.uuidNamespace)), QVariant(notNull(event.title)),
          QVariant(notNull(event.acronym)), QVariant(notNull(event.timeZone)), QVariant(isoUtc(event.createdAt))})
        query.addBindValue(value);
    return query.exec() || fail(query.lastError().text());
}

} // namespace cabildo
