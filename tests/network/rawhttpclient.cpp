#include "rawhttpclient.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace cabildo::test {

QByteArray HttpResponse::header(const QByteArray &name) const
{
    const QList<QByteArray> values = headerValues(name);
    return values.isEmpty() ? QByteArray() : values.first();
}

QList<QByteArray> HttpResponse::headerValues(const QByteArray &name) const
{
    QList<QByteArray> values;
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            values.append(value);
    }
    return values;
}

RawHttpClient::RawHttpClient(quint16 port, const char *sourceAddress)
{
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return;
    sockaddr_in source{};
    source.sin_family = AF_INET;
    inet_pton(AF_INET, sourceAddress, &source.sin_addr);
    sockaddr_in server{};
    server.sin_family = AF_INET;
    server.sin_port = htons(port);
    inet_pton(AF_INET, "127.0.0.1", &server.sin_addr);
    m_connected = ::bind(m_fd, reinterpret_cast<sockaddr *>(&source), sizeof source) == 0
                  && ::connect(m_fd, reinterpret_cast<sockaddr *>(&server), sizeof server) == 0;
}

RawHttpClient::~RawHttpClient()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool RawHttpClient::send(const QByteArray &bytes)
{
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(m_fd, bytes.constData() + sent, std::size_t(bytes.size() - sent), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        sent += n;
    }
    return true;
}

bool RawHttpClient::receive(int timeoutMs)
{
    if (m_closed)
        return false;
    pollfd waiting{m_fd, POLLIN, 0};
    if (::poll(&waiting, 1, timeoutMs) <= 0)
        return true;
    char chunk[65536];
    const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
    if (n <= 0) {
        m_closed = true;
        return false;
    }
    m_buffer.append(chunk, n);
    return true;
}

HttpResponse RawHttpClient::read(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (true) {
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd >= 0) {
            HttpResponse response;
            const QList<QByteArray> lines = m_buffer.first(headerEnd).split('\n');
            const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
            qsizetype length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon < 0)
                    continue;
                const QByteArray name = lines[i].first(colon).trimmed();
                const QByteArray value = lines[i].sliced(colon + 1).trimmed();
                response.headers.append({name, value});
                if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                    length = value.toLongLong();
            }
            if (m_buffer.size() >= headerEnd + 4 + length) {
                response.status = statusLine.value(1).toInt();
                response.body = m_buffer.sliced(headerEnd + 4, length);
                m_buffer.remove(0, headerEnd + 4 + length);
                return response;
            }
        }
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0 || m_closed)
            return {};
        QCoreApplication::processEvents();
        if (!receive(int(qMin<qint64>(left, 10))))
            continue; // closed: one more look at what came before
    }
}

bool RawHttpClient::waitClosed(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    do {
        QCoreApplication::processEvents();
        receive(int(std::clamp<qint64>(deadline.remainingTime(), 0, 10)));
    } while (!m_closed && !deadline.hasExpired());
    return m_closed;
}

QByteArray RawHttpClient::requestBytes(const QByteArray &method, const QByteArray &target, const QByteArray &body,
                                       const QList<QByteArray> &headers, bool close)
{
    QByteArray bytes = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (close)
        bytes += "Connection: close\r\n";
    for (const QByteArray &header : headers)
        bytes += header + "\r\n";
    if (!body.isEmpty() || method == "POST")
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return bytes + "\r\n" + body;
}

HttpResponse RawHttpClient::request(quint16 port, const QByteArray &method, const QByteArray &target,
                                    const QByteArray &body, const QList<QByteArray> &headers)
{
    RawHttpClient client(port);
    if (!client.send(requestBytes(method, target, body, headers)))
        return {};
    return client.read();
}

} // namespace cabildo::test
