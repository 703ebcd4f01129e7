// The real participation server for the browser test (tst_page_browser.js): a new event in a
// temporary folder, a ParticipationDesk on 127.0.0.1 (any free port), and a small control
// server on another loopback port through which the test does what the facilitator does and
// reads what the event holds. The same routes as mockserver.js's /__mock/, minus
// drop-next-note-answer (the real desk cannot be told to lose an answer).
//   realserver
// Prints, then serves until SIGTERM or SIGINT (or until the test that started it dies):
//   Controls: http://127.0.0.1:PORT/
//   Control routes: notes ballots round close title moderate approve block new-link phase timer hide reveal delete
//   Participants: http://127.0.0.1:PORT/e/TOKEN/
//   Join code: XXXXXX
// Controls (no token, loopback only): GET notes, GET ballots, POST round {name, votesPerPerson,
// capPerTheme, themes: [{title, machineTitles: {fr: …}}]}, POST close, POST title {title} (the
// event's), POST moderate {moderated}, POST approve (every waiting note), POST block {blocked}, POST new-link (→ {url,
// joinCode}), and running the room (issue 14): POST phase {phase: "group"…}, POST timer {ms} (a new length, not
// running) or {action: "start" | "pause" | "stop" | "clear"}, POST hide {hide} ("Hide notes until revealed"), POST
// reveal, POST delete {text} (the notes that say it, as the facilitator deletes them). Every change goes through the
// EventDocument on this thread, as the app's own would.
#include "document/eventdocument.h"
#include "document/participationdesk.h"
#include "grouping/languagework.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <optional>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace cabildo;

namespace {

const QStringList controlRoutes{QStringLiteral("notes"),   QStringLiteral("ballots"), QStringLiteral("round"),
                                QStringLiteral("close"),   QStringLiteral("title"),   QStringLiteral("moderate"),
                                QStringLiteral("approve"), QStringLiteral("block"),   QStringLiteral("new-link"),
                                QStringLiteral("phase"),   QStringLiteral("timer"),   QStringLiteral("hide"),
                                QStringLiteral("reveal"),  QStringLiteral("delete")};

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QString statusOf(NoteState state)
{
    switch (state) {
    case NoteState::Visible:
        return QStringLiteral("on_board");
    case NoteState::Pending:
        return QStringLiteral("waiting");
    case NoteState::Hidden:
        return QStringLiteral("not_shown");
    }
    return {};
}

/** A control's answer: 200 and JSON, or another status and {"error"} (the test then fails). */
struct Reply
{
    int status = 200;
    QJsonDocument body{QJsonObject()};

    static Reply refused(int status, const QString &message)
    {
        return {status, QJsonDocument(QJsonObject{{QStringLiteral("error"), message}})};
    }
};

/** A refusal when the document refused (unchanged is fine: the room is already so). */
std::optional<Reply> refusal(const Outcome &outcome, const char *what)
{
    if (outcome || outcome.error().isEmpty())
        return std::nullopt;
    return Reply::refused(500, QLatin1String(what) + QStringLiteral(": ") + outcome.error());
}

/** The control routes, each a few lines over the document and the desk. */
class Controls
{
public:
    Controls(EventDocument *document, ParticipationDesk *desk) : m_document(document), m_desk(desk) {}

