#include "eventjsonreader.h"

#include "inputlimits.h"
#include "jsonschemacheck.h"
#include "jsonvaluecheck.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <utility>

namespace cabildo {

namespace {

QUuid uuidAt(const QJsonObject &object, const char *key)
{
    return QUuid::fromString(object.value(QLatin1String(key)).toString());
}

QString stringAt(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QDateTime timeAt(const QJsonObject &object, const char *key)
{
    return QDateTime::fromString(stringAt(object, key), Qt::ISODateWithMs).toUTC();
}

QList<QUuid> uuidsAt(const QJsonObject &object, const char *key)
{
    QList<QUuid> uuids;
    for (const QJsonValue &value : object.value(QLatin1String(key)).toArray())
        uuids.append(QUuid::fromString(value.toString()));
    std::sort(uuids.begin(), uuids.end());
    return uuids;
}

QString at(const QString &array, qsizetype index, const char *key = nullptr)
{
    QString path = QStringLiteral("/%1/%2").arg(array).arg(index);
    if (key)
        path += QLatin1Char('/') + QLatin1String(key);
    return path;
}

/** The objects ('{' outside strings) of a JSON text, counting no further than `most` + 1. */
qint64 objectCount(const QByteArray &bytes, qint64 most)
{
    qint64 count = 0;
    bool inString = false;
    for (const char *c = bytes.constBegin(), *end = bytes.constEnd(); c != end && count <= most; ++c) {
        if (inString) {
            if (*c == '\\')
                ++c; // the escaped character, a quote perhaps; JSON ends no text inside an escape
            else if (*c == '"')
                inString = false;
        } else if (*c == '"') {
            inString = true;
        } else if (*c == '{') {
            ++count;
        }
        if (c == end)
            break;
    }
    return count;
}

/**
 * The schema without "uniqueItems": valijson compares every pair of items (a ballot of
 * 40,000 themes took 246 s); JsonValueCheck checks the same lists by sorting them.
 */
QJsonValue withoutUniqueItems(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(withoutUniqueItems(item));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    object.remove(QStringLiteral("uniqueItems"));
    for (auto it = object.begin(); it != object.end(); ++it)
        it.value() = withoutUniqueItems(it.value());
    return object;
}

} // namespace

qint64 EventJsonReader::idOf(const UuidIds &ids, const QUuid &uuid)
{
    const auto found = ids.find(uuid);
    return found == ids.end() ? 0 : found->second;
}

bool EventJsonReader::fail(const QString &path, const QString &message)
{
    m_result.path = path;
    m_result.error = path.isEmpty() ? message : tr("at %1: %2").arg(path, message);
    return false;
}

EventJson::ReadResult EventJsonReader::read(const QByteArray &bytes)
{
    if (bytes.size() > limits::eventJsonBytes) {
        fail(QString(), tr("the file is %1 MB; Cabildo reads event JSON files up to %L2 MB.")
                            .arg(bytes.size() / (1024 * 1024))
                            .arg(limits::eventJsonBytes / (1024 * 1024)));
        return m_result;
    }
    // Counted before parsing, which is what takes the memory: refused in a second, not gigabytes.
    if (objectCount(bytes, limits::eventJsonObjects) > limits::eventJsonObjects) {
        fail(QString(), tr("the file holds more than %L1 JSON objects; Cabildo reads at most that many (an event of "
                           "%L2 notes has about %L3).")
                            .arg(limits::eventJsonObjects)
                            .arg(limits::notes)
                            .arg(2 * limits::notes));
        return m_result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(QString(), tr("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
        return m_result;
    }
    if (!document.isObject()) {
        fail(QString(), tr("not an event JSON: the document is not a JSON object."));
        return m_result;
    }
    m_root = document.object();
    // Each version against its own schema (version 1 has no note states, no phones); a
    // version Cabildo does not know meets the newest schema, which names what it expects.
    const int version = m_root.value(QStringLiteral("version")).toInt();
    const QByteArray schemaBytes =
        EventJson::schema(version >= 1 && version <= EventJson::currentVersion ? version : EventJson::currentVersion);
    const QJsonDocument schema = QJsonDocument::fromJson(schemaBytes);
    SchemaViolation violation;
    if (schema.isNull()) {
        fail(QString(), tr("the event JSON schema is missing from this build of Cabildo."));
        return m_result;
    }
    if (const JsonValueCheck values = JsonValueCheck::run(m_root); !values.message.isEmpty()) {
        fail(values.path, values.message);
        return m_result;
    }
    if (!matchesSchema(withoutUniqueItems(schema.object()), m_root, &violation)) {
        fail(violation.path, tr("does not follow the event JSON schema (%1)").arg(violation.description));
        return m_result;
    }
    if (readEvent() && readThemesAndNotes() && readAgenda())
        readVotes();
    if (!m_result.ok())
        m_result.content = EventContent();
    return m_result;
}

bool EventJsonReader::assignIds(const QString &array, UuidIds *ids)
{
    const QJsonArray items = m_root.value(array).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QUuid uuid = uuidAt(items.at(i).toObject(), "uuid");
        if (!ids->emplace(uuid, qint64(i + 1)).second)
            return fail(at(array, i, "uuid"), tr("this UUID is already used by another item of the list."));
    }
    return true;
}

bool EventJsonReader::link(const UuidIds &ids, const QString &array, qsizetype index, const char *key,
                           const QString &what, qint64 *id)
{
    const QJsonObject item = m_root.value(array).toArray().at(index).toObject();
    *id = idOf(ids, uuidAt(item, key));
    if (*id == 0)
        return fail(at(array, index, key), tr("names no %1 of this document.").arg(what));
    return true;
}

bool EventJsonReader::readEvent()
{
    const QJsonObject event = m_root.value(QStringLiteral("event")).toObject();
    EventInfo &info = m_result.content.event;
    info.uuid = uuidAt(event, "uuid");
    info.uuidNamespace = uuidAt(event, "namespace");
    info.title = stringAt(event, "title");
    info.acronym = stringAt(event, "acronym");
    info.timeZone = stringAt(event, "timezone");
    info.createdAt = timeAt(event, "created_at");
    // The room (version 3); absent in earlier versions: the Capture phase, no timer.
    if (const QJsonObject room = m_root.value(QStringLiteral("room")).toObject(); !room.isEmpty()) {
        RoomState &state = m_result.content.room;
        state.phase = phaseFromKey(stringAt(room, "phase"));
        state.hideNotesUntilRevealed = room.value(QLatin1String("hide_notes_until_revealed")).toBool();
        const QJsonObject timer = room.value(QLatin1String("timer")).toObject();
        state.timer.durationMs = timer.value(QLatin1String("duration_ms")).toInteger();
        state.timer.remainingMs = timer.value(QLatin1String("remaining_ms")).toInteger();
        if (timer.value(QLatin1String("ends_at")).isString())
            state.timer.endsAt = timeAt(timer, "ends_at");
        state.timer.closeRoundAtEnd = timer.value(QLatin1String("close_round_at_end")).toBool();
        state.timer.soundAtEnd = timer.value(QLatin1String("sound_at_end")).toBool();
    }
    return true;
}

bool EventJsonReader::readThemesAndNotes()
{
    if (!assignIds(QStringLiteral("themes"), &m_themes) || !assignIds(QStringLiteral("notes"), &m_notes))
        return false;
    for (const QJsonValue &value : m_root.value(QStringLiteral("themes")).toArray()) {
        const QJsonObject object = value.toObject();
        m_result.content.themes.append(Theme{idOf(m_themes, uuidAt(object, "uuid")), uuidAt(object, "uuid"),
                                             stringAt(object, "title"), stringAt(object, "colour"),
                                             object.value(QLatin1String("collapsed")).toBool(),
                                             stringAt(object, "terms"), timeAt(object, "created_at")});
    }
    const QJsonArray notes = m_root.value(QStringLiteral("notes")).toArray();
    for (qsizetype i = 0; i < notes.size(); ++i) {
        const QJsonObject object = notes.at(i).toObject();
        const QJsonObject author = object.value(QLatin1String("author")).toObject();
        Note note;
        note.id = idOf(m_notes, uuidAt(object, "uuid"));
        note.uuid = uuidAt(object, "uuid");
        note.text = stringAt(object, "text");
        note.language = stringAt(object, "language");
        note.colour = stringAt(object, "colour");
        note.pos = QPointF(object.value(QLatin1String("x")).toDouble(), object.value(QLatin1String("y")).toDouble());
        note.ref = stringAt(object, "ref");
        note.tags = stringAt(object, "tags");
        note.author =
            Author{stringAt(author, "name"), stringAt(author, "organisation"), stringAt(author, "country"),
                   sectorFromKey(stringAt(author, "sector")), author.value(QLatin1String("show_name")).toBool()};
        note.source = noteSourceFromKey(stringAt(object, "source"));
        note.createdAt = timeAt(object, "created_at");
        if (!object.value(QLatin1String("theme")).isNull()
            && !link(m_themes, QStringLiteral("notes"), i, "theme", tr("theme"), &note.themeId))
            return false;
        note.analysisLanguage = stringAt(object, "analysis_language");
        note.analysis = stringAt(object, "analysis");
        note.state = noteStateFromKey(stringAt(object, "state"));          // absent (always in version 1): visible
        note.faceDown = object.value(QLatin1String("face_down")).toBool(); // absent before version 3: false
        note.textChecked = object.value(QLatin1String("text_checked")).toBool(true); // absent before version 4: true
        if (const QJsonValue picture = object.value(QLatin1String("picture"));
            picture.isObject()
            && !readPicture(picture.toObject(), note.uuid, at(QStringLiteral("notes"), i, "picture")))
            return false;
        m_result.content.notes.append(note);
    }
    return true;
}

bool EventJsonReader::readPicture(const QJsonObject &picture, const QUuid &noteUuid, const QString &path)
{
    NoteImage image;
    image.noteUuid = noteUuid;
    image.format = stringAt(picture, "format");
    image.width = picture.value(QLatin1String("width")).toInt();
    image.height = picture.value(QLatin1String("height")).toInt();
    const auto decoded =
        QByteArray::fromBase64Encoding(stringAt(picture, "data").toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return fail(path + QStringLiteral("/data"), tr("not base64: the picture cannot be read."));
    image.bytes = *decoded;
    // Decoded once here, so that a backup whose picture is damaged is refused whole, not
    // imported with a note that shows nothing.
    const QImage read = image.decode();
    if (read.isNull())
        return fail(path + QStringLiteral("/data"), tr("not a %1 picture.").arg(image.format.toUpper()));
    if (read.width() != image.width || read.height() != image.height)
        return fail(path, tr("the picture is %1×%2 pixels, not %3×%4 as stated.")
                              .arg(read.width())
                              .arg(read.height())
                              .arg(image.width)
                              .arg(image.height));
    m_result.content.noteImages.append(image);
    return true;
}

bool EventJsonReader::readAgenda()
{
    if (!assignIds(QStringLiteral("rooms"), &m_rooms) || !assignIds(QStringLiteral("slots"), &m_slots)
        || !assignIds(QStringLiteral("sessions"), &m_sessions))
        return false;
    AgendaChange &agenda = m_result.content.agenda;
    for (const QJsonValue &value : m_root.value(QStringLiteral("rooms")).toArray()) {
        const QJsonObject object = value.toObject();
        agenda.rooms.append(Room{idOf(m_rooms, uuidAt(object, "uuid")), uuidAt(object, "uuid"),
                                 stringAt(object, "name"), object.value(QLatin1String("capacity")).toInt(),
                                 object.value(QLatin1String("accessible")).toBool(), stringAt(object, "notes"),
                                 object.value(QLatin1String("position")).toInt()});
    }
    const QJsonArray slotArray = m_root.value(QStringLiteral("slots")).toArray();
    for (qsizetype i = 0; i < slotArray.size(); ++i) {
        const QJsonObject object = slotArray.at(i).toObject();
        TimeSlot slot{idOf(m_slots, uuidAt(object, "uuid")),
                      uuidAt(object, "uuid"),
                      QDate::fromString(stringAt(object, "day"), Qt::ISODate),
                      QTime::fromString(stringAt(object, "start"), QStringLiteral("HH:mm")),
                      QTime::fromString(stringAt(object, "end"), QStringLiteral("HH:mm")),
                      slotKindFromKey(stringAt(object, "kind")),
                      stringAt(object, "label")};
        if (!slot.day.isValid())
            return fail(at(QStringLiteral("slots"), i, "day"), tr("not a valid date."));
        if (!slot.isValid()) // an earlier end is the next day (23:30–00:30), within 12 hours
            return fail(at(QStringLiteral("slots"), i, "end"),
                        tr("a slot must end after it starts (past midnight, within 12 hours)."));
        agenda.timeSlots.append(slot);
    }
    for (const QJsonValue &value : m_root.value(QStringLiteral("sessions")).toArray()) {
        const QJsonObject object = value.toObject();
        Session session;
        session.id = idOf(m_sessions, uuidAt(object, "uuid"));
        session.uuid = uuidAt(object, "uuid");
        session.title = stringAt(object, "title");
        session.description = stringAt(object, "description");
        session.host = stringAt(object, "host");
        session.hostNamed = object.value(QLatin1String("host_named")).toBool(); // absent in older backups: not named
        session.language = stringAt(object, "language");
        session.needsAccessibleRoom = object.value(QLatin1String("needs_accessible_room")).toBool();
        session.allowedSlots = uuidsAt(object, "allowed_slots"); // a removed slot may be named
        session.theme = uuidAt(object, "theme");                 // null: added by hand
        session.ref = stringAt(object, "ref");
        agenda.sessions.append(session);
    }
    const QJsonArray placements = m_root.value(QStringLiteral("placements")).toArray();
    QSet<qint64> placed;
    QSet<QPair<qint64, qint64>> cells;
    for (qsizetype i = 0; i < placements.size(); ++i) {
        const QJsonObject object = placements.at(i).toObject();
        Placement placement;
        placement.pinned = object.value(QLatin1String("pinned")).toBool();
        const QString list = QStringLiteral("placements");
        if (!link(m_sessions, list, i, "session", tr("session"), &placement.sessionId)
            || !link(m_slots, list, i, "slot", tr("time slot"), &placement.slotId)
            || !link(m_rooms, list, i, "room", tr("room"), &placement.roomId))
            return false;
        // assignIds() numbers items by their place in the list: slot id n is timeSlots[n - 1].
        if (agenda.timeSlots.at(placement.slotId - 1).kind != SlotKind::Sessions)
            return fail(at(list, i, "slot"), tr("this slot is a break or a plenary: it takes no sessions."));
        if (placed.contains(placement.sessionId))
            return fail(at(list, i, "session"), tr("this session is already placed."));
        if (cells.contains({placement.slotId, placement.roomId}))
            return fail(at(list, i), tr("another session already runs in this slot and room."));
        placed.insert(placement.sessionId);
        cells.insert({placement.slotId, placement.roomId});
        agenda.placements.append(placement);
    }
    return true;
}

bool EventJsonReader::readVotes()
{
    if (!assignIds(QStringLiteral("rounds"), &m_rounds) || !assignIds(QStringLiteral("ballots"), &m_ballots))
        return false;
    VoteChange &votes = m_result.content.votes;
    const QJsonArray rounds = m_root.value(QStringLiteral("rounds")).toArray();
    bool oneOpen = false;
    for (qsizetype i = 0; i < rounds.size(); ++i) {
        const QJsonObject object = rounds.at(i).toObject();
        const VoteRound round{idOf(m_rounds, uuidAt(object, "uuid")),
                              uuidAt(object, "uuid"),
                              stringAt(object, "name"),
                              object.value(QLatin1String("votes_per_person")).toInt(),
                              object.value(QLatin1String("cap_per_theme")).toInt(),
                              roundStateFromKey(stringAt(object, "state")),
                              object.value(QLatin1String("totals_hidden")).toBool(),
                              timeAt(object, "created_at")};
        if (round.state == RoundState::Open && std::exchange(oneOpen, true))
            return fail(at(QStringLiteral("rounds"), i, "state"), tr("only one voting round can be open at a time."));
        votes.rounds.append(round);
    }
    const QJsonArray ballots = m_root.value(QStringLiteral("ballots")).toArray();
    for (qsizetype i = 0; i < ballots.size(); ++i) {
        const QJsonObject object = ballots.at(i).toObject();
        Ballot ballot{idOf(m_ballots, uuidAt(object, "uuid")),
                      uuidAt(object, "uuid"),
                      0,
                      uuidsAt(object, "themes"),
                      timeAt(object, "created_at"),
                      QByteArray()}; // a phone's voter key is never in the JSON
        // A theme UUID naming no theme is kept: the theme was dissolved after the vote.
        if (!link(m_rounds, QStringLiteral("ballots"), i, "round", tr("voting round"), &ballot.roundId))
            return false;
        votes.ballots.append(ballot);
    }
    const QJsonArray tallies = m_root.value(QStringLiteral("tallies")).toArray();
    QSet<QByteArray> counted; // round id and theme UUID: QByteArray's hash is seeded, QUuid's is not
    for (qsizetype i = 0; i < tallies.size(); ++i) {
        const QJsonObject object = tallies.at(i).toObject();
        Tally tally{0, uuidAt(object, "theme"), object.value(QLatin1String("count")).toInt()};
        if (!link(m_rounds, QStringLiteral("tallies"), i, "round", tr("voting round"), &tally.roundId))
            return false;
        const QByteArray key = QByteArray::number(tally.roundId) + ':' + tally.theme.toRfc4122();
        if (counted.contains(key))
            return fail(at(QStringLiteral("tallies"), i, "theme"), tr("this theme already has a tally in this round."));
        counted.insert(key);
        votes.tallies.append(tally);
    }
    return true;
}

} // namespace cabildo
