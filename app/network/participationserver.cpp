#include "participationserver_p.h"

#include "deviceidentity.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLoggingCategory>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>

namespace cabildo {

namespace {

/** MHD's own messages (refused connections, clients gone): QT_LOGGING_RULES="cabildo.network=false" hides them. */
Q_LOGGING_CATEGORY(networkLog, "cabildo.network")

/** The server's messages for the facilitator (ParticipationServer is no QObject). */
struct ServerText
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::ParticipationServer)
};

/** Tokens are base64url of at least 16 random bytes: anything shorter guards nothing. */
bool isUsableToken(const QByteArray &token)
{
    if (token.size() < 22)
        return false;
    return std::all_of(token.begin(), token.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

/** Room for 4,000 connections: the soft open-files limit (often 1,024) is raised to the hard one. */
void raiseOpenFilesLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

} // namespace

void *ParticipationServer::Private::onRequestLine(void *, const char *uri, MHD_Connection *)
{
    auto *request = new RequestContext;
    request->uri = QByteArray(uri);
    return request;
}

void ParticipationServer::Private::onCompleted(void *cls, MHD_Connection *connection, void **context,
                                               MHD_RequestTerminationCode)
{
    auto *d = static_cast<Private *>(cls);
    auto *request = static_cast<RequestContext *>(*context);
    *context = nullptr;
    {
        QMutexLocker lock(&d->shared->mutex);
        if (request && request->wakeup) {
            request->wakeup->connection = nullptr;
            request->wakeup->suspended = false;
        }
        // Kept alive: the next request must be complete within the idle time.
        if (ConnectionState *state = connectionState(connection))
            state->deadlineMs = monotonicMs() + netlimits::idleSeconds * 1000;
    }
    delete request;
}

void ParticipationServer::Private::onConnection(void *cls, MHD_Connection *connection, void **socketContext,
                                                MHD_ConnectionNotificationCode code)
{
    auto *d = static_cast<Private *>(cls);
    QMutexLocker lock(&d->shared->mutex);
    if (code == MHD_CONNECTION_NOTIFY_STARTED) {
        auto *state = new ConnectionState;
        if (const MHD_ConnectionInfo *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CONNECTION_FD))
            state->fd = info->connect_fd;
        if (const MHD_ConnectionInfo *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS)) {
            char text[INET6_ADDRSTRLEN] = {};
            const sockaddr *address = info->client_addr;
            if (address->sa_family == AF_INET)
                inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in *>(address)->sin_addr, text, sizeof text);
            else if (address->sa_family == AF_INET6)
                inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6 *>(address)->sin6_addr, text, sizeof text);
            state->address = QString::fromLatin1(text);
        }
        state->deadlineMs = monotonicMs() + netlimits::idleSeconds * 1000;
        d->connections.insert(state);
        *socketContext = state;
    } else if (auto *state = static_cast<ConnectionState *>(*socketContext)) {
        // MHD tells us before it closes the descriptor, so the clock never shuts down a reused one.
        d->connections.remove(state);
        delete state;
        *socketContext = nullptr;
    }
}

void ParticipationServer::Private::onLog(void *, const char *format, va_list arguments)
{
    char message[512];
    std::vsnprintf(message, sizeof message, format, arguments);
    qCWarning(networkLog, "%s", QByteArray(message).trimmed().constData());
}

void ParticipationServer::Private::runClock()
{
    QMutexLocker lock(&shared->mutex);
    qint64 lastPrune = monotonicMs();
    while (!clockStop) {
        clockWake.wait(&shared->mutex, QDeadlineTimer(250));
        const qint64 now = monotonicMs();
        // Long polls whose time is up are answered with the state they already have.
        auto expired = std::partition(waiters.begin(), waiters.end(), [now](const Waiter &waiter) {
            return waiter.deadlineMs > now && waiter.wakeup->suspended;
        });
        for (auto it = expired; it != waiters.end(); ++it)
            shared->resumeLocked(*it->wakeup);
        waiters.erase(expired, waiters.end());
        suspended.erase(std::remove_if(suspended.begin(), suspended.end(),
                                       [](const std::shared_ptr<Wakeup> &wakeup) { return !wakeup->suspended; }),
                        suspended.end());
        // No complete request in time, however slowly its bytes trickle in: the connection is
        // shut down, and MHD closes it as if the phone had (MHD's own timeout counts silence only).
        for (ConnectionState *state : std::as_const(connections)) {
            if (state->deadlineMs != 0 && state->deadlineMs <= now && !state->shutDown && state->fd >= 0) {
                ::shutdown(state->fd, SHUT_RDWR);
                state->shutDown = true;
            }
        }
        if (now - lastPrune > 30 * 1000) {
            for (RateLimiter *limiter :
                 {&requestLimiter, &noteLimiter, &ballotLimiter, &newDeviceLimiter, &joinLimiter})
                limiter->prune(now);
            lastPrune = now;
        }
    }
}

