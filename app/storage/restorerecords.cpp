#include "restorerecords.h"

#include <QBuffer>
#include <QCborArray>
#include <QCborMap>
#include <QCborStreamWriter>
#include <QCborValue>
#include <QCryptographicHash>
#include <QHash>
#include <QMap>
#include <QtEndian>

#include <algorithm>
#include <iterator>
#include <thread>

#include <zlib.h>

namespace cabildo::restorerecords {

namespace {

// Each record is a CBOR array with its fields in a fixed order (FORMAT.md lists them).
// Moments are milliseconds since the epoch (UTC), UUIDs their 16 bytes, keys their file words.

const char *const kindNames[] = {"event",   "note",      "note_analysis", "theme",  "room",  "slot",
                                 "session", "placement", "round",         "ballot", "tally", "room_state"};
static_assert(std::size(kindNames) == int(Kind::RoomState) + 1, "a name for every kind");

QCborValue moment(const QDateTime &time)
{
    return time.isValid() ? QCborValue(time.toMSecsSinceEpoch()) : QCborValue(QCborValue::Null);
}

QDateTime momentFrom(const QCborValue &value)
{
    return value.isInteger() ? QDateTime::fromMSecsSinceEpoch(value.toInteger(), Qt::UTC) : QDateTime();
}

QCborValue uuid(const QUuid &id)
{
    return id.isNull() ? QCborValue(QCborValue::Null) : QCborValue(id.toRfc4122());
}

QUuid uuidFrom(const QCborValue &value)
{
    return value.isByteArray() && value.toByteArray().size() == 16 ? QUuid::fromRfc4122(value.toByteArray()) : QUuid();
}

QCborArray uuids(const QList<QUuid> &ids)
{
    QCborArray array;
    for (const QUuid &id : ids)
        array.append(uuid(id));
    return array;
}

QList<QUuid> uuidsFrom(const QCborValue &value)
{
    QList<QUuid> ids;
    for (const QCborValue &item : value.toArray())
        ids.append(uuidFrom(item));
    return ids;
}

QByteArray bytes(const QCborArray &fields)
{
    return QCborValue(fields).toCbor();
}

/** A time of day as minutes past midnight; -1 when not set. */
QCborValue minutes(const QTime &time)
{
    return QCborValue(time.isValid() ? time.msecsSinceStartOfDay() / 60000 : -1);
}

QTime timeFrom(const QCborValue &value)
{
    const qint64 minute = value.toInteger(-1);
    return minute >= 0 && minute < 24 * 60 ? QTime::fromMSecsSinceStartOfDay(int(minute) * 60000) : QTime();
}

/**
 * Writes records one at a time, each exactly as QCborValue::toCbor() writes the same
 * QCborArray (a definite-length array; integers, doubles, strings as UTF-8, UUIDs as byte
 * strings, null), for the records a large event has thousands of: notes and their language
 * work. toCbor() builds an array of values and a QBuffer for each record, which was most of
 * a first restore point's encoding (20,000 notes); this reuses one buffer.
 */
class RecordWriter
{
public:
    RecordWriter() : m_writer(&m_device)
    {
        m_device.setBuffer(&m_bytes);
        m_device.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }

    QCborStreamWriter &start(int fields)
    {
        m_device.seek(0);
        m_writer.startArray(quint64(fields));
        return m_writer;
    }
    QByteArray finish()
    {
        m_writer.endArray();
        return m_bytes.left(m_device.pos());
    }

