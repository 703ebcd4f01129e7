#pragma once

#include <QJsonValue>
#include <QString>

namespace cabildo {

/** Where a document breaks its JSON Schema: a JSON pointer and the validator's words. */
struct SchemaViolation
{
    QString path;        ///< e.g. "/rooms/2/capacity"; "" for the whole document
    QString description; ///< the validator's English description
};

/**
 * Validates `document` against the draft-07 `schema` with Debian's valijson (header-only,
 * kept inside this one .cpp). Returns false with the most specific violation, or when the
 * schema itself cannot be read.
 */
bool matchesSchema(const QJsonValue &schema, const QJsonValue &document, SchemaViolation *violation);

} // namespace cabildo
