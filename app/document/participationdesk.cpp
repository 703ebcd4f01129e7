// The event's side of participation from phones: see participationdesk.h and app/network/README.md.
#include "participationdesk.h"

#include "document/eventdocument.h"
#include "grouping/languagework.h"
#include "networklimits.h"
#include "text/textfold.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace cabildo {

namespace {

// How often the facilitator's counts are refreshed from the server (they are cheap).
constexpr int countsIntervalMs = 1000;
// The wall (the count and the revealed notes) goes to phones at most this often while notes
// pour in: each change of it answers every phone's poll, and 500 phones sending notes would
// otherwise wake 1,000 phones several times a second. The phase and the timer go at once.
constexpr int wallIntervalMs = 1000;

/** 160 random bits from the system's CSPRNG, URL-safe: the event token in every participant URL. */
QByteArray newToken()
{
    quint32 words[5];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/** Six characters from an alphabet without look-alikes (no 0/O, 1/I/L): read off a projector. */
QString newJoinCode()
{
    static const char alphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 6; ++i)
        code.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]));
    return code;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray failure(const QString &code, const QString &message = {})
{
    QJsonObject object{{QStringLiteral("error"), code}};
    if (!message.isEmpty())
        object.insert(QStringLiteral("message"), message);
    return json(object);
}

QString statusOf(const Note &note)
{
    switch (note.state) {
    case NoteState::Visible:
        return QStringLiteral("on_board");
    case NoteState::Pending:
        return QStringLiteral("waiting");
    case NoteState::Hidden:
        return QStringLiteral("not_shown");
    }
    return {};
}

struct DeskText
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::ParticipationDesk)
};

} // namespace

class ParticipationDesk::Private
{
public:
    struct QueuedNote
    {
        NoteSubmission submission;
        QList<Completion> answers; ///< the same submission may arrive twice before it is stored
    };

    ParticipationDesk *q;
    EventDocument *document;
    std::unique_ptr<ParticipationServer> server;
    QList<QueuedNote> queue; ///< stored together at the next turn of the event loop
    bool flushScheduled = false;
    bool publishScheduled = false;
    QSet<QByteArray> dirtyDevices; ///< devices whose own view changed since the last publish
    bool roomDirty = false;
    bool everyoneDirty = false;
    /** Each phone's ballot in the open round, as it sent it: the event stores ballots by a voter
     *  key the server derives from the phone's secret, so the desk cannot look them up itself. */
    QHash<QByteArray, QPair<QUuid, QList<QUuid>>> ballotsSent;
    QTimer countsTimer;
    Counts lastCounts;
    QHash<QByteArray, int> rateRefusals;
    QTimer wallTimer;                 ///< a wall change waiting for its turn (wallIntervalMs)
    QElapsedTimer sinceRoomPublished; ///< invalid until the room is first published
    /** The document's running timer as last published, and when it ends on the laptop's own clock. */
    RoomTimer anchoredTimer;
    QDateTime anchoredEndsAt;

    Private(ParticipationDesk *desk, EventDocument *doc) : q(desk), document(doc) {}

    Outcome start(const ParticipationSettings &settings, ParticipationSettings *started);
    void flushNotes();
    enum Scope
    {
        Nobody, ///< only the devices already marked
        Room,
        Everyone
    };
    void publishSoon(Scope scope, const QByteArray &device = {});
    void notesTouched(const QList<qint64> &ids);
    /** Notes the room may see changed: the wall is published now, or at its next turn. */
    void wallTouched();
    void publishNow();
    RoomView roomView();
    void addRoomState(RoomView &view);
    DeviceView deviceView(const StoredDevice &device) const;
    void refreshCounts();
};

