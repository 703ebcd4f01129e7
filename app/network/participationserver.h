#pragma once

// The laptop's web server for participants' phones (issue 13; app/network/README.md).
// It runs on its own thread (libmicrohttpd's polling thread) and never sees the event:
// it checks every request (token, device, size, rate), serves the page from memory, and
// hands what needs the event to a ParticipationBackend on the GUI thread, answering the
// phone only when the backend says the submission is stored. What phones may read is the
// RoomView the GUI thread publishes. This header is the whole contract between the two.

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>

namespace cabildo {

/** One phone, as the server knows it: a cookie it issued, hashed with the event's salt. */
struct DeviceKey
{
    QByteArray hash; ///< hex SHA-256 of salt + the cookie's 128-bit key; what is stored
    QString address; ///< the address the request came from (several phones may share one)
};

/** A note sent from a phone. Checked for size and UTF-8 already; the backend checks the rest. */
struct NoteSubmission
{
    QString submissionId; ///< the phone's own id for this submission (32 hex digits): stored once
    DeviceKey device;
    QString text;
    QString name;
    QString organisation;
    QString country;
    QString sectorKey;     ///< a sectorKey() or empty
    bool showName = false; ///< consent to publish the name
};

/** A phone's ballot in a round; it replaces that phone's earlier ballot in the round. */
struct BallotSubmission
{
    DeviceKey device;
    QByteArray voterKey; ///< hex SHA-256 of salt + round UUID + device key: one per phone and round,
                         ///< and not linkable to the device's stored hash without the phone's key
    QUuid round;
    QList<QUuid> themes;
};

/** The answer the backend gives, once, from any thread: an HTTP status and a JSON body. */
using Completion = std::function<void(int httpStatus, const QByteArray &jsonBody)>;

/** What the server asks of the event. Called on the thread the backend object lives in. */
class ParticipationBackend
{
public:
    virtual ~ParticipationBackend() = default;
    virtual void submitNote(const NoteSubmission &note, Completion done) = 0;
    virtual void submitBallot(const BallotSubmission &ballot, Completion done) = 0;
    /** A device's first request (a new cookie), so it can be listed, counted and blocked. */
    virtual void deviceSeen(const DeviceKey &device) = 0;
};

/** One theme on the phones' ballot. */
struct RoomViewTheme
{
    QUuid uuid;
    QString title;
    /** Machine translations of the title by language ("fr", "pt"…), where the notes allow one. */
    QHash<QString, QString> machineTitles;
};

/** A note the room may read (visible, not face down): its text and colour, nothing else. */
struct RoomViewNote
{
    QString text;
    QString colour; ///< a note colour's key ("yellow"); anything but a-z is left out
    bool operator==(const RoomViewNote &) const = default;
};

/**
 * The room's timer (issue 14). Phones count down themselves from the remaining time in each
 * answer, so a running timer is published once, by when it ends: the server works out what
 * is left at the moment it writes each answer, and nothing is republished every second.
 */
struct RoomViewTimer
{
    bool set = false;       ///< false: no timer (null for phones)
    bool running = false;   ///< counting down: `endsAt` holds; else `remainingMs`
    qint64 remainingMs = 0; ///< what is left while paused or not started
    QDateTime endsAt;       ///< UTC on the laptop's clock, while running
    bool operator==(const RoomViewTimer &) const = default;
};

/** What every phone may read, published by the GUI thread after each change that shows. */
struct RoomView
{
    QString eventTitle;
    bool roundOpen = false;
    bool roundClosed = false; ///< no round open and the latest one is closed: "voting closed"
    QUuid round;
    QString roundName;
    int votesPerPerson = 0;
    int capPerTheme = 0;
    QList<RoomViewTheme> themes;

    // Running the room (issue 14): what the phase, the timer and "Hide notes until revealed" show.
    QString phase = QStringLiteral("capture"); ///< "capture", "group", "vote", "agenda" or "publish"
    RoomViewTimer timer;
    int visibleNotes = 0;  ///< notes the room may see, face down ones included (what the cards count)
    int faceDownNotes = 0; ///< of those, how many are face down (hidden until revealed)
    /** Readable notes, newest first; the server keeps at most netlimits::wallNotes and wallBytes of them. */
    QList<RoomViewNote> revealedNotes;
};

/** What one phone sees of its own: its notes and its ballot in the open round. */
struct DeviceView
{
    struct SentNote
    {
        QString submissionId;
        QString text;
        QString status; ///< "on_board", "waiting" (moderation) or "not_shown" (hidden by the facilitator)
    };
    QList<SentNote> notes;
    QList<QUuid> ballot; ///< empty: no ballot in the open round
};

struct ServerSettings
{
    QString bindAddress; ///< an interface's address, or "0.0.0.0" for all
    quint16 port = 0;    ///< 0: the server picks a free one (see ParticipationServer::port)
    QByteArray token;    ///< the event token in every participant URL (≥ 128 bits, URL-safe)
    QString joinCode;    ///< 6 characters, exchanged once for the token
    QByteArray salt;     ///< the event's salt for device hashes
};

/** Live counts for the facilitator (read from the GUI thread; cheap). */
struct ServerStats
{
    int openConnections = 0;
    int devicesActive = 0; ///< devices with a request in the last two minutes
    /** Requests refused by rate limit, per device hash, since start: a flooding device shows here. */
    QHash<QByteArray, int> rateRefusals;
};

class ParticipationServer
{
public:
    /** `backend` must be a QObject that also implements ParticipationBackend. */
    explicit ParticipationServer(QObject *backend);
    ~ParticipationServer(); ///< stops, closing every connection
    ParticipationServer(const ParticipationServer &) = delete;
    ParticipationServer &operator=(const ParticipationServer &) = delete;

    /** Listens; false with a message to show when it cannot (address gone, port taken). */
    bool start(const ServerSettings &settings, QString *error);
    void stop();
    bool isRunning() const;
    quint16 port() const;

    /** The token or join code changes (New Link): old links stop working at once. */
    void setCredentials(const QByteArray &token, const QString &joinCode);
    void publish(const RoomView &view);
    void publishDevice(const QByteArray &deviceHash, const DeviceView &view);
    void setBlocked(const QByteArray &deviceHash, bool blocked);
    ServerStats stats() const;
    /** The clock a running timer's remaining time is read from (UTC); tests set their own. */
    void setClock(std::function<QDateTime()> now);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace cabildo
