// The participation server over real sockets on 127.0.0.1 (issue 13): what a phone may
// read and send, what it is refused and with which status, that nothing is acknowledged
// before the backend has stored it, and that slow, idle, flooding or many clients leave
// the server answering the others. The backend is a fake living on the test's thread.
#include "deviceidentity.h"
#include "networklimits.h"
#include "participationserver.h"
#include "rawhttpclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <memory>

#include <sys/resource.h>

using namespace cabildo;
using namespace cabildo::test;

namespace {

const QByteArray token = "Tok3n-abcdefghijklmnopqrstuv";
const QByteArray salt = "event-salt";
const QString joinCode = QStringLiteral("K7P2QX");

/** Stores what it is given; answers 201, 200 for an id it already has, or holds the answer. */
class FakeBackend : public QObject, public ParticipationBackend
{
public:
    QList<NoteSubmission> notes;
    QList<BallotSubmission> ballots;
    QList<DeviceKey> devicesSeen;
    bool holdAnswers = false;
    bool dropAnswers = false;
    QList<Completion> held;

    void submitNote(const NoteSubmission &note, Completion done) override
    {
        const bool known = std::any_of(notes.cbegin(), notes.cend(), [&](const NoteSubmission &stored) {
            return stored.submissionId == note.submissionId;
        });
        notes.append(note);
        answer(known ? 200 : 201, std::move(done));
    }
    void submitBallot(const BallotSubmission &ballot, Completion done) override
    {
        ballots.append(ballot);
        answer(200, std::move(done));
    }
    void deviceSeen(const DeviceKey &device) override { devicesSeen.append(device); }

private:
    void answer(int status, Completion done)
    {
        if (dropAnswers)
            return;
        if (holdAnswers)
            held.append(std::move(done));
        else
            done(status, R"({"stored":true})");
    }
};

QByteArray noteBody(const QByteArray &id, const QString &text)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("id"), QString::fromLatin1(id)},
                                     {QStringLiteral("text"), text},
                                     {QStringLiteral("name"), QStringLiteral("Ana")},
                                     {QStringLiteral("showName"), true}})
        .toJson(QJsonDocument::Compact);
}

QByteArray submissionId(int n)
{
    return QByteArray::number(n).rightJustified(32, '0');
}

QByteArray api(const char *path)
{
    return "/e/" + token + "/api/" + path;
}

