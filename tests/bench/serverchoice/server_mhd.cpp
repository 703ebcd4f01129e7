// The protocol of desk.h on libmicrohttpd (Debian libmicrohttpd-dev 0.9.75): one internal
// epoll thread serves every connection. A held long poll and a note waiting for the Desk are
// suspended connections (MHD_suspend_connection), so they cost no thread; the Desk's thread
// resumes them (MHD_resume_connection is thread-safe with MHD_USE_ITC). Limits are the
// library's own options: connections, idle timeout, memory per connection; the body limit is
// checked on the headers' call, before any of the body is read.
// MHD's idle timeout counts from the last byte, so a client sending one byte a second is
// never closed; --deadline 1 adds what issue 13 asks ("idle: no complete request within
// 10 s") on top: connections are tracked (MHD_OPTION_NOTIFY_CONNECTION) and one that has
// waited longer than that for a complete request is shut down from the Desk's timer.
//   server_mhd [--port N] [--threads N] [--deadline 1]
//   (--threads > 1: MHD's own pool of epoll threads)
#include "desk.h"

#include <QCoreApplication>
#include <QTimer>

#include <microhttpd.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cstdio>
#include <cstring>
#include <list>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

using namespace serverchoice;

namespace {

/** One request, from its headers to its answer (MHD's con_cls). */
struct Exchange
{
    enum Kind
    {
        State,
        Note,
        Publish,
        Stats,
        Unknown
    } kind = Unknown;
    QByteArray body;
    bool suspended = false;
    bool ready = false; ///< `answer` is set: the next call answers
    Answer answer;
    int knownVersion = -1;
    std::chrono::steady_clock::time_point deadline;
};

/** A connection between requests: since when it has waited for a complete one. */
struct Waiting
{
    int fd = -1;
    bool inRequest = false; ///< headers complete, answer not yet sent: not idle
    std::chrono::steady_clock::time_point since;
};

struct Server
{
    MHD_Daemon *daemon = nullptr;
    Desk *desk = nullptr;
    std::mutex mutex; ///< guards everything below and the Exchanges of the held connections
    int version = 0;  ///< the last version the Desk published
    std::list<std::pair<MHD_Connection *, Exchange *>> waitingConnections;
    std::mutex connectionsMutex; ///< guards `connections` (--deadline)
    std::unordered_map<MHD_Connection *, Waiting> connections;

    /** --deadline: on the Desk's timer, shuts down connections with no complete request for
        kIdleLimit; MHD then reads end-of-stream on its own thread and closes them. */
    void shutDownLate()
    {
        const auto late = std::chrono::steady_clock::now() - kIdleLimit;
        std::lock_guard lock(connectionsMutex);
        for (auto &[connection, waiting] : connections)
            if (!waiting.inRequest && waiting.since < late && waiting.fd >= 0) {
                shutdown(waiting.fd, SHUT_RDWR);
                waiting.fd = -1;
            }
    }

    void requestStarted(MHD_Connection *connection)
    {
        std::lock_guard lock(connectionsMutex);
        auto found = connections.find(connection);
        if (found != connections.end())
            found->second.inRequest = true;
    }

    void requestEnded(MHD_Connection *connection)
    {
        std::lock_guard lock(connectionsMutex);
        auto found = connections.find(connection);
        if (found != connections.end()) {
            found->second.inRequest = false;
            found->second.since = std::chrono::steady_clock::now();
        }
    }

    /** On the Desk's thread: wake every held poll with the new version. */
    void published(int newVersion)
    {
        std::lock_guard lock(mutex);
        version = newVersion;
        for (auto &[connection, exchange] : waitingConnections) {
            exchange->answer = {200, versionJson(newVersion)};
            exchange->ready = true;
            MHD_resume_connection(connection);
        }
        waitingConnections.clear();
    }

