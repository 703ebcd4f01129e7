#pragma once

#include "exportoptions.h"
#include "model/eventcontent.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace cabildo {

/**
 * The public view of an event: what every format of the bundle is written from. Made once
 * from EventContent, so the formats cannot disagree, and so no writer ever sees personal
 * data (authors, organisations, per-voter ballots) that the options did not let through.
 * Times are resolved here: local slot times in the event's zone, and their UTC instants.
 */
struct PublicData
{
    struct Room
    {
        qint64 id = 0;
        QUuid guid;
        QString name;
        int capacity = 0;
    };
    struct Slot
    {
        qint64 id = 0;
        QUuid guid;
        SlotKind kind = SlotKind::Sessions;
        QString label;
        QDateTime start; ///< in the event's zone (toUTC() for the UTC instant)
        QDateTime end;   ///< after start; the next day when the slot crosses midnight
    };
    struct Session
    {
        qint64 id = 0;
        QUuid guid;
        QString title;
        QString description;
        QString language;
        qint64 themeId = 0; ///< 0: added by hand
        qint64 roomId = 0;  ///< 0 with slotId 0: not scheduled
        qint64 slotId = 0;
        int votes = 0;    ///< ballots naming its theme plus paper tallies, all rounds
        QString hostName; ///< only when the host consented and the organiser opted in
        bool scheduled() const { return slotId != 0 && roomId != 0; }
    };
    struct Theme
    {
        qint64 id = 0;
        QUuid guid;
        QString title;
        int noteCount = 0;
        int votes = 0;
        int rank = 0; ///< 1 = most votes (ties share a rank); 0 when it had no votes
    };
    struct Note
    {
        qint64 id = 0;
        qint64 themeId = 0;
        QString language;       ///< the given one, else the detected one; empty when unknown
        QString languageSource; ///< "given", "detected", or empty with no language
        QString text;           ///< e-mails and phone numbers masked
        QString authorName;     ///< only when the author consented and the organiser opted in
    };

    EventInfo event;
    QTimeZone zone;
    QList<Room> rooms;       ///< grid order
    QList<Slot> timeSlots;   ///< by start
    QList<Session> sessions; ///< by start then room order; unscheduled ones last, by id
    QList<Theme> themes;     ///< creation order
    QList<Note> notes;       ///< empty unless options.includeNotes
    int maskedEmails = 0;
    int maskedPhones = 0;

    static PublicData from(const EventContent &content, const ExportOptions &options);

    const Room *room(qint64 id) const;
    const Slot *slot(qint64 id) const;
    const Theme *theme(qint64 id) const;
    /** The days that have slots, in order (local dates). */
    QList<QDate> days() const;
    int scheduledCount() const;
};

} // namespace cabildo
