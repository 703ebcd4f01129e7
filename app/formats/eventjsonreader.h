#pragma once

#include "eventjson.h"

#include <QHashFunctions>
#include <QJsonObject>
#include <QUuid>

#include <unordered_map>

namespace cabildo {

/**
 * Reads one event JSON in four passes, stopping at the first error with its JSON path:
 * the JSON itself (with the byte offset of a syntax error), the values (sizes, text, UUIDs,
 * dates: JsonValueCheck), the schema (valijson), then
 * the links between items (unique UUIDs, known rounds, sessions, slots and rooms, one
 * session per cell). Only a document that passes all four becomes an EventContent.
 */
/**
 * QUuid's own qHash XORs its parts, so crafted UUIDs collide at will (100,000 rooms took
 * 13 s instead of 1.7): the 16 bytes are hashed whole, with the process's random seed.
 */
struct UuidHash
{
    size_t operator()(const QUuid &uuid) const noexcept
    {
        static_assert(sizeof(QUuid) == 16, "QUuid is its 16 bytes");
        return qHashBits(&uuid, sizeof(QUuid), QHashSeed::globalSeed());
    }
};
using UuidIds = std::unordered_map<QUuid, qint64, UuidHash>;

class EventJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::EventJson)

public:
    /** Reads a document of any version Cabildo knows, each checked against its own schema. */
    EventJson::ReadResult read(const QByteArray &bytes);

private:
    bool fail(const QString &path, const QString &message);
    /** Gives each item of `array` the next id, refusing a UUID seen twice. */
    bool assignIds(const QString &array, UuidIds *ids);
    /** Resolves the UUID at /array/index/key to the id of an item of `ids`, or fails naming `what`. */
    bool link(const UuidIds &ids, const QString &array, qsizetype index, const char *key, const QString &what,
              qint64 *id);
    /** The id given to the item with this UUID (0 if none). */
    static qint64 idOf(const UuidIds &ids, const QUuid &uuid);
    bool readEvent();
    bool readThemesAndNotes();
    bool readAgenda();
    bool readVotes();
    /** A note's picture (version 4): base64 that decodes to an image of the stated format and size. */
    bool readPicture(const QJsonObject &picture, const QUuid &noteUuid, const QString &path);

    QJsonObject m_root;
    EventJson::ReadResult m_result;
    UuidIds m_themes, m_notes, m_rooms, m_slots, m_sessions, m_rounds, m_ballots;
};

} // namespace cabildo
