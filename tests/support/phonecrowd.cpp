#include "phonecrowd.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <random>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace cabildo::test {

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::string randomHex(std::mt19937_64 &random, int digits)
{
    static const char hex[] = "0123456789abcdef";
    std::string text;
    for (int i = 0; i < digits; ++i)
        text += hex[random() % 16];
    return text;
}

/** One thing a phone does: open the page, send a note, or send its ballot. */
struct Action
{
    enum Kind
    {
        Page,
        Note,
        Ballot
    } kind;
    double atMs; ///< when, from the start of the crowd
    std::string submissionId;
    std::string text;
    std::string body;
    int attempts = 0;
    Clock::time_point firstSent{};
};

struct Phone
{
    int index = 0;
    std::string sourceAddress;
    std::string cookie;
    std::vector<Action> actions;
    size_t next = 0; ///< the action under way or due
    int fd = -1;
    bool connecting = false;
    bool inFlight = false;
    std::string out; ///< bytes still to write
    std::string in;  ///< bytes read of the answer
    double retryAtMs = 0;
};

std::string jsonEscaped(const std::string &text)
{
    std::string escaped;
    for (const char c : text) {
        if (c == '"' || c == '\\')
            escaped += '\\';
        escaped += c;
    }
    return escaped;
}

class Crowd
{
public:
    explicit Crowd(const CrowdPlan &plan) : m_plan(plan), m_random(plan.seed) {}

    CrowdResult run()
    {
        m_epoll = epoll_create1(EPOLL_CLOEXEC);
        m_start = Clock::now();
        makePhones();
        int finished = 0;
        while (finished < int(m_phones.size())) {
            if (m_plan.stop && m_plan.stop->load())
                break;
            if (msSince(m_start) > m_plan.giveUpSeconds * 1000)
                break;
            epoll_event events[256];
            const int ready = epoll_wait(m_epoll, events, 256, 5);
            for (int i = 0; i < ready; ++i)
                onReady(m_phones[events[i].data.u32], events[i].events);
            finished = 0;
            const double now = msSince(m_start);
            for (Phone &phone : m_phones) {
                if (phone.next >= phone.actions.size()) {
                    ++finished;
                    continue;
                }
                if (!phone.inFlight && now >= phone.actions[phone.next].atMs && now >= phone.retryAtMs)
                    send(phone);
            }
        }
        for (Phone &phone : m_phones)
            closeConnection(phone);
        close(m_epoll);
        m_result.seconds = msSince(m_start) / 1000;
        return m_result;
    }

private:
    void makePhones()
    {
        std::uniform_real_distribution<double> moment(0, m_plan.spreadSeconds * 1000);
        for (int i = 0; i < m_plan.phones; ++i) {
            Phone phone;
            phone.index = i;
            // 200 phones per 127.0.N.x block: a few phones share an address, as behind a NAT.
            phone.sourceAddress = "127.0." + std::to_string(1 + i / 200) + "." + std::to_string(1 + i % 200);
            phone.actions.push_back({Action::Page, moment(m_random) / 10, {}, {}, {}});
            std::vector<double> moments;
            for (int n = 0; n <= m_plan.notesPerPhone; ++n)
                moments.push_back(moment(m_random));
            std::sort(moments.begin(), moments.end());
            for (int n = 0; n < m_plan.notesPerPhone; ++n) {
                Action note{Action::Note, moments[n], randomHex(m_random, 32), {}, {}};
                note.text =
                    "Phone " + std::to_string(i) + " priority " + std::to_string(n) + " " + randomHex(m_random, 8);
                note.body = "{\"id\":\"" + note.submissionId + "\",\"text\":\"" + jsonEscaped(note.text) + "\"}";
                phone.actions.push_back(note);
                ++m_result.notesSent;
            }
            if (!m_plan.roundUuid.empty() && !m_plan.themeUuids.empty()) {
                Action ballot{Action::Ballot, moments.back(), {}, {}, {}};
                std::vector<std::string> themes = m_plan.themeUuids;
                std::shuffle(themes.begin(), themes.end(), m_random);
                themes.resize(std::min<size_t>(themes.size(), size_t(m_plan.votesPerBallot)));
                ballot.body = "{\"round\":\"" + m_plan.roundUuid + "\",\"themes\":[";
                for (size_t t = 0; t < themes.size(); ++t)
                    ballot.body += (t ? ",\"" : "\"") + themes[t] + "\"";
                ballot.body += "]}";
                phone.actions.push_back(ballot);
            }
            m_phones.push_back(std::move(phone));
        }
    }

    std::string request(const Phone &phone, const Action &action) const
    {
        const std::string base = "/e/" + m_plan.token + "/";
        std::string head;
        std::string body;
        if (action.kind == Action::Page) {
            head = "GET " + base + " HTTP/1.1\r\n";
        } else {
            head = "POST " + base + (action.kind == Action::Note ? "api/notes" : "api/ballot") + " HTTP/1.1\r\n";
            body = action.body;
            head += "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n";
        }
        head += "Host: cabildo.test:" + std::to_string(m_plan.port) + "\r\n";
        if (!phone.cookie.empty())
            head += "Cookie: cabildo_device=" + phone.cookie + "\r\n";
        return head + "\r\n" + body;
    }

    void send(Phone &phone)
    {
        Action &action = phone.actions[phone.next];
        if (action.attempts++ == 0)
            action.firstSent = Clock::now();
        else
            ++m_result.retries;
        phone.out = request(phone, action);
        phone.in.clear();
        phone.inFlight = true;
        if (phone.fd < 0 && !connect(phone))
            return fail(phone);
        if (!phone.connecting)
            flush(phone);
    }

