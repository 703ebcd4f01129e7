// EventStore's note_image table (schema version 7, issue 15): notes' pictures keyed by the
// note's UUID. A read-only file of an older version has none.
#include "eventstore.h"

#include "connection.h"
#include "sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cabildo {

using namespace sqlvalues;

namespace {

const QString imageColumns = QStringLiteral("note_uuid, format, width, height, data");

NoteImage imageFrom(const QSqlQuery &query)
{
    NoteImage image;
    image.noteUuid = QUuid::fromString(query.value(0).toString());
    image.format = query.value(1).toString();
    image.width = query.value(2).toInt();
    image.height = query.value(3).toInt();
    image.bytes = query.value(4).toByteArray();
    return image;
}

} // namespace

QSet<QUuid> EventStore::loadNoteImageUuids()
{
    QSet<QUuid> uuids;
    if (!hasNoteImages())
        return uuids;
    QSqlQuery query(m_connection->db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT note_uuid FROM note_image"))) {
        fail(query.lastError().text());
        return uuids;
    }
    while (query.next())
        uuids.insert(QUuid::fromString(query.value(0).toString()));
    return uuids;
}

std::optional<NoteImage> EventStore::loadNoteImage(const QUuid &noteUuid)
{
    if (!hasNoteImages())
        return std::nullopt;
    QSqlQuery query(m_connection->db());
    query.prepare(QStringLiteral("SELECT %1 FROM note_image WHERE note_uuid = ?").arg(imageColumns));
    query.addBindValue(uuidText(noteUuid));
    if (!query.exec()) {
        fail(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return imageFrom(query);
}

QList<NoteImage> EventStore::loadNoteImages()
{
    QList<NoteImage> images;
    if (!hasNoteImages())
        return images;
    QSqlQuery query(m_connection->db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM note_image ORDER BY note_uuid").arg(imageColumns))) {
        fail(query.lastError().text());
        return images;
    }
    while (query.next())
        images.append(imageFrom(query));
    return images;
}

bool EventStore::saveNoteImages(const QList<NoteImage> &images)
{
    return execBatch(QStringLiteral("INSERT INTO note_image (%1) VALUES (?, ?, ?, ?, ?) ON CONFLICT (note_uuid) DO "
                                    "UPDATE SET format = excluded.format, width = excluded.width, "
                                    "height = excluded.height, data = excluded.data")
                         .arg(imageColumns),
                     images, [](QSqlQuery &query, const NoteImage &image) {
                         query.addBindValue(uuidText(image.noteUuid));
                         query.addBindValue(image.format);
                         query.addBindValue(image.width);
                         query.addBindValue(image.height);
                         query.addBindValue(image.bytes);
                     });
}

bool EventStore::eraseNoteImages(const QList<QUuid> &noteUuids)
{
    if (m_writeDepth > 0)
        return fail(tr("Pictures cannot be erased in the middle of another change."));
    QSqlQuery pragma(m_connection->db());
    if (!pragma.exec(QStringLiteral("PRAGMA secure_delete = ON")))
        return fail(pragma.lastError().text());
    const bool deleted = execBatch(QStringLiteral("DELETE FROM note_image WHERE note_uuid = ?"), noteUuids,
                                   [](QSqlQuery &query, const QUuid &uuid) { query.addBindValue(uuidText(uuid)); });
    pragma.exec(QStringLiteral("PRAGMA secure_delete = OFF"));
    return deleted && eraseFreedBytes();
}

bool EventStore::eraseAllNoteImages()
{
    if (m_writeDepth > 0)
        return fail(tr("Pictures cannot be erased in the middle of another change."));
    QSqlQuery query(m_connection->db());
    if (!query.exec(QStringLiteral("PRAGMA secure_delete = ON")))
        return fail(query.lastError().text());
    const bool deleted = inTransaction([&] {
        QSqlQuery erase(m_connection->db());
        return erase.exec(QStringLiteral("DELETE FROM note_image")) || fail(erase.lastError().text());
    });
    query.exec(QStringLiteral("PRAGMA secure_delete = OFF"));
    return deleted && eraseFreedBytes();
}

bool EventStore::eraseFreedBytes()
{
    // secure_delete zeroed the pages the rows left, but the zeroed pages are in the WAL and
    // the old ones still in the main file, and earlier WAL frames may hold the pictures too:
    // a TRUNCATE checkpoint writes the zeroed pages into the file and empties the WAL.
    QSqlQuery query(m_connection->db());
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !query.next())
        return fail(query.lastError().text());
    if (query.value(0).toInt() != 0) // busy: another reader kept the checkpoint from finishing
        return fail(tr("The file is busy; the pictures are removed but their bytes may remain until it is closed."));
    return true;
}

} // namespace cabildo