ParticipationDesk::ParticipationDesk(EventDocument *document, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this, document))
{
    // What phones see: the room (title, the open round and its themes, the phase, the timer
    // and the wall of notes, app/network/README.md "The state") and each phone's own
    // notes and ballot. Each change republishes only what it touched: a ballot or a note
    // from one phone must not rebuild every phone's view (500 phones voting in a minute).
    for (auto signal : {&EventDocument::themesAdded, &EventDocument::themesRemoved, &EventDocument::themesChanged})
        connect(document, signal, this, [this] { d->publishSoon(Private::Room); });
    connect(document, &EventDocument::eventChanged, this, [this] { d->publishSoon(Private::Room); });
    connect(document, &EventDocument::votesChanged, this, [this](const VoteChange &change) {
        // Rounds opening or closing change every phone's page; a ballot only its own phone's.
        if (!change.rounds.isEmpty() || !change.removedRounds.isEmpty())
            d->publishSoon(Private::Everyone);
    });
    for (auto signal : {&EventDocument::notesChanged, &EventDocument::notesAboutToBeRemoved})
        connect(document, signal, this, [this](const QList<qint64> &ids) { d->notesTouched(ids); });
    connect(document, &EventDocument::notesRemoved, this, [this] {
        d->publishSoon(Private::Nobody);
        d->wallTouched();
    });
    // The room's wall: the count of notes it may see and the revealed ones. Notes waiting for
    // moderation change neither; a note that changes may have been shown or hidden, moved or
    // retyped: the view is rebuilt, and an unchanged one wakes nobody (ParticipationServer::publish).
    connect(document, &EventDocument::notesChanged, this, [this] { d->wallTouched(); });
    connect(document, &EventDocument::notesAdded, this, [this](const QList<qint64> &ids) {
        if (std::any_of(ids.cbegin(), ids.cend(), [this](qint64 id) {
                const Note *note = d->document->note(id);
                return note && note->isVisible();
            }))
            d->wallTouched();
    });
    // The phase, the timer or hiding: every phone's page, at once.
    connect(document, &EventDocument::roomStateChanged, this, [this] { d->publishSoon(Private::Room); });
    d->wallTimer.setSingleShot(true);
    connect(&d->wallTimer, &QTimer::timeout, this, [this] { d->publishSoon(Private::Room); });
    d->countsTimer.setInterval(countsIntervalMs);
    connect(&d->countsTimer, &QTimer::timeout, this, [this] { d->refreshCounts(); });
}

ParticipationDesk::~ParticipationDesk()
{
    // Participation stays open in the file: the next start resumes it with the same QR code.
    d->server.reset();
}

Outcome ParticipationDesk::Private::start(const ParticipationSettings &settings, ParticipationSettings *started)
{
    server = std::make_unique<ParticipationServer>(q);
    ServerSettings serverSettings;
    serverSettings.bindAddress = settings.bindAddress;
    serverSettings.port = settings.port;
    serverSettings.token = settings.token;
    serverSettings.joinCode = settings.joinCode;
    serverSettings.salt = document->participantSalt();
    QString error;
    if (!server->start(serverSettings, &error)) {
        server.reset();
        return Outcome::refused(error);
    }
    *started = settings;
    started->port = server->port();
    for (const StoredDevice &device : document->devices())
        if (device.blocked)
            server->setBlocked(device.keyHash, true);
    // Every stored device is published, so the server knows the phones of before a restart.
    roomDirty = everyoneDirty = true;
    publishNow();
    countsTimer.start();
    return Outcome::done();
}

Outcome ParticipationDesk::open(const QString &bindAddress, quint16 port, bool moderated)
{
    if (d->document->isReadOnly())
        return Outcome::refused(DeskText::tr("This event is open read-only: phones cannot add to it."));
    close();
    ParticipationSettings settings;
    settings.token = newToken();
    settings.joinCode = newJoinCode();
    settings.bindAddress = bindAddress;
    settings.port = port;
    settings.moderated = moderated;
    settings.openedAt = QDateTime::currentDateTimeUtc();
    ParticipationSettings started;
    if (const Outcome outcome = d->start(settings, &started); !outcome)
        return outcome;
    // Stored before any phone is told the address, so a crash keeps the same QR code.
    if (const Outcome stored = d->document->setParticipation(started); !stored) {
        d->server.reset();
        return stored;
    }
    emit openChanged(true);
    emit linkChanged();
    return Outcome::done();
}

