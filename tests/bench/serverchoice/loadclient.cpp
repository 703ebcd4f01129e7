// The load client for the server bake-off (RESULTS.md in this folder): plain POSIX sockets
// and one epoll loop, so it needs nothing but libc and measures any of the servers alike.
//
//   loadclient live    --port P --pid PID [--pollers 500] [--senders 50] [--rate 100]
//                      [--rate-seconds 20] [--max-seconds 10]
//       500 phones long-poll GET /state; POST /publish every second; meanwhile notes are
//       sent at a fixed rate (latency, open loop: timed from when each note was due), then
//       as fast as 50 connections can (throughput, closed loop). Prints notes/s, p50/p99
//       of notes and of the update's delivery to every poller, and the server's peak RSS
//       and threads; checks the server stored exactly the notes it acknowledged.
//   loadclient idle    --port P --pid PID [--connections 2000] [--seconds 40]
//       connections that never send a byte: when does the server close them, and does a
//       fresh client get an answer meanwhile (probes).
//   loadclient slow    --port P --pid PID [--connections 1] [--seconds 40]
//       clients sending a note's request one byte per second.
//   loadclient bigbody --port P --pid PID [--chunked]
//       a POST announcing 100 MB (Content-Length, or chunked): is it refused before the body
//       is buffered (status, bytes the server took, its memory).
//
// Connections come from 127.0.0.2 … 127.0.0.251 in turn (as phones from their own
// addresses), unless --one-address. The server's figures come from /proc/PID.
#include <arpa/inet.h>
#include <dirent.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

double nowMs()
{
    timespec time{};
    clock_gettime(CLOCK_MONOTONIC, &time);
    return double(time.tv_sec) * 1e3 + double(time.tv_nsec) / 1e6;
}

struct Options
{
    std::string mode;
    int port = 18080;
    int pid = 0;
    int pollers = 500;
    int senders = 50;
    double rate = 100;
    double rateSeconds = 20;
    double maxSeconds = 10;
    int connections = -1; ///< idle: 2000, slow: 1
    double seconds = 40;
    bool chunked = false;
    bool oneAddress = false;
};

// ---- percentiles -------------------------------------------------------------------------

struct Spread
{
    std::vector<double> values;
    void add(double value) { values.push_back(value); }
    double at(double fraction)
    {
        if (values.empty())
            return -1;
        std::sort(values.begin(), values.end());
        const size_t index = std::min(values.size() - 1, size_t(fraction * double(values.size())));
        return values[index];
    }
    std::string summary()
    {
        if (values.empty())
            return "none";
        char text[160];
        std::snprintf(text, sizeof text, "p50 %.1f ms, p99 %.1f ms, max %.1f ms (n=%zu)", at(0.5), at(0.99), at(1.0),
                      values.size());
        return text;
    }
};

// ---- the server's figures ------------------------------------------------------------------

struct ServerFigures
{
    int pid = 0;
    long rssKb = 0, maxRssKb = 0, hwmKb = 0;
    int threads = 0, maxThreads = 0;
    int fds = 0, maxFds = 0;

    /** The server's CPU time so far (user + system), in seconds. */
    double cpuSeconds() const
    {
        std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
        std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
        const size_t afterName = text.rfind(')');
        if (afterName == std::string::npos)
            return 0;
        // Fields after the name: state is field 3; utime and stime are fields 14 and 15.
        std::vector<std::string> fields;
        size_t at = afterName + 2;
        while (at < text.size() && fields.size() < 13) {
            const size_t space = text.find(' ', at);
            fields.push_back(text.substr(at, space - at));
            at = space == std::string::npos ? text.size() : space + 1;
        }
        if (fields.size() < 13)
            return 0;
        return double(std::atoll(fields[11].c_str()) + std::atoll(fields[12].c_str())) / double(sysconf(_SC_CLK_TCK));
    }

    void sample()
    {
        if (pid <= 0)
            return;
        std::ifstream status("/proc/" + std::to_string(pid) + "/status");
        std::string line;
        while (std::getline(status, line)) {
            if (line.rfind("VmRSS:", 0) == 0)
                rssKb = std::atol(line.c_str() + 6);
            else if (line.rfind("VmHWM:", 0) == 0)
                hwmKb = std::atol(line.c_str() + 6);
            else if (line.rfind("Threads:", 0) == 0)
                threads = std::atoi(line.c_str() + 8);
        }
        maxRssKb = std::max(maxRssKb, rssKb);
        maxThreads = std::max(maxThreads, threads);
    }

    void countFds()
    {
        if (pid <= 0)
            return;
        DIR *dir = opendir(("/proc/" + std::to_string(pid) + "/fd").c_str());
        if (!dir)
            return;
        int count = 0;
        while (readdir(dir))
            ++count;
        closedir(dir);
        fds = count - 2;
        maxFds = std::max(maxFds, fds);
    }