    bool connect(Phone &phone)
    {
        phone.fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (phone.fd < 0)
            return false;
        sockaddr_in source{};
        source.sin_family = AF_INET;
        inet_pton(AF_INET, phone.sourceAddress.c_str(), &source.sin_addr);
        bind(phone.fd, reinterpret_cast<sockaddr *>(&source), sizeof source);
        sockaddr_in laptop{};
        laptop.sin_family = AF_INET;
        laptop.sin_port = htons(uint16_t(m_plan.port));
        inet_pton(AF_INET, "127.0.0.1", &laptop.sin_addr);
        epoll_event event{};
        event.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET; // edge: no wake-ups while idle
        event.data.u32 = uint32_t(phone.index);
        epoll_ctl(m_epoll, EPOLL_CTL_ADD, phone.fd, &event);
        if (::connect(phone.fd, reinterpret_cast<sockaddr *>(&laptop), sizeof laptop) == 0)
            return true;
        if (errno != EINPROGRESS)
            return false;
        phone.connecting = true;
        return true;
    }

    void flush(Phone &phone)
    {
        while (!phone.out.empty()) {
            const ssize_t written = ::send(phone.fd, phone.out.data(), phone.out.size(), MSG_NOSIGNAL);
            if (written < 0) {
                if (errno == EAGAIN)
                    return;
                return fail(phone);
            }
            phone.out.erase(0, size_t(written));
        }
    }

    void onReady(Phone &phone, uint32_t events)
    {
        if (phone.fd < 0)
            return;
        if (phone.connecting && (events & (EPOLLOUT | EPOLLERR | EPOLLHUP))) {
            int error = 0;
            socklen_t length = sizeof error;
            getsockopt(phone.fd, SOL_SOCKET, SO_ERROR, &error, &length);
            phone.connecting = false;
            if (error != 0)
                return fail(phone);
        }
        if (!phone.out.empty() && !phone.connecting)
            flush(phone);
        if (phone.fd >= 0 && (events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)))
            read(phone);
    }

    void read(Phone &phone)
    {
        char buffer[16384];
        for (;;) {
            const ssize_t got = recv(phone.fd, buffer, sizeof buffer, 0);
            if (got > 0) {
                phone.in.append(buffer, size_t(got));
                if (answered(phone))
                    return;
                continue;
            }
            if (got < 0 && errno == EAGAIN)
                return;
            // Closed: between requests that is the laptop's idle timeout; during one, a failure.
            if (phone.inFlight)
                return fail(phone);
            return closeConnection(phone);
        }
    }

    /** True when a whole answer was read and acted on. */
    bool answered(Phone &phone)
    {
        const size_t headEnd = phone.in.find("\r\n\r\n");
        if (headEnd == std::string::npos || !phone.inFlight)
            return false;
        const std::string head = phone.in.substr(0, headEnd);
        size_t length = 0;
        if (const size_t at = findHeader(head, "content-length:"); at != std::string::npos)
            length = std::stoul(head.substr(at));
        if (phone.in.size() < headEnd + 4 + length)
            return false;
        const int status = std::stoi(head.substr(9, 3));
        ++m_result.statuses[status];
        if (const size_t at = findHeader(head, "set-cookie:"); at != std::string::npos) {
            const size_t value = head.find("cabildo_device=", at);
            if (value != std::string::npos)
                phone.cookie = head.substr(value + 15, 32);
        }
        bool closing = false;
        if (const size_t at = findHeader(head, "connection:"); at != std::string::npos)
            closing = head.substr(at, head.find("\r\n", at) - at).find("close") != std::string::npos;
        phone.in.clear();
        phone.inFlight = false;
        Action &action = phone.actions[phone.next];
        if (status == 429 || status == 503 || status == 408) {
            phone.retryAtMs = msSince(m_start) + 1000; // the page waits and tries again
        } else {
            if ((status == 200 || status == 201) && action.kind == Action::Note) {
                m_result.acknowledged[action.submissionId] = action.text;
                m_result.noteLatenciesMs.push_back(msSince(action.firstSent));
            }
            if (status == 200 && action.kind == Action::Ballot)
                ++m_result.ballotsAcknowledged;
            ++phone.next;
        }
        if (closing)
            closeConnection(phone);
        return true;
    }

    static size_t findHeader(const std::string &head, const char *name)
    {
        std::string lower = head;
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](unsigned char c) { return char(std::tolower(c)); });
        const size_t at = lower.find(std::string("\r\n") + name);
        return at == std::string::npos ? at : at + 2 + std::strlen(name);
    }

    void fail(Phone &phone)
    {
        ++m_result.connectionErrors;
        closeConnection(phone);
        phone.inFlight = false;
        phone.retryAtMs = msSince(m_start) + 200;
    }

    void closeConnection(Phone &phone)
    {
        if (phone.fd >= 0) {
            epoll_ctl(m_epoll, EPOLL_CTL_DEL, phone.fd, nullptr);
            close(phone.fd);
        }
        phone.fd = -1;
        phone.connecting = false;
        phone.out.clear();
    }

    const CrowdPlan &m_plan;
    std::mt19937_64 m_random;
    std::vector<Phone> m_phones;
    CrowdResult m_result;
    int m_epoll = -1;
    Clock::time_point m_start;
};

} // namespace

CrowdResult runCrowd(const CrowdPlan &plan)
{
    return Crowd(plan).run();
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p / 100.0 * double(values.size())));
    return values[index];
}

} // namespace cabildo::test
