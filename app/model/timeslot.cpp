#include "timeslot.h"

namespace cabildo {

QString slotKindKey(SlotKind kind)
{
    switch (kind) {
    case SlotKind::Sessions:
        return QStringLiteral("sessions");
    case SlotKind::Break:
        return QStringLiteral("break");
    case SlotKind::Plenary:
        return QStringLiteral("plenary");
    }
    return {};
}

SlotKind slotKindFromKey(const QString &key, bool *ok)
{
    for (SlotKind kind : {SlotKind::Sessions, SlotKind::Break, SlotKind::Plenary})
        if (slotKindKey(kind) == key) {
            if (ok)
                *ok = true;
            return kind;
        }
    if (ok)
        *ok = false;
    return SlotKind::Sessions;
}

int TimeSlot::durationMinutes() const
{
    const int minutes = start.secsTo(end) / 60;
    return minutes > 0 ? minutes : minutes + 24 * 60;
}

qint64 TimeSlot::startMinute() const
{
    return day.toJulianDay() * 24 * 60 + start.msecsSinceStartOfDay() / 60000;
}

bool TimeSlot::isValid() const
{
    if (!day.isValid() || !start.isValid() || !end.isValid() || start == end)
        return false;
    return !crossesMidnight() || durationMinutes() <= 12 * 60;
}

QString slotTimeText(const QLocale &locale, const QTime &time)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    if (format.contains(QLatin1String("ss")))
        format = QStringLiteral("HH:mm");
    return locale.toString(time, format);
}

bool slotsOverlap(const TimeSlot &a, const TimeSlot &b)
{
    return a.startMinute() < b.endMinute() && b.startMinute() < a.endMinute();
}

} // namespace cabildo