    void print(const char *when)
    {
        sample();
        countFds();
        std::printf("server %s: RSS %.1f MB (peak seen %.1f MB, VmHWM %.1f MB), threads %d (peak %d), open fds %d "
                    "(peak %d)\n",
                    when, rssKb / 1024.0, maxRssKb / 1024.0, hwmKb / 1024.0, threads, maxThreads, fds, maxFds);
    }
};

// ---- connections and the loop ----------------------------------------------------------------

enum class Role
{
    Poller,
    Sender,
    Control,
    Idle,
    Slow,
    Big,
    Probe
};

struct Response
{
    int status = 0;
    std::string body;
    bool close = false;
};

struct Connection
{
    Role role;
    int index = 0;
    int fd = -1;
    bool connected = false;
    bool busy = false; ///< a request is out, its response not yet in
    std::string out;
    size_t written = 0;
    std::string in;
    double openedAt = 0;
    double connectedAt = -1;
    double closedAt = -1;
    double requestAt = 0; ///< when the request was due (latency origin)
    int phase = 0;
    int known = -1; ///< poller: the version it has
    bool holding = false;
    int status = 0;
    // slow and big clients
    std::string request;
    size_t requestSent = 0;
    uint64_t bodySent = 0;
    uint64_t bodyAtAnswer = 0;
    double answeredAt = -1;
    std::function<void(Connection &, const Response &)> onResponse;
    std::function<void(Connection &)> onConnected;
    std::function<void(Connection &)> onClosed; ///< the server closed it (or it failed)
};

/** Reads one complete response off `in`, if there is one. */
bool takeResponse(std::string &in, Response &response)
{
    const size_t end = in.find("\r\n\r\n");
    if (end == std::string::npos || in.compare(0, 5, "HTTP/") != 0)
        return false;
    std::string head = in.substr(0, end);
    std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    response.status = std::atoi(head.c_str() + head.find(' ') + 1);
    size_t length = 0;
    const size_t lengthAt = head.find("\ncontent-length:");
    if (lengthAt != std::string::npos)
        length = size_t(std::strtoull(head.c_str() + lengthAt + 16, nullptr, 10));
    response.close = head.find("\nconnection: close") != std::string::npos;
    if (in.size() < end + 4 + length)
        return false;
    response.body = in.substr(end + 4, length);
    in.erase(0, end + 4 + length);
    return true;
}

int versionIn(const std::string &body)
{
    const size_t at = body.find("\"v\":");
    return at == std::string::npos ? -1 : std::atoi(body.c_str() + at + 4);
}

class Loop
{
public:
    Loop(const Options &options) : m_options(options) { m_epoll = epoll_create1(EPOLL_CLOEXEC); }

    /** Opens a connection to the server; its callbacks run as it connects, answers, closes. */
    Connection *open(std::unique_ptr<Connection> owned)
    {
        Connection *connection = owned.get();
        connection->openedAt = nowMs();
        connection->fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (connection->fd < 0) {
            std::fprintf(stderr, "socket: %s\n", std::strerror(errno));
            std::exit(1);
        }
        const int one = 1;
        setsockopt(connection->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        if (!m_options.oneAddress) {
            setsockopt(connection->fd, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, &one, sizeof one);
            sockaddr_in source{};
            source.sin_family = AF_INET;
            source.sin_addr.s_addr = htonl((127u << 24) | (2u + unsigned(m_opened % 250)));
            bind(connection->fd, reinterpret_cast<sockaddr *>(&source), sizeof source);
        }
        ++m_opened;
        sockaddr_in server{};
        server.sin_family = AF_INET;
        server.sin_port = htons(uint16_t(m_options.port));
        server.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (connect(connection->fd, reinterpret_cast<sockaddr *>(&server), sizeof server) < 0 && errno != EINPROGRESS) {
            fail(*connection);
            m_all.push_back(std::move(owned));
            return connection;
        }
        epoll_event event{};
        event.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP;
        event.data.ptr = connection;
        epoll_ctl(m_epoll, EPOLL_CTL_ADD, connection->fd, &event);
        m_all.push_back(std::move(owned));
        return connection;
    }

    void send(Connection &connection, const std::string &data)
    {
        connection.out += data;
        flush(connection);
    }

    /** Closes from the client's side (no callback). */
    void close(Connection &connection)
    {
        if (connection.fd < 0)
            return;
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, connection.fd, nullptr);
        ::close(connection.fd);
        connection.fd = -1;
        connection.connected = false;
        connection.busy = false;
        connection.out.clear();
        connection.written = 0;
        connection.in.clear();
    }

    void at(double when, std::function<void()> work) { m_timers.emplace(when, std::move(work)); }

