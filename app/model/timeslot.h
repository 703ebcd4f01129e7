#pragma once

#include <QDate>
#include <QString>
#include <QTime>
#include <QUuid>

namespace cabildo {

/** What happens in a slot: only `Sessions` slots take sessions; breaks and plenaries are for everyone. */
enum class SlotKind { Sessions, Break, Plenary };

QString slotKindKey(SlotKind kind);                      ///< "sessions", "break", "plenary"
SlotKind slotKindFromKey(const QString &key, bool *ok = nullptr);

/** A time slot of one day: a row of the agenda grid. */
struct TimeSlot
{
    qint64 id = 0;
    QUuid uuid;
    QDate day;
    QTime start;  ///< local time in the event's time zone, to the minute
    QTime end;
    SlotKind kind = SlotKind::Sessions;
    QString label;  ///< "Opening", "Lunch"…; may be empty for session slots

    bool operator==(const TimeSlot &) const = default;
};

} // namespace cabildo