ParticipationServer::ParticipationServer(QObject *backend) : d(std::make_unique<Private>())
{
    d->backendObject = backend;
    d->backend = dynamic_cast<ParticipationBackend *>(backend);
    Q_ASSERT_X(d->backend, "ParticipationServer", "the backend must implement ParticipationBackend");
}

ParticipationServer::~ParticipationServer()
{
    stop();
}

bool ParticipationServer::start(const ServerSettings &settings, QString *error)
{
    stop();
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!d->backend)
        return fail(ServerText::tr("Participation cannot start: it has nothing to store phones' notes in."));
    if (!isUsableToken(settings.token))
        return fail(ServerText::tr("Participation cannot start: its link is too easy to guess. Choose New Link."));
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(settings.port);
    if (inet_pton(AF_INET, settings.bindAddress.toLatin1().constData(), &address.sin_addr) != 1)
        //: %1 is what was given as the laptop's network address
        return fail(ServerText::tr("“%1” is not a network address (IPv4) of this computer.").arg(settings.bindAddress));
    raiseOpenFilesLimit();

    // Cabildo binds the socket itself, so it can say why an address or a port cannot be used.
    const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (listener < 0)
        //: %1 is the system's reason, such as "Too many open files"
        return fail(ServerText::tr("Participation cannot start: %1").arg(qt_error_string(errno)));
    const int on = 1;
    ::setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (::bind(listener, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0
        || ::listen(listener, SOMAXCONN) != 0) {
        const int reason = errno;
        ::close(listener);
        if (reason == EADDRINUSE)
            //: %1 is a port number
            return fail(ServerText::tr(
                            "Port %1 is already used by another program. Choose another port, or let Cabildo pick one.")
                            .arg(settings.port));
        if (reason == EADDRNOTAVAIL)
            //: %1 is an IPv4 address
            return fail(
                ServerText::tr("The address %1 is no longer one of this computer's: it may have left that network. "
                               "Choose the network again.")
                    .arg(settings.bindAddress));
        if (reason == EACCES)
            //: %1 is a port number
            return fail(
                ServerText::tr("Cabildo may not use port %1: ports below 1024 need administrator rights. Choose a port "
                               "above 1024.")
                    .arg(settings.port));
        //: %1 is the system's reason, such as "Too many open files"
        return fail(ServerText::tr("Participation cannot start: %1").arg(qt_error_string(reason)));
    }
    sockaddr_in bound{};
    socklen_t boundSize = sizeof bound;
    ::getsockname(listener, reinterpret_cast<sockaddr *>(&bound), &boundSize);

    {
        QMutexLocker lock(&d->shared->mutex);
        d->token = settings.token;
        d->joinCode = settings.joinCode;
        d->salt = settings.salt;
        d->shared->accepting = true;
        d->clockStop = false;
    }
    const unsigned flags =
        MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_ALLOW_SUSPEND_RESUME | MHD_USE_ERROR_LOG;
    d->daemon = MHD_start_daemon(
        flags, 0, nullptr, nullptr, &Private::onAccess, d.get(), MHD_OPTION_EXTERNAL_LOGGER, &Private::onLog, d.get(),
        MHD_OPTION_LISTEN_SOCKET, MHD_socket(listener), MHD_OPTION_CONNECTION_LIMIT, netlimits::connections,
        MHD_OPTION_PER_IP_CONNECTION_LIMIT, netlimits::connectionsPerAddress, MHD_OPTION_CONNECTION_TIMEOUT,
        netlimits::idleSeconds, MHD_OPTION_URI_LOG_CALLBACK, &Private::onRequestLine, d.get(),
        MHD_OPTION_NOTIFY_COMPLETED, &Private::onCompleted, d.get(), MHD_OPTION_NOTIFY_CONNECTION,
        &Private::onConnection, d.get(), MHD_OPTION_END);
    if (!d->daemon) {
        ::close(listener);
        QMutexLocker lock(&d->shared->mutex);
        d->shared->accepting = false;
        return fail(ServerText::tr("Participation cannot start: the web server did not start (see the log)."));
    }
    d->port = ntohs(bound.sin_port);
    d->clock = std::thread([this] { d->runClock(); });
    return true;
}