    Reply answer(const QString &route, const QJsonObject &body)
    {
        if (route == QLatin1String("notes"))
            return {200, QJsonDocument(storedNotes())};
        if (route == QLatin1String("ballots"))
            return {200, QJsonDocument(latestBallots())};
        if (route == QLatin1String("round"))
            return openRound(body);
        if (route == QLatin1String("close")) {
            if (const VoteRound *open = m_document->openRound())
                if (auto refused = refusal(m_document->closeRound(open->id), "close"))
                    return *refused;
            return {};
        }
        if (route == QLatin1String("approve")) {
            const QList<qint64> waiting = m_document->pendingNoteIds();
            return waiting.isEmpty() ? Reply()
                                     : refusal(m_document->approveNotes(waiting), "approve").value_or(Reply());
        }
        if (route == QLatin1String("delete")) {
            QList<qint64> saying;
            for (qint64 id : m_document->noteIds())
                if (m_document->note(id)->text == body.value(QStringLiteral("text")).toString())
                    saying.append(id);
            return saying.isEmpty() ? Reply() : refusal(m_document->removeNotes(saying), "delete").value_or(Reply());
        }
        if (route == QLatin1String("title")) {
            EventInfo event = m_document->event();
            event.title = body.value(QStringLiteral("title")).toString();
            return refusal(m_document->setEventInfo(event), "title").value_or(Reply());
        }
        if (route == QLatin1String("new-link")) {
            if (auto refused = refusal(m_desk->newLink(), "new-link"))
                return *refused;
            return {200, QJsonDocument(QJsonObject{{QStringLiteral("url"), m_desk->participantUrl()},
                                                   {QStringLiteral("joinCode"), m_desk->joinCode()}})};
        }
        if (route == QLatin1String("moderate"))
            return refusal(m_desk->setModerated(body.value(QStringLiteral("moderated")).toBool()), "moderate")
                .value_or(Reply());
        if (route == QLatin1String("block")) {
            const bool blocked = body.value(QStringLiteral("blocked")).toBool();
            for (const ParticipantDevice &device : m_desk->devices())
                if (auto refused = refusal(
                        blocked ? m_desk->blockDevice(device.id, false) : m_desk->unblockDevice(device.id), "block"))
                    return *refused;
            return {};
        }
        if (route == QLatin1String("phase")) {
            bool known = false;
            const Phase phase = phaseFromKey(body.value(QStringLiteral("phase")).toString(), &known);
            if (!known)
                return Reply::refused(400, QStringLiteral("no such phase"));
            return refusal(m_document->setPhase(phase), "phase").value_or(Reply());
        }
        if (route == QLatin1String("timer"))
            return timer(body);
        if (route == QLatin1String("hide"))
            return refusal(m_document->setHideNotesUntilRevealed(body.value(QStringLiteral("hide")).toBool()), "hide")
                .value_or(Reply());
        if (route == QLatin1String("reveal"))
            return refusal(m_document->revealNotes(), "reveal").value_or(Reply());
        return Reply::refused(404, QStringLiteral("no control ") + route);
    }

private:
    /** The room's timer: a new length {ms}, or {action} start, pause, stop or clear. */
    Reply timer(const QJsonObject &body)
    {
        const QString action = body.value(QStringLiteral("action")).toString();
        if (body.contains(QStringLiteral("ms")))
            return refusal(m_document->setTimerLength(body.value(QStringLiteral("ms")).toInteger()), "timer")
                .value_or(Reply());
        if (action == QLatin1String("start"))
            return refusal(m_document->startTimer(), "start").value_or(Reply());
        if (action == QLatin1String("pause"))
            return refusal(m_document->pauseTimer(), "pause").value_or(Reply());
        if (action == QLatin1String("stop"))
            return refusal(m_document->stopTimer(), "stop").value_or(Reply());
        if (action == QLatin1String("clear")) // no timer at all
            return refusal(m_document->setTimer(RoomTimer{}), "clear").value_or(Reply());
        return Reply::refused(400, QStringLiteral("timer: give ms or an action"));
    }