Outcome ParticipationDesk::resume()
{
    const std::optional<ParticipationSettings> stored = d->document->participation();
    if (!stored || d->server)
        return Outcome::unchanged();
    if (d->document->isReadOnly())
        return Outcome::refused(DeskText::tr("This event is open read-only: phones cannot add to it."));
    ParticipationSettings started;
    Outcome outcome = d->start(*stored, &started);
    if (!outcome && stored->port != 0) {
        // The port was taken meanwhile: another one, and the QR code changes with it.
        ParticipationSettings anyPort = *stored;
        anyPort.port = 0;
        outcome = d->start(anyPort, &started);
    }
    if (!outcome)
        return outcome;
    if (started.port != stored->port)
        d->document->setParticipation(started);
    emit openChanged(true);
    emit linkChanged();
    return Outcome::done();
}

Outcome ParticipationDesk::close()
{
    const bool wasOpen = isOpen() || d->document->participation().has_value();
    d->server.reset(); // pending submissions' connections close unanswered: phones retry later
    d->countsTimer.stop();
    d->wallTimer.stop();
    for (Private::QueuedNote &queued : d->queue)
        for (const Completion &answer : std::as_const(queued.answers))
            answer(503, failure(QStringLiteral("closed")));
    d->queue.clear();
    d->ballotsSent.clear();
    if (!wasOpen)
        return Outcome::unchanged();
    if (d->document->participation())
        if (const Outcome outcome = d->document->setParticipation(std::nullopt); !outcome)
            return outcome;
    emit openChanged(false);
    emit linkChanged();
    return Outcome::done();
}

Outcome ParticipationDesk::newLink()
{
    std::optional<ParticipationSettings> settings = d->document->participation();
    if (!settings || !d->server)
        return Outcome::unchanged();
    settings->token = newToken();
    settings->joinCode = newJoinCode();
    if (const Outcome outcome = d->document->setParticipation(settings); !outcome)
        return outcome;
    d->server->setCredentials(settings->token, settings->joinCode);
    emit linkChanged();
    return Outcome::done();
}

bool ParticipationDesk::isOpen() const
{
    return d->server && d->server->isRunning();
}

bool ParticipationDesk::isModerated() const
{
    const std::optional<ParticipationSettings> settings = d->document->participation();
    return settings && settings->moderated;
}

Outcome ParticipationDesk::setModerated(bool moderated)
{
    std::optional<ParticipationSettings> settings = d->document->participation();
    if (!settings || settings->moderated == moderated)
        return Outcome::unchanged();
    settings->moderated = moderated;
    return d->document->setParticipation(settings);
}

QString ParticipationDesk::typedAddress() const
{
    const std::optional<ParticipationSettings> settings = d->document->participation();
    if (!settings || !isOpen())
        return {};
    return QStringLiteral("http://%1:%2").arg(settings->bindAddress).arg(d->server->port());
}

QString ParticipationDesk::participantUrl() const
{
    const QString address = typedAddress();
    if (address.isEmpty())
        return {};
    return address + QStringLiteral("/e/") + QString::fromLatin1(d->document->participation()->token)
           + QLatin1Char('/');
}

QString ParticipationDesk::joinCode() const
{
    const std::optional<ParticipationSettings> settings = d->document->participation();
    return settings && isOpen() ? settings->joinCode : QString();
}

ParticipationDesk::Counts ParticipationDesk::counts() const
{
    return d->lastCounts;
}

void ParticipationDesk::Private::refreshCounts()
{
    Counts counts;
    if (server) {
        const ServerStats stats = server->stats();
        counts.phonesConnected = stats.devicesActive;
        if (stats.rateRefusals != rateRefusals) {
            rateRefusals = stats.rateRefusals;
            emit q->devicesChanged();
        }
    }
    for (qint64 id : document->noteIds())
        counts.notesReceived += document->note(id)->source == NoteSource::Phone;
    if (const VoteRound *open = document->openRound())
        for (const Ballot &ballot : document->ballots(open->id))
            counts.ballotsCast += !ballot.voterKey.isEmpty();
    counts.waiting = int(document->pendingNoteIds().size());
    if (counts.phonesConnected != lastCounts.phonesConnected || counts.notesReceived != lastCounts.notesReceived
        || counts.ballotsCast != lastCounts.ballotsCast || counts.waiting != lastCounts.waiting) {
        lastCounts = counts;
        emit q->countsChanged();
    }
}