    /** Runs `work` at `start`, then every `periodMs`, while before `until`. */
    void every(double start, double periodMs, double until, std::function<void()> work)
    {
        if (start >= until)
            return;
        at(start, [this, start, periodMs, until, work] {
            work();
            every(start + periodMs, periodMs, until, work);
        });
    }

    /** Runs until `until` (ms on the monotonic clock) or until `done` says so. */
    void run(double until, const std::function<bool()> &done = {})
    {
        epoll_event events[256];
        while (nowMs() < until && !(done && done())) {
            double wait = until - nowMs();
            if (!m_timers.empty())
                wait = std::min(wait, m_timers.begin()->first - nowMs());
            const int count = epoll_wait(m_epoll, events, 256, std::max(0, int(wait + 0.999)));
            for (int i = 0; i < count; ++i)
                handle(*static_cast<Connection *>(events[i].data.ptr), events[i].events);
            const double now = nowMs();
            while (!m_timers.empty() && m_timers.begin()->first <= now) {
                lateness.add(now - m_timers.begin()->first);
                auto work = std::move(m_timers.begin()->second);
                m_timers.erase(m_timers.begin());
                work();
            }
        }
    }

    std::vector<std::unique_ptr<Connection>> &connections() { return m_all; }

    /** How late this client ran its timers: a stall here (a busy machine) shows as latency. */
    Spread lateness;

private:
    void fail(Connection &connection)
    {
        close(connection);
        connection.closedAt = nowMs();
        if (connection.onClosed)
            connection.onClosed(connection);
    }

    void flush(Connection &connection)
    {
        if (connection.fd < 0 || !connection.connected)
            return;
        while (connection.written < connection.out.size()) {
            const ssize_t sent = ::send(connection.fd, connection.out.data() + connection.written,
                                        connection.out.size() - connection.written, MSG_NOSIGNAL);
            if (sent < 0) {
                if (errno == EAGAIN)
                    break;
                // The server may have answered before closing (a 413 mid-body): read it first.
                receive(connection);
                if (connection.fd >= 0)
                    fail(connection);
                return;
            }
            connection.written += size_t(sent);
        }
        if (connection.written == connection.out.size()) {
            connection.out.clear();
            connection.written = 0;
        }
        // The big client refills its body whenever the socket takes more, until answered.
        const bool refill = connection.role == Role::Big && connection.answeredAt < 0;
        watchOutput(connection, !connection.out.empty() || refill);
    }

    void watchOutput(Connection &connection, bool on)
    {
        epoll_event event{};
        event.events = EPOLLIN | EPOLLRDHUP | (on ? EPOLLOUT : 0u);
        event.data.ptr = &connection;
        epoll_ctl(m_epoll, EPOLL_CTL_MOD, connection.fd, &event);
    }

    void handle(Connection &connection, uint32_t events)
    {
        if (connection.fd < 0)
            return;
        if (!connection.connected && (events & (EPOLLOUT | EPOLLERR | EPOLLHUP))) {
            int error = 0;
            socklen_t length = sizeof error;
            getsockopt(connection.fd, SOL_SOCKET, SO_ERROR, &error, &length);
            if (error != 0) {
                fail(connection);
                return;
            }
            connection.connected = true;
            connection.connectedAt = nowMs();
            watchOutput(connection, false);
            if (connection.onConnected)
                connection.onConnected(connection);
            if (connection.fd < 0)
                return;
            flush(connection);
        }
        if (events & EPOLLOUT) {
            flush(connection);
            if (connection.fd < 0)
                return;
            if (connection.role == Role::Big && connection.onConnected && connection.out.empty())
                connection.onConnected(connection); // the big client refills its body
        }
        if (events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR))
            receive(connection);
    }

    /** Reads what has arrived, hands on each complete response, and notices a close. */
    void receive(Connection &connection)
    {
        char buffer[16384];
        bool closed = false;
        for (;;) {
            const ssize_t got = recv(connection.fd, buffer, sizeof buffer, 0);
            if (got > 0) {
                connection.in.append(buffer, size_t(got));
                continue;
            }
            if (got == 0 || errno != EAGAIN)
                closed = true;
            break;
        }
        Response response;
        while (connection.fd >= 0 && takeResponse(connection.in, response)) {
            connection.busy = false;
            connection.status = response.status;
            if (connection.onResponse)
                connection.onResponse(connection, response);
        }
        if (closed && connection.fd >= 0)
            fail(connection);
    }

    const Options &m_options;
    int m_epoll = -1;
    unsigned m_opened = 0;
    std::vector<std::unique_ptr<Connection>> m_all;
    std::multimap<double, std::function<void()>> m_timers;
};

std::string get(const std::string &target)
{
    return "GET " + target + " HTTP/1.1\r\nHost: cabildo.test\r\nUser-Agent: loadclient\r\n\r\n";
}

