// EventStore's restore points (schema version 6, issue 14): whole copies of the event inside
// its file. Each record and each chunk of a point's list (restorerecords.h) is stored once,
// by its hash, in restore_record; a point's row holds what the list shows and its manifest
// (the hashes of its chunks). Deleting points collects what no remaining point names.
#include "eventstore.h"

#include "chunkedstatement.h"
#include "connection.h"
#include "restorerecords.h"
#include "sqlvalues.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <numeric>
#include <thread>
#include <vector>

namespace cabildo {

using namespace sqlvalues;
namespace records = restorerecords;

namespace {

const QString pointColumns = QStringLiteral("id, taken_at, next_step, on_demand, notes, themes, ballots, sessions");

/**
 * Reads what points name, each chunk once: the hashes of a point's chunks and of the
 * records they list. A chunk that is missing or changed makes the point unreadable.
 */
class ChunkReader
{
public:
    explicit ChunkReader(QSqlDatabase &db) : m_query(db)
    {
        m_query.prepare(QStringLiteral("SELECT data FROM restore_record WHERE hash = ?"));
    }

    /** A stored record's bytes, checked against its hash; empty when missing or damaged. */
    QByteArray record(const QByteArray &hash)
    {
        m_query.addBindValue(hash);
        if (!m_query.exec() || !m_query.next())
            return {};
        const QByteArray data = records::unpack(m_query.value(0).toByteArray());
        m_query.finish();
        return records::hashOf(data) == hash ? data : QByteArray();
    }

