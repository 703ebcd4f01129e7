#pragma once

// What a phone's request says, read without the HTTP library (app/network/README.md): the
// route of a raw path, the device cookie, the state poll's version, the join code, and the
// JSON bodies of notes and ballots. Pure functions of bytes, so they are unit-tested and
// fuzzed (tests/fuzz/fuzz_participantrequest.cpp); the server only applies their verdicts.

#include "participationserver.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace cabildo::requests {

/** Why a request is refused before the backend sees it: an HTTP status and a word for the page. */
struct Refusal
{
    int status = 0;    ///< 0: no refusal
    QByteArray reason; ///< the JSON answer's "error", e.g. "text_too_long"
    bool refused() const { return status != 0; }
};

enum class RouteKind
{
    NotFound,
    JoinPage,      ///< GET / and /join: type the code
    JoinSubmit,    ///< POST /join
    EventRedirect, ///< /e/TOKEN without its slash
    EventPage,     ///< /e/TOKEN/: index.html
    Asset,         ///< /e/TOKEN/NAME or /NAME: one of the page's files
    State,         ///< GET /e/TOKEN/api/state?v=N
    Notes,         ///< POST /e/TOKEN/api/notes
    Ballot,        ///< POST /e/TOKEN/api/ballot
};

struct Route
{
    RouteKind kind = RouteKind::NotFound;
    QByteArray asset;           ///< for Asset: the name looked up in the page's fixed map
    bool methodAllowed = false; ///< false: 405 with `allow`
    QByteArray allow;           ///< the methods this route answers ("GET, HEAD")
};

/**
 * The route of `rawPath` (as the request line has it, without the query, never decoded: a
 * name with %XX in it can only miss the page's map) for `method`. Paths under /e/X/ where X
 * is not `token` (compared in constant time) are NotFound, as is everything under an empty
 * token.
 */
Route route(QByteArrayView method, QByteArrayView rawPath, QByteArrayView token);

/** The raw path and the query of a request line's target ("/e/T/api/state?v=3"). */
struct Target
{
    QByteArrayView path;
    QByteArrayView query;
};
Target splitTarget(QByteArrayView uri);

/** The state poll's `v=N` (the version the phone has), or nothing when absent or not a number. */
std::optional<qint64> stateVersion(QByteArrayView query);

/** The device key (16 bytes) of a Cookie header's `cabildo_device` (32 hex digits), or empty. */
QByteArray deviceKeyFromCookies(QByteArrayView cookieHeader);

enum class BodyType
{
    Json,
    Form,
    Other
};
/** application/json or application/x-www-form-urlencoded (any charset given must be UTF-8). */
BodyType bodyType(QByteArrayView contentTypeHeader);

/** A note as a phone sent it; `note.device` is the server's to fill. */
struct NoteRequest
{
    Refusal refusal;
    NoteSubmission note;
};
/**
 * A note's JSON body: 400 for bytes that are not UTF-8 or JSON, a missing or malformed id
 * (32 hex digits) or text, or fields of the wrong type; 422 for a text that is empty, over
 * netlimits::noteCharacters characters or netlimits::noteLines lines, or another field too
 * long.
 */
NoteRequest parseNote(QByteArrayView body);

struct BallotRequest
{
    Refusal refusal;
    QUuid round;
    QList<QUuid> themes;
};
/** A ballot's JSON body {"round", "themes"}: 400 when malformed, 422 over netlimits::ballotThemes. */
BallotRequest parseBallot(QByteArrayView body);

struct JoinRequest
{
    Refusal refusal;
    QString code; ///< as normalizedJoinCode() makes it
};
/** The join code of a form (`code=…`) or JSON ({"code"}) body. */
JoinRequest parseJoin(QByteArrayView body, BodyType type);

/** A join code as typed: spaces and dashes dropped, upper case ("ab3 k9q" is "AB3K9Q"). */
QString normalizedJoinCode(const QString &typed);

/** Constant-time equality (the time taken does not say how many leading bytes matched). */
bool sameSecret(QByteArrayView a, QByteArrayView b);

} // namespace cabildo::requests
