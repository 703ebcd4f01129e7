#include "participationserver_p.h"

#include "deviceidentity.h"

// One request, from its headers to its answer (the access handler, on MHD's thread).

namespace cabildo {

using requests::RouteKind;

namespace {

Reply errorReply(int status, const QByteArray &reason)
{
    Reply reply;
    reply.status = status;
    reply.body = answers::errorJson(reason);
    return reply;
}

Reply refusalReply(const RequestContext &request)
{
    Reply reply = errorReply(request.refusal.status, request.refusal.reason);
    if (!request.allow.isEmpty())
        reply.headers.append({"Allow", request.allow});
    return reply;
}

} // namespace

MHD_Result ParticipationServer::Private::onAccess(void *cls, MHD_Connection *connection, const char *,
                                                  const char *method, const char *, const char *uploadData,
                                                  size_t *uploadSize, void **context)
{
    auto *d = static_cast<Private *>(cls);
    auto *request = static_cast<RequestContext *>(*context);
    if (!request)
        return MHD_NO;
    if (!request->headersSeen) {
        request->headersSeen = true;
        return d->begin(connection, *request, QByteArrayView(method));
    }
    if (*uploadSize != 0) {
        // A body without a length (chunked) is counted as it comes; MHD cannot answer in the
        // middle of one, so one over the limit is cut off.
        if (request->body.size() + qint64(*uploadSize) > netlimits::bodyBytes)
            return MHD_NO;
        request->body.append(uploadData, qsizetype(*uploadSize));
        *uploadSize = 0;
        return MHD_YES;
    }
    if (request->wakeup)
        return d->answerWoken(connection, *request);
    return d->finish(connection, *request);
}

void ParticipationServer::Private::refuseForRate(RequestContext &request, const QByteArray &key)
{
    request.refusal = requests::Refusal{429, "rate"};
    ++rateRefusals[key];
}

void ParticipationServer::Private::admitDeviceLocked(RequestContext &request, const QByteArray &rateKey, qint64 now)
{
    // A device's first request since start is passed to the backend (deviceSeen). One the
    // server has never heard of (no key yet, or a key neither seen nor published since
    // start: a forged cookie is a new phone) counts against its address's new devices.
    const bool givesKey = request.route.kind == RouteKind::JoinPage || request.route.kind == RouteKind::EventPage;
    const auto known = devices.constFind(request.deviceHash);
    const bool noKey = request.deviceKey.isEmpty();
    const bool firstSinceStart = noKey ? givesKey : (known == devices.constEnd() || known->lastSeenMs < 0);
    const bool unheardOf = noKey ? givesKey : known == devices.constEnd();
    if (!firstSinceStart)
        return;
    if (unheardOf && !newDeviceLimiter.allow(request.address.toLatin1(), now)) {
        // A page is still served, without a cookie: its API calls answer 401 until it
        // reloads (the page says so in the phone's language). Anything else waits.
        if (noKey)
            ++rateRefusals[rateKey];
        else
            refuseForRate(request, rateKey);
        return;
    }
    if (noKey) {
        request.deviceKey = device::newKey();
        request.deviceHash = device::deviceHash(salt, request.deviceKey);
        request.setCookie = device::setCookieHeader(request.deviceKey);
    }
    const DeviceKey seen{request.deviceHash, request.address};
    ParticipationBackend *target = backend;
    QMetaObject::invokeMethod(
        backendObject, [target, seen] { target->deviceSeen(seen); }, Qt::QueuedConnection);
}

MHD_Result ParticipationServer::Private::begin(MHD_Connection *connection, RequestContext &request,
                                               QByteArrayView method)
{
    const requests::Target target = requests::splitTarget(request.uri);
    const qint64 now = monotonicMs();
    const QByteArrayView contentLength = header(connection, MHD_HTTP_HEADER_CONTENT_LENGTH);
    const bool bodyComing = (!contentLength.isEmpty() && contentLength != "0")
                            || !header(connection, MHD_HTTP_HEADER_TRANSFER_ENCODING).isEmpty();
    {
        QMutexLocker lock(&shared->mutex);
        if (const ConnectionState *state = connectionState(connection))
            request.address = state->address;
        request.route = requests::route(method, target.path, token);
        const requests::Route &route = request.route;
        if (route.kind == RouteKind::NotFound || (route.kind == RouteKind::Asset && !assets.contains(route.asset))) {
            request.refusal = requests::Refusal{404, "not_found"};
        } else if (!route.methodAllowed) {
            request.refusal = requests::Refusal{405, "method"};
            request.allow = route.allow;
        }
        request.deviceKey = requests::deviceKeyFromCookies(header(connection, MHD_HTTP_HEADER_COOKIE));
        if (!request.deviceKey.isEmpty())
            request.deviceHash = device::deviceHash(salt, request.deviceKey);
        // Without a cookie, the address stands for the device (phones behind one NAT share it).
        const QByteArray rateKey =
            request.deviceHash.isEmpty() ? "ip:" + request.address.toLatin1() : request.deviceHash;
        if (!request.refusal.refused() && !requestLimiter.allow(rateKey, now))
            refuseForRate(request, rateKey);

        if (!request.refusal.refused())
            admitDeviceLocked(request, rateKey, now);
        if (!request.refusal.refused() && !request.deviceHash.isEmpty())
            devices[request.deviceHash].lastSeenMs = now;

        const bool write = route.kind == RouteKind::Notes || route.kind == RouteKind::Ballot;
        if (!request.refusal.refused() && (write || route.kind == RouteKind::JoinSubmit)) {
            request.bodyType = requests::bodyType(header(connection, MHD_HTTP_HEADER_CONTENT_TYPE));
            bool lengthOk = false;
            const qint64 length = contentLength.toLongLong(&lengthOk);
            if (!contentLength.isEmpty() && (!lengthOk || length > netlimits::bodyBytes))
                request.refusal = requests::Refusal{413, "too_large"};
            else if (write ? request.bodyType != requests::BodyType::Json
                           : request.bodyType == requests::BodyType::Other)
                request.refusal = requests::Refusal{415, "unsupported_type"};
        }
        if (!request.refusal.refused() && (write || route.kind == RouteKind::State) && request.deviceKey.isEmpty())
            request.refusal = requests::Refusal{401, "no_device"};
        if (!request.refusal.refused() && write && blocked.contains(request.deviceHash))
            request.refusal = requests::Refusal{403, "blocked"};
        if (!request.refusal.refused()) {
            RateLimiter *limiter = route.kind == RouteKind::Notes        ? &noteLimiter
                                   : route.kind == RouteKind::Ballot     ? &ballotLimiter
                                   : route.kind == RouteKind::JoinSubmit ? &joinLimiter
                                                                         : nullptr;
            if (limiter && !limiter->allow(rateKey, now))
                refuseForRate(request, rateKey);
        }
    }
    // A refusal with a body on its way is answered now, before the body is read (MHD then
    // closes the connection); one without waits for the request's end, keeping the connection.
    if (request.refusal.refused() && bodyComing) {
        return respond(connection, request, refusalReply(request));
    }
    return MHD_YES;
}

MHD_Result ParticipationServer::Private::finish(MHD_Connection *connection, RequestContext &request)
{
    {
        QMutexLocker lock(&shared->mutex);
        if (ConnectionState *state = connectionState(connection))
            state->deadlineMs = 0; // a complete request: no idle deadline while it is answered
    }
    if (request.refusal.refused()) {
        return respond(connection, request, refusalReply(request));
    }
    switch (request.route.kind) {
    case RouteKind::JoinPage:
        return respond(connection, request, pageReply(connection, "join.html"));
    case RouteKind::EventPage:
        return respond(connection, request, pageReply(connection, "index.html"));
    case RouteKind::Asset:
        return respond(connection, request, pageReply(connection, request.route.asset));
    case RouteKind::EventRedirect: {
        Reply reply;
        reply.status = 303;
        QMutexLocker lock(&shared->mutex);
        reply.headers.append({"Location", "/e/" + token + '/'});
        lock.unlock();
        return respond(connection, request, reply);
    }
    case RouteKind::State: {
        const std::optional<qint64> known = requests::stateVersion(requests::splitTarget(request.uri).query);
        QMutexLocker lock(&shared->mutex);
        // Nothing new for this phone: hold the request until something is, or the poll's time is up.
        if (known && *known == visibleVersionLocked(request.deviceHash))
            return suspendLocked(connection, request, true) ? MHD_YES : MHD_NO;
        const Reply reply = stateReplyLocked(request.deviceHash);
        lock.unlock();
        return respond(connection, request, reply);
    }
    case RouteKind::Notes:
    case RouteKind::Ballot:
        return submit(connection, request);
    case RouteKind::JoinSubmit:
        return join(connection, request);
    case RouteKind::NotFound:
        break;
    }
    return respond(connection, request, errorReply(404, "not_found"));
}

MHD_Result ParticipationServer::Private::submit(MHD_Connection *connection, RequestContext &request)
{
    const DeviceKey device{request.deviceHash, request.address};
    std::function<void(Completion)> call;
    if (request.route.kind == RouteKind::Notes) {
        requests::NoteRequest parsed = requests::parseNote(request.body);
        if (parsed.refusal.refused())
            return respond(connection, request, errorReply(parsed.refusal.status, parsed.refusal.reason));
        parsed.note.device = device;
        call = [target = backend, note = parsed.note](Completion done) { target->submitNote(note, std::move(done)); };
    } else {
        const requests::BallotRequest parsed = requests::parseBallot(request.body);
        if (parsed.refusal.refused())
            return respond(connection, request, errorReply(parsed.refusal.status, parsed.refusal.reason));
        BallotSubmission ballot;
        ballot.device = device;
        ballot.round = parsed.round;
        ballot.themes = parsed.themes;
        QMutexLocker lock(&shared->mutex);
        ballot.voterKey = device::voterKey(salt, parsed.round, request.deviceKey);
        lock.unlock();
        call = [target = backend, ballot](Completion done) { target->submitBallot(ballot, std::move(done)); };
    }
    QMutexLocker lock(&shared->mutex);
    if (!suspendLocked(connection, request, false))
        return MHD_NO;
    auto pending = std::make_shared<PendingWrite>(shared, request.wakeup);
    lock.unlock();
    // Nothing is said to the phone until the backend's Completion: it answers once stored.
    Completion done = [pending](int status, const QByteArray &body) { pending->complete(status, body); };
    QMetaObject::invokeMethod(
        backendObject, [call, done] { call(done); }, Qt::QueuedConnection);
    return MHD_YES;
}

MHD_Result ParticipationServer::Private::join(MHD_Connection *connection, RequestContext &request)
{
    const requests::JoinRequest parsed = requests::parseJoin(request.body, request.bodyType);
    if (parsed.refusal.refused())
        return respond(connection, request, errorReply(parsed.refusal.status, parsed.refusal.reason));
    QMutexLocker lock(&shared->mutex);
    const QByteArray expected = requests::normalizedJoinCode(joinCode).toUtf8();
    const bool right = !expected.isEmpty() && !token.isEmpty() && requests::sameSecret(parsed.code.toUtf8(), expected);
    Reply reply = errorReply(403, "wrong_code");
    if (right) {
        reply = Reply{};
        reply.status = 303;
        reply.headers.append({"Location", "/e/" + token + '/'});
    }
    lock.unlock();
    return respond(connection, request, reply);
}

bool ParticipationServer::Private::suspendLocked(MHD_Connection *connection, RequestContext &request, bool isPoll)
{
    // stop() resumes every suspended connection once; one suspended after that would be left.
    if (!shared->accepting)
        return false;
    request.wakeup = std::make_shared<Wakeup>();
    request.wakeup->connection = connection;
    request.wakeup->suspended = true;
    request.isPoll = isPoll;
    suspended.push_back(request.wakeup);
    if (isPoll)
        waiters.push_back(
            Waiter{request.wakeup, request.deviceHash, monotonicMs() + netlimits::longPollSeconds * 1000});
    MHD_suspend_connection(connection);
    return true;
}

MHD_Result ParticipationServer::Private::answerWoken(MHD_Connection *connection, RequestContext &request)
{
    QMutexLocker lock(&shared->mutex);
    if (!shared->accepting)
        return MHD_NO; // stopping: closed unanswered; the phone sends the same submission again later
    Reply reply;
    if (request.isPoll) {
        // A New Link while it was held: the old token's routes are gone, and so is the state.
        const bool linkStands =
            requests::route("GET", requests::splitTarget(request.uri).path, token).kind == RouteKind::State;
        reply = linkStands ? stateReplyLocked(request.deviceHash) : errorReply(404, "not_found");
    } else {
        reply.status = request.wakeup->status;
        reply.body = request.wakeup->body;
    }
    lock.unlock();
    return respond(connection, request, reply);
}

qint64 ParticipationServer::Private::visibleVersionLocked(const QByteArray &deviceHash) const
{
    const auto device = devices.constFind(deviceHash);
    return std::max(roomVersion, device == devices.constEnd() ? 0 : device->version);
}

Reply ParticipationServer::Private::stateReplyLocked(const QByteArray &deviceHash)
{
    static const DeviceView nothingSent;
    const auto device = devices.constFind(deviceHash);
    Reply reply;
    // What is left of a running timer is read now, as the answer is written: the room's view
    // holds when the timer ends, so it is not published again every second.
    reply.body =
        answers::stateJson(visibleVersionLocked(deviceHash), roomJson, answers::timerJson(room.timer, wallClock()),
                           device == devices.constEnd() ? nothingSent : device->view);
    return reply;
}

Reply ParticipationServer::Private::pageReply(MHD_Connection *connection, const QByteArray &name)
{
    const auto found = assets.constFind(name);
    if (found == assets.constEnd())
        return errorReply(404, "not_found");
    Reply reply;
    reply.contentType = found->contentType;
    reply.headers.append({"ETag", found->etag});
    // HTML pages may set the cookie and are tiny: never cached. The other files are checked.
    reply.cacheControl = found->contentType.startsWith("text/html") ? "no-store" : "no-cache";
    if (header(connection, MHD_HTTP_HEADER_IF_NONE_MATCH) == found->etag)
        reply.status = 304;
    else
        reply.asset = &found.value();
    return reply;
}

MHD_Result ParticipationServer::Private::respond(MHD_Connection *connection, const RequestContext &request,
                                                 const Reply &reply)
{
    MHD_Response *response =
        reply.asset
            ? MHD_create_response_from_buffer(std::size_t(reply.asset->bytes.size()),
                                              const_cast<char *>(reply.asset->bytes.constData()),
                                              MHD_RESPMEM_PERSISTENT)
            : MHD_create_response_from_buffer(std::size_t(reply.body.size()),
                                              const_cast<char *>(reply.body.constData()), MHD_RESPMEM_MUST_COPY);
    if (!response)
        return MHD_NO;
    MHD_add_response_header(response, "Content-Security-Policy",
                            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                            "connect-src 'self'; frame-ancestors 'none'");
    MHD_add_response_header(response, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(response, "Referrer-Policy", "no-referrer");
    MHD_add_response_header(response, "Cache-Control", reply.cacheControl.constData());
    if (reply.status != 304 && (reply.asset || !reply.body.isEmpty()))
        MHD_add_response_header(response, MHD_HTTP_HEADER_CONTENT_TYPE, reply.contentType.constData());
    if (reply.status == 429)
        MHD_add_response_header(response, "Retry-After", "10");
    if (!request.setCookie.isEmpty())
        MHD_add_response_header(response, "Set-Cookie", request.setCookie.constData());
    for (const auto &[name, value] : reply.headers)
        MHD_add_response_header(response, name.constData(), value.constData());
    const MHD_Result queued = MHD_queue_response(connection, unsigned(reply.status), response);
    MHD_destroy_response(response);
    return queued;
}

} // namespace cabildo