std::string post(const std::string &target, const std::string &body)
{
    return "POST " + target
           + " HTTP/1.1\r\nHost: cabildo.test\r\nUser-Agent: loadclient\r\n"
             "Content-Type: application/json\r\nContent-Length: "
           + std::to_string(body.size()) + "\r\n\r\n" + body;
}

std::string noteBody(int phase, long number)
{
    char id[40];
    std::snprintf(id, sizeof id, "%08x%08lx%016x", unsigned(phase), number, 0xcab1d0u);
    return std::string("{\"id\":\"") + id + "\",\"text\":\"Priority " + std::to_string(number)
           + ": more shade and water in the square, and benches for the elderly\",\"name\":\"\",\"consent\":false}";
}

// ---- probes: does a fresh client get an answer? ---------------------------------------------

struct Probes
{
    struct Result
    {
        double at;
        double latency = -1; ///< ms; -1: no answer before the deadline; -2: refused or closed
        int status = 0;
    };
    std::vector<Result> results;

    /** A fresh connection at `atSeconds` asks GET /stats and waits up to 10 s. */
    void schedule(Loop &loop, double start, double atSeconds)
    {
        loop.at(start + atSeconds * 1000, [this, &loop, atSeconds] {
            const size_t slot = results.size();
            results.push_back({atSeconds});
            auto probe = std::make_unique<Connection>();
            probe->role = Role::Probe;
            const double sent = nowMs();
            probe->onConnected = [&loop](Connection &c) { loop.send(c, get("/stats")); };
            probe->onResponse = [this, &loop, slot, sent](Connection &c, const Response &response) {
                results[slot].latency = nowMs() - sent;
                results[slot].status = response.status;
                loop.close(c);
            };
            probe->onClosed = [this, slot](Connection &) {
                if (results[slot].latency == -1)
                    results[slot].latency = -2;
            };
            Connection *opened = loop.open(std::move(probe));
            loop.at(nowMs() + 10000, [&loop, opened] { loop.close(*opened); });
        });
    }

    void print()
    {
        std::printf("fresh client (GET /stats on a new connection, 10 s to answer):");
        for (const Result &result : results) {
            if (result.latency >= 0)
                std::printf("  t=%.0fs %.0f ms (%d)", result.at, result.latency, result.status);
            else
                std::printf("  t=%.0fs %s", result.at, result.latency == -1 ? "NO ANSWER" : "REFUSED/CLOSED");
        }
        std::printf("\n");
    }
};

// ---- live: 500 pollers, publishes, notes ----------------------------------------------------

struct Phase
{
    const char *name = "";
    long sent = 0, acked = 0, failed = 0;
    long neverSent = 0; ///< due, but every connection was still waiting for an answer
    Spread noteLatency;
    double start = 0, end = 0;
    double cpuStart = 0, cpuEnd = 0; ///< the server's CPU seconds
};

