#pragma once

#include "publicdata.h"

#include <QByteArray>

namespace cabildo {

/**
 * schedule.ics (RFC 5545): one VEVENT per scheduled session, times in UTC (…Z, so no
 * VTIMEZONE is needed), UID from the session's UUID so calendars update rather than
 * duplicate on a re-import, room → LOCATION, theme → CATEGORIES. CRLF line ends and
 * lines folded at 75 octets without splitting a UTF-8 sequence. No METHOD: a published
 * file is not an iTIP message (METHOD:PUBLISH would require an ORGANIZER, a person).
 */
namespace icalendar {

QByteArray write(const PublicData &data, const QDateTime &stamp);
/** TEXT value escaping: backslash, `;`, `,` and line breaks. */
QString escape(const QString &text);
/** One content line, folded: at most 75 octets per physical line, each ending CRLF. */
QByteArray fold(const QString &line);

} // namespace icalendar

} // namespace cabildo