    /** Answers the polls that waited kHold without a publish (a timer on the Desk's thread). */
    void expire()
    {
        const auto now = std::chrono::steady_clock::now();
        std::lock_guard lock(mutex);
        for (auto it = waitingConnections.begin(); it != waitingConnections.end();) {
            if (it->second->deadline > now) {
                ++it;
                continue;
            }
            it->second->answer = {200, versionJson(version)};
            it->second->ready = true;
            MHD_resume_connection(it->first);
            it = waitingConnections.erase(it);
        }
    }
};

MHD_Result respond(MHD_Connection *connection, const Answer &answer)
{
    MHD_Response *response = MHD_create_response_from_buffer(
        size_t(answer.body.size()), const_cast<char *>(answer.body.constData()), MHD_RESPMEM_MUST_COPY);
    MHD_add_response_header(response, MHD_HTTP_HEADER_CONTENT_TYPE, "application/json");
    const MHD_Result result = MHD_queue_response(connection, unsigned(answer.status), response);
    MHD_destroy_response(response);
    return result;
}

Exchange::Kind kindOf(const char *method, const char *url)
{
    const bool get = std::strcmp(method, "GET") == 0;
    const bool post = std::strcmp(method, "POST") == 0;
    if (get && std::strcmp(url, "/state") == 0)
        return Exchange::State;
    if (get && std::strcmp(url, "/stats") == 0)
        return Exchange::Stats;
    if (post && std::strcmp(url, "/notes") == 0)
        return Exchange::Note;
    if (post && std::strcmp(url, "/publish") == 0)
        return Exchange::Publish;
    return Exchange::Unknown;
}

MHD_Result handle(void *cls, MHD_Connection *connection, const char *url, const char *method, const char *,
                  const char *uploadData, size_t *uploadSize, void **context)
{
    auto *server = static_cast<Server *>(cls);
    auto *exchange = static_cast<Exchange *>(*context);
    if (!exchange) {
        // The headers' call: refuse an announced oversized body before reading any of it.
        exchange = new Exchange;
        exchange->kind = kindOf(method, url);
        *context = exchange;
        server->requestStarted(connection);
        const char *length = MHD_lookup_connection_value(connection, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
        if (length && std::strtoll(length, nullptr, 10) > kBodyLimit)
            return respond(connection, {413, QByteArrayLiteral("{\"error\":\"too large\"}")});
        return MHD_YES;
    }
    if (exchange->ready)
        return respond(connection, exchange->answer);
    if (*uploadSize > 0) {
        // A chunked body has no length up front: when it passes the limit the connection is
        // closed at once. MHD 0.9.75 cannot answer 413 before the body has been consumed (it
        // refuses a response queued mid-upload and closes, logging "internal error"); the other
        // choice, reading the rest without keeping it, lets a client hold the thread for 100 MB.
        if (exchange->body.size() + qsizetype(*uploadSize) > kBodyLimit)
            return MHD_NO;
        exchange->body.append(uploadData, qsizetype(*uploadSize));
        *uploadSize = 0;
        return MHD_YES;
    }

    switch (exchange->kind) {
    case Exchange::Stats:
        return respond(connection, {200, statsJson(*server->desk)});
    case Exchange::State: {
        const int known = versionFromText(MHD_lookup_connection_value(connection, MHD_GET_ARGUMENT_KIND, "v"));
        std::lock_guard lock(server->mutex);
        if (known != server->version)
            return respond(connection, {200, versionJson(server->version)});
        exchange->deadline = std::chrono::steady_clock::now() + kHold;
        MHD_suspend_connection(connection);
        server->waitingConnections.emplace_back(connection, exchange);
        return MHD_YES;
    }
    case Exchange::Note:
    case Exchange::Publish: {
        // Suspended before the Desk can possibly resume it.
        MHD_suspend_connection(connection);
        Desk *desk = server->desk;
        const QByteArray body = exchange->body;
        const bool note = exchange->kind == Exchange::Note;
        onDesk(
            desk, [desk, body, note] { return note ? desk->storeNote(body) : desk->publish(); },
            [server, connection, exchange](const Answer &answer) {
                std::lock_guard lock(server->mutex);
                exchange->answer = answer;
                exchange->ready = true;
                MHD_resume_connection(connection);
            });
        return MHD_YES;
    }
    case Exchange::Unknown:
        break;
    }
    return respond(connection, {404, QByteArrayLiteral("{\"error\":\"not found\"}")});
}

void completed(void *cls, MHD_Connection *connection, void **context, MHD_RequestTerminationCode)
{
    delete static_cast<Exchange *>(*context);
    *context = nullptr;
    static_cast<Server *>(cls)->requestEnded(connection);
}

void connectionChanged(void *cls, MHD_Connection *connection, void **, MHD_ConnectionNotificationCode change)
{
    auto *server = static_cast<Server *>(cls);
    std::lock_guard lock(server->connectionsMutex);
    if (change == MHD_CONNECTION_NOTIFY_STARTED) {
        const MHD_ConnectionInfo *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CONNECTION_FD);
        server->connections[connection] = {info ? info->connect_fd : -1, false, std::chrono::steady_clock::now()};
    } else {
        server->connections.erase(connection); // before MHD closes the socket: its fd is never reused here
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    raiseOpenFileLimit();
    const int port = intOption(argc, argv, "--port", 18080);
    const int threads = intOption(argc, argv, "--threads", 1);
    const bool deadline = intOption(argc, argv, "--deadline", 0) != 0;

    Desk desk;
    Server server;
    server.desk = &desk;
    desk.onPublish = [&server](int version) { server.published(version); };
    QTimer expiry;
    QObject::connect(&expiry, &QTimer::timeout, &desk, [&server, deadline] {
        server.expire();
        if (deadline)
            server.shutDownLate();
    });
    expiry.start(1000);

    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const unsigned flags =
        MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_ALLOW_SUSPEND_RESUME | MHD_USE_ERROR_LOG;
    std::vector<MHD_OptionItem> options = {
        {MHD_OPTION_SOCK_ADDR, 0, &address},
        {MHD_OPTION_NOTIFY_COMPLETED, intptr_t(&completed), &server},
        {MHD_OPTION_CONNECTION_LIMIT, kConnectionLimit, nullptr},
        {MHD_OPTION_CONNECTION_TIMEOUT, kIdleLimit.count(), nullptr},
        {MHD_OPTION_LISTEN_BACKLOG_SIZE, kListenBacklog, nullptr},
    };
    if (threads > 1)
        options.push_back({MHD_OPTION_THREAD_POOL_SIZE, threads, nullptr});
    if (deadline)
        options.push_back({MHD_OPTION_NOTIFY_CONNECTION, intptr_t(&connectionChanged), &server});
    options.push_back({MHD_OPTION_END, 0, nullptr});
    server.daemon = MHD_start_daemon(flags, quint16(port), nullptr, nullptr, &handle, &server, MHD_OPTION_ARRAY,
                                     options.data(), MHD_OPTION_END);
    if (!server.daemon) {
        std::fprintf(stderr, "libmicrohttpd could not listen on port %d\n", port);
        return 1;
    }
    announce(port, threads > 1 ? "libmicrohttpd (thread pool)"
                   : deadline  ? "libmicrohttpd (with a request deadline)"
                               : "libmicrohttpd");
    const int result = app.exec();
    MHD_stop_daemon(server.daemon);
    return result;
}