QList<ParticipantDevice> ParticipationDesk::devices() const
{
    QList<ParticipantDevice> result;
    for (const StoredDevice &stored : d->document->devices()) {
        ParticipantDevice device;
        device.id = stored.id;
        device.number = stored.number;
        device.address = stored.address;
        device.firstSeen = stored.firstSeen;
        device.blocked = stored.blocked;
        device.notes = int(d->document->notesOfDevice(stored.id).size());
        device.rateRefusals = d->rateRefusals.value(stored.keyHash);
        result.append(device);
    }
    return result;
}

Outcome ParticipationDesk::blockDevice(qint64 deviceId, bool hideNotes)
{
    const StoredDevice *device = d->document->device(deviceId);
    if (!device)
        return Outcome::unchanged();
    const QByteArray hash = device->keyHash;
    if (const Outcome outcome = d->document->setDeviceBlocked(deviceId, true); !outcome)
        return outcome;
    if (d->server)
        d->server->setBlocked(hash, true);
    emit devicesChanged();
    if (!hideNotes)
        return Outcome::done();
    QList<qint64> shown;
    for (qint64 id : d->document->notesOfDevice(deviceId))
        if (d->document->note(id)->state != NoteState::Hidden)
            shown.append(id);
    return shown.isEmpty() ? Outcome::done() : d->document->hideNotes(shown);
}

Outcome ParticipationDesk::unblockDevice(qint64 deviceId)
{
    const StoredDevice *device = d->document->device(deviceId);
    if (!device || !device->blocked)
        return Outcome::unchanged();
    const QByteArray hash = device->keyHash;
    if (const Outcome outcome = d->document->setDeviceBlocked(deviceId, false); !outcome)
        return outcome;
    if (d->server)
        d->server->setBlocked(hash, false);
    emit devicesChanged();
    return Outcome::done();
}

void ParticipationDesk::deviceSeen(const DeviceKey &device)
{
    if (d->document->deviceByHash(device.hash) || d->document->isReadOnly())
        return;
    qint64 id = 0;
    if (d->document->registerDevice(device.hash, device.address, &id))
        emit devicesChanged();
}

void ParticipationDesk::submitNote(const NoteSubmission &note, Completion done)
{
    if (!isOpen())
        return done(503, failure(QStringLiteral("closed")));
    deviceSeen(note.device); // normally already seen: its first request came before
    const StoredDevice *device = d->document->deviceByHash(note.device.hash);
    if (!device)
        return done(503, failure(QStringLiteral("not_stored")));
    if (device->blocked)
        return done(403, failure(QStringLiteral("blocked")));
    // A retry of a submission already stored: the same answer, nothing stored twice.
    if (const QUuid stored = d->document->submittedNote(note.submissionId); !stored.isNull()) {
        for (qint64 id : d->document->notesOfDevice(device->id))
            if (d->document->note(id)->uuid == stored)
                return done(200, json({{QStringLiteral("id"), note.submissionId},
                                       {QStringLiteral("status"), statusOf(*d->document->note(id))}}));
        return done(200, json({{QStringLiteral("id"), note.submissionId},
                               {QStringLiteral("status"), QStringLiteral("removed")}}));
    }
    for (Private::QueuedNote &queued : d->queue)
        if (queued.submission.submissionId == note.submissionId) {
            queued.answers.append(std::move(done));
            return;
        }
    if (note.text.trimmed().isEmpty())
        return done(422, failure(QStringLiteral("empty")));
    d->queue.append({note, {std::move(done)}});
    if (!d->flushScheduled) {
        d->flushScheduled = true;
        // Notes that arrive together are stored in one transaction: one fsync for many phones.
        QMetaObject::invokeMethod(
            this, [this] { d->flushNotes(); }, Qt::QueuedConnection);
    }
}