    /** The (kind, record hash) pairs of a point, in its order; false when part of its list cannot be read. */
    bool entries(const QByteArray &manifest, QList<QPair<records::Kind, QByteArray>> *entries)
    {
        QList<QPair<records::Kind, QByteArray>> chunks;
        if (!records::readManifest(manifest, &chunks))
            return false;
        entries->clear();
        for (const auto &[kind, chunk] : std::as_const(chunks)) {
            auto cached = m_chunks.find(chunk);
            if (cached == m_chunks.end()) {
                QList<QByteArray> hashes;
                if (!records::readChunk(record(chunk), &hashes))
                    return false;
                cached = m_chunks.insert(chunk, hashes);
            }
            for (const QByteArray &hash : std::as_const(cached.value()))
                entries->append({kind, hash});
        }
        return true;
    }

private:
    QSqlQuery m_query;
    QHash<QByteArray, QList<QByteArray>> m_chunks;
};

RestorePoint pointFrom(const QSqlQuery &query)
{
    RestorePoint point;
    point.id = query.value(0).toLongLong();
    point.takenAt = fromIsoUtc(query.value(1).toString());
    point.nextStep = query.value(2).toString();
    point.onDemand = query.value(3).toBool();
    point.notes = query.value(4).toInt();
    point.themes = query.value(5).toInt();
    point.ballots = query.value(6).toInt();
    point.sessions = query.value(7).toInt();
    return point;
}

/**
 * Every record's stored form, in order. A first point packs every note (40,000 records
 * for 20,000 notes); those of long notes are compressed, which takes time: the two halves
 * on two threads, each with its own zlib stream, give the same bytes as one.
 */
QList<QByteArray> packInTwo(const QList<const records::Record *> &fresh)
{
    QList<QByteArray> packed(fresh.size());
    QByteArray *out = packed.data(); // detached once, here: the threads only write their own slots
    auto work = [&](qsizetype begin, qsizetype end) {
        for (qsizetype i = begin; i < end; ++i)
            out[i] = records::pack(fresh.at(i)->data);
    };
    const qsizetype half = fresh.size() / 2;
    if (fresh.size() < 256 || std::thread::hardware_concurrency() < 2) {
        work(0, fresh.size());
        return packed;
    }
    std::thread other(work, half, fresh.size());
    work(0, half);
    other.join();
    return packed;
}

} // namespace

QList<RestorePoint> EventStore::loadRestorePoints()
{
    QList<RestorePoint> points;
    if (!hasRestorePoints())
        return points;
    QSqlQuery query(m_connection->db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM restore_point ORDER BY id DESC").arg(pointColumns))) {
        fail(query.lastError().text());
        return points;
    }
    while (query.next())
        points.append(pointFrom(query));
    return points;
}

bool EventStore::insertRestorePoint(const EventContent &content, RestorePoint &point, qint64 *eventBytes)
{
    const QList<records::Record> all = records::encode(content);
    const records::Listing listing = records::list(all);
    const QByteArray &manifest = listing.manifest;
    point.notes = int(content.notes.size());
    point.themes = int(content.themes.size());
    point.ballots = int(content.votes.ballots.size());
    point.sessions = int(content.agenda.sessions.size());
    return inTransaction([&] {
        QHash<QByteArray, qint64> stored; // hash → bytes in the file
        {
            QSqlQuery query(m_connection->db());
            query.setForwardOnly(true);
            if (!query.exec(QStringLiteral("SELECT hash, length(data) FROM restore_record")))
                return fail(query.lastError().text());
            while (query.next())
                stored.insert(query.value(0).toByteArray(), query.value(1).toLongLong());
        }
        // Only what no point holds yet is compressed and written: usually a few records.
        qint64 bytes = manifest.size();
        QList<const records::Record *> fresh;
        for (const QList<records::Record> *list : {&all, &listing.chunks})
            for (const records::Record &record : *list) {
                if (const auto found = stored.constFind(record.hash); found != stored.constEnd()) {
                    bytes += found.value();
                    stored[record.hash] = 0; // two equal records (tallies, say) are stored and counted once
                    continue;
                }
                fresh.append(&record);
                stored.insert(record.hash, 0);
            }
        const QList<QByteArray> packed = packInTwo(fresh);
        // In the order of their hashes, the table's key: each goes at the end of the tree
        // instead of into a random page (a first point of 20,000 notes: 40,000 inserts).
        std::vector<qsizetype> order(fresh.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(),
                  [&](qsizetype a, qsizetype b) { return fresh.at(a)->hash < fresh.at(b)->hash; });
        QString error;
        if (!chunkedstatement::exec(
                m_connection->db(), QStringLiteral("INSERT INTO restore_record (hash, data) VALUES %1"), 2,
                qsizetype(order.size()),
                [&](QSqlQuery &query, qsizetype row, int first) {
                    const qsizetype i = order[size_t(row)];
                    query.bindValue(first, fresh.at(i)->hash);
                    query.bindValue(first + 1, packed.at(i));
                    bytes += packed.at(i).size();
                },
                &error))
            return fail(error);
        QSqlQuery row(m_connection->db());
        row.prepare(QStringLiteral("INSERT INTO restore_point (taken_at, next_step, on_demand, notes, themes, ballots, "
                                   "sessions, manifest) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &value : {QVariant(isoUtc(point.takenAt)), QVariant(notNull(point.nextStep)),
                                      QVariant(point.onDemand ? 1 : 0), QVariant(point.notes), QVariant(point.themes),
                                      QVariant(point.ballots), QVariant(point.sessions), QVariant(manifest)})
            row.addBindValue(value);
        if (!row.exec())
            return fail(row.lastError().text());
        point.id = row.lastInsertId().toLongLong();
        *eventBytes = bytes;
        return true;
    });
}

bool EventStore::loadRestorePoint(qint64 id, EventContent *content, RestorePoint *point)
{
    if (!hasRestorePoints())
        return fail(tr("This event file has no restore points."));
    QByteArray manifest;
    {
        QSqlQuery query(m_connection->db());
        query.prepare(QStringLiteral("SELECT %1, manifest FROM restore_point WHERE id = ?").arg(pointColumns));
        query.addBindValue(id);
        if (!query.exec())
            return fail(query.lastError().text());
        if (!query.next())
            return fail(tr("There is no restore point %1.").arg(id));
        *point = pointFrom(query);
        manifest = query.value(8).toByteArray();
    }
    const QString damaged =
        tr("Restore point %1 is damaged (part of what it kept is missing or changed), so it cannot be restored.")
            .arg(id);
    ChunkReader reader(m_connection->db());
    QList<QPair<records::Kind, QByteArray>> entries;
    if (!reader.entries(manifest, &entries))
        return fail(damaged);
    QList<QPair<records::Kind, QByteArray>> found;
    found.reserve(entries.size());
    for (const auto &[kind, hash] : std::as_const(entries)) {
        // Each record is checked against its hash: a changed byte is found, not restored.
        const QByteArray data = reader.record(hash);
        if (data.isEmpty())
            return fail(damaged);
        found.append({kind, data});
    }
    return records::decode(found, content) || fail(damaged);
}

bool EventStore::deleteRestorePoints(const QList<qint64> &ids)
{
    return inTransaction([&] {
        return deleteByIds(QStringLiteral("restore_point"), QStringLiteral("id"), ids) && collectRestoreRecords();
    });
}

bool EventStore::collectRestoreRecords()
{
    QSet<QByteArray> named;
    {
        QSqlQuery query(m_connection->db());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT manifest FROM restore_point")))
            return fail(query.lastError().text());
        ChunkReader reader(m_connection->db());
        QList<QPair<records::Kind, QByteArray>> chunks;
        QList<QPair<records::Kind, QByteArray>> entries;
        while (query.next()) {
            // A list that cannot be read names records we cannot know: keep them all.
            const QByteArray manifest = query.value(0).toByteArray();
            if (!records::readManifest(manifest, &chunks) || !reader.entries(manifest, &entries))
                return true;
            for (const auto &chunk : std::as_const(chunks))
                named.insert(chunk.second);
            for (const auto &entry : std::as_const(entries))
                named.insert(entry.second);
        }
    }
    QList<QByteArray> unused;
    {
        QSqlQuery query(m_connection->db());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT hash FROM restore_record")))
            return fail(query.lastError().text());
        while (query.next())
            if (QByteArray hash = query.value(0).toByteArray(); !named.contains(hash))
                unused.append(hash);
    }
    return execBatch(QStringLiteral("DELETE FROM restore_record WHERE hash = ?"), unused,
                     [](QSqlQuery &query, const QByteArray &hash) { query.addBindValue(hash); });
}

bool EventStore::pruneRestorePoints(qint64 budget, int keep)
{
    {
        // Only points past the newest `keep` can go: with no more than that, nothing to add up.
        QSqlQuery count(m_connection->db());
        if (!count.exec(QStringLiteral("SELECT count(*) FROM restore_point WHERE on_demand = 0")) || !count.next())
            return fail(count.lastError().text());
        if (count.value(0).toLongLong() <= keep)
            return true;
    }
    QHash<QByteArray, qint64> sizes;
    QList<qint64> doomed;
    {
        QSqlQuery query(m_connection->db());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT hash, length(data) FROM restore_record")))
            return fail(query.lastError().text());
        while (query.next())
            sizes.insert(query.value(0).toByteArray(), query.value(1).toLongLong());
    }
    {
        // Newest first, adding what each older point needs that the newer ones do not hold.
        QSqlQuery query(m_connection->db());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT id, manifest FROM restore_point WHERE on_demand = 0 ORDER BY id DESC")))
            return fail(query.lastError().text());
        qint64 total = 0;
        ChunkReader reader(m_connection->db());
        QList<QPair<records::Kind, QByteArray>> chunks;
        QList<QPair<records::Kind, QByteArray>> entries;
        for (int index = 0; query.next(); ++index) {
            const QByteArray manifest = query.value(1).toByteArray();
            total += manifest.size();
            if (records::readManifest(manifest, &chunks) && reader.entries(manifest, &entries))
                for (const auto &named : chunks + entries)
                    total += sizes.take(named.second); // each counted once: taken out when counted
            if (index >= keep && total > budget)
                doomed.append(query.value(0).toLongLong());
        }
    }
    return doomed.isEmpty() || deleteRestorePoints(doomed);
}

qint64 EventStore::restorePointBytes()
{
    if (!hasRestorePoints())
        return 0;
    QSqlQuery query(m_connection->db());
    return query.exec(QStringLiteral("SELECT coalesce((SELECT sum(length(data)) FROM restore_record), 0) + "
                                     "coalesce((SELECT sum(length(manifest)) FROM restore_point), 0)"))
                   && query.next()
               ? query.value(0).toLongLong()
               : 0;
}

} // namespace cabildo