    /** Every phone's stored note, by the phone's submission id, in the order each phone sent them. */
    QJsonArray storedNotes() const
    {
        QJsonArray notes;
        for (const StoredDevice &device : m_document->devices()) {
            QHash<QUuid, QString> submissionOf;
            for (const Submission &submission : m_document->submissionsOfDevice(device.id))
                submissionOf.insert(submission.noteUuid, submission.id);
            for (qint64 id : m_document->notesOfDevice(device.id)) {
                const Note *note = m_document->note(id);
                notes.append(QJsonObject{
                    {QStringLiteral("id"), submissionOf.value(note->uuid)},
                    {QStringLiteral("device"), device.number},
                    {QStringLiteral("text"), note->text},
                    {QStringLiteral("name"), note->author.name},
                    {QStringLiteral("organisation"), note->author.organisation},
                    {QStringLiteral("country"), note->author.country},
                    {QStringLiteral("sector"), sectorKey(note->author.sector)},
                    {QStringLiteral("showName"), note->author.showNameInResults},
                    {QStringLiteral("status"), statusOf(note->state)},
                });
            }
        }
        return notes;
    }

    /** The latest round's ballots as [{key, themes}], themes sorted as text (as the test sorts them). */
    QJsonArray latestBallots() const
    {
        QJsonArray ballots;
        if (m_document->roundIds().isEmpty())
            return ballots;
        for (const Ballot &ballot : m_document->ballots(m_document->roundIds().constLast())) {
            QStringList themes;
            for (const QUuid &theme : ballot.themes)
                themes.append(uuidText(theme));
            std::sort(themes.begin(), themes.end());
            ballots.append(QJsonObject{{QStringLiteral("key"), QString::fromLatin1(ballot.voterKey)},
                                       {QStringLiteral("themes"), QJsonArray::fromStringList(themes)}});
        }
        return ballots;
    }

    /**
     * Themes of one note each (its text the title), then a round on them, opened. A theme's
     * machine titles become its note's stored language work (pivots into those languages), so
     * the desk finds them the way it finds real translations.
     */
    Reply openRound(const QJsonObject &body)
    {
        QJsonArray themes;
        for (const QJsonValue &value : body.value(QStringLiteral("themes")).toArray()) {
            const QString title = value[QStringLiteral("title")].toString();
            const QJsonObject machineTitles = value[QStringLiteral("machineTitles")].toObject();
            if (auto refused =
                    refusal(m_document->addNotes({EventDocument::makeNote(title, NoteSource::Typed)}), "note"))
                return *refused;
            const qint64 noteId = m_document->noteIds().constLast();
            if (!machineTitles.isEmpty()) {
                LanguageAnalysis analysis;
                analysis.detectedLanguage = QStringLiteral("en");
                analysis.pivots.append({QStringLiteral("en"), title});
                for (auto it = machineTitles.begin(); it != machineTitles.end(); ++it)
                    analysis.pivots.append({it.key(), it.value().toString()});
                if (!m_document->storeNoteAnalyses({{noteId, {analysis.detectedLanguage, analysis.toStorageString()}}}))
                    return Reply::refused(500, QStringLiteral("the language work was not stored"));
            }
            if (auto refused = refusal(m_document->createTheme(title, QStringLiteral("yellow"), {noteId}), "theme"))
                return *refused;
            const Theme *theme = m_document->theme(m_document->themeIds().constLast());
            themes.append(QJsonObject{{QStringLiteral("id"), uuidText(theme->uuid)},
                                      {QStringLiteral("title"), theme->title},
                                      {QStringLiteral("machineTitles"), machineTitles}});
        }
        const int votes = body.value(QStringLiteral("votesPerPerson")).toInt(3);
        const int cap = body.value(QStringLiteral("capPerTheme")).toInt(0);
        const QString name = body.value(QStringLiteral("name")).toString(QStringLiteral("Round"));
        if (auto refused = refusal(m_document->createRound(name, votes, cap), "round"))
            return *refused;
        const qint64 roundId = m_document->roundIds().constLast();
        if (auto refused = refusal(m_document->openRound(roundId), "open"))
            return *refused;
        const VoteRound *round = m_document->round(roundId);
        return {200, QJsonDocument(QJsonObject{{QStringLiteral("id"), uuidText(round->uuid)},
                                               {QStringLiteral("name"), round->name},
                                               {QStringLiteral("votesPerPerson"), round->votesPerPerson},
                                               {QStringLiteral("capPerTheme"), round->capPerTheme},
                                               {QStringLiteral("themes"), themes}})};
    }

