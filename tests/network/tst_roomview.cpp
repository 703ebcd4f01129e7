// What the room shows phones (issue 14), through the real desk and server: the phase, the
// timer, the count of notes and the revealed notes reach a phone's state, and nothing else
// does — no pending, hidden or face-down note's text, no author, no other phone's notes or
// ids — and the answer stays within its bounds however many long notes the board holds.
#include "document/eventdocument.h"
#include "document/participationdesk.h"
#include "networklimits.h"
#include "rawhttpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cabildo;
using namespace cabildo::test;

namespace {

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestRoomView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    std::unique_ptr<EventDocument> m_document;
    std::unique_ptr<ParticipationDesk> m_desk;
    quint16 m_port = 0;
    QByteArray m_token;

    QByteArray api(const char *path) const { return "/e/" + m_token + "/api/" + path; }

    /** A new phone: its first page visit gives it a cookie; returns "Cookie: …". */
    QByteArray newPhone()
    {
        const HttpResponse page = RawHttpClient::request(m_port, "GET", "/e/" + m_token + '/');
        const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("^cabildo_device=([0-9a-f]{32});"))
                                                  .match(QString::fromLatin1(page.header("Set-Cookie")));
        return match.hasMatch() ? "Cookie: cabildo_device=" + match.captured(1).toLatin1() : QByteArray();
    }
    HttpResponse state(const QByteArray &cookie)
    {
        return RawHttpClient::request(m_port, "GET", api("state"), {}, {cookie});
    }
    static QJsonObject parsed(const HttpResponse &answer) { return QJsonDocument::fromJson(answer.body).object(); }
    static QJsonObject wall(const HttpResponse &answer)
    {
        return parsed(answer).value(QStringLiteral("wall")).toObject();
    }
    static QStringList revealedTexts(const HttpResponse &answer)
    {
        QStringList texts;
        for (const QJsonValue &note : wall(answer).value(QStringLiteral("revealed")).toArray())
            texts.append(note.toObject().value(QStringLiteral("text")).toString());
        return texts;
    }
    /** A poll held at the phone's current version; the next change answers it. */
    std::unique_ptr<RawHttpClient> holdPoll(const QByteArray &cookie)
    {
        const qint64 version = parsed(state(cookie)).value(QStringLiteral("v")).toInteger();
        auto poll = std::make_unique<RawHttpClient>(m_port);
        poll->send(
            RawHttpClient::requestBytes("GET", api("state?v=") + QByteArray::number(version), {}, {cookie}, false));
        return poll;
    }
    qint64 addNote(const QString &text, NoteState state = NoteState::Visible)
    {
        Note note = EventDocument::makeNote(text, NoteSource::Typed);
        note.state = state;
        note.author.name = QStringLiteral("Author-Secret-Name");
        note.author.organisation = QStringLiteral("Org-Secret");
        const Outcome added = m_document->addNotes({note}, EventDocument::Origin::Participant);
        return added ? m_document->noteIds().constLast() : 0;
    }

