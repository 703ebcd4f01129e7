// The protocol of desk.h on cpp-httplib (Debian libcpp-httplib-dev 0.11.4, built as a shared
// library, so its compile-time settings such as the listen backlog of 5 are Debian's). A
// handler runs on a pool thread from the request until its answer, and that thread then
// waits on the same keep-alive connection for its next request: a held long poll, a note
// waiting for the Desk and an idle keep-alive connection each hold one pool thread.
// Limits are the library's: payload length, read and keep-alive timeouts.
// TCP_NODELAY is set: with the library's default (off) every answer waits ~40 ms, as headers
// and body go out in two writes and the second waits for the client's delayed ACK.
//   server_httplib [--port N] [--threads N] [--nagle 1]
//   (--threads: the pool, 0 = the library's default, 8 here; --nagle 1: TCP_NODELAY left off)
#include "desk.h"

#include <QCoreApplication>

#include <httplib.h>

#include <condition_variable>
#include <cstdio>
#include <future>
#include <mutex>
#include <thread>

using namespace serverchoice;

namespace {

struct Versions
{
    std::mutex mutex;
    std::condition_variable changed;
    int version = 0;
};

/** Blocks this pool thread until the Desk has answered on its own thread. */
Answer askDesk(Desk *desk, std::function<Answer()> work)
{
    std::promise<Answer> promise;
    std::future<Answer> answer = promise.get_future();
    onDesk(desk, std::move(work), [&promise](const Answer &result) { promise.set_value(result); });
    return answer.get();
}

void reply(httplib::Response &response, const Answer &answer)
{
    response.status = answer.status;
    response.set_content(answer.body.constData(), size_t(answer.body.size()), "application/json");
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
    Versions versions;
    desk.onPublish = [&versions](int version) {
        {
            std::lock_guard lock(versions.mutex);
            versions.version = version;
        }
        versions.changed.notify_all();
    };

    httplib::Server server;
    if (threads > 0)
        server.new_task_queue = [threads] { return new httplib::ThreadPool(size_t(threads)); };
    server.set_tcp_nodelay(!nagle);
    server.set_payload_max_length(size_t(kBodyLimit));
    server.set_read_timeout(time_t(kIdleLimit.count()));
    server.set_keep_alive_timeout(time_t(kIdleLimit.count()));
    server.set_keep_alive_max_count(1'000'000); // the default (5) would close a phone's connection every 5 requests

    server.Get("/state", [&versions](const httplib::Request &request, httplib::Response &response) {
        const int known = versionFromText(request.get_param_value("v").c_str());
        std::unique_lock lock(versions.mutex);
        versions.changed.wait_for(lock, kHold, [&] { return versions.version != known; });
        reply(response, {200, versionJson(versions.version)});
    });
    server.Get("/stats", [&desk](const httplib::Request &, httplib::Response &response) {
        reply(response, {200, statsJson(desk)});
    });
    server.Post("/notes", [&desk](const httplib::Request &request, httplib::Response &response) {
        const QByteArray body(request.body.data(), qsizetype(request.body.size()));
        reply(response, askDesk(&desk, [&desk, body] { return desk.storeNote(body); }));
    });
    server.Post("/publish", [&desk](const httplib::Request &, httplib::Response &response) {
        reply(response, askDesk(&desk, [&desk] { return desk.publish(); }));
    });

    if (!server.bind_to_port("127.0.0.1", port)) {
        std::fprintf(stderr, "cpp-httplib could not listen on port %d\n", port);
        return 1;
    }
    std::thread listener([&server] { server.listen_after_bind(); });
    announce(port, threads > 0 ? "cpp-httplib (sized pool)" : "cpp-httplib (default pool)");
    const int result = app.exec();
    server.stop();
    listener.join();
    return result;
}
