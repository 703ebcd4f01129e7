#include "frabschedule.h"

#include "text/textfold.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamWriter>

namespace cabildo::frabschedule {

namespace {

const QTime dayChange(4, 0);

/** One day of the schedule: its local date, first start and last end. */
struct Day
{
    int index = 0;
    QDate date;
    QDateTime start;
    QDateTime end;
    QList<const PublicData::Session *> sessions;
};

/**
 * The conference day a slot belongs to. frab, and the apps that read its schedules
 * (ConfClerk, Giggity), start a conference day at 04:00: a session at 01:30 is the
 * previous evening's, and it is filed under the previous <day>, whose end then runs past
 * midnight. The schedule says so itself, so every reader puts it on the same day.
 */
QDate conferenceDay(const QDateTime &start)
{
    return start.time() < dayChange ? start.date().addDays(-1) : start.date();
}

QList<Day> daysOf(const PublicData &data)
{
    QList<QDate> dates;
    for (const PublicData::Slot &slot : data.timeSlots)
        if (!dates.contains(conferenceDay(slot.start)))
            dates.append(conferenceDay(slot.start));
    std::sort(dates.begin(), dates.end());
    QList<Day> days;
    for (const QDate &date : dates) {
        Day day{int(days.size()) + 1, date, {}, {}, {}};
        for (const PublicData::Slot &slot : data.timeSlots)
            if (conferenceDay(slot.start) == date) {
                day.start = day.start.isValid() ? std::min(day.start, slot.start) : slot.start;
                day.end = day.end.isValid() ? std::max(day.end, slot.end) : slot.end;
            }
        for (const PublicData::Session &session : data.sessions)
            if (session.scheduled() && conferenceDay(data.slot(session.slotId)->start) == date)
                day.sessions.append(&session);
        days.append(day);
    }
    if (days.isEmpty()) {
        // The XSD needs one day at least: an event with no agenda yet gets its creation day, empty.
        const QDate date =
            data.event.createdAt.isValid() ? data.event.createdAt.toTimeZone(data.zone).date() : QDate(2000, 1, 1);
        days.append({1, date, QDateTime(date, QTime(0, 0), data.zone), QDateTime(date, QTime(23, 59), data.zone), {}});
    }
    return days;
}

QString local(const QDateTime &time)
{
    return time.toString(Qt::ISODate); // with the zone's offset (or Z), as the XSD wants
}

QString hhmm(qint64 minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

/** XML 1.0 cannot carry most control characters, even escaped: drop them. */
QString xmlSafe(QString text)
{
    text.removeIf([](QChar c) { return c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t'); });
    return text;
}

QString guid(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

/**
 * A host as frab knows a person: ConfClerk drops a <person> without an integer id. Both
 * the guid (a v5 UUID of the name in the event's namespace) and the id (from the guid's
 * first 31 bits) are derived from the event, so they are the same in every export and in
 * both schedule files, and one host of several sessions is one person.
 */
struct Person
{
    qint64 id = 0;
    QUuid guid;
};

QHash<QString, Person> personsOf(const PublicData &data)
{
    const QUuid space = data.event.uuidNamespace.isNull() ? data.event.uuid : data.event.uuidNamespace;
    QStringList names;
    for (const PublicData::Session &session : data.sessions)
        if (!session.hostName.isEmpty() && !names.contains(session.hostName))
            names.append(session.hostName);
    names.sort(); // ids handed out in one order whatever the sessions' order
    QHash<QString, Person> persons;
    QSet<qint64> taken;
    for (const QString &name : names) {
        const QUuid guid = QUuid::createUuidV5(space, QStringLiteral("person:") + name);
        qint64 id = std::max<qint64>(1, guid.data1 & 0x7fffffff);
        while (taken.contains(id)) // two names with the same 31 bits: the later one moves on
            id = id % 0x7fffffff + 1;
        taken.insert(id);
        persons.insert(name, {id, guid});
    }
    return persons;
}

QString trackOf(const PublicData &data, const PublicData::Session &session)
{
    const PublicData::Theme *theme = data.theme(session.themeId);
    return theme ? theme->title : QString();
}

/** c3voc JSON's person: name, id and guid (no public_name, or it would match two of the schema's oneOf). */
QJsonObject personJson(const QHash<QString, Person> &persons, const QString &name)
{
    const Person person = persons.value(name);
    return {
        {QStringLiteral("name"), name}, {QStringLiteral("id"), person.id}, {QStringLiteral("guid"), guid(person.guid)}};
}

} // namespace

QString slug(const QString &acronym, qint64 id, const QString &title)
{
    // Accents transliterated (Participación → participacion); anything else non-ASCII dropped.
    QString words;
    for (const QChar c : foldForSearch(title))
        words.append((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                             || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                         ? c
                         : QLatin1Char('-'));
    words = words.split(QLatin1Char('-'), Qt::SkipEmptyParts).join(QLatin1Char('-')).left(48);
    while (words.endsWith(QLatin1Char('-')))
        words.chop(1);
    QString result = acronym + QLatin1Char('-') + QString::number(id);
    result += words.isEmpty() ? QStringLiteral("-session") : QLatin1Char('-') + words;
    return result;
}

QByteArray xml(const PublicData &data)
{
    QByteArray bytes;
    QXmlStreamWriter out(&bytes);
    out.setAutoFormatting(true);
    out.setAutoFormattingIndent(2);
    out.writeStartDocument();
    out.writeStartElement(QStringLiteral("schedule"));
    out.writeEmptyElement(QStringLiteral("generator"));
    out.writeAttribute(QStringLiteral("name"), QStringLiteral("cabildo"));
    out.writeAttribute(QStringLiteral("version"), QStringLiteral(CABILDO_VERSION));
    out.writeTextElement(QStringLiteral("version"), QStringLiteral("1.0"));

    const QList<Day> days = daysOf(data);
    const QHash<QString, Person> persons = personsOf(data);
    out.writeStartElement(QStringLiteral("conference"));
    out.writeTextElement(QStringLiteral("acronym"), data.event.acronym);
    out.writeTextElement(QStringLiteral("title"), xmlSafe(data.event.title));
    out.writeTextElement(QStringLiteral("start"), days.constFirst().date.toString(Qt::ISODate));
    out.writeTextElement(QStringLiteral("end"), days.constLast().date.toString(Qt::ISODate));
    out.writeTextElement(QStringLiteral("days"), QString::number(days.size()));
    out.writeTextElement(QStringLiteral("timeslot_duration"), QStringLiteral("00:15"));
    out.writeTextElement(QStringLiteral("time_zone_name"), QString::fromUtf8(data.zone.id()));
    out.writeEndElement();

    for (const Day &day : days) {
        out.writeStartElement(QStringLiteral("day"));
        out.writeAttribute(QStringLiteral("index"), QString::number(day.index));
        out.writeAttribute(QStringLiteral("date"), day.date.toString(Qt::ISODate));
        out.writeAttribute(QStringLiteral("start"), local(day.start));
        out.writeAttribute(QStringLiteral("end"), local(day.end));
        for (const PublicData::Room &room : data.rooms) {
            out.writeStartElement(QStringLiteral("room"));
            out.writeAttribute(QStringLiteral("name"), xmlSafe(room.name));
            out.writeAttribute(QStringLiteral("guid"), guid(room.guid));
            for (const PublicData::Session *session : day.sessions) {
                if (session->roomId != room.id)
                    continue;
                const PublicData::Slot *slot = data.slot(session->slotId);
                out.writeStartElement(QStringLiteral("event"));
                out.writeAttribute(QStringLiteral("id"), QString::number(session->id));
                out.writeAttribute(QStringLiteral("guid"), guid(session->guid));
                out.writeTextElement(QStringLiteral("room"), xmlSafe(room.name));
                out.writeTextElement(QStringLiteral("title"), xmlSafe(session->title));
                out.writeTextElement(QStringLiteral("subtitle"), QString());
                out.writeTextElement(QStringLiteral("type"), QStringLiteral("session"));
                out.writeTextElement(QStringLiteral("date"), local(slot->start));
                out.writeTextElement(QStringLiteral("start"), slot->start.time().toString(QStringLiteral("HH:mm")));
                out.writeTextElement(QStringLiteral("duration"), hhmm(slot->start.secsTo(slot->end) / 60));
                out.writeTextElement(QStringLiteral("abstract"), xmlSafe(session->description));
                out.writeTextElement(QStringLiteral("slug"), slug(data.event.acronym, session->id, session->title));
                out.writeTextElement(QStringLiteral("track"), xmlSafe(trackOf(data, *session)));
                out.writeTextElement(QStringLiteral("language"), session->language);
                // No personal data, except a host who agreed to be named (and the organiser opted in).
                if (session->hostName.isEmpty()) {
                    out.writeEmptyElement(QStringLiteral("persons"));
                } else {
                    const Person person = persons.value(session->hostName);
                    out.writeStartElement(QStringLiteral("persons"));
                    out.writeStartElement(QStringLiteral("person"));
                    out.writeAttribute(QStringLiteral("id"), QString::number(person.id));
                    out.writeAttribute(QStringLiteral("guid"), guid(person.guid));
                    out.writeCharacters(xmlSafe(session->hostName));
                    out.writeEndElement();
                    out.writeEndElement();
                }
                out.writeEmptyElement(QStringLiteral("links"));
                out.writeEndElement();
            }
            out.writeEndElement();
        }
        out.writeEndElement();
    }
    out.writeEndElement();
    out.writeEndDocument();
    return bytes;
}

QByteArray json(const PublicData &data)
{
    const QList<Day> days = daysOf(data);
    const QHash<QString, Person> persons = personsOf(data);
    QJsonArray rooms;
    for (const PublicData::Room &room : data.rooms)
        rooms.append(QJsonObject{{QStringLiteral("name"), room.name},
                                 {QStringLiteral("guid"), guid(room.guid)},
                                 {QStringLiteral("capacity"),
                                  room.capacity > 0 ? QJsonValue(room.capacity) : QJsonValue(QJsonValue::Null)}});
    QJsonArray dayArray;
    for (const Day &day : days) {
        QJsonObject roomEvents;
        for (const PublicData::Room &room : data.rooms) {
            QJsonArray events;
            for (const PublicData::Session *session : day.sessions) {
                if (session->roomId != room.id)
                    continue;
                const PublicData::Slot *slot = data.slot(session->slotId);
                const QString track = trackOf(data, *session);
                events.append(QJsonObject{
                    {QStringLiteral("guid"), guid(session->guid)},
                    {QStringLiteral("id"), session->id},
                    {QStringLiteral("date"), local(slot->start)},
                    {QStringLiteral("start"), slot->start.time().toString(QStringLiteral("HH:mm"))},
                    {QStringLiteral("duration"), hhmm(slot->start.secsTo(slot->end) / 60)},
                    {QStringLiteral("room"), room.name},
                    {QStringLiteral("slug"), slug(data.event.acronym, session->id, session->title)},
                    {QStringLiteral("url"), QString(QStringLiteral("urn:uuid:") + guid(session->guid))},
                    {QStringLiteral("title"), session->title},
                    {QStringLiteral("subtitle"), QString()},
                    {QStringLiteral("track"), track.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(track)},
                    {QStringLiteral("type"), QStringLiteral("session")},
                    {QStringLiteral("language"),
                     session->language.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(session->language)},
                    {QStringLiteral("abstract"), session->description},
                    {QStringLiteral("persons"),
                     session->hostName.isEmpty() ? QJsonArray() : QJsonArray{personJson(persons, session->hostName)}},
                    {QStringLiteral("links"), QJsonArray()},
                });
            }
            roomEvents.insert(room.name, events);
        }
        dayArray.append(QJsonObject{{QStringLiteral("index"), day.index},
                                    {QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                                    {QStringLiteral("day_start"), local(day.start)},
                                    {QStringLiteral("day_end"), local(day.end)},
                                    {QStringLiteral("rooms"), roomEvents}});
    }
    QJsonObject conference{
        {QStringLiteral("acronym"), data.event.acronym},
        {QStringLiteral("title"), data.event.title},
        {QStringLiteral("start"), days.constFirst().date.toString(Qt::ISODate)},
        {QStringLiteral("end"), days.constLast().date.toString(Qt::ISODate)},
        {QStringLiteral("daysCount"), int(days.size())},
        {QStringLiteral("timeslot_duration"), QStringLiteral("00:15")},
        {QStringLiteral("rooms"), rooms},
        {QStringLiteral("days"), dayArray},
    };
    // The schema's pattern knows Area/City and UTC only; leave out what it would refuse.
    static const QRegularExpression zonePattern(QStringLiteral("^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$"));
    const QString zone = QString::fromUtf8(data.zone.id());
    if (zonePattern.match(zone).hasMatch())
        conference.insert(QStringLiteral("time_zone_name"), zone);
    const QJsonObject root{
        {QStringLiteral("$schema"), QStringLiteral("https://c3voc.de/schedule/schema.json")},
        {QStringLiteral("generator"), QJsonObject{{QStringLiteral("name"), QStringLiteral("cabildo")},
                                                  {QStringLiteral("version"), QStringLiteral(CABILDO_VERSION)}}},
        {QStringLiteral("schedule"),
         QJsonObject{{QStringLiteral("version"), QStringLiteral("1.0")}, {QStringLiteral("conference"), conference}}},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace cabildo::frabschedule