int live(const Options &options, ServerFigures &server)
{
    Loop loop(options);
    const double start = nowMs();
    loop.every(start, 200, start + 1e7, [&server] { server.sample(); });
    loop.every(start, 1000, start + 1e7, [&server] { server.countFds(); });

    // Publishes: their send time by version, and when each poller learnt of each.
    std::map<int, double> publishedAt;
    std::map<int, int> publishPhase;
    std::map<int, int> deliveries;
    std::map<int, double> lastDelivery;
    std::vector<Spread> deliveryLatency(3);
    int lastVersion = -1;
    long pollerReconnects = 0, pollerErrors = 0;
    int holding = 0;
    int currentPhase = 0; // 0: connecting, 1: fixed rate, 2: as fast as possible, 3: draining

    std::function<void(Connection &)> poll = [&](Connection &c) {
        c.busy = true;
        loop.send(c, get("/state?v=" + std::to_string(c.known)));
    };
    auto makePoller = [&](int index) {
        auto poller = std::make_unique<Connection>();
        poller->role = Role::Poller;
        poller->index = index;
        poller->onConnected = poll;
        poller->onResponse = [&](Connection &c, const Response &response) {
            if (response.status != 200) {
                ++pollerErrors;
            } else {
                const int version = versionIn(response.body);
                const double now = nowMs();
                for (int v = c.known + 1; c.known >= 0 && v <= version; ++v) {
                    auto sent = publishedAt.find(v);
                    if (sent == publishedAt.end())
                        continue;
                    deliveryLatency[size_t(publishPhase[v])].add(now - sent->second);
                    ++deliveries[v];
                    lastDelivery[v] = std::max(lastDelivery[v], now - sent->second);
                }
                if (!c.holding && c.known == -1) {
                    c.holding = true;
                    ++holding;
                }
                c.known = std::max(c.known, version);
            }
            if (response.close) { // reconnects, as when the server closes between requests
                loop.close(c);
                if (c.onClosed)
                    c.onClosed(c);
                return;
            }
            poll(c);
        };
        return poller;
    };
    // A poller the server closed reconnects and asks again with the version it has.
    std::function<void(Connection &)> pollerClosed = [&](Connection &c) {
        ++pollerReconnects;
        auto again = std::make_unique<Connection>();
        again->role = Role::Poller;
        again->known = c.known;
        again->holding = c.holding;
        again->onConnected = c.onConnected;
        again->onResponse = c.onResponse;
        again->onClosed = c.onClosed;
        c.onClosed = nullptr;
        loop.at(nowMs() + 100, [&loop, moved = std::make_shared<std::unique_ptr<Connection>>(std::move(again))] {
            loop.open(std::move(*moved));
        });
    };

    // The control connection: publishes and the final count. The server may close it while it
    // idles (its keep-alive timeout); it then reconnects and asks GET /stats first.
    Connection *controlConnection = nullptr;
    bool publishPending = false;
    long storedOnServer = -1;
    long controlReconnects = 0;
    std::function<void(Connection &, const Response &)> controlAnswered;
    auto sendPublish = [&](Connection &c) {
        c.busy = true;
        publishPending = false;
        const int version = lastVersion + 1;
        publishedAt[version] = nowMs();
        publishPhase[version] = currentPhase == 2 ? 2 : 1;
        loop.send(c, post("/publish", "{}"));
    };
    std::function<void()> openControl = [&] {
        auto control = std::make_unique<Connection>();
        control->role = Role::Control;
        control->onConnected = [&](Connection &c) {
            c.busy = true;
            loop.send(c, get("/stats"));
        };
        control->onResponse = controlAnswered;
        control->onClosed = [&](Connection &c) {
            ++controlReconnects;
            if (c.busy)
                publishPending = true; // its answer is lost; /stats says which version the server has
            openControl();
        };
        controlConnection = loop.open(std::move(control));
    };
    controlAnswered = [&](Connection &c, const Response &response) {
        if (response.body.find("\"notes\"") != std::string::npos) {
            storedOnServer = std::atol(response.body.c_str() + response.body.find("\"notes\":") + 8);
            lastVersion = versionIn(response.body);
        } else {
            const int version = versionIn(response.body);
            if (version != lastVersion + 1)
                std::printf("warning: publish gave version %d, expected %d\n", version, lastVersion + 1);
            lastVersion = version;
        }
        if (publishPending)
            sendPublish(c);
    };
    openControl();
    loop.run(start + 5000, [&] { return lastVersion >= 0; });
    if (lastVersion < 0) {
        std::printf("no answer to GET /stats within 5 s: is the server on port %d?\n", options.port);
        return 1;
    }

    // 1. Every poller connects and is held.
    for (int i = 0; i < options.pollers; ++i) {
        Connection *poller = loop.open(makePoller(i));
        poller->onClosed = pollerClosed;
    }
    loop.run(nowMs() + 30000, [&] {
        if (holding < options.pollers)
            return false;
        for (auto &c : loop.connections())
            if (c->role == Role::Poller && c->fd >= 0 && !c->busy)
                return false;
        return true;
    });
    std::printf("pollers: %d of %d answered their first poll and are held, after %.2f s (reconnects %ld)\n", holding,
                options.pollers, (nowMs() - start) / 1000, pollerReconnects);
    server.print("with the pollers held");

    // 2. Senders: a note at a fixed rate, then as fast as they can.
    Phase phases[3];
    phases[1].name = "fixed rate";
    phases[2].name = "as fast as possible";
    std::deque<std::pair<double, int>> due; // when each note was due, and its phase
    std::vector<Connection *> idle;
    long noteNumber = 0;
    std::function<void()> dispatch = [&] {
        while (!idle.empty()) {
            double dueAt = nowMs();
            int phase = currentPhase;
            if (currentPhase == 1) {
                if (due.empty())
                    return;
                dueAt = due.front().first;
                phase = due.front().second;
                due.pop_front();
            } else if (currentPhase != 2) {
                return;
            }
            Connection *c = idle.back();
            idle.pop_back();
            c->busy = true;
            c->requestAt = dueAt;
            c->phase = phase;
            ++phases[phase].sent;
            loop.send(*c, post("/notes", noteBody(phase, ++noteNumber)));
        }
    };
    std::function<void(Connection &)> senderReady = [&](Connection &c) {
        idle.push_back(&c);
        dispatch();
    };
    std::function<void(Connection &)> senderClosed;
    auto makeSender = [&](int index) {
        auto sender = std::make_unique<Connection>();
        sender->role = Role::Sender;
        sender->index = index;
        sender->onConnected = senderReady;
        sender->onResponse = [&](Connection &c, const Response &response) {
            Phase &phase = phases[c.phase];
            if (response.status == 201) {
                ++phase.acked;
                phase.noteLatency.add(nowMs() - c.requestAt);
            } else {
                ++phase.failed;
            }
            if (response.close) {
                loop.close(c);
                senderClosed(c);
                return;
            }
            senderReady(c);
        };
        sender->onClosed = [&](Connection &c) { senderClosed(c); };
        return sender;
    };
    senderClosed = [&](Connection &c) {
        if (c.busy)
            ++phases[c.phase].failed; // sent, never acknowledged: a phone would send it again
        idle.erase(std::remove(idle.begin(), idle.end(), &c), idle.end());
        auto again = makeSender(c.index);
        c.onClosed = nullptr;
        loop.at(nowMs() + 100, [&loop, moved = std::make_shared<std::unique_ptr<Connection>>(std::move(again))] {
            loop.open(std::move(*moved));
        });
    };
    for (int i = 0; i < options.senders; ++i)
        loop.open(makeSender(i));
    loop.run(nowMs() + 5000, [&] { return int(idle.size()) == options.senders; });

    auto publishTick = [&] {
        if (controlConnection->busy || !controlConnection->connected)
            publishPending = true;
        else
            sendPublish(*controlConnection);
    };
    const double rateStart = nowMs();
    const double rateEnd = rateStart + options.rateSeconds * 1000;
    const double maxEnd = rateEnd + options.maxSeconds * 1000;
    loop.every(rateStart + 500, 1000, maxEnd, publishTick);
    currentPhase = 1;
    phases[1].start = rateStart;
    phases[1].cpuStart = server.cpuSeconds();
    const double interval = 1000.0 / options.rate;
    for (double when = rateStart; when < rateEnd; when += interval)
        loop.at(when, [&, when] {
            due.emplace_back(when, 1);
            dispatch();
        });
    loop.run(rateEnd);
    phases[1].end = nowMs();
    phases[1].cpuEnd = phases[2].cpuStart = server.cpuSeconds();
    currentPhase = 2;
    phases[2].start = nowMs();
    phases[1].neverSent = long(due.size());
    due.clear();
    dispatch();
    loop.run(maxEnd);
    phases[2].end = nowMs();
    phases[2].cpuEnd = server.cpuSeconds();
    currentPhase = 3;
    // Let the last answers and deliveries arrive, then ask the server what it stored.
    loop.run(nowMs() + 3000, [&] {
        for (auto &c : loop.connections())
            if (c->role == Role::Sender && c->fd >= 0 && c->busy)
                return false;
        return !controlConnection->busy;
    });
    const double waitedFrom = nowMs();
    loop.run(waitedFrom + 1500);
    storedOnServer = -1;
    if (controlConnection->connected && !controlConnection->busy) {
        controlConnection->busy = true;
        loop.send(*controlConnection, get("/stats"));
    } // else it asks as soon as it has reconnected
    loop.run(nowMs() + 5000, [&] { return storedOnServer >= 0; });

    long acked = 0, sent = 0, failed = 0;
    for (int p = 1; p <= 2; ++p) {
        Phase &phase = phases[p];
        const double seconds = (phase.end - phase.start) / 1000;
        long unanswered = phase.sent - phase.acked - phase.failed;
        std::printf("notes, %s (%.0f s%s): sent %ld, acknowledged %ld (%.0f notes/s), failed %ld, unanswered %ld\n",
                    phase.name, seconds,
                    p == 1 ? (", " + std::to_string(int(options.rate)) + " notes/s due").c_str()
                           : (", " + std::to_string(options.senders) + " connections").c_str(),
                    phase.sent, phase.acked, double(phase.acked) / seconds, phase.failed, unanswered);
        if (phase.neverSent > 0)
            std::printf("  due but never sent (all %d connections waiting for answers): %ld\n", options.senders,
                        phase.neverSent);
        std::printf("  note latency: %s\n", phase.noteLatency.summary().c_str());
        const double cpu = phase.cpuEnd - phase.cpuStart;
        std::printf("  server CPU: %.2f s in %.0f s (%.0f%% of one core), %.2f ms per acknowledged note\n", cpu,
                    seconds, 100 * cpu / seconds, phase.acked > 0 ? 1000 * cpu / double(phase.acked) : 0.0);
        Spread lastOfPublish;
        long expected = 0, delivered = 0;
        int publishes = 0;
        for (auto &[version, phaseOf] : publishPhase) {
            if (phaseOf != p)
                continue;
            ++publishes;
            expected += options.pollers;
            delivered += deliveries[version];
            if (deliveries[version] > 0)
                lastOfPublish.add(lastDelivery[version]);
        }
        std::printf("  updates: %d publishes, delivered %ld of %ld (poller x publish)\n", publishes, delivered,
                    expected);
        std::printf("  delivery latency, each poller: %s\n", deliveryLatency[size_t(p)].summary().c_str());
        std::printf("  delivery latency, last poller of each publish: %s\n", lastOfPublish.summary().c_str());
        acked += phase.acked;
        sent += phase.sent;
        failed += phase.failed;
    }
    std::printf("notes stored by the server %ld, acknowledged to the client %ld (sent %ld, failed %ld)%s\n",
                storedOnServer, acked, sent, failed,
                storedOnServer == acked ? ": none lost, none extra" : ": MISMATCH");
    std::printf("pollers: reconnects %ld, error answers %ld; control connection reconnects %ld\n", pollerReconnects,
                pollerErrors, controlReconnects);
    std::printf("this client's timers ran late by: %s\n", loop.lateness.summary().c_str());
    server.print("at the end");
    return 0;
}