void ParticipationDesk::Private::flushNotes()
{
    flushScheduled = false;
    if (queue.isEmpty())
        return;
    const QList<QueuedNote> batch = std::exchange(queue, {});
    const bool moderated = q->isModerated();
    EventChange change;
    for (const QueuedNote &queued : batch) {
        const NoteSubmission &sent = queued.submission;
        const StoredDevice *device = document->deviceByHash(sent.device.hash);
        Note note = EventDocument::makeNote(sent.text, NoteSource::Phone);
        note.author.name = sent.name.simplified();
        note.author.organisation = sent.organisation.simplified();
        note.author.country = sent.country.simplified();
        note.author.sector = sectorFromKey(sent.sectorKey);
        // Consent is for a name: none given, none kept.
        note.author.showNameInResults = sent.showName && !note.author.name.isEmpty();
        note.state = moderated ? NoteState::Pending : NoteState::Visible;
        note.deviceId = device ? device->id : 0;
        change.notes.notes.append(note);
        change.submissions.append(Submission{sent.submissionId, note.deviceId, note.uuid});
    }
    const Outcome outcome = document->applyExternalChange(change);
    for (const QueuedNote &queued : batch) {
        const QByteArray body =
            outcome
                ? json({{QStringLiteral("id"), queued.submission.submissionId},
                        {QStringLiteral("status"), moderated ? QStringLiteral("waiting") : QStringLiteral("on_board")}})
                : failure(QStringLiteral("not_stored"), outcome.error());
        // Not stored (the disk refused): the phone keeps the note and tries again later.
        for (const Completion &answer : queued.answers)
            answer(outcome ? 201 : 503, body);
        publishSoon(Nobody, queued.submission.device.hash);
    }
}

void ParticipationDesk::submitBallot(const BallotSubmission &ballot, Completion done)
{
    if (!isOpen())
        return done(503, failure(QStringLiteral("closed")));
    deviceSeen(ballot.device);
    const StoredDevice *device = d->document->deviceByHash(ballot.device.hash);
    if (device && device->blocked)
        return done(403, failure(QStringLiteral("blocked")));
    const VoteRound *open = d->document->openRound();
    if (!open || open->uuid != ballot.round)
        return done(409, failure(QStringLiteral("round_closed")));
    QList<qint64> themeIds;
    for (const QUuid &uuid : ballot.themes) {
        const Theme *theme = d->document->themeByUuid(uuid);
        if (!theme)
            return done(422, failure(QStringLiteral("unknown_theme")));
        themeIds.append(theme->id);
    }
    const Outcome outcome =
        d->document->castBallot(open->id, themeIds, EventDocument::Origin::Participant, ballot.voterKey);
    if (!outcome)
        return done(outcome.error().isEmpty() ? 200 : 409,
                    outcome.error().isEmpty() ? json({{QStringLiteral("status"), QStringLiteral("stored")}})
                                              : failure(QStringLiteral("refused"), outcome.error()));
    d->ballotsSent.insert(ballot.device.hash, {ballot.round, ballot.themes});
    d->publishSoon(Private::Nobody, ballot.device.hash);
    done(200, json({{QStringLiteral("status"), QStringLiteral("stored")}}));
}

void ParticipationDesk::Private::notesTouched(const QList<qint64> &ids)
{
    for (qint64 id : ids)
        if (const Note *note = document->note(id); note && note->deviceId != 0)
            if (const StoredDevice *device = document->device(note->deviceId))
                dirtyDevices.insert(device->keyHash);
    publishSoon(Nobody);
}

void ParticipationDesk::Private::publishSoon(Scope scope, const QByteArray &device)
{
    if (!device.isEmpty())
        dirtyDevices.insert(device);
    roomDirty = roomDirty || scope != Nobody;
    everyoneDirty = everyoneDirty || scope == Everyone;
    if (publishScheduled || !server)
        return;
    publishScheduled = true;
    // Many changes in one turn (an import, a merge) make one publication.
    QMetaObject::invokeMethod(
        q, [this] { publishNow(); }, Qt::QueuedConnection);
}

void ParticipationDesk::Private::wallTouched()
{
    if (!server || wallTimer.isActive())
        return; // not open, or already waiting for its turn
    const qint64 wait = sinceRoomPublished.isValid() ? wallIntervalMs - sinceRoomPublished.elapsed() : 0;
    if (wait <= 0)
        publishSoon(Room);
    else
        wallTimer.start(int(wait));
}