void ParticipationServer::stop()
{
    if (!d->daemon)
        return;
    {
        QMutexLocker lock(&d->shared->mutex);
        d->shared->accepting = false;
        // MHD may not stop with suspended connections: each is resumed, and the access
        // handler, seeing the server stopping, closes it without an answer.
        for (const std::shared_ptr<Wakeup> &wakeup : d->suspended)
            d->shared->resumeLocked(*wakeup);
        d->suspended.clear();
        d->waiters.clear();
        d->clockStop = true;
        d->clockWake.wakeAll();
    }
    d->clock.join();
    MHD_stop_daemon(d->daemon);
    d->daemon = nullptr;
    d->port = 0;
}

bool ParticipationServer::isRunning() const
{
    return d->daemon != nullptr;
}

quint16 ParticipationServer::port() const
{
    return d->port;
}

void ParticipationServer::setCredentials(const QByteArray &token, const QString &joinCode)
{
    QMutexLocker lock(&d->shared->mutex);
    const QByteArray usable = isUsableToken(token) ? token : QByteArray();
    const bool tokenChanged = usable != d->token;
    d->token = usable;
    d->joinCode = joinCode;
    if (!tokenChanged)
        return;
    // Every held poll came under the old token: each answers now, 404 (answerWoken routes it
    // again), so an open page says its link is gone at once, not after the poll's 25 s.
    for (const Private::Waiter &waiter : d->waiters)
        d->shared->resumeLocked(*waiter.wakeup);
    d->waiters.clear();
}

void ParticipationServer::publish(const RoomView &view)
{
    QMutexLocker lock(&d->shared->mutex);
    if (answers::sameView(d->room, view))
        return;
    d->room = view;
    d->roomJson = answers::roomJson(view);
    d->roomVersion = ++d->lastVersion;
    // Every phone sees the room: every poll answers.
    for (const Private::Waiter &waiter : d->waiters)
        d->shared->resumeLocked(*waiter.wakeup);
    d->waiters.clear();
}

void ParticipationServer::publishDevice(const QByteArray &deviceHash, const DeviceView &view)
{
    QMutexLocker lock(&d->shared->mutex);
    Private::Device &device = d->devices[deviceHash];
    if (device.version != 0 && answers::sameView(device.view, view))
        return;
    device.view = view;
    device.version = ++d->lastVersion;
    auto woken = std::partition(d->waiters.begin(), d->waiters.end(),
                                [&](const Private::Waiter &waiter) { return waiter.deviceHash != deviceHash; });
    for (auto it = woken; it != d->waiters.end(); ++it)
        d->shared->resumeLocked(*it->wakeup);
    d->waiters.erase(woken, d->waiters.end());
}

void ParticipationServer::setBlocked(const QByteArray &deviceHash, bool blocked)
{
    QMutexLocker lock(&d->shared->mutex);
    if (blocked)
        d->blocked.insert(deviceHash);
    else
        d->blocked.remove(deviceHash);
}

void ParticipationServer::setClock(std::function<QDateTime()> now)
{
    QMutexLocker lock(&d->shared->mutex);
    d->wallClock = now ? std::move(now) : [] { return QDateTime::currentDateTimeUtc(); };
}

ServerStats ParticipationServer::stats() const
{
    QMutexLocker lock(&d->shared->mutex);
    ServerStats stats;
    stats.openConnections = int(d->connections.size());
    const qint64 now = monotonicMs();
    for (const Private::Device &device : std::as_const(d->devices)) {
        if (device.lastSeenMs >= 0 && now - device.lastSeenMs < netlimits::activeDeviceMs)
            ++stats.devicesActive;
    }
    stats.rateRefusals = d->rateRefusals;
    return stats;
}

} // namespace cabildo
