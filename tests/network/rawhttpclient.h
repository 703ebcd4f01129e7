#pragma once

// A plain-socket HTTP/1.1 client for the server tests: it sends exactly the bytes a test
// writes (half a request, a lying Content-Length, a chunked body), can come from any
// 127.0.0.x address, and spins the Qt event loop while it waits, so a backend living on the
// test's thread still receives what the server hands it.

#include <QByteArray>
#include <QList>

namespace cabildo::test {

struct HttpResponse
{
    int status = 0; ///< 0: no complete response
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(const QByteArray &name) const; ///< the first, case-insensitive; empty if none
    QList<QByteArray> headerValues(const QByteArray &name) const;
};

class RawHttpClient
{
public:
    /** Connects to 127.0.0.1:`port` from `sourceAddress` (any 127.0.0.x). */
    explicit RawHttpClient(quint16 port, const char *sourceAddress = "127.0.0.1");
    ~RawHttpClient();
    RawHttpClient(const RawHttpClient &) = delete;
    RawHttpClient &operator=(const RawHttpClient &) = delete;

    bool isConnected() const { return m_fd >= 0 && m_connected; }
    /** Sends all of `bytes`; false when the server closed or reset the connection. */
    bool send(const QByteArray &bytes);
    /** The next response, waiting up to `timeoutMs`; status 0 when none came in time. */
    HttpResponse read(int timeoutMs = 5000);
    /** True once the server has closed the connection (EOF or reset), waiting up to `timeoutMs`. */
    bool waitClosed(int timeoutMs);
    /** Bytes received and not yet read as a response. */
    QByteArray pending() const { return m_buffer; }
    int fd() const { return m_fd; }

    /** One request on a fresh connection, with `Connection: close`. */
    static HttpResponse request(quint16 port, const QByteArray &method, const QByteArray &target,
                                const QByteArray &body = {}, const QList<QByteArray> &headers = {});
    /** A request's bytes with Host, Content-Length (when there is a body) and `headers`. */
    static QByteArray requestBytes(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                                   const QList<QByteArray> &headers = {}, bool close = true);

private:
    /** Reads what is there, waiting up to `timeoutMs` for something; false on EOF or error. */
    bool receive(int timeoutMs);

    int m_fd = -1;
    bool m_connected = false;
    bool m_closed = false;
    QByteArray m_buffer;
};

} // namespace cabildo::test
