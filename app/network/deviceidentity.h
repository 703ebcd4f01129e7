#pragma once

// A phone's identity (app/network/README.md, "Devices"): a 128-bit key the server gives it
// in a cookie, and what is kept of it, salted hashes. The key itself is never stored or
// sent to the backend; the event's salt makes the hashes of one event useless in another.

#include <QByteArray>
#include <QUuid>

namespace cabildo::device {

/** 16 bytes from the system's CSPRNG (QRandomGenerator::system()). */
QByteArray newKey();
/** The cookie's value: the key in 32 lower-case hex digits. */
QByteArray cookieValue(const QByteArray &key);
/** The Set-Cookie header that gives a phone its key: HttpOnly, SameSite=Strict, for a week. */
QByteArray setCookieHeader(const QByteArray &key);
/** What the event stores: hex SHA-256 of salt + key (the key's 16 bytes). */
QByteArray deviceHash(const QByteArray &salt, const QByteArray &key);
/**
 * One phone's ballot key in a round: hex SHA-256 of salt + the round's 16 bytes (RFC 4122
 * order) + key. The same for every ballot of the phone in the round, and not linkable to
 * deviceHash() without the key.
 */
QByteArray voterKey(const QByteArray &salt, const QUuid &round, const QByteArray &key);

} // namespace cabildo::device