    /** A field the other kinds' helpers make (uuid(), moment()): null when unset. */
    void append(const QCborValue &value) { value.toCbor(m_writer); }

private:
    QByteArray m_bytes;
    QBuffer m_device;
    QCborStreamWriter m_writer;
};

QByteArray encodeNote(RecordWriter &record, const Note &note)
{
    const Author &author = note.author;
    // Only an unchecked note (schema 7) has a 21st field: the records of every other note
    // stay byte for byte what they were, so older points still share them.
    QCborStreamWriter &out = record.start(note.textChecked ? 20 : 21);
    out.append(note.id);
    record.append(uuid(note.uuid));
    for (const QString *text : {&note.text, &note.language, &note.colour})
        out.append(QStringView(*text));
    out.append(note.pos.x());
    out.append(note.pos.y());
    for (const QString *text : {&note.ref, &note.tags, &author.name, &author.organisation, &author.country})
        out.append(QStringView(*text));
    out.append(QStringView(sectorKey(author.sector)));
    out.append(author.showNameInResults);
    out.append(QStringView(noteSourceKey(note.source)));
    record.append(moment(note.createdAt));
    out.append(note.themeId);
    out.append(QStringView(noteStateKey(note.state)));
    out.append(note.deviceId);
    out.append(note.faceDown);
    if (!note.textChecked)
        out.append(false);
    return record.finish();
}

QByteArray encodeAnalysis(RecordWriter &record, const Note &note)
{
    QCborStreamWriter &out = record.start(3);
    record.append(uuid(note.uuid));
    out.append(QStringView(note.analysisLanguage));
    out.append(QStringView(note.analysis));
    return record.finish();
}

Note decodeNote(const QCborArray &f)
{
    Note note;
    note.id = f.at(0).toInteger();
    note.uuid = uuidFrom(f.at(1));
    note.text = f.at(2).toString();
    note.language = f.at(3).toString();
    note.colour = f.at(4).toString();
    note.pos = QPointF(f.at(5).toDouble(), f.at(6).toDouble());
    note.ref = f.at(7).toString();
    note.tags = f.at(8).toString();
    note.author.name = f.at(9).toString();
    note.author.organisation = f.at(10).toString();
    note.author.country = f.at(11).toString();
    note.author.sector = sectorFromKey(f.at(12).toString());
    note.author.showNameInResults = f.at(13).toBool();
    note.source = noteSourceFromKey(f.at(14).toString());
    note.createdAt = momentFrom(f.at(15));
    note.themeId = f.at(16).toInteger();
    note.state = noteStateFromKey(f.at(17).toString());
    note.deviceId = f.at(18).toInteger();
    note.faceDown = f.at(19).toBool();
    note.textChecked = f.size() <= 20 || f.at(20).toBool();
    return note;
}

QByteArray encodeSession(const Session &session)
{
    return bytes({session.id, uuid(session.uuid), session.title, session.description, session.host, session.hostNamed,
                  session.language, session.needsAccessibleRoom, uuids(session.allowedSlots), uuid(session.theme),
                  session.ref});
}

Session decodeSession(const QCborArray &f)
{
    Session session;
    session.id = f.at(0).toInteger();
    session.uuid = uuidFrom(f.at(1));
    session.title = f.at(2).toString();
    session.description = f.at(3).toString();
    session.host = f.at(4).toString();
    session.hostNamed = f.at(5).toBool();
    session.language = f.at(6).toString();
    session.needsAccessibleRoom = f.at(7).toBool();
    session.allowedSlots = uuidsFrom(f.at(8));
    session.theme = uuidFrom(f.at(9));
    session.ref = f.at(10).toString();
    return session;
}

/** How many fields each kind's array has: a shorter one is damaged. */
constexpr int fieldCounts[] = {6, 20, 3, 7, 7, 7, 11, 4, 8, 6, 3, 7};
static_assert(std::size(fieldCounts) == std::size(kindNames), "a field count for every kind");

} // namespace

QList<Record> encode(const EventContent &content)
{
    QList<Record> records;
    auto add = [&records](Kind kind, const QByteArray &data) { records.append(Record{kind, hashOf(data), data}); };
    const EventInfo &event = content.event;
    add(Kind::Event, bytes({uuid(event.uuid), uuid(event.uuidNamespace), event.title, event.acronym, event.timeZone,
                            moment(event.createdAt)}));
    // The notes and their language work, most of a large event's records: the two lists on
    // two threads (20,000 notes: 40,000 records encoded and hashed), in the same order.
    QList<Record> analyses;
    auto encodeAnalyses = [&] {
        RecordWriter writer;
        for (const Note &note : content.notes)
            if (!note.analysis.isEmpty() || !note.analysisLanguage.isEmpty()) {
                const QByteArray data = encodeAnalysis(writer, note);
                analyses.append(Record{Kind::NoteAnalysis, hashOf(data), data});
            }
    };
    std::thread other;
    if (content.notes.size() >= 1000 && std::thread::hardware_concurrency() >= 2)
        other = std::thread(encodeAnalyses);
    RecordWriter writer;
    for (const Note &note : content.notes)
        add(Kind::Note, encodeNote(writer, note));
    if (other.joinable())
        other.join();
    else
        encodeAnalyses();
    records += analyses;
    for (const Theme &theme : content.themes)
        add(Kind::Theme, bytes({theme.id, uuid(theme.uuid), theme.title, theme.colour, theme.collapsed, theme.terms,
                                moment(theme.createdAt)}));
    for (const Room &room : content.agenda.rooms)
        add(Kind::Room,
            bytes({room.id, uuid(room.uuid), room.name, room.capacity, room.accessible, room.notes, room.position}));
    for (const TimeSlot &slot : content.agenda.timeSlots)
        add(Kind::Slot,
            bytes({slot.id, uuid(slot.uuid), slot.day.isValid() ? QCborValue(slot.day.toJulianDay()) : QCborValue(-1),
                   minutes(slot.start), minutes(slot.end), slotKindKey(slot.kind), slot.label}));
    for (const Session &session : content.agenda.sessions)
        add(Kind::Session, encodeSession(session));
    for (const Placement &placement : content.agenda.placements)
        add(Kind::Placement, bytes({placement.sessionId, placement.slotId, placement.roomId, placement.pinned}));
    for (const VoteRound &round : content.votes.rounds)
        add(Kind::Round, bytes({round.id, uuid(round.uuid), round.name, round.votesPerPerson, round.capPerTheme,
                                roundStateKey(round.state), round.totalsHidden, moment(round.createdAt)}));
    for (const Ballot &ballot : content.votes.ballots)
        add(Kind::Ballot, bytes({ballot.id, uuid(ballot.uuid), ballot.roundId, uuids(ballot.themes),
                                 moment(ballot.createdAt), ballot.voterKey}));
    for (const Tally &tally : content.votes.tallies)
        add(Kind::Tally, bytes({tally.roundId, uuid(tally.theme), tally.count}));
    const RoomState &room = content.room;
    add(Kind::RoomState,
        bytes({phaseKey(room.phase), room.hideNotesUntilRevealed, room.timer.durationMs, room.timer.remainingMs,
               moment(room.timer.endsAt), room.timer.closeRoundAtEnd, room.timer.soundAtEnd}));
    return records;
}

QByteArray hashOf(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).left(hashBytes);
}

