#include "deviceidentity.h"

#include "networklimits.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace cabildo::device {

QByteArray newKey()
{
    QByteArray key(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / 4);
    return key;
}

QByteArray cookieValue(const QByteArray &key)
{
    return key.toHex();
}

QByteArray setCookieHeader(const QByteArray &key)
{
    return "cabildo_device=" + cookieValue(key)
           + "; Path=/; Max-Age=" + QByteArray::number(netlimits::cookieMaxAgeSeconds) + "; HttpOnly; SameSite=Strict";
}

QByteArray deviceHash(const QByteArray &salt, const QByteArray &key)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(salt);
    hash.addData(key);
    return hash.result().toHex();
}

QByteArray voterKey(const QByteArray &salt, const QUuid &round, const QByteArray &key)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(salt);
    hash.addData(round.toRfc4122());
    hash.addData(key);
    return hash.result().toHex();
}

} // namespace cabildo::device
