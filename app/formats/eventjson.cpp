#include "eventjson.h"

#include "eventjsonreader.h"
#include "inputlimits.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cabildo {

namespace {

QJsonValue uuidValue(const QUuid &uuid)
{
    return uuid.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(uuid.toString(QUuid::WithoutBraces));
}

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString hhmm(const QTime &time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

QJsonArray uuidArray(QList<QUuid> uuids)
{
    std::sort(uuids.begin(), uuids.end());
    QJsonArray array;
    for (const QUuid &uuid : uuids)
        array.append(uuidValue(uuid));
    return array;
}

/** Row id → UUID of one kind of item, for writing the links between items. */
template <typename T> QHash<qint64, QUuid> uuidsById(const QList<T> &items)
{
    QHash<qint64, QUuid> result;
    for (const T &item : items)
        result.insert(item.id, item.uuid);
    return result;
}

/**
 * A backup always restores: an item whose stored UUID is nil or unreadable (an older or
 * damaged file) gets one derived from the event's namespace, its kind and its row id, so
 * two backups still give the same bytes. A reference by UUID to nothing (nil) is dropped.
 */
EventContent withUuids(EventContent content)
{
    // Any fixed namespace would do when the event has none either; this one is Cabildo's own.
    static const QUuid fallback = QUuid::fromString(QStringLiteral("6b0f6f5e-93a5-4a4e-9c8e-2f4d2a6c1b7e"));
    const QUuid space = content.event.uuidNamespace.isNull() ? fallback : content.event.uuidNamespace;
    auto fill = [&](QUuid &uuid, const char *kind, qint64 id) {
        if (uuid.isNull())
            uuid = QUuid::createUuidV5(space, QStringLiteral("%1/%2").arg(QLatin1String(kind)).arg(id));
    };
    fill(content.event.uuid, "event", 1);
    fill(content.event.uuidNamespace, "namespace", 1);
    for (Note &note : content.notes)
        fill(note.uuid, "note", note.id);
    for (Theme &theme : content.themes)
        fill(theme.uuid, "theme", theme.id);
    for (Room &room : content.agenda.rooms)
        fill(room.uuid, "room", room.id);
    for (TimeSlot &slot : content.agenda.timeSlots)
        fill(slot.uuid, "slot", slot.id);
    for (Session &session : content.agenda.sessions) {
        fill(session.uuid, "session", session.id);
        session.allowedSlots.removeAll(QUuid());
    }
    for (VoteRound &round : content.votes.rounds)
        fill(round.uuid, "round", round.id);
    for (Ballot &ballot : content.votes.ballots) {
        fill(ballot.uuid, "ballot", ballot.id);
        ballot.themes.removeAll(QUuid());
    }
    content.votes.tallies.removeIf([](const Tally &tally) { return tally.theme.isNull(); });
    return content;
}

} // namespace

QByteArray EventJson::write(const EventContent &original)
{
    const EventContent content = withUuids(original);
    const EventInfo &event = content.event;
    QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("cabildo-event")},
        {QStringLiteral("version"), currentVersion},
        {QStringLiteral("event"), QJsonObject{{QStringLiteral("uuid"), uuidValue(event.uuid)},
                                              {QStringLiteral("namespace"), uuidValue(event.uuidNamespace)},
                                              {QStringLiteral("title"), event.title},
                                              {QStringLiteral("acronym"), event.acronym},
                                              {QStringLiteral("timezone"), event.timeZone},
                                              {QStringLiteral("created_at"), timestamp(event.createdAt)}}},
    };
    const QHash<qint64, QUuid> themeUuids = uuidsById(content.themes);
    const QHash<qint64, QUuid> roomUuids = uuidsById(content.agenda.rooms);
    const QHash<qint64, QUuid> slotUuids = uuidsById(content.agenda.timeSlots);
    const QHash<qint64, QUuid> sessionUuids = uuidsById(content.agenda.sessions);
    const QHash<qint64, QUuid> roundUuids = uuidsById(content.votes.rounds);

    QJsonArray rooms;
    for (const Room &room : content.agenda.rooms)
        rooms.append(QJsonObject{{QStringLiteral("uuid"), uuidValue(room.uuid)},
                                 {QStringLiteral("name"), room.name},
                                 {QStringLiteral("capacity"), room.capacity},
                                 {QStringLiteral("accessible"), room.accessible},
                                 {QStringLiteral("notes"), room.notes},
                                 {QStringLiteral("position"), room.position}});
    QJsonArray timeSlots;
    for (const TimeSlot &slot : content.agenda.timeSlots)
        timeSlots.append(QJsonObject{{QStringLiteral("uuid"), uuidValue(slot.uuid)},
                                     {QStringLiteral("day"), slot.day.toString(Qt::ISODate)},
                                     {QStringLiteral("start"), hhmm(slot.start)},
                                     {QStringLiteral("end"), hhmm(slot.end)},
                                     {QStringLiteral("kind"), slotKindKey(slot.kind)},
                                     {QStringLiteral("label"), slot.label}});
    QJsonArray themes;
    for (const Theme &theme : content.themes)
        themes.append(QJsonObject{{QStringLiteral("uuid"), uuidValue(theme.uuid)},
                                  {QStringLiteral("title"), theme.title},
                                  {QStringLiteral("colour"), theme.colour},
                                  {QStringLiteral("collapsed"), theme.collapsed},
                                  {QStringLiteral("terms"), theme.terms},
                                  {QStringLiteral("created_at"), timestamp(theme.createdAt)}});
    QHash<QUuid, const NoteImage *> pictures;
    for (const NoteImage &image : content.noteImages)
        pictures.insert(image.noteUuid, &image);
    QJsonArray notes;
    for (const Note &note : content.notes) {
        const QJsonObject author{{QStringLiteral("name"), note.author.name},
                                 {QStringLiteral("organisation"), note.author.organisation},
                                 {QStringLiteral("country"), note.author.country},
                                 {QStringLiteral("sector"), sectorKey(note.author.sector)},
                                 {QStringLiteral("show_name"), note.author.showNameInResults}};
        QJsonObject object{{QStringLiteral("uuid"), uuidValue(note.uuid)},
                           {QStringLiteral("text"), note.text},
                           {QStringLiteral("language"), note.language},
                           {QStringLiteral("colour"), note.colour},
                           {QStringLiteral("x"), note.pos.x()},
                           {QStringLiteral("y"), note.pos.y()},
                           {QStringLiteral("ref"), note.ref},
                           {QStringLiteral("tags"), note.tags},
                           {QStringLiteral("author"), author},
                           {QStringLiteral("source"), noteSourceKey(note.source)},
                           {QStringLiteral("created_at"), timestamp(note.createdAt)},
                           {QStringLiteral("theme"), uuidValue(themeUuids.value(note.themeId))},
                           {QStringLiteral("analysis_language"), note.analysisLanguage},
                           {QStringLiteral("analysis"), note.analysis}};
        // Omitted when visible, as almost every note is. The phone it came from (deviceId) is never written.
        if (note.state != NoteState::Visible)
            object.insert(QStringLiteral("state"), noteStateKey(note.state));
        if (note.faceDown)
            object.insert(QStringLiteral("face_down"), true);
        // Issue 15: only notes from a photo whose text nobody checked yet, and only notes with a picture.
        if (!note.textChecked)
            object.insert(QStringLiteral("text_checked"), false);
        if (const NoteImage *picture = pictures.value(note.uuid))
            object.insert(QStringLiteral("picture"),
                          QJsonObject{{QStringLiteral("format"), picture->format},
                                      {QStringLiteral("width"), picture->width},
                                      {QStringLiteral("height"), picture->height},
                                      {QStringLiteral("data"), QString::fromLatin1(picture->bytes.toBase64())}});
        notes.append(object);
    }
    QJsonArray rounds;
    for (const VoteRound &round : content.votes.rounds)
        rounds.append(QJsonObject{{QStringLiteral("uuid"), uuidValue(round.uuid)},
                                  {QStringLiteral("name"), round.name},
                                  {QStringLiteral("votes_per_person"), round.votesPerPerson},
                                  {QStringLiteral("cap_per_theme"), round.capPerTheme},
                                  {QStringLiteral("state"), roundStateKey(round.state)},
                                  {QStringLiteral("totals_hidden"), round.totalsHidden},
                                  {QStringLiteral("created_at"), timestamp(round.createdAt)}});
    QJsonArray ballots;
    for (const Ballot &ballot : content.votes.ballots)
        ballots.append(QJsonObject{{QStringLiteral("uuid"), uuidValue(ballot.uuid)},
                                   {QStringLiteral("round"), uuidValue(roundUuids.value(ballot.roundId))},
                                   {QStringLiteral("themes"), uuidArray(ballot.themes)},
                                   {QStringLiteral("created_at"), timestamp(ballot.createdAt)}});
    QJsonArray tallies;
    for (const Tally &tally : content.votes.tallies)
        tallies.append(QJsonObject{{QStringLiteral("round"), uuidValue(roundUuids.value(tally.roundId))},
                                   {QStringLiteral("theme"), uuidValue(tally.theme)},
                                   {QStringLiteral("count"), tally.count}});
    QJsonArray sessions;
    for (const Session &session : content.agenda.sessions)
        sessions.append(QJsonObject{{QStringLiteral("uuid"), uuidValue(session.uuid)},
                                    {QStringLiteral("title"), session.title},
                                    {QStringLiteral("description"), session.description},
                                    {QStringLiteral("host"), session.host},
                                    {QStringLiteral("host_named"), session.hostNamed},
                                    {QStringLiteral("language"), session.language},
                                    {QStringLiteral("needs_accessible_room"), session.needsAccessibleRoom},
                                    {QStringLiteral("allowed_slots"), uuidArray(session.allowedSlots)},
                                    {QStringLiteral("theme"), uuidValue(session.theme)},
                                    {QStringLiteral("ref"), session.ref}});
    QJsonArray placements;
    for (const Placement &placement : content.agenda.placements)
        placements.append(QJsonObject{{QStringLiteral("session"), uuidValue(sessionUuids.value(placement.sessionId))},
                                      {QStringLiteral("slot"), uuidValue(slotUuids.value(placement.slotId))},
                                      {QStringLiteral("room"), uuidValue(roomUuids.value(placement.roomId))},
                                      {QStringLiteral("pinned"), placement.pinned}});
    const RoomTimer &timer = content.room.timer;
    root.insert(
        QStringLiteral("room"),
        QJsonObject{{QStringLiteral("phase"), phaseKey(content.room.phase)},
                    {QStringLiteral("hide_notes_until_revealed"), content.room.hideNotesUntilRevealed},
                    {QStringLiteral("timer"),
                     QJsonObject{{QStringLiteral("duration_ms"), timer.durationMs},
                                 {QStringLiteral("remaining_ms"), timer.remainingMs},
                                 {QStringLiteral("ends_at"), timer.isRunning() ? QJsonValue(timestamp(timer.endsAt))
                                                                               : QJsonValue(QJsonValue::Null)},
                                 {QStringLiteral("close_round_at_end"), timer.closeRoundAtEnd},
                                 {QStringLiteral("sound_at_end"), timer.soundAtEnd}}}});
    root.insert(QStringLiteral("rooms"), rooms);
    root.insert(QStringLiteral("slots"), timeSlots);
    root.insert(QStringLiteral("themes"), themes);
    root.insert(QStringLiteral("notes"), notes);
    root.insert(QStringLiteral("rounds"), rounds);
    root.insert(QStringLiteral("ballots"), ballots);
    root.insert(QStringLiteral("tallies"), tallies);
    root.insert(QStringLiteral("sessions"), sessions);
    root.insert(QStringLiteral("placements"), placements);
    // QJsonObject keeps its keys sorted: the same event always gives the same bytes.
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

EventJson::ReadResult EventJson::read(const QByteArray &bytes)
{
    return EventJsonReader().read(bytes);
}

EventJson::ReadResult EventJson::readFile(const QString &path)
{
    ReadResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        result.error = tr("cannot be read: %1").arg(file.errorString());
    else if (file.size() > limits::eventJsonBytes) // refused before reading gigabytes
        result.error = tr("the file is %1 MB; Cabildo reads event JSON files up to %L2 MB.")
                           .arg(file.size() / (1024 * 1024))
                           .arg(limits::eventJsonBytes / (1024 * 1024));
    else
        return read(file.read(limits::eventJsonBytes + 1));
    return result;
}

bool EventJson::looksLikeJson(const QByteArray &bytes)
{
    QByteArray start = bytes.left(64);
    if (start.startsWith("\xEF\xBB\xBF"))
        start.remove(0, 3);
    return start.trimmed().startsWith('{');
}

QByteArray EventJson::schema(int version)
{
    if (version < 1 || version > currentVersion)
        return {};
    QFile file(QStringLiteral(":/schema/cabildo-event-%1.schema.json").arg(version));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace cabildo