namespace {

/**
 * qCompress(data, 9), byte for byte, from one zlib stream per thread reset between records:
 * qCompress sets up a fresh stream (a quarter of a megabyte cleared) for every call, which
 * took 100 µs per short record, 4 s for the 40,000 records of a 20,000-note event; reset,
 * 14 µs.
 */
class Deflater
{
public:
    Deflater() { m_ready = deflateInit2(&m_stream, 9, Z_DEFLATED, MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK; }
    ~Deflater()
    {
        if (m_ready)
            deflateEnd(&m_stream);
    }
    Deflater(const Deflater &) = delete;
    Deflater &operator=(const Deflater &) = delete;

    QByteArray compress(const QByteArray &data)
    {
        if (!m_ready || deflateReset(&m_stream) != Z_OK)
            return qCompress(data, 9);
        // qCompress's format: the length before compression (4 bytes, big-endian), then zlib's.
        QByteArray out(4 + qsizetype(deflateBound(&m_stream, uLong(data.size()))), Qt::Uninitialized);
        qToBigEndian(quint32(data.size()), out.data());
        m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
        m_stream.avail_in = uInt(data.size());
        m_stream.next_out = reinterpret_cast<Bytef *>(out.data() + 4);
        m_stream.avail_out = uInt(out.size() - 4);
        if (deflate(&m_stream, Z_FINISH) != Z_STREAM_END)
            return qCompress(data, 9);
        out.truncate(out.size() - m_stream.avail_out);
        return out;
    }

private:
    z_stream m_stream{};
    bool m_ready = false;
};

} // namespace

QByteArray pack(const QByteArray &data)
{
    // A record under 256 bytes (most notes, every placement and ballot) is stored as it is:
    // zlib saved 4 % of a 20,000-note point's 6 MB, and took 10 µs a record building its
    // Huffman trees, whatever the level (0.4 s of processor time for those 40,000 records).
    if (data.size() < minimumCompressed)
        return QByteArray(1, '\0') + data;
    thread_local Deflater deflater;
    // Longer records may still not shrink (a list of hashes): then they stay as they are too.
    const QByteArray compressed = deflater.compress(data);
    return compressed.size() < data.size() ? QByteArray(1, '\1') + compressed : QByteArray(1, '\0') + data;
}

QByteArray unpack(const QByteArray &stored)
{
    if (stored.startsWith('\0'))
        return stored.mid(1);
    if (stored.startsWith('\1'))
        return qUncompress(stored.mid(1)); // empty when damaged
    return {};
}

Listing list(const QList<Record> &records)
{
    Listing listing;
    QMap<int, QByteArray> chunkHashes; // kind → its chunks' hashes
    QByteArray chunk;
    int inChunk = 0;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const Record &record = records.at(i);
        chunk += record.hash;
        const bool lastOfKind = i + 1 == records.size() || records.at(i + 1).kind != record.kind;
        if (quint8(record.hash.at(0)) < chunkCut || ++inChunk == maxChunk || lastOfKind) {
            listing.chunks.append(Record{record.kind, hashOf(chunk), chunk});
            chunkHashes[int(record.kind)] += listing.chunks.constLast().hash;
            chunk.clear();
            inChunk = 0;
        }
    }
    QCborMap map;
    map.insert(QStringLiteral("version"), 1);
    for (auto it = chunkHashes.cbegin(); it != chunkHashes.cend(); ++it)
        map.insert(QLatin1String(kindNames[it.key()]), it.value());
    listing.manifest = map.toCborValue().toCbor();
    return listing;
}

