#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QTime>
#include <QUuid>

namespace cabildo {

/** What happens in a slot: only `Sessions` slots take sessions; breaks and plenaries are for everyone. */
enum class SlotKind
{
    Sessions,
    Break,
    Plenary
};

QString slotKindKey(SlotKind kind); ///< "sessions", "break", "plenary"
SlotKind slotKindFromKey(const QString &key, bool *ok = nullptr);

/** A time slot of one day: a row of the agenda grid. */
struct TimeSlot
{
    qint64 id = 0;
    QUuid uuid;
    QDate day;
    QTime start; ///< local time in the event's time zone, to the minute
    QTime end;   ///< at or before `start` when the slot ends the next day (23:30–00:30)
    SlotKind kind = SlotKind::Sessions;
    QString label; ///< "Opening", "Lunch"…; may be empty for session slots

    bool operator==(const TimeSlot &) const = default;

    bool crossesMidnight() const { return end <= start; }
    int durationMinutes() const;
    /** Minutes since the start of the calendar (Julian day 0), local time: slots compare on one line. */
    qint64 startMinute() const;
    qint64 endMinute() const { return startMinute() + durationMinutes(); }
    /** A day, a start and an end after it; past midnight at most 12 hours long, so a typing slip is not a 23-hour slot.
     */
    bool isValid() const;
};

/**
 * A slot time as people read it in `locale` (14:30, 2:30 PM), never with seconds: the C
 * locale's short format has them, and slots are to the minute.
 */
QString slotTimeText(const QLocale &locale, const QTime &time);

/** Whether a participant could not attend both: their local times overlap, across midnight too. */
bool slotsOverlap(const TimeSlot &a, const TimeSlot &b);

} // namespace cabildo