// ---- idle and slow clients ------------------------------------------------------------------

void printClosures(Loop &loop, Role role)
{
    int connected = 0, closed = 0, open = 0;
    Spread closedAfter;
    for (auto &c : loop.connections()) {
        if (c->role != role)
            continue;
        if (c->connectedAt >= 0)
            ++connected;
        if (c->closedAt >= 0) {
            ++closed;
            closedAfter.add(c->closedAt - c->openedAt);
        } else {
            ++open;
        }
    }
    std::printf("connections: %d connected (TCP), %d closed by the server, %d still open at the end\n", connected,
                closed, open);
    if (closed > 0)
        std::printf("  closed after (from the client's connect): p50 %.1f s, min %.1f s, max %.1f s\n",
                    closedAfter.at(0.5) / 1000, closedAfter.at(0) / 1000, closedAfter.at(1.0) / 1000);
}

int idleOrSlow(const Options &options, ServerFigures &server, bool slow)
{
    Loop loop(options);
    const double start = nowMs();
    const double end = start + options.seconds * 1000;
    loop.every(start, 200, end, [&server] { server.sample(); });
    loop.every(start, 1000, end, [&server] { server.countFds(); });
    const int count = options.connections >= 0 ? options.connections : (slow ? 1 : 2000);
    const std::string request = post("/notes", noteBody(9, 1));
    std::vector<Connection *> clients;
    for (int i = 0; i < count; ++i) {
        auto client = std::make_unique<Connection>();
        client->role = slow ? Role::Slow : Role::Idle;
        client->index = i;
        client->request = request;
        client->onResponse = [](Connection &c, const Response &) { c.answeredAt = nowMs(); };
        clients.push_back(loop.open(std::move(client)));
    }
    if (slow)
        loop.every(start + 1000, 1000, end, [&] {
            for (Connection *c : clients)
                if (c->fd >= 0 && c->connected && c->requestSent < c->request.size())
                    loop.send(*c, c->request.substr(c->requestSent++, 1));
        });
    Probes probes;
    for (double at : {1.0, 5.0, 9.0, 12.0, 15.0, 20.0, 25.0, 30.0})
        if (at * 1000 < options.seconds * 1000 - 10000)
            probes.schedule(loop, start, at);
    std::map<int, int> closedBy; // seconds -> how many closed by then
    for (int second : {5, 9, 11, 13, 15, 20, 25, 30, 35, 40, 60})
        if (second <= options.seconds)
            loop.at(start + second * 1000.0, [&, second] {
                int closed = 0;
                for (Connection *c : clients)
                    closed += c->closedAt >= 0;
                closedBy[second] = closed;
            });
    loop.run(end);
    std::printf("%d %s clients for %.0f s\n", count, slow ? "slow (one byte a second)" : "idle (never send)",
                options.seconds);
    printClosures(loop, slow ? Role::Slow : Role::Idle);
    std::printf("closed by then:");
    for (auto &[second, closed] : closedBy)
        std::printf("  %ds %d", second, closed);
    std::printf("\n");
    int answered = 0, status = 0;
    size_t bytes = 0;
    for (Connection *c : clients) {
        answered += c->answeredAt >= 0;
        status = c->answeredAt >= 0 ? c->status : status;
        bytes = std::max(bytes, c->requestSent);
    }
    if (slow)
        std::printf("slow clients answered: %d (last status %d); bytes sent by the furthest one: %zu of %zu\n",
                    answered, status, bytes, request.size());
    else
        std::printf("idle clients answered: %d (last status %d)\n", answered, status);
    probes.print();
    server.print("at the end");
    return 0;
}