bool readChunk(const QByteArray &chunk, QList<QByteArray> *hashes)
{
    hashes->clear();
    if (chunk.isEmpty() || chunk.size() % hashBytes != 0)
        return false;
    for (qsizetype at = 0; at < chunk.size(); at += hashBytes)
        hashes->append(chunk.mid(at, hashBytes));
    return true;
}

bool readManifest(const QByteArray &manifest, QList<QPair<Kind, QByteArray>> *entries)
{
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(manifest, &error);
    const QCborMap map = value.toMap();
    if (error.error != QCborError::NoError || map.value(QStringLiteral("version")).toInteger() != 1)
        return false;
    entries->clear();
    for (int kind = 0; kind < int(std::size(kindNames)); ++kind) {
        const QByteArray hashes = map.value(QLatin1String(kindNames[kind])).toByteArray();
        if (hashes.size() % hashBytes != 0)
            return false;
        for (qsizetype at = 0; at < hashes.size(); at += hashBytes)
            entries->append({Kind(kind), hashes.mid(at, hashBytes)});
    }
    // Every key must be known: a list this version cannot read whole is not restored in part.
    return map.size() == 1 + std::count_if(std::begin(kindNames), std::end(kindNames), [&](const char *name) {
                             return map.contains(QLatin1String(name));
                         });
}

