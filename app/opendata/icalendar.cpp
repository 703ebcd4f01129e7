#include "icalendar.h"

#include "opentables.h"
#include "programmepdf.h"

namespace cabildo::icalendar {

namespace {

QString utc(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

} // namespace

QString escape(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(','))
            result += QLatin1Char('\\') + QString(c);
        else if (c == QLatin1Char('\n'))
            result += QStringLiteral("\\n");
        else if (c == QLatin1Char('\r') || (c.unicode() < 0x20 && c != QLatin1Char('\t')))
            continue; // CR of a CRLF, and controls RFC 5545 does not allow in TEXT
        else
            result += c;
    }
    return result;
}

QByteArray fold(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray out;
    qsizetype lineLength = 0;
    for (qsizetype i = 0; i < bytes.size();) {
        // The whole UTF-8 sequence of one character moves together.
        qsizetype length = 1;
        const uchar lead = uchar(bytes.at(i));
        if (lead >= 0xF0)
            length = 4;
        else if (lead >= 0xE0)
            length = 3;
        else if (lead >= 0xC0)
            length = 2;
        if (lineLength + length > 75) {
            out += "\r\n ";
            lineLength = 1; // the leading space of a continuation line counts
        }
        out += bytes.mid(i, length);
        lineLength += length;
        i += length;
    }
    return out + "\r\n";
}

QByteArray write(const PublicData &data, const QDateTime &stamp)
{
    QByteArray out;
    auto line = [&](const QString &text) { out += fold(text); };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//Cabildo//Cabildo %1//EN").arg(QStringLiteral(CABILDO_VERSION)));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    line(QStringLiteral("X-WR-CALNAME:") + escape(data.event.title));
    // In time order; breaks and plenaries are there too, so a calendar shows lunch and the opening.
    for (const PublicData::Slot &slot : data.timeSlots) {
        if (slot.kind != SlotKind::Sessions) {
            const QString kind = slot.kind == SlotKind::Break ? ProgrammePdf::tr("Break") : ProgrammePdf::tr("Plenary");
            line(QStringLiteral("BEGIN:VEVENT"));
            line(QStringLiteral("UID:") + slot.guid.toString(QUuid::WithoutBraces));
            line(QStringLiteral("DTSTAMP:") + utc(stamp));
            line(QStringLiteral("DTSTART:") + utc(slot.start));
            line(QStringLiteral("DTEND:") + utc(slot.end));
            line(QStringLiteral("SUMMARY:") + escape(slot.label.isEmpty() ? kind : slot.label));
            line(QStringLiteral("CATEGORIES:") + escape(kind));
            line(QStringLiteral("END:VEVENT"));
            continue;
        }
        for (const PublicData::Session &session : data.sessions) {
            if (!session.scheduled() || session.slotId != slot.id)
                continue;
            line(QStringLiteral("BEGIN:VEVENT"));
            line(QStringLiteral("UID:") + session.guid.toString(QUuid::WithoutBraces));
            line(QStringLiteral("DTSTAMP:") + utc(stamp));
            line(QStringLiteral("DTSTART:") + utc(slot.start));
            line(QStringLiteral("DTEND:") + utc(slot.end));
            line(QStringLiteral("SUMMARY:") + escape(session.title));
            if (const PublicData::Room *room = data.room(session.roomId))
                line(QStringLiteral("LOCATION:") + escape(room->name));
            if (const PublicData::Theme *theme = data.theme(session.themeId))
                line(QStringLiteral("CATEGORIES:") + escape(theme->title));
            if (!session.description.isEmpty())
                line(QStringLiteral("DESCRIPTION:") + escape(session.description));
            line(QStringLiteral("END:VEVENT"));
        }
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace cabildo::icalendar