private slots:
    void init()
    {
        QString error;
        m_document = EventDocument::create(m_folder.filePath(QStringLiteral("room.cabildo")), QStringLiteral("Forum"),
                                           QString(), QStringLiteral("UTC"), &error);
        QVERIFY2(m_document, qPrintable(error));
        m_desk = std::make_unique<ParticipationDesk>(m_document.get());
        const Outcome opened = m_desk->open(QStringLiteral("127.0.0.1"));
        QVERIFY2(opened, qPrintable(opened.error()));
        const QRegularExpressionMatch url =
            QRegularExpression(QStringLiteral(":(\\d+)/e/([A-Za-z0-9_-]+)/$")).match(m_desk->participantUrl());
        QVERIFY(url.hasMatch());
        m_port = quint16(url.captured(1).toUInt());
        m_token = url.captured(2).toLatin1();
    }

    void cleanup()
    {
        m_desk.reset();
        m_document.reset();
        QFile::remove(m_folder.filePath(QStringLiteral("room.cabildo")));
    }

    void aPhoneReadsOnlyWhatTheRoomMaySee()
    {
        const QByteArray cookie = newPhone();
        const QByteArray other = newPhone();
        QVERIFY(!cookie.isEmpty() && !other.isEmpty());
        QVERIFY(addNote(QStringLiteral("Visible-note-text")));
        QVERIFY(addNote(QStringLiteral("Pending-note-text"), NoteState::Pending));
        const qint64 hidden = addNote(QStringLiteral("Hidden-note-text"));
        QVERIFY(m_document->hideNotes({hidden}));
        QVERIFY(m_document->setHideNotesUntilRevealed(true));
        QVERIFY(addNote(QStringLiteral("FaceDown-note-text")));
        // Another phone's note, waiting for moderation: its text and its id are that phone's.
        QVERIFY(m_desk->setModerated(true));
        const QByteArray otherId = "0123456789abcdef0123456789abcdef";
        const HttpResponse sent =
            RawHttpClient::request(m_port, "POST", api("notes"),
                                   R"({"id":")" + otherId + R"(","text":"Other-phone-text","name":"Other-Name"})",
                                   {other, "Content-Type: application/json"});
        QCOMPARE(sent.status, 201);

        QTRY_COMPARE(wall(state(cookie)).value(QStringLiteral("count")).toInt(), 2); // the wall's turn may wait 1 s
        const HttpResponse answer = state(cookie);
        QCOMPARE(answer.status, 200);
        for (const char *secret : {"Pending-note-text", "Hidden-note-text", "FaceDown-note-text", "Other-phone-text",
                                   "Other-Name", "Author-Secret-Name", "Org-Secret"})
            QVERIFY2(!answer.body.contains(secret), secret);
        QVERIFY(!answer.body.contains(otherId));
        QVERIFY(!answer.body.contains(m_document->participantSalt().toHex()));
        // The keys of issue 13 and the four of issue 14, and a note is its text and colour.
        QCOMPARE(sortedKeys(parsed(answer)),
                 QStringList({QStringLiteral("ballot"), QStringLiteral("event"), QStringLiteral("notes"),
                              QStringLiteral("phase"), QStringLiteral("round"), QStringLiteral("timer"),
                              QStringLiteral("v"), QStringLiteral("votingClosed"), QStringLiteral("wall")}));
        QCOMPARE(wall(answer).value(QStringLiteral("count")).toInt(), 2); // visible, face down included
        QCOMPARE(wall(answer).value(QStringLiteral("faceDown")).toInt(), 1);
        QCOMPARE(revealedTexts(answer), QStringList{QStringLiteral("Visible-note-text")});
        const QJsonObject note = wall(answer).value(QStringLiteral("revealed")).toArray().first().toObject();
        QCOMPARE(sortedKeys(note), QStringList({QStringLiteral("colour"), QStringLiteral("text")}));
        QCOMPARE(note.value(QStringLiteral("colour")).toString(), QStringLiteral("yellow"));
        QVERIFY(parsed(answer).value(QStringLiteral("notes")).toArray().isEmpty()); // this phone sent none

        // Reveal: the face-down note shows, newest first; approving the other phone's note puts
        // its text on the wall, never its id or its author.
        auto poll = holdPoll(cookie);
        QVERIFY(m_document->revealNotes());
        const HttpResponse revealed = poll->read(10000);
        QCOMPARE(revealed.status, 200);
        QCOMPARE(revealedTexts(revealed),
                 QStringList({QStringLiteral("FaceDown-note-text"), QStringLiteral("Visible-note-text")}));
        QCOMPARE(wall(revealed).value(QStringLiteral("faceDown")).toInt(), 0);
        QList<qint64> fromTheOtherPhone;
        for (qint64 id : m_document->pendingNoteIds())
            if (m_document->note(id)->text == QLatin1String("Other-phone-text"))
                fromTheOtherPhone.append(id);
        QCOMPARE(fromTheOtherPhone.size(), 1);
        QVERIFY(m_document->approveNotes(fromTheOtherPhone));
        QTRY_VERIFY(revealedTexts(state(cookie)).contains(QStringLiteral("Other-phone-text")));
        const HttpResponse approved = state(cookie);
        for (const char *secret : {"Pending-note-text", "Hidden-note-text", "Other-Name", "Author-Secret-Name"})
            QVERIFY2(!approved.body.contains(secret), secret);
        QVERIFY(!approved.body.contains(otherId));
    }

    void theAnswerIsBoundedHoweverLongTheBoard()
    {
        const QByteArray cookie = newPhone();
        QList<Note> notes;
        for (int i = 0; i < 300; ++i)
            notes.append(EventDocument::makeNote(QStringLiteral("Long note %1 ").arg(i) + QString(1500, u'x'),
                                                 NoteSource::Typed));
        QVERIFY(m_document->addNotes(notes));
        QTRY_COMPARE(wall(state(cookie)).value(QStringLiteral("count")).toInt(), 300);
        const HttpResponse answer = state(cookie);
        QVERIFY2(answer.body.size() < netlimits::wallBytes + 2048, QByteArray::number(answer.body.size()));
        const QStringList texts = revealedTexts(answer);
        QVERIFY(!texts.isEmpty() && texts.size() < 300);
        QVERIFY(texts.first().startsWith(QStringLiteral("Long note 299 "))); // newest first
    }

    void thePhaseAndTheTimerReachPhonesAtOnceAndOnlyWhenTheyChange()
    {
        // The document's clock is a test's, frozen: phones still count on the laptop's own.
        const QDateTime frozen = QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC);
        m_document->setClock([frozen] { return frozen; });
        const QByteArray cookie = newPhone();
        const QJsonObject first = parsed(state(cookie));
        QCOMPARE(first.value(QStringLiteral("phase")).toString(), QStringLiteral("capture"));
        QVERIFY(first.value(QStringLiteral("timer")).isNull());

        auto poll = holdPoll(cookie);
        QVERIFY(m_document->setPhase(Phase::Group));
        HttpResponse woken = poll->read();
        QCOMPARE(woken.status, 200);
        QCOMPARE(parsed(woken).value(QStringLiteral("phase")).toString(), QStringLiteral("group"));

        poll = holdPoll(cookie);
        QVERIFY(m_document->setTimerLength(90 * 60 * 1000));
        QVERIFY(m_document->startTimer());
        woken = poll->read();
        QCOMPARE(woken.status, 200);
        const QJsonObject timer = parsed(woken).value(QStringLiteral("timer")).toObject();
        QCOMPARE(timer.value(QStringLiteral("running")).toBool(), true);
        const qint64 remaining = timer.value(QStringLiteral("remainingMs")).toInteger();
        // Read when the answer was written: a little under 90 minutes (generous: a loaded machine).
        QVERIFY2(remaining > 85 * 60 * 1000 && remaining <= 90 * 60 * 1000, QByteArray::number(remaining));

        // While it runs, the room's clock ticks (RoomClock, every 100 ms) and nothing is
        // published: a held poll stays held. Pausing it answers at once.
        poll = holdPoll(cookie);
        QCOMPARE(poll->read(1500).status, 0);
        QVERIFY(m_document->pauseTimer());
        woken = poll->read();
        QCOMPARE(woken.status, 200);
        const QJsonObject paused = parsed(woken).value(QStringLiteral("timer")).toObject();
        QCOMPARE(paused.value(QStringLiteral("running")).toBool(), false);
        QCOMPARE(paused.value(QStringLiteral("remainingMs")).toInteger(), 90 * 60 * 1000); // its clock is frozen
    }
};

QTEST_GUILESS_MAIN(TestRoomView)
#include "tst_roomview.moc"