    EventDocument *m_document;
    ParticipationDesk *m_desk;
};

/**
 * Just enough HTTP/1.1 for fetch() from the test: one request per connection, a
 * Content-Length body, a JSON answer, then the connection closes.
 */
class ControlServer : public QTcpServer
{
public:
    explicit ControlServer(Controls *controls) : m_controls(controls)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray request = socket->property("request").toByteArray() + socket->readAll();
        socket->setProperty("request", request);
        const qsizetype headerEnd = request.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = request.left(headerEnd).split('\n');
        qsizetype length = 0;
        for (const QByteArray &line : lines)
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(int(sizeof "content-length:") - 1).trimmed().toLongLong();
        const QByteArray body = request.mid(headerEnd + 4);
        if (body.size() < length)
            return; // the rest of the body is on its way
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        const QString route = QString::fromUtf8(requestLine.value(1)).mid(1); // "/notes" → "notes"
        const Reply reply = m_controls->answer(route, QJsonDocument::fromJson(body).object());
        if (reply.status != 200)
            std::fprintf(stderr, "realserver: control %s: %s\n", qPrintable(route), reply.body.toJson().constData());
        const QByteArray answer = reply.body.toJson(QJsonDocument::Compact);
        socket->write(
            QByteArray("HTTP/1.1 " + QByteArray::number(reply.status) + (reply.status == 200 ? " OK" : " Refused")
                       + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(answer.size())
                       + "\r\nConnection: close\r\n\r\n" + answer));
        socket->disconnectFromHost();
    }

    Controls *m_controls;
};

// SIGTERM and SIGINT end the event loop through a socket pair (a handler may only write(2)),
// so the temporary folder is removed on the way out.
int stopPipe[2] = {-1, -1};

void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(stopPipe[1], &byte, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    // The test kills this process when it ends; if the test itself is killed (CTest's timeout),
    // this one must not keep serving.
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    QCoreApplication app(argc, argv);
    QTemporaryDir folder;
    QString error;
    std::unique_ptr<EventDocument> document =
        EventDocument::create(folder.filePath(QStringLiteral("browser.cabildo")), QStringLiteral("Cabildo test event"),
                              QString(), QStringLiteral("UTC"), &error);
    if (!folder.isValid() || !document) {
        std::fprintf(stderr, "realserver: cannot create the event: %s\n", qPrintable(error));
        return 1;
    }
    ParticipationDesk desk(document.get());
    if (const Outcome opened = desk.open(QStringLiteral("127.0.0.1")); !opened) {
        std::fprintf(stderr, "realserver: cannot open participation: %s\n", qPrintable(opened.error()));
        return 1;
    }
    Controls controls(document.get(), &desk);
    ControlServer controlServer(&controls);
    if (!controlServer.listen(QHostAddress::LocalHost)) {
        std::fprintf(stderr, "realserver: no control port: %s\n", qPrintable(controlServer.errorString()));
        return 1;
    }
    // One write, the controls first: the test has them by the time it sees the URL and the code.
    std::printf("Controls: http://127.0.0.1:%d/\nControl routes: %s\nParticipants: %s\nJoin code: %s\n",
                int(controlServer.serverPort()), qPrintable(controlRoutes.join(QLatin1Char(' '))),
                qPrintable(desk.participantUrl()), qPrintable(desk.joinCode()));
    std::fflush(stdout);

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, stopPipe) != 0)
        return 1;
    QSocketNotifier stopNotifier(stopPipe[0], QSocketNotifier::Read);
    QObject::connect(&stopNotifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    std::signal(SIGTERM, onStopSignal);
    std::signal(SIGINT, onStopSignal);
    return QCoreApplication::exec();
}