// ---- a 100 MB body --------------------------------------------------------------------------

int bigBody(const Options &options, ServerFigures &server)
{
    Loop loop(options);
    const uint64_t total = 100ull * 1024 * 1024;
    const double start = nowMs();
    const double end = start + 60000;
    server.sample();
    const long rssBefore = server.rssKb;
    loop.every(start, 100, end + 15000, [&server] { server.sample(); });

    static const std::string chunk(65536, 'x');
    static const std::string framedChunk = "10000\r\n" + chunk + "\r\n";
    auto big = std::make_unique<Connection>();
    big->role = Role::Big;
    big->onConnected = [&loop, &options, total](Connection &c) {
        if (c.requestSent == 0) {
            c.requestSent = 1;
            std::string head = "POST /notes HTTP/1.1\r\nHost: cabildo.test\r\nContent-Type: application/json\r\n";
            head += options.chunked ? "Transfer-Encoding: chunked\r\n\r\n"
                                    : "Content-Length: " + std::to_string(total) + "\r\n\r\n";
            loop.send(c, head);
            return;
        }
        // Refill while the socket takes it, until 100 MB are out or the server answered.
        if (c.answeredAt >= 0 || c.bodySent >= total)
            return;
        loop.send(c, options.chunked ? framedChunk : chunk);
        c.bodySent += chunk.size();
        if (c.bodySent >= total && options.chunked)
            loop.send(c, "0\r\n\r\n");
    };
    big->onResponse = [](Connection &c, const Response &) {
        c.answeredAt = nowMs();
        c.bodyAtAnswer = c.bodySent;
    };
    Connection *client = loop.open(std::move(big));
    loop.run(end, [&] { return client->fd < 0 || client->answeredAt >= 0; });
    // After an answer: does the server close the connection (or read on)?
    if (client->fd >= 0)
        loop.run(nowMs() + 3000, [&] { return client->fd < 0; });
    const double stoppedAt = nowMs();
    std::printf("a POST announcing 100 MB (%s)\n", options.chunked ? "chunked" : "Content-Length: 104857600");
    if (client->answeredAt >= 0)
        std::printf("answer: %d after %.0f ms, when the client had written %.1f MB of the body\n", client->status,
                    client->answeredAt - start, double(client->bodyAtAnswer) / 1048576);
    else
        std::printf("answer: none within %.0f s\n", (stoppedAt - start) / 1000);
    std::printf("client wrote %.1f MB of the body in all; connection %s after %.1f s\n",
                double(client->bodySent) / 1048576, client->fd < 0 ? "closed by the server" : "still open",
                ((client->closedAt >= 0 ? client->closedAt : stoppedAt) - start) / 1000);
    loop.close(*client);
    Probes probes;
    probes.schedule(loop, nowMs(), 0.5);
    loop.run(nowMs() + 12000, [&] { return !probes.results.empty() && probes.results[0].latency != -1; });
    probes.print();
    server.sample();
    std::printf("server memory: RSS %.1f MB before, peak seen %.1f MB (VmHWM %.1f MB), %.1f MB after\n",
                rssBefore / 1024.0, server.maxRssKb / 1024.0, server.hwmKb / 1024.0, server.rssKb / 1024.0);
    return 0;
}

