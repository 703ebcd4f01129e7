#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace cabildo {

/**
 * The checks of an event JSON that its schema cannot make, run before the schema in one
 * pass over the document, in linear time (README, "Limits"):
 * - sizes: each list and each text within limits.h's bounds;
 * - text: no lone surrogate escape ("\ud800" alone is no character, and was stored as
 *   another one);
 * - values: no nil UUID (it names nothing, and a backup could not give it back), real
 *   dates and timestamps (2026-02-30 matches the pattern), a time zone Cabildo knows,
 *   whole numbers that fit, finite coordinates;
 * - uniqueness of a ballot's themes and a session's allowed slots (by sorting: the
 *   schema's uniqueItems, as valijson checks it, compares every pair).
 * Keys mean the same wherever they occur in the format ("created_at" is always a
 * timestamp, "theme" always a UUID or null), so each rule is applied by key name.
 */
struct JsonValueCheck
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::EventJson)

public:
    QString path;    ///< JSON pointer of the first problem, e.g. "/notes/3/uuid"
    QString message; ///< empty when the document passed

    static JsonValueCheck run(const QJsonObject &root);
};

} // namespace cabildo
