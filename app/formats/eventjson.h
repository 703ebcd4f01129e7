#pragma once

#include "model/eventcontent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace cabildo {

/**
 * The whole event as one JSON document (format "cabildo-event", version 4), described by
 * resources/schema/cabildo-event-4.schema.json: what `cabildo backup` writes and
 * `cabildo import` reads back into an empty event (versions 1 to 3 too). It carries notes'
 * pictures (issue 15), since a backup must restore the event. Items are
 * named by UUID and written in a stable order with sorted keys, so two backups of the same
 * event are byte-identical. Participants' devices, submissions and voter keys are never in it.
 */
class EventJson
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::EventJson)

public:
    /** The version write() writes; read() also reads every earlier one. */
    static constexpr int currentVersion = 4;

    struct ReadResult
    {
        EventContent content; ///< ids assigned afresh (1, 2, …), links resolved
        QString error;        ///< empty when the document was read
        QString path;         ///< JSON pointer of the first error, e.g. "/rooms/2/capacity"
        bool ok() const { return error.isEmpty(); }
    };

    /** Items with a nil UUID (an older or damaged file) get a stable one: a backup always restores. */
    static QByteArray write(const EventContent &content);
    /** Parses, validates against the schema, checks references; all or nothing. */
    static ReadResult read(const QByteArray &bytes);
    /** read() of a file, refused unread beyond limits::eventJsonBytes; errors name no path inside. */
    static ReadResult readFile(const QString &path);
    /** True when the bytes start like a JSON object (after a BOM and white space). */
    static bool looksLikeJson(const QByteArray &bytes);
    /** The schema of `version` compiled into Cabildo (:/schema/cabildo-event-N.schema.json); empty for another. */
    static QByteArray schema(int version = currentVersion);
};

} // namespace cabildo