Options parse(int argc, char **argv)
{
    Options options;
    if (argc < 2) {
        std::fprintf(stderr, "usage: loadclient live|idle|slow|bigbody --port P --pid PID [options]"
                             " (see the top of loadclient.cpp)\n");
        std::exit(2);
    }
    options.mode = argv[1];
    for (int i = 2; i < argc; ++i) {
        const std::string name = argv[i];
        auto value = [&]() -> double {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "%s needs a value\n", name.c_str());
                std::exit(2);
            }
            char *end = nullptr;
            const double number = std::strtod(argv[++i], &end);
            if (*end != '\0' || number < 0) {
                std::fprintf(stderr, "%s: not a number: %s\n", name.c_str(), argv[i]);
                std::exit(2);
            }
            return number;
        };
        if (name == "--port")
            options.port = int(value());
        else if (name == "--pid")
            options.pid = int(value());
        else if (name == "--pollers")
            options.pollers = int(value());
        else if (name == "--senders")
            options.senders = std::max(1, int(value()));
        else if (name == "--rate")
            options.rate = std::max(0.1, value());
        else if (name == "--rate-seconds")
            options.rateSeconds = value();
        else if (name == "--max-seconds")
            options.maxSeconds = value();
        else if (name == "--connections")
            options.connections = int(value());
        else if (name == "--seconds")
            options.seconds = value();
        else if (name == "--chunked")
            options.chunked = true;
        else if (name == "--one-address")
            options.oneAddress = true;
        else {
            std::fprintf(stderr, "unknown option %s\n", name.c_str());
            std::exit(2);
        }
    }
    return options;
}

} // namespace

int main(int argc, char **argv)
{
    const Options options = parse(argc, argv);
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
    ServerFigures server;
    server.pid = options.pid;
    server.sample();
    server.countFds();
    std::printf("server pid %d at the start: RSS %.1f MB, threads %d\n", options.pid, server.rssKb / 1024.0,
                server.threads);
    if (options.mode == "live")
        return live(options, server);
    if (options.mode == "idle")
        return idleOrSlow(options, server, false);
    if (options.mode == "slow")
        return idleOrSlow(options, server, true);
    if (options.mode == "bigbody")
        return bigBody(options, server);
    std::fprintf(stderr, "unknown mode %s\n", options.mode.c_str());
    return 2;
}
