#pragma once

// The participation server's inside, shared by participationserver.cpp (starting, stopping,
// publishing, the clock) and participationserver_requests.cpp (answering one request).
//
// How the pieces meet (app/network/README.md, "Threading"): MHD's one polling thread runs
// the callbacks; a write is checked there, its connection suspended, and the backend
// called on its own thread; the backend's Completion (any thread) or a publish() (the GUI
// thread) resumes the connection, and MHD calls the access handler again to answer. One
// mutex (Shared::mutex) guards every field below that two threads touch; it is always taken
// before MHD's own locks (suspend and resume), never inside an MHD callback that holds one.

#include "networklimits.h"
#include "participantanswers.h"
#include "participantrequests.h"
#include "participationserver.h"
#include "ratelimiter.h"
#include "webassets.h"

#include <QMutex>
#include <QSet>
#include <QWaitCondition>

#include <microhttpd.h>

#include <atomic>
#include <chrono>
#include <cstdarg>
#include <memory>
#include <thread>
#include <vector>

namespace cabildo {

namespace server {

inline qint64 monotonicMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

/** A suspended request and what will answer it: a backend's verdict, or a state change for a poll. */
struct Wakeup
{
    MHD_Connection *connection = nullptr; ///< null once MHD is done with the request (closed)
    bool suspended = false;               ///< suspended and not yet resumed: resume exactly once
    int status = 0;                       ///< a write's verdict, once the backend has answered
    QByteArray body;
};

/** What outlives the server: a Completion may be called after it stopped, or was destroyed. */
struct Shared
{
    QMutex mutex;
    bool accepting = false; ///< false while stopped or stopping: nothing is suspended any more

    void resumeLocked(Wakeup &wakeup)
    {
        if (wakeup.connection && wakeup.suspended) {
            wakeup.suspended = false;
            MHD_resume_connection(wakeup.connection);
        }
    }
};

/**
 * One write handed to the backend. Its Completion answers once; if the backend drops it
 * without an answer (or was destroyed before its queued call ran), the phone hears 503
 * instead of waiting until the server stops.
 */
class PendingWrite
{
public:
    PendingWrite(std::shared_ptr<Shared> shared, std::shared_ptr<Wakeup> wakeup)
        : m_shared(std::move(shared)), m_wakeup(std::move(wakeup))
    {
    }
    ~PendingWrite() { complete(503, answers::errorJson("not_answered")); }
    PendingWrite(const PendingWrite &) = delete;
    PendingWrite &operator=(const PendingWrite &) = delete;

    void complete(int status, const QByteArray &body)
    {
        if (m_done.exchange(true))
            return;
        QMutexLocker lock(&m_shared->mutex);
        m_wakeup->status = (status >= 200 && status <= 599) ? status : 500;
        m_wakeup->body = body.isEmpty() ? QByteArray("{}") : body;
        m_shared->resumeLocked(*m_wakeup);
    }

private:
    std::shared_ptr<Shared> m_shared;
    std::shared_ptr<Wakeup> m_wakeup;
    std::atomic_bool m_done{false};
};

/** One TCP connection, from MHD's "started" to its "closed". */
struct ConnectionState
{
    int fd = -1;
    QString address;
    qint64 deadlineMs = 0; ///< when it must have sent a complete request; 0 while one is being answered
    bool shutDown = false;
};

/** One request, from its request line (URI log callback) to MHD's "completed". */
struct RequestContext
{
    QByteArray uri; ///< the raw target, never decoded
    bool headersSeen = false;
    requests::Route route;
    requests::Refusal refusal; ///< decided from the headers, answered once the request is in
    QByteArray allow;          ///< with a 405
    QByteArray deviceKey;      ///< the phone's 16-byte key, or empty
    QByteArray deviceHash;
    QByteArray setCookie; ///< when this request gave the phone its key
    QString address;
    requests::BodyType bodyType = requests::BodyType::Other;
    QByteArray body;
    std::shared_ptr<Wakeup> wakeup; ///< set while a write or a poll waits
    bool isPoll = false;
};

/** An answer, built under the mutex and queued after it is released. */
struct Reply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QByteArray cacheControl = "no-store";
    QList<std::pair<QByteArray, QByteArray>> headers;
    const WebAsset *asset = nullptr; ///< the page's bytes, served from the map without a copy
};

inline ConnectionState *connectionState(MHD_Connection *connection)
{
    const MHD_ConnectionInfo *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    return info ? static_cast<ConnectionState *>(info->socket_context) : nullptr;
}

inline QByteArrayView header(MHD_Connection *connection, const char *name)
{
    return QByteArrayView(MHD_lookup_connection_value(connection, MHD_HEADER_KIND, name));
}

} // namespace server