bool decode(const QList<QPair<Kind, QByteArray>> &records, EventContent *content)
{
    *content = EventContent();
    QHash<QUuid, QPair<QString, QString>> analyses;
    bool hasEvent = false;
    for (const auto &[kind, data] : records) {
        QCborParserError error;
        const QCborArray f = QCborValue::fromCbor(data, &error).toArray();
        if (error.error != QCborError::NoError || f.size() < fieldCounts[int(kind)])
            return false;
        switch (kind) {
        case Kind::Event:
            content->event = EventInfo{uuidFrom(f.at(0)),  uuidFrom(f.at(1)),  f.at(2).toString(),
                                       f.at(3).toString(), f.at(4).toString(), momentFrom(f.at(5))};
            hasEvent = true;
            break;
        case Kind::Note:
            content->notes.append(decodeNote(f));
            break;
        case Kind::NoteAnalysis:
            analyses.insert(uuidFrom(f.at(0)), {f.at(1).toString(), f.at(2).toString()});
            break;
        case Kind::Theme:
            content->themes.append(Theme{f.at(0).toInteger(), uuidFrom(f.at(1)), f.at(2).toString(), f.at(3).toString(),
                                         f.at(4).toBool(), f.at(5).toString(), momentFrom(f.at(6))});
            break;
        case Kind::Room:
            content->agenda.rooms.append(Room{f.at(0).toInteger(), uuidFrom(f.at(1)), f.at(2).toString(),
                                              int(f.at(3).toInteger()), f.at(4).toBool(), f.at(5).toString(),
                                              int(f.at(6).toInteger())});
            break;
        case Kind::Slot: {
            const qint64 day = f.at(2).toInteger(-1);
            content->agenda.timeSlots.append(TimeSlot{
                f.at(0).toInteger(), uuidFrom(f.at(1)), day >= 0 ? QDate::fromJulianDay(day) : QDate(),
                timeFrom(f.at(3)), timeFrom(f.at(4)), slotKindFromKey(f.at(5).toString()), f.at(6).toString()});
            break;
        }
        case Kind::Session:
            content->agenda.sessions.append(decodeSession(f));
            break;
        case Kind::Placement:
            content->agenda.placements.append(
                Placement{f.at(0).toInteger(), f.at(1).toInteger(), f.at(2).toInteger(), f.at(3).toBool()});
            break;
        case Kind::Round:
            content->votes.rounds.append(VoteRound{f.at(0).toInteger(), uuidFrom(f.at(1)), f.at(2).toString(),
                                                   int(f.at(3).toInteger()), int(f.at(4).toInteger()),
                                                   roundStateFromKey(f.at(5).toString()), f.at(6).toBool(),
                                                   momentFrom(f.at(7))});
            break;
        case Kind::Ballot:
            content->votes.ballots.append(Ballot{f.at(0).toInteger(), uuidFrom(f.at(1)), f.at(2).toInteger(),
                                                 uuidsFrom(f.at(3)), momentFrom(f.at(4)), f.at(5).toByteArray()});
            break;
        case Kind::Tally:
            content->votes.tallies.append(Tally{f.at(0).toInteger(), uuidFrom(f.at(1)), int(f.at(2).toInteger())});
            break;
        case Kind::RoomState: {
            RoomState &room = content->room;
            room.phase = phaseFromKey(f.at(0).toString());
            room.hideNotesUntilRevealed = f.at(1).toBool();
            room.timer.durationMs = f.at(2).toInteger();
            room.timer.remainingMs = f.at(3).toInteger();
            room.timer.endsAt = momentFrom(f.at(4));
            room.timer.closeRoundAtEnd = f.at(5).toBool();
            room.timer.soundAtEnd = f.at(6).toBool();
            break;
        }
        }
    }
    for (Note &note : content->notes) {
        const auto analysis = analyses.constFind(note.uuid);
        if (analysis != analyses.constEnd()) {
            note.analysisLanguage = analysis->first;
            note.analysis = analysis->second;
        }
    }
    return hasEvent;
}

} // namespace cabildo::restorerecords
