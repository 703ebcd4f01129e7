// The protocol of desk.h on CivetWeb (Debian libcivetweb-dev 1.15): a master thread accepts
// and queues connections for a fixed set of worker threads (num_threads); a handler runs on a
// worker from the request to its answer, and the worker stays with a keep-alive connection
// while it waits for the next request. So a held long poll, a note waiting for the Desk and
// an idle keep-alive connection each hold a worker. Limits are the library's options:
// request_timeout_ms, keep_alive_timeout_ms, max_request_size (headers); the body limit is
// checked against Content-Length before the body is read.
// tcp_nodelay is set: with the library's default (off) every answer waits ~40 ms, as headers
// and body go out in two writes and the second waits for the client's delayed ACK.
//   server_civetweb [--port N] [--threads N] [--nagle 1]
//   (--threads: num_threads, 0 = the library's default, 50; --nagle 1: tcp_nodelay left off)
#include "desk.h"

#include <QCoreApplication>

#include <civetweb.h>

#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <future>
#include <mutex>
#include <string>
#include <vector>

using namespace serverchoice;

namespace {

struct Server
{
    Desk *desk = nullptr;
    std::mutex mutex;
    std::condition_variable changed;
    int version = 0;
};

Answer askDesk(Desk *desk, std::function<Answer()> work)
{
    std::promise<Answer> promise;
    std::future<Answer> answer = promise.get_future();
    onDesk(desk, std::move(work), [&promise](const Answer &result) { promise.set_value(result); });
    return answer.get();
}

int reply(mg_connection *connection, const Answer &answer)
{
    const std::string length = std::to_string(answer.body.size());
    mg_response_header_start(connection, answer.status);
    mg_response_header_add(connection, "Content-Type", "application/json", -1);
    mg_response_header_add(connection, "Content-Length", length.c_str(), -1);
    mg_response_header_send(connection);
    mg_write(connection, answer.body.constData(), size_t(answer.body.size()));
    return answer.status;
}

bool isMethod(mg_connection *connection, const char *method)
{
    return std::strcmp(mg_get_request_info(connection)->request_method, method) == 0;
}

int state(mg_connection *connection, void *data)
{
    auto *server = static_cast<Server *>(data);
    if (!isMethod(connection, "GET"))
        return reply(connection, {405, QByteArrayLiteral("{}")});
    const int known = versionFromQuery(mg_get_request_info(connection)->query_string);
    std::unique_lock lock(server->mutex);
    server->changed.wait_for(lock, kHold, [&] { return server->version != known; });
    const int version = server->version;
    lock.unlock();
    return reply(connection, {200, versionJson(version)});
}

int stats(mg_connection *connection, void *data)
{
    return reply(connection, {200, statsJson(*static_cast<Server *>(data)->desk)});
}

int notes(mg_connection *connection, void *data)
{
    auto *server = static_cast<Server *>(data);
    if (!isMethod(connection, "POST"))
        return reply(connection, {405, QByteArrayLiteral("{}")});
    const long long length = mg_get_request_info(connection)->content_length;
    if (length > kBodyLimit)
        return reply(connection, {413, QByteArrayLiteral("{\"error\":\"too large\"}")});
    // A chunked body (length -1) is read up to the limit and refused beyond it.
    QByteArray body;
    char buffer[8192];
    int read = 0;
    while ((read = mg_read(connection, buffer, sizeof buffer)) > 0) {
        if (body.size() + read > kBodyLimit)
            return reply(connection, {413, QByteArrayLiteral("{\"error\":\"too large\"}")});
        body.append(buffer, read);
    }
    Desk *desk = server->desk;
    return reply(connection, askDesk(desk, [desk, body] { return desk->storeNote(body); }));
}

int publish(mg_connection *connection, void *data)
{
    Desk *desk = static_cast<Server *>(data)->desk;
    return reply(connection, askDesk(desk, [desk] { return desk->publish(); }));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    raiseOpenFileLimit();
    const int port = intOption(argc, argv, "--port", 18080);
    const int threads = intOption(argc, argv, "--threads", 0);
    const bool nagle = intOption(argc, argv, "--nagle", 0) != 0;

    Desk desk;
    Server server;
    server.desk = &desk;
    desk.onPublish = [&server](int version) {
        {
            std::lock_guard lock(server.mutex);
            server.version = version;
        }
        server.changed.notify_all();
    };

    const std::string ports = "127.0.0.1:" + std::to_string(port);
    const std::string timeout = std::to_string(std::chrono::milliseconds(kIdleLimit).count());
    const std::string backlog = std::to_string(kListenBacklog);
    const std::string workers = std::to_string(threads);
    std::vector<const char *> options = {"listening_ports",   ports.c_str(),  "request_timeout_ms",    timeout.c_str(),
                                         "enable_keep_alive", "yes",          "keep_alive_timeout_ms", timeout.c_str(),
                                         "listen_backlog",    backlog.c_str()};
    if (!nagle) {
        options.push_back("tcp_nodelay");
        options.push_back("1");
    }
    if (threads > 0) {
        options.push_back("num_threads");
        options.push_back(workers.c_str());
    }
    options.push_back(nullptr);

    mg_init_library(0);
    mg_callbacks callbacks{};
    mg_context *context = mg_start(&callbacks, nullptr, options.data());
    if (!context) {
        std::fprintf(stderr, "CivetWeb could not listen on port %d\n", port);
        return 1;
    }
    mg_set_request_handler(context, "/state$", state, &server);
    mg_set_request_handler(context, "/stats$", stats, &server);
    mg_set_request_handler(context, "/notes$", notes, &server);
    mg_set_request_handler(context, "/publish$", publish, &server);
    announce(port, threads > 0 ? "CivetWeb (sized pool)" : "CivetWeb (default pool)");
    const int result = app.exec();
    mg_stop(context);
    mg_exit_library();
    return result;
}