void ParticipationDesk::Private::publishNow()
{
    publishScheduled = false;
    if (server && roomDirty) {
        server->publish(roomView());
        sinceRoomPublished.restart();
        wallTimer.stop(); // the wall just went with the rest of the room
    }
    if (server && everyoneDirty) {
        for (const StoredDevice &device : document->devices())
            server->publishDevice(device.keyHash, deviceView(device));
    } else if (server) {
        for (const QByteArray &hash : std::as_const(dirtyDevices))
            if (const StoredDevice *device = document->deviceByHash(hash))
                server->publishDevice(hash, deviceView(*device));
    }
    dirtyDevices.clear();
    roomDirty = everyoneDirty = false;
}

RoomView ParticipationDesk::Private::roomView()
{
    RoomView view;
    view.eventTitle = document->event().title;
    addRoomState(view);
    const VoteRound *open = document->openRound();
    if (open) {
        view.roundOpen = true;
        view.round = open->uuid;
        view.roundName = open->name;
        view.votesPerPerson = open->votesPerPerson;
        view.capPerTheme = open->capPerTheme;
        for (qint64 themeId : document->themeIds()) {
            const Theme *theme = document->theme(themeId);
            RoomViewTheme choice{theme->uuid, theme->title, {}};
            // A machine translation where the notes' stored language work allows one: a note of
            // the theme that says exactly what the title says was carried into other languages.
            const QString title = foldForSearch(theme->title.simplified());
            for (qint64 noteId : document->notesInTheme(themeId)) {
                const Note *note = document->note(noteId);
                if (note->state != NoteState::Visible || foldForSearch(note->text.simplified()) != title)
                    continue;
                const LanguageAnalysis analysis = LanguageAnalysis::fromStorageString(note->analysis);
                for (const PivotText &pivot : analysis.pivots)
                    if (pivot.language != analysis.detectedLanguage)
                        choice.machineTitles.insert(pivot.language, pivot.text);
                break;
            }
            view.themes.append(choice);
        }
    } else {
        const QList<qint64> &rounds = document->roundIds();
        view.roundClosed = !rounds.isEmpty() && document->round(rounds.constLast())->state == RoundState::Closed;
    }
    return view;
}

void ParticipationDesk::Private::addRoomState(RoomView &view)
{
    const RoomState &room = document->roomState();
    view.phase = phaseKey(room.phase);
    const RoomTimer &timer = room.timer;
    view.timer.set = timer.isSet();
    view.timer.running = timer.isRunning();
    if (timer.isRunning()) {
        // Published by when it ends, on the clock the server reads (the laptop's own): the
        // document's clock may be a test's. Anchored when the timer changes, not at each
        // publish, so an unchanged timer leaves the view unchanged.
        if (timer != anchoredTimer) {
            anchoredTimer = timer;
            anchoredEndsAt = QDateTime::currentDateTimeUtc().addMSecs(timer.remainingAt(document->now()));
        }
        view.timer.endsAt = anchoredEndsAt;
    } else {
        view.timer.remainingMs = timer.remainingAt(document->now());
    }
    // The wall: every note the room may see is counted, face down or not; only those it may
    // read (Note::isReadableByRoom) go with their text and colour, newest first. Pending and
    // hidden notes are not there at all, and no note's author, theme or device ever is.
    const QList<qint64> &ids = document->noteIds(); // in creation order
    for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
        const Note *note = document->note(*it);
        if (!note || !note->isVisible())
            continue;
        ++view.visibleNotes;
        if (note->faceDown)
            ++view.faceDownNotes;
        else if (view.revealedNotes.size() < netlimits::wallNotes)
            view.revealedNotes.append({note->text, note->colour});
    }
}

DeviceView ParticipationDesk::Private::deviceView(const StoredDevice &device) const
{
    DeviceView view;
    QHash<QUuid, QString> submissionOf;
    for (const Submission &submission : document->submissionsOfDevice(device.id))
        submissionOf.insert(submission.noteUuid, submission.id);
    for (qint64 noteId : document->notesOfDevice(device.id)) { // in the order they were sent
        const Note *note = document->note(noteId);
        if (const QString id = submissionOf.value(note->uuid); !id.isEmpty())
            view.notes.append({id, note->text, statusOf(*note)});
    }
    const VoteRound *open = document->openRound();
    if (const auto sent = ballotsSent.constFind(device.keyHash);
        open && sent != ballotsSent.constEnd() && sent->first == open->uuid)
        view.ballot = sent->second;
    return view;
}

} // namespace cabildo
