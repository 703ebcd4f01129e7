// What a phone's request says, read without a server (app/network/participantrequests.h),
// the rate limiter's exact window, the device keys' hashes and the answers' JSON.
#include "deviceidentity.h"
#include "networkinterfaces.h"
#include "networklimits.h"
#include "participantanswers.h"
#include "participantrequests.h"
#include "ratelimiter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace cabildo;
using namespace cabildo::requests;

Q_DECLARE_METATYPE(cabildo::requests::RouteKind)

namespace {

const QByteArray token = "Tok3n-abcdefghijklmnopqrstuv";
const QByteArray id = "0123456789abcdef0123456789ABCDEF";

QByteArray note(const QString &text, const QByteArray &extra = {})
{
    return "{\"id\":\"" + id + "\",\"text\":"
           + QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).chopped(1).sliced(1) + extra + '}';
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestParticipantRequests : public QObject
{
    Q_OBJECT

private slots:
    void routes_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<RouteKind>("kind");
        QTest::addColumn<QByteArray>("asset");
        QTest::addColumn<bool>("allowed");
        const QByteArray base = "/e/" + token;
        QTest::newRow("join page") << QByteArray("GET") << QByteArray("/") << RouteKind::JoinPage << QByteArray()
                                   << true;
        QTest::newRow("join page again") << QByteArray("HEAD") << QByteArray("/join") << RouteKind::JoinPage
                                         << QByteArray() << true;
        QTest::newRow("join") << QByteArray("POST") << QByteArray("/join") << RouteKind::JoinSubmit << QByteArray()
                              << true;
        QTest::newRow("join, wrong method")
            << QByteArray("PUT") << QByteArray("/join") << RouteKind::JoinPage << QByteArray() << false;
        QTest::newRow("no slash") << QByteArray("GET") << base << RouteKind::EventRedirect << QByteArray() << true;
        QTest::newRow("page") << QByteArray("GET") << base + '/' << RouteKind::EventPage << QByteArray() << true;
        QTest::newRow("page, POST") << QByteArray("POST") << base + '/' << RouteKind::EventPage << QByteArray()
                                    << false;
        QTest::newRow("asset") << QByteArray("GET") << base + "/strings/fr.json" << RouteKind::Asset
                               << QByteArray("strings/fr.json") << true;
        QTest::newRow("traversal stays a name")
            << QByteArray("GET") << base + "/../x" << RouteKind::Asset << QByteArray("../x") << true;
        QTest::newRow("encoded stays encoded")
            << QByteArray("GET") << base + "/%2e%2e/x" << RouteKind::Asset << QByteArray("%2e%2e/x") << true;
        QTest::newRow("root asset") << QByteArray("GET") << QByteArray("/app.css") << RouteKind::Asset
                                    << QByteArray("app.css") << true;
        QTest::newRow("root index") << QByteArray("GET") << QByteArray("/index.html") << RouteKind::NotFound
                                    << QByteArray() << false;
        QTest::newRow("state") << QByteArray("GET") << base + "/api/state" << RouteKind::State << QByteArray() << true;
        QTest::newRow("state, HEAD") << QByteArray("HEAD") << base + "/api/state" << RouteKind::State << QByteArray()
                                     << false;
        QTest::newRow("notes") << QByteArray("POST") << base + "/api/notes" << RouteKind::Notes << QByteArray() << true;
        QTest::newRow("notes, GET") << QByteArray("GET") << base + "/api/notes" << RouteKind::Notes << QByteArray()
                                    << false;
        QTest::newRow("ballot") << QByteArray("POST") << base + "/api/ballot" << RouteKind::Ballot << QByteArray()
                                << true;
        QTest::newRow("other api") << QByteArray("GET") << base + "/api/x" << RouteKind::NotFound << QByteArray()
                                   << false;
        QTest::newRow("wrong token") << QByteArray("GET") << QByteArray("/e/Tok3n-abcdefghijklmnopqrstuw/")
                                     << RouteKind::NotFound << QByteArray() << false;
        QTest::newRow("token prefix") << QByteArray("GET") << QByteArray("/e/Tok3n/") << RouteKind::NotFound
                                      << QByteArray() << false;
        QTest::newRow("absolute form") << QByteArray("GET") << QByteArray("http://x/") << RouteKind::NotFound
                                       << QByteArray() << false;
        QTest::newRow("empty") << QByteArray("GET") << QByteArray() << RouteKind::NotFound << QByteArray() << false;
    }
    void routes()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(RouteKind, kind);
        QFETCH(QByteArray, asset);
        QFETCH(bool, allowed);
        const Route found = route(method, path, token);
        QCOMPARE(found.kind, kind);
        QCOMPARE(found.asset, asset);
        QCOMPARE(found.methodAllowed, allowed);
    }

    void anEmptyTokenOpensNothing()
    {
        QCOMPARE(route("GET", "/e//", "").kind, RouteKind::NotFound);
        QCOMPARE(route("GET", "/e//api/state", "").kind, RouteKind::NotFound);
    }

    void targetsAndVersions()
    {
        const Target target = splitTarget("/e/t/api/state?v=12&x=1");
        QCOMPARE(target.path, QByteArrayView("/e/t/api/state"));
        QCOMPARE(target.query, QByteArrayView("v=12&x=1"));
        QCOMPARE(splitTarget("/a").query, QByteArrayView());
        QCOMPARE(stateVersion("v=12&x=1"), std::optional<qint64>(12));
        QCOMPARE(stateVersion("x=1&v=1764680000000"), std::optional<qint64>(1764680000000));
        QCOMPARE(stateVersion(""), std::nullopt);
        QCOMPARE(stateVersion("v="), std::nullopt);
        QCOMPARE(stateVersion("v=-1"), std::nullopt);
        QCOMPARE(stateVersion("v=1e3"), std::nullopt);
        QCOMPARE(stateVersion("v=9999999999999999999999"), std::nullopt);
    }

    void deviceCookies()
    {
        const QByteArray hex = "00112233445566778899aabbccddeeff";
        QCOMPARE(deviceKeyFromCookies(QByteArray("cabildo_device=" + hex)), QByteArray::fromHex(hex));
        QCOMPARE(deviceKeyFromCookies(QByteArray("a=b; cabildo_device=" + hex + "; c=d")), QByteArray::fromHex(hex));
        QCOMPARE(deviceKeyFromCookies(QByteArray("cabildo_device=" + hex.toUpper())), QByteArray::fromHex(hex));
        QCOMPARE(deviceKeyFromCookies(QByteArray("cabildo_device=" + hex.chopped(1))), QByteArray());
        QCOMPARE(deviceKeyFromCookies(QByteArray("cabildo_device=" + hex + '0')), QByteArray());
        QCOMPARE(deviceKeyFromCookies(QByteArray("cabildo_device=" + hex.chopped(1) + 'g')), QByteArray());
        QCOMPARE(deviceKeyFromCookies(QByteArray("xcabildo_device=" + hex)), QByteArray());
        QCOMPARE(deviceKeyFromCookies(QByteArray("cabildo_devicex=" + hex)), QByteArray());
        QCOMPARE(deviceKeyFromCookies(""), QByteArray());
    }

    void bodyTypes()
    {
        QCOMPARE(bodyType("application/json"), BodyType::Json);
        QCOMPARE(bodyType("Application/JSON; charset=UTF-8"), BodyType::Json);
        QCOMPARE(bodyType("application/json; charset=\"utf-8\""), BodyType::Json);
        QCOMPARE(bodyType("application/json; charset=iso-8859-1"), BodyType::Other);
        QCOMPARE(bodyType("application/x-www-form-urlencoded"), BodyType::Form);
        QCOMPARE(bodyType("text/plain"), BodyType::Other);
        QCOMPARE(bodyType(""), BodyType::Other);
    }

    void notes()
    {
        NoteRequest parsed = parseNote(note(QStringLiteral("Clean water"),
                                            R"(,"name":"Ana","organisation":null,"country":"BR","sector":"health",)"
                                            R"("showName":true)"));
        QVERIFY(!parsed.refusal.refused());
        QCOMPARE(parsed.note.submissionId, QString::fromLatin1(id.toLower()));
        QCOMPARE(parsed.note.text, QStringLiteral("Clean water"));
        QCOMPARE(parsed.note.name, QStringLiteral("Ana"));
        QCOMPARE(parsed.note.organisation, QString());
        QCOMPARE(parsed.note.country, QStringLiteral("BR"));
        QCOMPARE(parsed.note.sectorKey, QStringLiteral("health"));
        QVERIFY(parsed.note.showName);
        QVERIFY(!parseNote(note(QStringLiteral("x"))).note.showName);
    }

    void noteLimits_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("2,000 characters") << note(QString(2000, u'a')) << 0 << QByteArray();
        // An emoji is one character, though two UTF-16 units.
        QTest::newRow("2,000 emoji") << note(QString::fromUtf8("\xF0\x9F\x8C\x8A").repeated(2000)) << 0 << QByteArray();
        QTest::newRow("2,001 characters") << note(QString(2001, u'a')) << 422 << QByteArray("text_too_long");
        QTest::newRow("50 lines") << note(QStringLiteral("a\n").repeated(49) + u'a') << 0 << QByteArray();
        QTest::newRow("50 lines, CRLF") << note(QStringLiteral("a\r\n").repeated(49) + u'a') << 0 << QByteArray();
        QTest::newRow("51 lines") << note(QStringLiteral("a\n").repeated(50) + u'a') << 422
                                  << QByteArray("too_many_lines");
        QTest::newRow("51 lines, CR") << note(QStringLiteral("a\r").repeated(50) + u'a') << 422
                                      << QByteArray("too_many_lines");
        QTest::newRow("blank") << note(QStringLiteral(" \t\n")) << 422 << QByteArray("text_empty");
        QTest::newRow("long name") << note(QStringLiteral("x"), ",\"name\":\"" + QByteArray(201, 'n') + '"') << 422
                                   << QByteArray("field_too_long");
        QTest::newRow("bad UTF-8") << QByteArray("{\"id\":\"" + id + "\",\"text\":\"\xff\"}") << 400
                                   << QByteArray("invalid_utf8");
        QTest::newRow("encoded surrogate")
            << QByteArray("{\"id\":\"" + id + "\",\"text\":\"\xed\xa0\x80\"}") << 400 << QByteArray("invalid_utf8");
        QTest::newRow("lone surrogate escape")
            << note(QString(), R"(,"name":"\udc00")").replace("\"text\":\"\"", "\"text\":\"x\"") << 400
            << QByteArray("invalid_text");
        QTest::newRow("not JSON") << QByteArray("id=1") << 400 << QByteArray("malformed_json");
        QTest::newRow("empty") << QByteArray() << 400 << QByteArray("malformed_json");
        QTest::newRow("id of 31") << QByteArray(R"({"id":"0123456789abcdef0123456789abcde","text":"x"})") << 400
                                  << QByteArray("bad_id");
        QTest::newRow("id not hex") << QByteArray(R"({"id":"0123456789abcdef0123456789abcdeg","text":"x"})") << 400
                                    << QByteArray("bad_id");
        QTest::newRow("id a number") << QByteArray(R"({"id":1,"text":"x"})") << 400 << QByteArray("missing_id");
        QTest::newRow("showName a string")
            << note(QStringLiteral("x"), R"(,"showName":"yes")") << 400 << QByteArray("bad_field");
    }
    void noteLimits()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QByteArray, reason);
        const NoteRequest parsed = parseNote(body);
        QCOMPARE(parsed.refusal.status, status);
        QCOMPARE(parsed.refusal.reason, reason);
    }

    void ballots()
    {
        const QUuid round = QUuid::createUuid();
        const QUuid theme = QUuid::createUuid();
        const QByteArray body = "{\"round\":\"" + round.toByteArray(QUuid::WithoutBraces) + "\",\"themes\":[\""
                                + theme.toByteArray() + "\"]}";
        const BallotRequest parsed = parseBallot(body);
        QVERIFY(!parsed.refusal.refused());
        QCOMPARE(parsed.round, round);
        QCOMPARE(parsed.themes, QList<QUuid>{theme});
        QCOMPARE(parseBallot(R"({"round":"00000000-0000-0000-0000-000000000000","themes":[]})").refusal.status, 400);
        QCOMPARE(parseBallot(QByteArray("{\"round\":\"" + round.toByteArray() + "\"}")).refusal.status, 400);
        QCOMPARE(parseBallot(QByteArray("{\"round\":\"" + round.toByteArray() + "\",\"themes\":[1]}")).refusal.status,
                 400);
        QByteArray many = "{\"round\":\"" + round.toByteArray() + "\",\"themes\":[";
        for (int i = 0; i <= netlimits::ballotThemes; ++i)
            many += (i ? ",\"" : "\"") + theme.toByteArray() + '"';
        QCOMPARE(parseBallot(QByteArray(many + "]}")).refusal.status, 422);
        QVERIFY(
            !parseBallot(QByteArray("{\"round\":\"" + round.toByteArray() + "\",\"themes\":[]}")).refusal.refused());
    }

    void joinCodes()
    {
        QCOMPARE(parseJoin("code=k7p-2qx", BodyType::Form).code, QStringLiteral("K7P2QX"));
        QCOMPARE(parseJoin("x=1&code=k7p+2qx", BodyType::Form).code, QStringLiteral("K7P2QX"));
        QCOMPARE(parseJoin("code=%6B7P2QX", BodyType::Form).code, QStringLiteral("K7P2QX"));
        QCOMPARE(parseJoin(R"({"code":" k7p 2qx "})", BodyType::Json).code, QStringLiteral("K7P2QX"));
        QCOMPARE(parseJoin("code=%ff", BodyType::Form).refusal.status, 400);
        QCOMPARE(parseJoin("x=1", BodyType::Form).refusal.status, 400);
        QCOMPARE(parseJoin(R"({"code":5})", BodyType::Json).refusal.status, 400);
        QCOMPARE(parseJoin("code=1", BodyType::Other).refusal.status, 415);
        QCOMPARE(normalizedJoinCode(QStringLiteral("ab3-k9q")), QStringLiteral("AB3K9Q"));
    }

    void secretsCompareWhole()
    {
        QVERIFY(sameSecret("abc", "abc"));
        QVERIFY(!sameSecret("abc", "abd"));
        QVERIFY(!sameSecret("abc", "ab"));
        QVERIFY(sameSecret("", ""));
    }

    void theRateWindowSlides()
    {
        RateLimiter limiter(3, 60000);
        QVERIFY(limiter.allow("a", 0));
        QVERIFY(limiter.allow("a", 10000));
        QVERIFY(limiter.allow("a", 20000));
        QVERIFY(!limiter.allow("a", 30000));
        QVERIFY(limiter.allow("b", 30000)); // another key is counted apart
        QVERIFY(!limiter.allow("a", 59999));
        QVERIFY(limiter.allow("a", 60000)); // the first has left the window
        QVERIFY(!limiter.allow("a", 60001));
        QVERIFY(limiter.allow("a", 70000));
        // Refusals do not count: a flood does not lengthen its own wait.
        for (int t = 70001; t < 80000; t += 100)
            QVERIFY(!limiter.allow("a", t));
        QVERIFY(limiter.allow("a", 80000));
        limiter.prune(200000);
        QCOMPARE(limiter.keys(), 0);
    }

    void deviceKeysAndHashes()
    {
        const QByteArray key = device::newKey();
        QCOMPARE(key.size(), 16);
        QVERIFY(device::newKey() != key);
        QCOMPARE(device::cookieValue(key).size(), 32);
        const QByteArray hash = device::deviceHash("salt", key);
        QCOMPARE(hash.size(), 64);
        QVERIFY(device::deviceHash("other salt", key) != hash);
        const QUuid round = QUuid::createUuid();
        const QByteArray voter = device::voterKey("salt", round, key);
        QCOMPARE(voter.size(), 64);
        QCOMPARE(device::voterKey("salt", round, key), voter);
        QVERIFY(device::voterKey("salt", QUuid::createUuid(), key) != voter);
        QVERIFY(voter != hash);
        QCOMPARE(deviceKeyFromCookies(device::setCookieHeader(key).split(';').first()), key);
    }

    void answersEscapeEverything()
    {
        RoomView room;
        room.eventTitle = QStringLiteral("\"</script><script>alert(1)</script>");
        DeviceView device;
        device.notes.append({QStringLiteral("id"), QStringLiteral("a\"b\\c\nd\u2028"), QStringLiteral("on_board")});
        room.revealedNotes.append(
            {QStringLiteral("</p><img src=x onerror=alert(1)>\u2028\"}"), QStringLiteral("yellow")});
        const QByteArray json = answers::stateJson(42, answers::roomJson(room), QJsonValue(QJsonValue::Null), device);
        const QJsonObject parsed = QJsonDocument::fromJson(json).object();
        QCOMPARE(parsed.value(QStringLiteral("wall"))
                     .toObject()
                     .value(QStringLiteral("revealed"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString(),
                 room.revealedNotes.first().text);
        QCOMPARE(parsed.value(QStringLiteral("v")).toInteger(), 42);
        QCOMPARE(parsed.value(QStringLiteral("event")).toObject().value(QStringLiteral("title")).toString(),
                 room.eventTitle);
        QCOMPARE(parsed.value(QStringLiteral("notes")).toArray().first().toObject().value(QStringLiteral("text")),
                 QJsonValue(device.notes.first().text));
        QVERIFY(parsed.value(QStringLiteral("round")).isNull());
        QCOMPARE(QJsonDocument::fromJson(answers::errorJson("rate")).object().value(QStringLiteral("error")),
                 QJsonValue(QStringLiteral("rate")));
    }

    void theStateSaysExactlyWhatTheRoomMaySee()
    {
        RoomView room;
        room.eventTitle = QStringLiteral("Forum");
        room.phase = QStringLiteral("group");
        room.visibleNotes = 3;
        room.faceDownNotes = 1;
        room.revealedNotes = {{QStringLiteral("Newest"), QStringLiteral("blue")},
                              {QStringLiteral("Older"), QStringLiteral("url(x);color:red")}};
        DeviceView device;
        device.notes.append({QStringLiteral("id"), QStringLiteral("mine"), QStringLiteral("waiting")});
        const QJsonObject state = QJsonDocument::fromJson(answers::stateJson(7, answers::roomJson(room),
                                                                             QJsonValue(QJsonValue::Null), device))
                                      .object();
        // Issue 13's keys and issue 14's phase, timer and wall: nothing else goes to a phone.
        QCOMPARE(sortedKeys(state),
                 QStringList({QStringLiteral("ballot"), QStringLiteral("event"), QStringLiteral("notes"),
                              QStringLiteral("phase"), QStringLiteral("round"), QStringLiteral("timer"),
                              QStringLiteral("v"), QStringLiteral("votingClosed"), QStringLiteral("wall")}));
        QCOMPARE(state.value(QStringLiteral("phase")).toString(), QStringLiteral("group"));
        QVERIFY(state.value(QStringLiteral("timer")).isNull());
        const QJsonObject wall = state.value(QStringLiteral("wall")).toObject();
        QCOMPARE(sortedKeys(wall),
                 QStringList({QStringLiteral("count"), QStringLiteral("faceDown"), QStringLiteral("revealed")}));
        QCOMPARE(wall.value(QStringLiteral("count")).toInt(), 3);
        QCOMPARE(wall.value(QStringLiteral("faceDown")).toInt(), 1);
        const QJsonArray revealed = wall.value(QStringLiteral("revealed")).toArray();
        QCOMPARE(revealed.size(), 2);
        QCOMPARE(sortedKeys(revealed[0].toObject()), QStringList({QStringLiteral("colour"), QStringLiteral("text")}));
        QCOMPARE(revealed[0].toObject().value(QStringLiteral("text")).toString(), QStringLiteral("Newest"));
        QCOMPARE(revealed[0].toObject().value(QStringLiteral("colour")).toString(), QStringLiteral("blue"));
        // A colour is a key the page styles, never text it would have to trust.
        QCOMPARE(revealed[1].toObject().value(QStringLiteral("colour")).toString(), QString());
    }

    void theWallIsBounded()
    {
        RoomView room;
        for (int i = 0; i < 300; ++i)
            room.revealedNotes.append({QStringLiteral("Note %1").arg(i), QStringLiteral("yellow")});
        auto revealed = [](const RoomView &view) {
            return QJsonDocument::fromJson(answers::roomJson(view))
                .object()
                .value(QStringLiteral("wall"))
                .toObject()
                .value(QStringLiteral("revealed"))
                .toArray();
        };
        QCOMPARE(revealed(room).size(), netlimits::wallNotes);
        QCOMPARE(revealed(room).first().toObject().value(QStringLiteral("text")).toString(), QStringLiteral("Note 0"));

        // Long notes typed on the laptop: each is cut, and the list stops within the byte bound.
        room.revealedNotes.clear();
        for (int i = 0; i < 100; ++i)
            room.revealedNotes.append({QString(5000, u'é'), QStringLiteral("pink")});
        const QJsonArray cut = revealed(room);
        QVERIFY(!cut.isEmpty());
        qint64 bytes = 0;
        for (const QJsonValue &note : cut) {
            const QString text = note.toObject().value(QStringLiteral("text")).toString();
            QCOMPARE(text.size(), netlimits::wallNoteCharacters + 1);
            QVERIFY(text.endsWith(u'…'));
            bytes += text.toUtf8().size();
        }
        QVERIFY(bytes <= netlimits::wallBytes);
        QVERIFY(answers::roomJson(room).size() < netlimits::wallBytes + 1024);

        // Never half a character: a cut that would split a surrogate pair keeps it whole or not at all.
        room.revealedNotes = {{QString(netlimits::wallNoteCharacters - 1, u'a') + QStringLiteral("😀😀"), {}}};
        const QString text = revealed(room).first().toObject().value(QStringLiteral("text")).toString();
        QCOMPARE(text, QString(netlimits::wallNoteCharacters - 1, u'a') + u'…');
    }

    void theTimerIsReadAtTheMomentOfTheAnswer()
    {
        const QDateTime start = QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC);
        RoomViewTimer timer;
        QVERIFY(answers::timerJson(timer, start).isNull()); // no timer set
        timer.set = true;
        timer.remainingMs = 90 * 1000;
        QCOMPARE(answers::timerJson(timer, start).toObject(),
                 QJsonObject({{QStringLiteral("running"), false}, {QStringLiteral("remainingMs"), 90000}}));
        timer.running = true;
        timer.endsAt = start.addSecs(90);
        QCOMPARE(answers::timerJson(timer, start).toObject().value(QStringLiteral("remainingMs")).toInteger(), 90000);
        QCOMPARE(
            answers::timerJson(timer, start.addSecs(30)).toObject().value(QStringLiteral("remainingMs")).toInteger(),
            60000);
        // Past its end: zero ("time is up"), never negative.
        QCOMPARE(
            answers::timerJson(timer, start.addSecs(100)).toObject().value(QStringLiteral("remainingMs")).toInteger(),
            0);
    }

    void unchangedViewsAreRecognised()
    {
        RoomView a;
        a.roundOpen = true;
        a.themes.append(
            {QUuid::createUuid(), QStringLiteral("Water"), {{QStringLiteral("fr"), QStringLiteral("Eau")}}});
        RoomView b = a;
        QVERIFY(answers::sameView(a, b));
        b.themes[0].machineTitles[QStringLiteral("fr")] = QStringLiteral("L'eau");
        QVERIFY(!answers::sameView(a, b));
        // The phase, the timer and the wall are part of the view; a running timer is its end, not what is left.
        for (const auto &change : std::initializer_list<std::function<void(RoomView &)>>{
                 [](RoomView &v) { v.phase = QStringLiteral("vote"); },
                 [](RoomView &v) { v.timer.set = true; },
                 [](RoomView &v) { v.timer.endsAt = QDateTime::currentDateTimeUtc(); },
                 [](RoomView &v) { v.visibleNotes = 1; },
                 [](RoomView &v) { v.faceDownNotes = 1; },
                 [](RoomView &v) {
                     v.revealedNotes.append({QStringLiteral("x"), QStringLiteral("grey")});
                 },
             }) {
            RoomView c = a;
            QVERIFY(answers::sameView(a, c));
            change(c);
            QVERIFY(!answers::sameView(a, c));
        }
        DeviceView x;
        DeviceView y;
        QVERIFY(answers::sameView(x, y));
        y.ballot.append(QUuid::createUuid());
        QVERIFY(!answers::sameView(x, y));
    }

    void networkChoicesPutWifiFirstAndLoopbackLast()
    {
        const QList<NetworkChoice> found = networkChoices();
        for (qsizetype i = 1; i < found.size(); ++i) {
            QVERIFY(!found[i - 1].loopback || found[i].loopback);
            QVERIFY(found[i - 1].wireless || !found[i].wireless || found[i - 1].loopback);
        }
        for (const NetworkChoice &choice : found)
            QVERIFY(!choice.address.contains(u':')); // IPv4 only
        QList<NetworkChoice> made{
            {QStringLiteral("lo"), QStringLiteral("lo"), QStringLiteral("127.0.0.1"), false, true},
            {QStringLiteral("eth0"), QStringLiteral("eth0"), QStringLiteral("10.0.0.2"), false, false},
            {QStringLiteral("wlan0"), QStringLiteral("wlan0"), QStringLiteral("192.168.1.5"), true, false}};
        QCOMPARE(proposedChoice(made), 2);
        made.removeLast();
        QCOMPARE(proposedChoice(made), 1);
        made.removeLast();
        QCOMPARE(proposedChoice(made), 0);
        QCOMPARE(proposedChoice({}), -1);
    }
};

QTEST_GUILESS_MAIN(TestParticipantRequests)
#include "tst_participantrequests.moc"
