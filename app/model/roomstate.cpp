#include "roomstate.h"

#include <algorithm>
#include <utility>

namespace cabildo {

namespace {

constexpr std::pair<Phase, const char *> phaseKeys[] = {
    {Phase::Capture, "capture"}, {Phase::Group, "group"},     {Phase::Vote, "vote"},
    {Phase::Agenda, "agenda"},   {Phase::Publish, "publish"},
};

} // namespace

QString phaseKey(Phase phase)
{
    for (const auto &[value, key] : phaseKeys)
        if (value == phase)
            return QString::fromLatin1(key);
    return QStringLiteral("capture");
}

Phase phaseFromKey(const QString &key, bool *ok)
{
    for (const auto &[value, k] : phaseKeys)
        if (key == QLatin1String(k)) {
            if (ok)
                *ok = true;
            return value;
        }
    if (ok)
        *ok = false;
    return Phase::Capture;
}

qint64 RoomTimer::remainingAt(const QDateTime &now) const
{
    if (!isRunning())
        return std::clamp<qint64>(remainingMs, 0, maxMs);
    return std::clamp<qint64>(now.msecsTo(endsAt), 0, maxMs);
}

RoomTimer RoomTimer::ofLength(qint64 ms)
{
    RoomTimer timer;
    timer.durationMs = std::clamp<qint64>(ms, 1000, maxMs);
    timer.remainingMs = timer.durationMs;
    return timer;
}

RoomTimer RoomTimer::startedAt(const QDateTime &now) const
{
    RoomTimer timer = *this;
    if (!isSet() || isRunning())
        return timer;
    // Starting a timer that had run out starts it again from its length.
    const qint64 left = remainingMs > 0 ? remainingMs : durationMs;
    timer.endsAt = now.toUTC().addMSecs(left);
    timer.remainingMs = left;
    return timer;
}

RoomTimer RoomTimer::pausedAt(const QDateTime &now) const
{
    RoomTimer timer = *this;
    if (!isRunning())
        return timer;
    timer.remainingMs = remainingAt(now);
    timer.endsAt = QDateTime();
    return timer;
}

RoomTimer RoomTimer::plusMinuteAt(const QDateTime &now) const
{
    constexpr qint64 minute = 60 * 1000;
    if (!isSet())
        return ofLength(minute);
    RoomTimer timer = *this;
    if (isRunning()) {
        const qint64 left = std::min(remainingAt(now) + minute, maxMs);
        timer.endsAt = now.toUTC().addMSecs(left);
        timer.remainingMs = left;
    } else {
        timer.remainingMs = std::min(remainingMs + minute, maxMs);
    }
    timer.durationMs = std::max(timer.durationMs, std::min(timer.remainingMs, maxMs));
    return timer;
}

} // namespace cabildo
