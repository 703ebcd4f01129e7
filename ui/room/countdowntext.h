#pragma once

#include <QString>

#include <algorithm>

namespace cabildo {

/**
 * The room's timer as every screen writes it: "4:59" under an hour, "1:29:59" from an
 * hour (a 90-minute brainstorm is usual). Digits and colons read the same in every
 * language the room speaks, so this needs no translation.
 */
inline QString countdownText(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    const QChar zero = QLatin1Char('0');
    if (seconds < 3600)
        return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, zero);
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg(seconds / 60 % 60, 2, 10, zero)
        .arg(seconds % 60, 2, 10, zero);
}

} // namespace cabildo
