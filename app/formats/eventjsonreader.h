#pragma once

#include "eventjson.h"

#include <QHash>
#include <QJsonObject>
#include <QUuid>

namespace cabildo {

/**
 * Reads one event JSON in three passes, stopping at the first error with its JSON path:
 * the JSON itself (with the byte offset of a syntax error), the schema (valijson), then
 * the links between items (unique UUIDs, known rounds, sessions, slots and rooms, one
 * session per cell). Only a document that passes all three becomes an EventContent.
 */
class EventJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::EventJson)

public:
    explicit EventJsonReader(const QByteArray &schema);
    EventJson::ReadResult read(const QByteArray &bytes);

private:
    bool fail(const QString &path, const QString &message);
    /** Gives each item of `array` the next id, refusing a UUID seen twice. */
    bool assignIds(const QString &array, QHash<QUuid, qint64> *ids);
    /** Resolves the UUID at /array/index/key to the id of an item of `ids`, or fails naming `what`. */
    bool link(const QHash<QUuid, qint64> &ids, const QString &array, qsizetype index, const char *key,
              const QString &what, qint64 *id);
    bool readEvent();
    bool readThemesAndNotes();
    bool readAgenda();
    bool readVotes();

    QByteArray m_schema;
    QJsonObject m_root;
    EventJson::ReadResult m_result;
    QHash<QUuid, qint64> m_themes, m_notes, m_rooms, m_slots, m_sessions, m_rounds, m_ballots;
};

} // namespace cabildo
