#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace cabildo {

/** The event's own properties: one row in the event file. */
struct EventInfo
{
    QUuid uuid;
    QUuid uuidNamespace; ///< for ids derived from the event (app/storage/FORMAT.md, "Identity")
    QString title;
    QString acronym;
    QString timeZone; ///< IANA id, e.g. "America/Montevideo"
    QDateTime createdAt;

    bool operator==(const EventInfo &) const = default;

    /** "Abrelatam 2026" → "abrelatam2026": lower-case ASCII letters and digits, ≥ 4 long. */
    static QString acronymFromTitle(const QString &title);
    static bool isValidAcronym(const QString &acronym);
};

} // namespace cabildo
