// EventStore's participation tables (schema version 5, issue 13): the open participation's
// settings, the event's salt, the phones that joined and their submissions. None of it is
// part of the event JSON or the open-data export.
#include "eventstore.h"

#include "connection.h"
#include "sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cabildo {

using namespace sqlvalues;

std::optional<ParticipationSettings> EventStore::loadParticipation()
{
    if (!hasParticipationTables())
        return std::nullopt;
    QSqlQuery query(m_connection->db());
    if (!query.exec(QStringLiteral(
            "SELECT token, join_code, bind_address, port, moderated, opened_at FROM participation WHERE id = 1"))) {
        fail(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    ParticipationSettings settings;
    settings.token = query.value(0).toString().toLatin1();
    settings.joinCode = query.value(1).toString();
    settings.bindAddress = query.value(2).toString();
    settings.port = quint16(query.value(3).toUInt());
    settings.moderated = query.value(4).toBool();
    settings.openedAt = fromIsoUtc(query.value(5).toString());
    return settings;
}

bool EventStore::saveParticipation(const std::optional<ParticipationSettings> &settings)
{
    QSqlQuery query(m_connection->db());
    if (!settings)
        return query.exec(QStringLiteral("DELETE FROM participation")) || fail(query.lastError().text());
    query.prepare(
        QStringLiteral("INSERT INTO participation (id, token, join_code, bind_address, port, moderated, opened_at) "
                       "VALUES (1, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET token = excluded.token, "
                       "join_code = excluded.join_code, bind_address = excluded.bind_address, port = excluded.port, "
                       "moderated = excluded.moderated, opened_at = excluded.opened_at"));
    for (const QVariant &value : {QVariant(QString::fromLatin1(settings->token)), QVariant(notNull(settings->joinCode)),
                                  QVariant(notNull(settings->bindAddress)), QVariant(uint(settings->port)),
                                  QVariant(settings->moderated ? 1 : 0), QVariant(isoUtc(settings->openedAt))})
        query.addBindValue(value);
    return query.exec() || fail(query.lastError().text());
}

QByteArray EventStore::loadSalt()
{
    if (!hasParticipationTables())
        return {};
    QSqlQuery query(m_connection->db());
    return query.exec(QStringLiteral("SELECT salt FROM participant_secret WHERE id = 1")) && query.next()
               ? query.value(0).toByteArray()
               : QByteArray();
}

bool EventStore::insertSalt(const QByteArray &salt)
{
    QSqlQuery query(m_connection->db());
    query.prepare(QStringLiteral("INSERT INTO participant_secret (id, salt) VALUES (1, ?)"));
    query.addBindValue(salt);
    return query.exec() || fail(query.lastError().text());
}

QList<StoredDevice> EventStore::loadDevices()
{
    QList<StoredDevice> devices;
    if (!hasParticipationTables())
        return devices;
    QSqlQuery query(m_connection->db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT id, key_hash, number, address, first_seen, blocked FROM participant_device ORDER BY number"))) {
        fail(query.lastError().text());
        return devices;
    }
    while (query.next())
        devices.append(StoredDevice{query.value(0).toLongLong(), query.value(1).toString().toLatin1(),
                                    query.value(2).toInt(), query.value(3).toString(),
                                    fromIsoUtc(query.value(4).toString()), query.value(5).toBool()});
    return devices;
}

bool EventStore::insertDevice(StoredDevice &device)
{
    QSqlQuery query(m_connection->db());
    query.prepare(QStringLiteral("INSERT INTO participant_device (id, key_hash, number, address, first_seen, blocked) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {device.id ? QVariant(device.id) : QVariant(), QVariant(QString::fromLatin1(device.keyHash)),
          QVariant(device.number), QVariant(notNull(device.address)), QVariant(isoUtc(device.firstSeen)),
          QVariant(device.blocked ? 1 : 0)})
        query.addBindValue(value);
    if (!query.exec())
        return fail(query.lastError().text());
    device.id = query.lastInsertId().toLongLong();
    return true;
}

bool EventStore::saveDeviceBlocked(qint64 id, bool blocked)
{
    QSqlQuery query(m_connection->db());
    query.prepare(QStringLiteral("UPDATE participant_device SET blocked = ? WHERE id = ?"));
    query.addBindValue(blocked ? 1 : 0);
    query.addBindValue(id);
    return query.exec() || fail(query.lastError().text());
}

QList<Submission> EventStore::loadSubmissions()
{
    QList<Submission> submissions;
    if (!hasParticipationTables())
        return submissions;
    QSqlQuery query(m_connection->db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT submission_id, device_id, note_uuid FROM participant_submission"))) {
        fail(query.lastError().text());
        return submissions;
    }
    while (query.next())
        submissions.append(Submission{query.value(0).toString(), query.value(1).toLongLong(),
                                      QUuid::fromString(query.value(2).toString())});
    return submissions;
}

bool EventStore::insertSubmissions(const QList<Submission> &submissions)
{
    return execBatch(
        QStringLiteral("INSERT INTO participant_submission (submission_id, device_id, note_uuid) VALUES (?, ?, ?)"),
        submissions, [](QSqlQuery &query, const Submission &submission) {
            query.addBindValue(notNull(submission.id));
            query.addBindValue(submission.deviceId ? QVariant(submission.deviceId) : QVariant());
            query.addBindValue(uuidText(submission.noteUuid));
        });
}

} // namespace cabildo
