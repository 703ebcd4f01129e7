// The protocol of desk.h on Qt HttpServer 6.4 (Debian qt6-httpserver-dev 6.4.2, a technical
// preview in 6.4): a QAbstractHttpServer on its own QThread, so all sockets are served by that
// thread's event loop. Qt 6.4 has no asynchronous answer in its API (QFuture answers came in
// 6.5), but a QHttpServerResponder can be kept after handleRequest returns; it holds the raw
// socket and a reference to the request, which Qt deletes when the client goes, so each held
// responder is kept beside a QPointer to its socket and dropped unwritten when the socket is
// gone. Qt HttpServer 6.4 has no limit of its own: no body limit (the whole body is buffered
// before handleRequest), no connection limit, no idle timeout. This server adds none, so
// the load client sees the library as it is; the listen backlog is ours (bind()).
//   server_qt [--port N]
#include "desk.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>
#include <QtHttpServer/QAbstractHttpServer>

#include <cstdio>
#include <list>
#include <memory>

using namespace serverchoice;

namespace {

struct Held
{
    QPointer<QTcpSocket> socket;
    std::shared_ptr<QHttpServerResponder> responder;
    std::chrono::steady_clock::time_point deadline;
};

void write(const Held &held, const Answer &answer)
{
    if (!held.socket || held.socket->state() != QAbstractSocket::ConnectedState)
        return; // the phone went away; its responder dies unwritten
    held.responder->write(answer.body, QByteArrayLiteral("application/json"),
                          QHttpServerResponder::StatusCode(answer.status));
}

class PollServer : public QAbstractHttpServer
{
public:
    explicit PollServer(Desk *desk) : m_desk(desk) { m_expiry.callOnTimeout(this, &PollServer::expire); }

    /** On the server's thread, once it runs there: listens and starts answering expired polls. */
    bool start(quint16 port)
    {
        auto *tcp = new QTcpServer(this);
        tcp->setListenBacklogSize(kListenBacklog);
        tcp->setMaxPendingConnections(kConnectionLimit);
        if (!tcp->listen(QHostAddress::LocalHost, port))
            return false;
        bind(tcp);
        m_expiry.start(1000);
        return true;
    }

    /** On the Desk's thread: the new version reaches the server's thread queued. */
    void published(int version)
    {
        QMetaObject::invokeMethod(
            this,
            [this, version] {
                m_version = version;
                for (const Held &held : m_waiting)
                    write(held, {200, versionJson(version)});
                m_waiting.clear();
            },
            Qt::QueuedConnection);
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        const QString path = request.url().path();
        const bool get = request.method() == QHttpServerRequest::Method::Get;
        const bool post = request.method() == QHttpServerRequest::Method::Post;
        if (get && path == QLatin1String("/state")) {
            bool isNumber = false;
            int known = QUrlQuery(request.url()).queryItemValue(QStringLiteral("v")).toInt(&isNumber);
            if (!isNumber)
                known = -1;
            Held held = hold(request, socket);
            if (known != m_version)
                write(held, {200, versionJson(m_version)});
            else
                m_waiting.push_back(std::move(held));
            return true;
        }
        if (get && path == QLatin1String("/stats")) {
            write(hold(request, socket), {200, statsJson(*m_desk)});
            return true;
        }
        const bool note = post && path == QLatin1String("/notes");
        if (note || (post && path == QLatin1String("/publish"))) {
            if (request.body().size() > kBodyLimit) { // already buffered whole by Qt
                write(hold(request, socket), {413, QByteArrayLiteral("{\"error\":\"too large\"}")});
                return true;
            }
            Desk *desk = m_desk;
            const QByteArray body = request.body();
            onDesk(
                desk, [desk, body, note] { return note ? desk->storeNote(body) : desk->publish(); },
                [this, held = hold(request, socket)](const Answer &answer) {
                    QMetaObject::invokeMethod(
                        this, [held, answer] { write(held, answer); }, Qt::QueuedConnection);
                });
            return true;
        }
        return false;
    }

    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        write(hold(request, socket), {404, QByteArrayLiteral("{\"error\":\"not found\"}")});
    }

private:
    static Held hold(const QHttpServerRequest &request, QTcpSocket *socket)
    {
        return {socket, std::make_shared<QHttpServerResponder>(makeResponder(request, socket)),
                std::chrono::steady_clock::now() + kHold};
    }

    void expire()
    {
        const auto now = std::chrono::steady_clock::now();
        m_waiting.remove_if([&](const Held &held) {
            if (held.socket && held.deadline > now)
                return false;
            write(held, {200, versionJson(m_version)});
            return true;
        });
    }

    Desk *m_desk;
    int m_version = 0;
    std::list<Held> m_waiting;
    QTimer m_expiry{this}; // a child, so it moves to the server thread with its owner
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    raiseOpenFileLimit();
    const int port = intOption(argc, argv, "--port", 18080);

    Desk desk;
    QThread serverThread;
    auto *server = new PollServer(&desk);
    desk.onPublish = [server](int version) { server->published(version); };
    server->moveToThread(&serverThread);
    QObject::connect(&serverThread, &QThread::finished, server, &QObject::deleteLater);
    serverThread.start();

    bool listening = false;
    QMetaObject::invokeMethod(
        server, [server, port, &listening] { listening = server->start(quint16(port)); }, Qt::BlockingQueuedConnection);
    if (!listening) {
        std::fprintf(stderr, "Qt HttpServer could not listen on port %d\n", port);
        return 1;
    }
    announce(port, "Qt HttpServer");
    const int result = app.exec();
    serverThread.quit();
    serverThread.wait();
    return result;
}