using namespace server;

class ParticipationServer::Private
{
public:
    QObject *backendObject = nullptr;
    ParticipationBackend *backend = nullptr;
    const std::shared_ptr<Shared> shared = std::make_shared<Shared>();
    const QHash<QByteArray, WebAsset> assets = loadWebAssets();
    MHD_Daemon *daemon = nullptr;
    quint16 port = 0;

    // Guarded by shared->mutex.
    QByteArray token; ///< empty when unusable: every /e/ path is 404
    QString joinCode;
    QByteArray salt;
    RoomView room;
    QByteArray roomJson = answers::roomJson(RoomView{}); ///< written once per publish, sent to every phone
    /** The laptop's clock, for a running timer's remaining time in each answer. */
    std::function<QDateTime()> wallClock = [] { return QDateTime::currentDateTimeUtc(); };
    /** Versions are counted from the wall clock at construction, so a restarted app's are higher. */
    qint64 lastVersion = QDateTime::currentMSecsSinceEpoch();
    qint64 roomVersion = lastVersion;
    struct Device
    {
        DeviceView view;
        qint64 version = 0;
        qint64 lastSeenMs = -1; ///< -1: no request since start (known only from publishDevice)
    };
    QHash<QByteArray, Device> devices;
    QSet<QByteArray> blocked;
    RateLimiter requestLimiter{netlimits::requestsPerMinute, netlimits::rateWindowMs};
    RateLimiter noteLimiter{netlimits::notesPerMinute, netlimits::rateWindowMs};
    RateLimiter ballotLimiter{netlimits::ballotsPerMinute, netlimits::rateWindowMs};
    RateLimiter newDeviceLimiter{netlimits::newDevicesPerAddressPerMinute, netlimits::rateWindowMs};
    RateLimiter joinLimiter{netlimits::joinTriesPerMinute, netlimits::rateWindowMs};
    QHash<QByteArray, int> rateRefusals;
    QSet<ConnectionState *> connections;
    struct Waiter
    {
        std::shared_ptr<Wakeup> wakeup;
        QByteArray deviceHash;
        qint64 deadlineMs = 0;
    };
    std::vector<Waiter> waiters;                    ///< long polls, oldest first
    std::vector<std::shared_ptr<Wakeup>> suspended; ///< polls and writes, resumed at stop()

    // The clock thread: long polls' 25 s and connections' 10 s.
    std::thread clock;
    QWaitCondition clockWake;
    bool clockStop = false;

    // MHD's callbacks (its polling thread).
    static void *onRequestLine(void *cls, const char *uri, MHD_Connection *connection);
    static MHD_Result onAccess(void *cls, MHD_Connection *connection, const char *url, const char *method,
                               const char *version, const char *uploadData, size_t *uploadSize, void **context);
    static void onCompleted(void *cls, MHD_Connection *connection, void **context, MHD_RequestTerminationCode);
    static void onConnection(void *cls, MHD_Connection *connection, void **socketContext,
                             MHD_ConnectionNotificationCode code);
    static void onLog(void *cls, const char *format, va_list arguments);

    MHD_Result begin(MHD_Connection *connection, RequestContext &request, QByteArrayView method);
    MHD_Result finish(MHD_Connection *connection, RequestContext &request);
    MHD_Result answerWoken(MHD_Connection *connection, RequestContext &request);
    MHD_Result submit(MHD_Connection *connection, RequestContext &request);
    MHD_Result join(MHD_Connection *connection, RequestContext &request);
    MHD_Result respond(MHD_Connection *connection, const RequestContext &request, const Reply &reply);
    Reply pageReply(MHD_Connection *connection, const QByteArray &name);
    Reply stateReplyLocked(const QByteArray &deviceHash);
    qint64 visibleVersionLocked(const QByteArray &deviceHash) const;
    bool suspendLocked(MHD_Connection *connection, RequestContext &request, bool isPoll);
    void refuseForRate(RequestContext &request, const QByteArray &key);
    void admitDeviceLocked(RequestContext &request, const QByteArray &rateKey, qint64 now);
    void runClock();
};

} // namespace cabildo
