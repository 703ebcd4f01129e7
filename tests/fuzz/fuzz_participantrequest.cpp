// libFuzzer harness: any bytes as what a phone may send the participation server (issue 12
// asked for "the network request parser"): a request line's route and query, a Cookie
// header, a Content-Type, and a note, ballot or join body (app/network/participantrequests.h).
// Beyond not crashing: a route that reaches the event carries the token, an accepted note
// is within the phones' limits, and its text comes back unchanged through the state JSON.
#include "networklimits.h"
#include "participantanswers.h"
#include "participantrequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace cabildo;
using namespace cabildo::requests;

namespace {

const QByteArray token = "Tok3n-abcdefghijklmnopqrstuv";

void fail(const char *what)
{
    std::fprintf(stderr, "%s\n", what);
    std::abort();
}

void checkRoute(const QByteArray &bytes)
{
    const QByteArray line = bytes.left(bytes.indexOf('\n') < 0 ? bytes.size() : bytes.indexOf('\n'));
    const qsizetype space = line.indexOf(' ');
    const QByteArray method = space < 0 ? QByteArray("GET") : line.left(space);
    const QByteArray uri = space < 0 ? line : line.mid(space + 1);
    const Target target = splitTarget(uri); // views into `uri`
    const Route found = route(method, target.path, token);
    const bool inEvent = target.path.startsWith(QByteArray("/e/" + token));
    switch (found.kind) {
    case RouteKind::State:
    case RouteKind::Notes:
    case RouteKind::Ballot:
    case RouteKind::EventPage:
    case RouteKind::EventRedirect:
        if (!inEvent)
            fail("an event route without the token");
        break;
    case RouteKind::Asset:
        if (found.asset.isEmpty() || !target.path.endsWith(found.asset))
            fail("an asset name that is not the path's end");
        if (target.path.startsWith("/e/") && !inEvent)
            fail("an event file without the token");
        break;
    case RouteKind::NotFound:
        if (found.methodAllowed)
            fail("a missing route allows a method");
        break;
    case RouteKind::JoinPage:
    case RouteKind::JoinSubmit:
        break;
    }
    if (const std::optional<qint64> version = stateVersion(target.query); version && *version < 0)
        fail("a negative version");
}

void checkNote(const QByteArray &bytes)
{
    const NoteRequest parsed = parseNote(bytes);
    if (parsed.refusal.refused())
        return;
    const QString &text = parsed.note.text;
    if (text.toUcs4().size() > netlimits::noteCharacters || text.count(u'\n') >= netlimits::noteLines
        || parsed.note.submissionId.size() != 32)
        fail("an accepted note over the limits");
    DeviceView view;
    view.notes.append({parsed.note.submissionId, text, QStringLiteral("on_board")});
    const QByteArray state = answers::stateJson(1, answers::roomJson(RoomView{}), QJsonValue(QJsonValue::Null), view);
    const QJsonArray notes = QJsonDocument::fromJson(state).object().value(QStringLiteral("notes")).toArray();
    if (notes.size() != 1 || notes[0].toObject().value(QStringLiteral("text")).toString() != text)
        fail("a note's text changed on its way back to the phone");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    checkRoute(bytes);
    const QByteArray key = deviceKeyFromCookies(bytes);
    if (!key.isEmpty() && key.size() != 16)
        fail("a device key that is not 16 bytes");
    (void)bodyType(bytes);
    checkNote(bytes);
    const BallotRequest ballot = parseBallot(bytes);
    if (!ballot.refusal.refused() && (ballot.round.isNull() || ballot.themes.size() > netlimits::ballotThemes))
        fail("an accepted ballot without a round or over the limit");
    for (BodyType type : {BodyType::Form, BodyType::Json}) {
        const JoinRequest join = parseJoin(bytes, type);
        if (!join.refusal.refused() && (join.code.contains(u' ') || join.code.contains(u'-')))
            fail("a join code not normalised");
    }
    return 0;
}