QByteArray resourceBytes(const QString &name)
{
    QFile file(QStringLiteral(":/web/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestParticipationServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeBackend> m_backend;
    std::unique_ptr<ParticipationServer> m_server;
    quint16 m_port = 0;

    HttpResponse get(const QByteArray &target, const QList<QByteArray> &headers = {})
    {
        return RawHttpClient::request(m_port, "GET", target, {}, headers);
    }
    /** A new phone: its first page visit gives it a cookie; returns "Cookie: …" and its key. */
    QByteArray newPhone(QByteArray *key = nullptr)
    {
        const HttpResponse page = get("/e/" + token + '/');
        const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("^cabildo_device=([0-9a-f]{32});"))
                                                  .match(QString::fromLatin1(page.header("Set-Cookie")));
        if (!match.hasMatch())
            return {};
        if (key)
            *key = QByteArray::fromHex(match.captured(1).toLatin1());
        return "Cookie: cabildo_device=" + match.captured(1).toLatin1();
    }
    HttpResponse postNote(const QByteArray &cookie, const QByteArray &body,
                          const QByteArray &contentType = "application/json")
    {
        return RawHttpClient::request(m_port, "POST", api("notes"), body, {cookie, "Content-Type: " + contentType});
    }

private slots:
    void init()
    {
        m_backend = std::make_unique<FakeBackend>();
        m_server = std::make_unique<ParticipationServer>(m_backend.get());
        ServerSettings settings;
        settings.bindAddress = QStringLiteral("127.0.0.1");
        settings.token = token;
        settings.joinCode = joinCode;
        settings.salt = salt;
        QString error;
        QVERIFY2(m_server->start(settings, &error), qPrintable(error));
        QVERIFY(m_server->isRunning());
        m_port = m_server->port();
        QVERIFY(m_port != 0);
    }

    void cleanup()
    {
        m_server.reset();
        m_backend.reset();
    }

    void servesThePageWithItsHeadersAndACookie()
    {
        const HttpResponse page = get("/e/" + token + '/');
        QCOMPARE(page.status, 200);
        QCOMPARE(page.body, resourceBytes(QStringLiteral("index.html")));
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        QCOMPARE(page.header("Content-Security-Policy"),
                 QByteArray("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                            "connect-src 'self'; frame-ancestors 'none'"));
        QCOMPARE(page.header("X-Content-Type-Options"), QByteArray("nosniff"));
        QCOMPARE(page.header("Referrer-Policy"), QByteArray("no-referrer"));
        const QByteArray cookie = page.header("Set-Cookie");
        QVERIFY2(QRegularExpression(QStringLiteral("^cabildo_device=[0-9a-f]{32}; Path=/; Max-Age=604800; HttpOnly; "
                                                   "SameSite=Strict$"))
                     .match(QString::fromLatin1(cookie))
                     .hasMatch(),
                 cookie.constData());
        // The backend hears of the new device (its hash, never its key) on its own thread.
        QTRY_COMPARE(m_backend->devicesSeen.size(), 1);
        const QByteArray key = QByteArray::fromHex(cookie.mid(15, 32));
        QCOMPARE(m_backend->devicesSeen.first().hash, device::deviceHash(salt, key));
        QCOMPARE(m_backend->devicesSeen.first().address, QStringLiteral("127.0.0.1"));

        // A phone with its cookie gets no new one and is not new again.
        const HttpResponse again = get("/e/" + token + '/', {"Cookie: cabildo_device=" + key.toHex()});
        QCOMPARE(again.status, 200);
        QVERIFY(again.header("Set-Cookie").isEmpty());

        const HttpResponse script = get("/e/" + token + "/app.js");
        QCOMPARE(script.status, 200);
        QCOMPARE(script.body, resourceBytes(QStringLiteral("app.js")));
        QVERIFY(script.header("Content-Type").startsWith("text/javascript"));
        QCOMPARE(get("/e/" + token + "/strings/fr.json").body, resourceBytes(QStringLiteral("strings/fr.json")));
        // A phone's cached copy is checked, not sent again.
        QCOMPARE(get("/e/" + token + "/app.js", {"If-None-Match: " + script.header("ETag")}).status, 304);

        // The join page, and its files at the root.
        const HttpResponse joinPage = get("/");
        QCOMPARE(joinPage.status, 200);
        QCOMPARE(joinPage.body, resourceBytes(QStringLiteral("join.html")));
        QCOMPARE(get("/join").body, resourceBytes(QStringLiteral("join.html")));
        QCOMPARE(get("/app.css").status, 200);
        QTRY_COMPARE(m_backend->devicesSeen.size(), 3); // the two cookieless visits to the join page too
    }

    void wrongOrMissingTokenIsNotFound_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::newRow("no token") << QByteArray("/e/");
        QTest::newRow("empty token") << QByteArray("/e//");
        QTest::newRow("wrong token") << QByteArray("/e/Tok3n-abcdefghijklmnopqrstuX/");
        QTest::newRow("token cut short") << "/e/" + token.chopped(1) + '/';
        QTest::newRow("token and more") << "/e/" + token + "x/";
        QTest::newRow("wrong token, state") << QByteArray("/e/Tok3n-abcdefghijklmnopqrstuX/api/state");
        QTest::newRow("api without token") << QByteArray("/api/state");
        QTest::newRow("index without token") << QByteArray("/index.html");
        QTest::newRow("unknown file") << "/e/" + token + "/secret.txt";
        QTest::newRow("unknown api") << "/e/" + token + "/api/notes/1";
    }
    void wrongOrMissingTokenIsNotFound()
    {
        QFETCH(QByteArray, target);
        const HttpResponse response = get(target);
        QCOMPARE(response.status, 404);
        QCOMPARE(response.header("X-Content-Type-Options"), QByteArray("nosniff"));
    }

    void pathTraversalIsNotFound_data()
    {
        QTest::addColumn<QByteArray>("target");
        const QByteArray base = "/e/" + token + '/';
        QTest::newRow("dot dot") << base + "../../etc/passwd";
        QTest::newRow("root dot dot") << QByteArray("/../../etc/passwd");
        QTest::newRow("encoded dots") << base + "%2e%2e/%2e%2e/etc/passwd";
        QTest::newRow("encoded dots, upper case") << base + "%2E%2E/%2E%2E/etc/passwd";
        QTest::newRow("encoded slashes") << base + "..%2f..%2fetc%2fpasswd";
        QTest::newRow("back to a real file") << base + "strings/../app.js";
        QTest::newRow("dot segment") << base + "./app.js";
        QTest::newRow("encoded name of a real file") << base + "app%2ejs";
        QTest::newRow("encoded slash to a real file") << base + "strings%2fen.json";
        QTest::newRow("NUL") << base + "app.js%00";
        QTest::newRow("double encoding") << base + "%252e%252e/etc/passwd";
        QTest::newRow("backslashes") << base + "..\\..\\etc\\passwd";
        QTest::newRow("absolute") << base + "/etc/passwd";
    }
    void pathTraversalIsNotFound()
    {
        QFETCH(QByteArray, target);
        QCOMPARE(get(target).status, 404);
    }

    void wrongMethodIs405()
    {
        const QByteArray page = "/e/" + token + '/';
        HttpResponse response = RawHttpClient::request(m_port, "POST", page, "x");
        QCOMPARE(response.status, 405);
        QCOMPARE(response.header("Allow"), QByteArray("GET, HEAD"));
        response = get(api("notes"));
        QCOMPARE(response.status, 405);
        QCOMPARE(response.header("Allow"), QByteArray("POST"));
        QCOMPARE(RawHttpClient::request(m_port, "DELETE", "/join").status, 405);
        QCOMPARE(RawHttpClient::request(m_port, "PUT", page + "app.js", "x").status, 405);
        QCOMPARE(RawHttpClient::request(m_port, "POST", api("state"), "{}").status, 405);
        // HEAD of a page: its headers, no body.
        RawHttpClient head(m_port);
        QVERIFY(head.send(RawHttpClient::requestBytes("HEAD", page + "app.js")));
        QTRY_VERIFY_WITH_TIMEOUT(head.waitClosed(100), 60000);
        QVERIFY(head.pending().startsWith("HTTP/1.1 200"));
        QVERIFY(head.pending().endsWith("\r\n\r\n"));
    }

    void aNoteIsAnsweredOnlyOnceTheBackendHasStoredIt()
    {
        QByteArray key;
        const QByteArray cookie = newPhone(&key);
        QVERIFY(!cookie.isEmpty());
        m_backend->holdAnswers = true;
        RawHttpClient phone(m_port);
        QVERIFY(phone.send(RawHttpClient::requestBytes("POST", api("notes"),
                                                       noteBody(submissionId(1), QStringLiteral("Água")),
                                                       {cookie, "Content-Type: application/json"})));
        QTRY_COMPARE(m_backend->notes.size(), 1);
        // The backend has it but has not said it is stored: the phone hears nothing.
        QCOMPARE(phone.read(300).status, 0);
        QVERIFY(phone.pending().isEmpty());

        const NoteSubmission &note = m_backend->notes.first();
        QCOMPARE(note.submissionId, QString::fromLatin1(submissionId(1)));
        QCOMPARE(note.text, QStringLiteral("Água"));
        QCOMPARE(note.name, QStringLiteral("Ana"));
        QVERIFY(note.showName);
        QCOMPARE(note.device.hash, device::deviceHash(salt, key));
        QCOMPARE(note.device.address, QStringLiteral("127.0.0.1"));

        m_backend->held.takeFirst()(201, R"({"status":"on_board"})");
        const HttpResponse answer = phone.read();
        QCOMPARE(answer.status, 201);
        QCOMPARE(answer.body, QByteArray(R"({"status":"on_board"})"));
        QCOMPARE(answer.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(answer.header("Cache-Control"), QByteArray("no-store"));
    }

    void theSameSubmissionTwiceReachesTheBackendWhichDecides()
    {
        const QByteArray cookie = newPhone();
        QCOMPARE(postNote(cookie, noteBody(submissionId(7), QStringLiteral("Schools"))).status, 201);
        // The phone sends it again (the first answer was lost): the backend says it has it.
        QCOMPARE(postNote(cookie, noteBody(submissionId(7), QStringLiteral("Schools"))).status, 200);
        QCOMPARE(m_backend->notes.size(), 2);
        QCOMPARE(m_backend->notes[0].submissionId, m_backend->notes[1].submissionId);
    }

    void anOversizedBodyIsRefusedBeforeItIsRead()
    {
        const QByteArray cookie = newPhone();
        // The headers announce 1 MiB and only 1 KiB follows: the 413 can only come from the
        // header, and the server then closes the connection instead of reading the rest.
        RawHttpClient phone(m_port);
        QVERIFY(phone.send("POST " + api("notes") + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + cookie
                           + "\r\nContent-Type: application/json\r\nContent-Length: 1048576\r\n\r\n"
                           + QByteArray(1024, 'a')));
        const HttpResponse answer = phone.read();
        QCOMPARE(answer.status, 413);
        QVERIFY(phone.waitClosed(60000)); // a bound for a broken server, not a timing check
        // A body with no length, counted as it comes: cut off past the limit, nothing stored.
        RawHttpClient chunked(m_port);
        QByteArray bytes = "POST " + api("notes") + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + cookie
                           + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (int i = 0; i < 40; ++i)
            bytes += "400\r\n" + QByteArray(1024, ' ') + "\r\n";
        chunked.send(bytes);
        QVERIFY(chunked.waitClosed(60000)); // a bound for a broken server, not a timing check
        QCOMPARE(m_backend->notes.size(), 0);
        // Just under the limit is read (and refused for what it says).
        const QByteArray atLimit =
            noteBody(submissionId(1), QString(netlimits::bodyBytes, u' ')).left(netlimits::bodyBytes);
        QCOMPARE(postNote(cookie, atLimit).status, 400);
    }

    void refusedBodies_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        const QByteArray json = "application/json";
        const QByteArray id = submissionId(3);
        QTest::newRow("not JSON") << QByteArray("text/plain") << noteBody(id, QStringLiteral("x")) << 415;
        QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded") << QByteArray("text=x") << 415;
        QTest::newRow("JSON in another charset")
            << QByteArray("application/json; charset=latin1") << noteBody(id, QStringLiteral("x")) << 415;
        QTest::newRow("malformed JSON") << json << QByteArray(R"({"id": "1", "text": )") << 400;
        QTest::newRow("an array") << json << QByteArray("[1,2]") << 400;
        QTest::newRow("invalid UTF-8") << json << "{\"id\":\"" + id + "\",\"text\":\"caf\xe9\"}" << 400;
        QTest::newRow("overlong UTF-8") << json << "{\"id\":\"" + id + "\",\"text\":\"\xc0\xaf\"}" << 400;
        QTest::newRow("lone surrogate") << json << "{\"id\":\"" + id + "\",\"text\":\"\\ud800\"}" << 400;
        QTest::newRow("no id") << json << QByteArray(R"({"text":"x"})") << 400;
        QTest::newRow("short id") << json << QByteArray(R"({"id":"abc","text":"x"})") << 400;
        QTest::newRow("no text") << json << "{\"id\":\"" + id + "\"}" << 400;
        QTest::newRow("text not a string") << json << "{\"id\":\"" + id + "\",\"text\":5}" << 400;
        QTest::newRow("name not a string") << json << "{\"id\":\"" + id + "\",\"text\":\"x\",\"name\":[]}" << 400;
        QTest::newRow("empty text") << json << noteBody(id, QStringLiteral(" \n ")) << 422;
        // 10,000 lines take 20,000 bytes of JSON at least ("\n" is two): refused from the header.
        QTest::newRow("10,000 lines") << json << noteBody(id, QStringLiteral("a\n").repeated(10000)) << 413;
        QTest::newRow("51 lines") << json << noteBody(id, QStringLiteral("a\n").repeated(50) + u'a') << 422;
        QTest::newRow("2,001 characters") << json << noteBody(id, QString(2001, u'é')) << 422;
        QTest::newRow("name too long") << json
                                       << "{\"id\":\"" + id + "\",\"text\":\"x\",\"name\":\"" + QByteArray(201, 'n')
                                              + "\"}"
                                       << 422;
    }
    void refusedBodies()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const QByteArray cookie = newPhone();
        const HttpResponse answer = postNote(cookie, body, contentType);
        QCOMPARE(answer.status, status);
        QVERIFY(QJsonDocument::fromJson(answer.body).object().contains(QStringLiteral("error")));
        QCOMPARE(m_backend->notes.size(), 0);
    }

    void aLongNoteWithinTheLimitsIsPassedOn()
    {
        const QByteArray cookie = newPhone();
        // The line limit with a body that fits (5,000 lines are 15,000 bytes of JSON).
        QCOMPARE(postNote(cookie, noteBody(submissionId(1), QStringLiteral("a\n").repeated(5000))).status, 422);
        QCOMPARE(postNote(cookie, noteBody(submissionId(2), QString(2000, u'é'))).status, 201);
        QCOMPARE(postNote(cookie, noteBody(submissionId(3), QStringLiteral("a\r\n").repeated(49) + u'a')).status, 201);
        QCOMPARE(m_backend->notes.size(), 2);
    }

    void writesNeedACookieAndAnUnblockedDevice()
    {
        QCOMPARE(postNote("X-No-Cookie: 1", noteBody(submissionId(1), QStringLiteral("x"))).status, 401);
        QCOMPARE(get(api("state")).status, 401);
        QByteArray key;
        const QByteArray cookie = newPhone(&key);
        const QByteArray hash = device::deviceHash(salt, key);
        m_server->setBlocked(hash, true);
        QCOMPARE(postNote(cookie, noteBody(submissionId(1), QStringLiteral("x"))).status, 403);
        const QByteArray ballot = R"({"round":"6f1c1e6a-8a55-4a4e-9c43-52b8f1a1e001","themes":[]})";
        QCOMPARE(
            RawHttpClient::request(m_port, "POST", api("ballot"), ballot, {cookie, "Content-Type: application/json"})
                .status,
            403);
        QCOMPARE(get(api("state"), {cookie}).status, 200); // reading is not writing
        m_server->setBlocked(hash, false);
        QCOMPARE(postNote(cookie, noteBody(submissionId(1), QStringLiteral("x"))).status, 201);
        QCOMPARE(m_backend->notes.size(), 1);
    }

    void aBallotCarriesAVoterKeyPerRound()
    {
        QByteArray key;
        const QByteArray cookie = newPhone(&key);
        const QUuid round = QUuid::createUuid();
        const QUuid theme = QUuid::createUuid();
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("round"), round.toString()},
                                      {QStringLiteral("themes"), QJsonArray{theme.toString(QUuid::WithoutBraces)}}})
                .toJson();
        const QList<QByteArray> headers{cookie, "Content-Type: application/json"};
        QCOMPARE(RawHttpClient::request(m_port, "POST", api("ballot"), body, headers).status, 200);
        QCOMPARE(m_backend->ballots.size(), 1);
        const BallotSubmission &ballot = m_backend->ballots.first();
        QCOMPARE(ballot.round, round);
        QCOMPARE(ballot.themes, QList<QUuid>{theme});
        QCOMPARE(ballot.voterKey, device::voterKey(salt, round, key));
        QCOMPARE(ballot.device.hash, device::deviceHash(salt, key));
        QVERIFY(ballot.voterKey != ballot.device.hash);
        QVERIFY(device::voterKey(salt, QUuid::createUuid(), key) != ballot.voterKey);

        QJsonArray tooMany;
        for (int i = 0; i <= netlimits::ballotThemes; ++i)
            tooMany.append(QUuid::createUuid().toString());
        const QByteArray big =
            QJsonDocument(QJsonObject{{QStringLiteral("round"), round.toString()}, {QStringLiteral("themes"), tooMany}})
                .toJson(QJsonDocument::Compact);
        QCOMPARE(RawHttpClient::request(m_port, "POST", api("ballot"), big, headers).status, 422);
        QCOMPARE(RawHttpClient::request(m_port, "POST", api("ballot"), R"({"round":"x","themes":[]})", headers).status,
                 400);
        QCOMPARE(m_backend->ballots.size(), 1);
    }

    void joiningWithTheCode()
    {
        const HttpResponse page = get("/");
        const QByteArray cookie = "Cookie: " + page.header("Set-Cookie").split(';').first();
        const QByteArray form = "Content-Type: application/x-www-form-urlencoded";
        HttpResponse answer = RawHttpClient::request(m_port, "POST", "/join", "code=k7p-2qx", {cookie, form});
        QCOMPARE(answer.status, 303);
        QCOMPARE(answer.header("Location"), "/e/" + token + '/');
        answer = RawHttpClient::request(m_port, "POST", "/join", R"({"code":"K7P2QX"})",
                                        {cookie, "Content-Type: application/json"});
        QCOMPARE(answer.status, 303);
        QCOMPARE(RawHttpClient::request(m_port, "POST", "/join", "code=AAAAAA", {cookie, form}).status, 403);
        QCOMPARE(RawHttpClient::request(m_port, "POST", "/join", "code=BBBBBB", {cookie, form}).status, 403);
        QCOMPARE(RawHttpClient::request(m_port, "POST", "/join", "code=CCCCCC", {cookie, form}).status, 403);
        // The sixth try in a minute is refused, even with the right code.
        answer = RawHttpClient::request(m_port, "POST", "/join", "code=K7P2QX", {cookie, form});
        QCOMPARE(answer.status, 429);
        QVERIFY(!answer.header("Retry-After").isEmpty());
        // Another phone is not held back by this one.
        const HttpResponse other = get("/join");
        const QByteArray otherCookie = "Cookie: " + other.header("Set-Cookie").split(';').first();
        QCOMPARE(RawHttpClient::request(m_port, "POST", "/join", "code=K7P2QX", {otherCookie, form}).status, 303);
    }

    void aNewLinkRetiresTheOldToken()
    {
        const QByteArray fresh = "Fresh-token-0123456789abcdef";
        m_server->setCredentials(fresh, QStringLiteral("ZZZ999"));
        QCOMPARE(get("/e/" + token + '/').status, 404);
        QCOMPARE(get("/e/" + fresh + '/').status, 200);
        QCOMPARE(get("/e/" + fresh).header("Location"), "/e/" + fresh + '/');
        const QByteArray form = "Content-Type: application/x-www-form-urlencoded";
        QCOMPARE(RawHttpClient::request(m_port, "POST", "/join", "code=K7P2QX", {form}).status, 403);
        QCOMPARE(RawHttpClient::request(m_port, "POST", "/join", "code=zzz999", {form}).header("Location"),
                 "/e/" + fresh + '/');
    }

    void aNewLinkAnswersThePollsHeldUnderTheOldToken()
    {
        const QByteArray cookie = newPhone();
        const HttpResponse first = get(api("state"), {cookie});
        const QByteArray version =
            QByteArray::number(QJsonDocument::fromJson(first.body).object().value(QStringLiteral("v")).toInteger());
        RawHttpClient poll(m_port);
        QVERIFY(poll.send(RawHttpClient::requestBytes("GET", api("state?v=") + version, {}, {cookie}, false)));
        QCOMPARE(poll.read(400).status, 0); // nothing new: held
        // The old link stops working at once: its page hears so now (404), not after the
        // poll's 25 s, and is never told the room's state again.
        m_server->setCredentials("Fresh-token-0123456789abcdef", QStringLiteral("ZZZ999"));
        const HttpResponse gone = poll.read(2000);
        QCOMPARE(gone.status, 404);
        QVERIFY(!gone.body.contains("\"v\""));
    }

    void oneDeviceSendingAThousandNotesIsHeldToTheLimit()
    {
        QByteArray key;
        const QByteArray cookie = newPhone(&key);
        int refused = 0;
        for (int i = 0; i < 1000; ++i) {
            const int status = postNote(cookie, noteBody(submissionId(i), QStringLiteral("flood"))).status;
            QVERIFY2(status == 201 || status == 429, qPrintable(QString::number(status)));
            refused += status == 429 ? 1 : 0;
        }
        QVERIFY(m_backend->notes.size() <= netlimits::notesPerMinute);
        QCOMPARE(m_backend->notes.size() + refused, 1000);
        const ServerStats stats = m_server->stats();
        QCOMPARE(stats.rateRefusals.value(device::deviceHash(salt, key)), refused);
        // Everyone else is still served.
        const QByteArray other = newPhone();
        QCOMPARE(postNote(other, noteBody(submissionId(5000), QStringLiteral("calm"))).status, 201);
    }

    void newDevicesFromOneAddressAreLimited()
    {
        QByteArray key;
        const QByteArray first = newPhone(&key);
        for (int i = 1; i < netlimits::newDevicesPerAddressPerMinute; ++i)
            QVERIFY(!get("/").header("Set-Cookie").isEmpty());
        // The next page is served without a cookie; its API calls wait for a reload.
        const HttpResponse page = get("/e/" + token + '/');
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Set-Cookie").isEmpty());
        QCOMPARE(m_server->stats().rateRefusals.value("ip:127.0.0.1"), 1);
        // A made-up cookie is a new device too.
        const QByteArray forged = "Cookie: cabildo_device=" + QByteArray(32, 'a');
        QCOMPARE(get(api("state"), {forged}).status, 429);
        // Known devices are not held back: one that has made requests, and one the backend
        // published after a restart (the server had not seen it since it started).
        QCOMPARE(get(api("state"), {first}).status, 200);
        const QByteArray storedKey = QByteArray::fromHex(QByteArray(32, 'b'));
        m_server->publishDevice(device::deviceHash(salt, storedKey), DeviceView{});
        QCOMPARE(get(api("state"), {"Cookie: cabildo_device=" + storedKey.toHex()}).status, 200);
        QTRY_COMPARE(m_backend->devicesSeen.size(), netlimits::newDevicesPerAddressPerMinute + 1);
        QCOMPARE(m_backend->devicesSeen.last().hash, device::deviceHash(salt, storedKey));
    }

    void slowClientsAreClosedWhileOthersAreServed()
    {
        // One sends half a request and waits; one sends a byte every second, for ever (MHD's
        // own timeout, counting silence only, would never close it).
        RawHttpClient silent(m_port);
        QVERIFY(silent.send("GET /e/" + token + "/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"));
        RawHttpClient trickling(m_port);
        const QByteArray endless = "GET /e/" + token + "/ HTTP/1.1\r\nX-Slow: " + QByteArray(1000, 'z');
        qsizetype trickled = 0;
        bool othersServed = true;
        bool silentClosed = false;
        bool tricklingClosed = false;
        // Not a timing check: the server's deadline is 10 s (about a dozen rounds of up to a
        // second); the bound on rounds only stops a broken server from hanging the suite.
        for (int round = 0; round < 300 && !(silentClosed && tricklingClosed); ++round) {
            if (!tricklingClosed && trickled < endless.size())
                tricklingClosed = !trickling.send(endless.mid(trickled++, 1));
            othersServed = othersServed && get("/e/" + token + "/app.js").status == 200;
            silentClosed = silentClosed || silent.waitClosed(450);
            tricklingClosed = tricklingClosed || trickling.waitClosed(450);
        }
        QVERIFY(othersServed);
        QVERIFY(silentClosed);
        QVERIFY(tricklingClosed);
        QVERIFY(silent.pending().isEmpty());
        QVERIFY(trickling.pending().isEmpty());
    }

    void twoThousandIdleConnectionsLeaveRoomForAFreshClient()
    {
        // The usual soft limit of open files (1,024) is below what this test holds: the
        // server raises it as it starts.
        rlimit limit{};
        QCOMPARE(getrlimit(RLIMIT_NOFILE, &limit), 0);
        if (limit.rlim_max < 5000)
            QSKIP("the hard limit of open files is below 5,000");
        limit.rlim_cur = 1024;
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &limit), 0);
        m_server->stop();
        ServerSettings settings;
        settings.bindAddress = QStringLiteral("127.0.0.1");
        settings.token = token;
        QVERIFY(m_server->start(settings, nullptr));
        m_port = m_server->port();
        QCOMPARE(getrlimit(RLIMIT_NOFILE, &limit), 0);
        QCOMPARE(limit.rlim_cur, limit.rlim_max);

        // From four addresses, under the per-address limit of 512 each.
        const char *sources[] = {"127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5"};
        std::vector<std::unique_ptr<RawHttpClient>> idle;
        for (int i = 0; i < 2000; ++i) {
            idle.push_back(std::make_unique<RawHttpClient>(m_port, sources[i % 4]));
            QVERIFY2(idle.back()->isConnected(), "cannot connect from 127.0.0.x");
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_server->stats().openConnections >= 2000, 8000);
        const HttpResponse fresh = get("/e/" + token + '/');
        QCOMPARE(fresh.status, 200);
        QCOMPARE(fresh.body, resourceBytes(QStringLiteral("index.html")));
    }

    void oneAddressCannotTakeEveryConnection()
    {
        std::vector<std::unique_ptr<RawHttpClient>> clients;
        for (unsigned i = 0; i < netlimits::connectionsPerAddress + 8; ++i)
            clients.push_back(std::make_unique<RawHttpClient>(m_port, "127.0.0.6"));
        // MHD closes the connections over the limit as it accepts them.
        auto closed = [&] {
            int count = 0;
            for (const auto &client : clients)
                count += client->waitClosed(0) ? 1 : 0;
            return count;
        };
        QTRY_COMPARE_WITH_TIMEOUT(closed(), 8, 8000);
        QCOMPARE(get("/e/" + token + "/app.js").status, 200);
    }

    void aLongPollAnswersWhenThePhonesViewChanges()
    {
        QByteArray key;
        const QByteArray cookie = newPhone(&key);
        const HttpResponse first = get(api("state"), {cookie});
        QCOMPARE(first.status, 200);
        QCOMPARE(first.header("Cache-Control"), QByteArray("no-store"));
        const QJsonObject state = QJsonDocument::fromJson(first.body).object();
        const qint64 version = state.value(QStringLiteral("v")).toInteger();
        QVERIFY(version > 0);
        QVERIFY(state.value(QStringLiteral("round")).isNull());
        QCOMPARE(state.value(QStringLiteral("votingClosed")).toBool(true), false);

        // A stale version is answered at once.
        QCOMPARE(RawHttpClient::request(m_port, "GET", api("state?v=1"), {}, {cookie}).status, 200);

        RawHttpClient poll(m_port);
        QVERIFY(poll.send(
            RawHttpClient::requestBytes("GET", api("state?v=") + QByteArray::number(version), {}, {cookie}, false)));
        QCOMPARE(poll.read(400).status, 0); // nothing new: held
        RoomView room;
        room.eventTitle = QStringLiteral("Assembleia");
        m_server->publish(room);
        const HttpResponse changed = poll.read();
        QCOMPARE(changed.status, 200);
        const QJsonObject after = QJsonDocument::fromJson(changed.body).object();
        QCOMPARE(after.value(QStringLiteral("event")).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Assembleia"));
        const qint64 roomVersion = after.value(QStringLiteral("v")).toInteger();
        QVERIFY(roomVersion > version);

        // The same view again, or another phone's notes, wake nobody.
        QVERIFY(poll.send(RawHttpClient::requestBytes("GET", api("state?v=") + QByteArray::number(roomVersion), {},
                                                      {cookie}, false)));
        m_server->publish(room);
        DeviceView others;
        others.notes.append({QString::fromLatin1(submissionId(2)), QStringLiteral("x"), QStringLiteral("on_board")});
        m_server->publishDevice("another-phone", others);
        QCOMPARE(poll.read(400).status, 0);
        // This phone's own notes do.
        DeviceView mine;
        mine.notes.append({QString::fromLatin1(submissionId(1)), QStringLiteral("<img src=x onerror=alert(1)>"),
                           QStringLiteral("waiting")});
        m_server->publishDevice(device::deviceHash(salt, key), mine);
        const HttpResponse own = poll.read();
        QCOMPARE(own.status, 200);
        const QJsonArray notes = QJsonDocument::fromJson(own.body).object().value(QStringLiteral("notes")).toArray();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes[0].toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("<img src=x onerror=alert(1)>"));
        QCOMPARE(notes[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("waiting"));
    }

    void theStateShowsTheOpenRoundAndThePhonesBallot()
    {
        QByteArray key;
        const QByteArray cookie = newPhone(&key);
        RoomView room;
        room.eventTitle = QStringLiteral("Forum \"2026\"");
        room.roundOpen = true;
        room.round = QUuid::createUuid();
        room.roundName = QStringLiteral("Priorities");
        room.votesPerPerson = 5;
        room.capPerTheme = 2;
        RoomViewTheme theme{QUuid::createUuid(), QStringLiteral("Water </script>"), {}};
        theme.machineTitles.insert(QStringLiteral("fr"), QStringLiteral("Eau"));
        room.themes.append(theme);
        m_server->publish(room);
        m_server->publishDevice(device::deviceHash(salt, key), DeviceView{{}, {theme.uuid}});
        const QJsonObject state = QJsonDocument::fromJson(get(api("state"), {cookie}).body).object();
        const QJsonObject round = state.value(QStringLiteral("round")).toObject();
        QCOMPARE(round.value(QStringLiteral("id")).toString(), room.round.toString(QUuid::WithoutBraces));
        QCOMPARE(round.value(QStringLiteral("name")).toString(), QStringLiteral("Priorities"));
        QCOMPARE(round.value(QStringLiteral("votesPerPerson")).toInt(), 5);
        QCOMPARE(round.value(QStringLiteral("capPerTheme")).toInt(), 2);
        const QJsonObject first = round.value(QStringLiteral("themes")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("title")).toString(), QStringLiteral("Water </script>"));
        QCOMPARE(first.value(QStringLiteral("machineTitles")).toObject().value(QStringLiteral("fr")).toString(),
                 QStringLiteral("Eau"));
        QCOMPARE(state.value(QStringLiteral("ballot")).toArray(),
                 QJsonArray{theme.uuid.toString(QUuid::WithoutBraces)});
        QCOMPARE(state.value(QStringLiteral("event")).toObject().value(QStringLiteral("title")).toString(),
                 room.eventTitle);

        room.roundOpen = false;
        room.roundClosed = true;
        m_server->publish(room);
        const QJsonObject closed = QJsonDocument::fromJson(get(api("state"), {cookie}).body).object();
        QVERIFY(closed.value(QStringLiteral("round")).isNull());
        QVERIFY(closed.value(QStringLiteral("votingClosed")).toBool());
    }

    void theTimerIsCountedWhenEachAnswerIsWrittenAndWakesNobody()
    {
        // The server's own clock, set by the test: what is left is read at each answer.
        const QDateTime start = QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC);
        // Set between requests only, while the server waits for the next one.
        const auto now = std::make_shared<QDateTime>(start);
        m_server->setClock([now] { return *now; });
        QByteArray key;
        const QByteArray cookie = newPhone(&key);
        RoomView room;
        room.phase = QStringLiteral("capture");
        room.timer = RoomViewTimer{true, true, 0, start.addSecs(90 * 60)}; // a 90-minute brainstorm
        room.visibleNotes = 2;
        room.faceDownNotes = 1;
        room.revealedNotes = {{QStringLiteral("Clean water"), QStringLiteral("green")}};
        m_server->publish(room);
        auto remaining = [](const HttpResponse &answer) {
            return QJsonDocument::fromJson(answer.body)
                .object()
                .value(QStringLiteral("timer"))
                .toObject()
                .value(QStringLiteral("remainingMs"))
                .toInteger(-1);
        };
        const HttpResponse first = get(api("state"), {cookie});
        QCOMPARE(remaining(first), 90 * 60 * 1000);
        const QJsonObject state = QJsonDocument::fromJson(first.body).object();
        QCOMPARE(state.value(QStringLiteral("phase")).toString(), QStringLiteral("capture"));
        QCOMPARE(state.value(QStringLiteral("timer")).toObject().value(QStringLiteral("running")).toBool(), true);
        QCOMPARE(state.value(QStringLiteral("wall")).toObject().value(QStringLiteral("count")).toInt(), 2);
        QCOMPARE(state.value(QStringLiteral("wall")).toObject().value(QStringLiteral("faceDown")).toInt(), 1);
        const qint64 version = state.value(QStringLiteral("v")).toInteger();

        // Time passes: the next answer says less is left, with nothing published meanwhile,
        // and a held poll is not woken by the clock (phones count down by themselves).
        *now = start.addSecs(30 * 60);
        QCOMPARE(remaining(get(api("state"), {cookie})), 60 * 60 * 1000);
        RawHttpClient poll(m_port);
        QVERIFY(poll.send(
            RawHttpClient::requestBytes("GET", api("state?v=") + QByteArray::number(version), {}, {cookie}, false)));
        m_server->publish(room); // the same view again, as after a change phones do not see
        QCOMPARE(poll.read(400).status, 0);
        *now = start.addSecs(2 * 3600);
        QCOMPARE(remaining(get(api("state"), {cookie})), 0); // past the end: time is up, never below 0

        // Paused: what is left, as the desk says it; and the phase wakes every phone at once.
        room.timer = RoomViewTimer{true, false, 15 * 60 * 1000, {}};
        room.phase = QStringLiteral("group");
        m_server->publish(room);
        const HttpResponse woken = poll.read();
        QCOMPARE(woken.status, 200);
        QCOMPARE(remaining(woken), 15 * 60 * 1000);
        QCOMPARE(QJsonDocument::fromJson(woken.body).object().value(QStringLiteral("phase")).toString(),
                 QStringLiteral("group"));
    }

    void stoppingClosesAPendingSubmissionUnanswered()
    {
        const QByteArray cookie = newPhone();
        const qint64 version =
            QJsonDocument::fromJson(get(api("state"), {cookie}).body).object().value(QStringLiteral("v")).toInteger();
        RawHttpClient poll(m_port);
        QVERIFY(poll.send(
            RawHttpClient::requestBytes("GET", api("state?v=") + QByteArray::number(version), {}, {cookie}, false)));
        m_backend->holdAnswers = true;
        RawHttpClient phone(m_port);
        QVERIFY(
            phone.send(RawHttpClient::requestBytes("POST", api("notes"), noteBody(submissionId(1), QStringLiteral("x")),
                                                   {cookie, "Content-Type: application/json"})));
        QTRY_COMPARE(m_backend->notes.size(), 1);
        QCOMPARE(poll.read(100).status, 0);
        m_server->stop();
        QVERIFY(!m_server->isRunning());
        QVERIFY(phone.waitClosed(60000));   // a bound for a broken server, not a timing check
        QVERIFY(phone.pending().isEmpty()); // not told "stored": the phone will send it again
        QVERIFY(poll.waitClosed(60000));    // a bound for a broken server, not a timing check
        QVERIFY(poll.pending().isEmpty());
        // The backend's late answer goes nowhere, and harms nothing.
        m_backend->held.takeFirst()(201, "{}");
        m_backend->holdAnswers = false;
        // The server starts again on a new port, and answers.
        ServerSettings settings;
        settings.bindAddress = QStringLiteral("127.0.0.1");
        settings.token = token;
        settings.salt = salt;
        QString error;
        QVERIFY2(m_server->start(settings, &error), qPrintable(error));
        m_port = m_server->port();
        QCOMPARE(postNote(cookie, noteBody(submissionId(1), QStringLiteral("x"))).status, 200);
    }

    void aBackendThatNeverAnswersGivesAnErrorNotASilence()
    {
        const QByteArray cookie = newPhone();
        m_backend->dropAnswers = true;
        QCOMPARE(postNote(cookie, noteBody(submissionId(1), QStringLiteral("x"))).status, 503);
    }

    void startingOnATakenPortSaysSo()
    {
        ParticipationServer second(m_backend.get());
        ServerSettings settings;
        settings.bindAddress = QStringLiteral("127.0.0.1");
        settings.port = m_port;
        settings.token = token;
        QString error;
        QVERIFY(!second.start(settings, &error));
        QVERIFY2(error.contains(QString::number(m_port)), qPrintable(error));
        settings.port = 0;
        settings.token = "short";
        QVERIFY(!second.start(settings, &error));
        QVERIFY(error.contains(QStringLiteral("guess")));
        settings.token = token;
        settings.bindAddress = QStringLiteral("not an address");
        QVERIFY(!second.start(settings, &error));
        QVERIFY(error.contains(QStringLiteral("not an address")));
        QVERIFY(!second.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestParticipationServer)
#include "tst_participationserver.moc"
