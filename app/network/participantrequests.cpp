#include "participantrequests.h"

#include "networklimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace cabildo::requests {

namespace {

constexpr QByteArrayView cookieName("cabildo_device");
constexpr qsizetype deviceKeyHexDigits = 32;

bool isHex(QByteArrayView text)
{
    for (char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    }
    return true;
}

/** Strict UTF-8: what Qt's decoder replaces (bad bytes, overlong forms, encoded surrogates) is refused. */
bool isUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    return !decoder.hasError();
}

/** Characters as people count them closely enough: Unicode code points (an emoji is one, not two). */
qsizetype codePoints(const QString &text)
{
    qsizetype lowSurrogates = 0;
    for (QChar c : text)
        lowSurrogates += c.isLowSurrogate() ? 1 : 0;
    return text.size() - lowSurrogates;
}

/** Lines as a textarea shows them: "\n", "\r\n" and a lone "\r" each end one. */
qsizetype lineCount(const QString &text)
{
    qsizetype breaks = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n' || (text[i] == u'\r' && (i + 1 == text.size() || text[i + 1] != u'\n')))
            ++breaks;
    }
    return breaks + 1;
}

Refusal refuse(int status, const char *reason)
{
    return Refusal{status, QByteArray(reason)};
}

/** The body as a JSON object, or the refusal (400) of bytes that are not UTF-8 or not an object. */
std::optional<QJsonObject> jsonObject(QByteArrayView body, Refusal *refusal)
{
    if (!isUtf8(body)) {
        *refusal = refuse(400, "invalid_utf8");
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        *refusal = refuse(400, "malformed_json");
        return std::nullopt;
    }
    return document.object();
}

/** An optional text field: absent or null is empty; another type refuses the request. */
bool optionalText(const QJsonObject &object, QLatin1StringView key, QString *text)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return false;
    *text = value.toString();
    return true;
}

QUuid uuidOf(const QJsonValue &value)
{
    return value.isString() ? QUuid::fromString(value.toString()) : QUuid();
}

} // namespace

bool sameSecret(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

Route route(QByteArrayView method, QByteArrayView rawPath, QByteArrayView token)
{
    const bool get = method == "GET" || method == "HEAD";
    const bool post = method == "POST";
    const QByteArray pageMethods("GET, HEAD");
    auto page = [&](RouteKind kind, QByteArrayView asset = {}) {
        return Route{kind, asset.toByteArray(), get, pageMethods};
    };
    if (rawPath == "/")
        return page(RouteKind::JoinPage);
    if (rawPath == "/join")
        return Route{post ? RouteKind::JoinSubmit : RouteKind::JoinPage, {}, get || post, "GET, HEAD, POST"};
    if (rawPath.startsWith("/e/")) {
        const QByteArrayView rest = rawPath.sliced(3);
        const qsizetype slash = rest.indexOf('/');
        const QByteArrayView given = slash < 0 ? rest : rest.first(slash);
        if (token.isEmpty() || !sameSecret(given, token))
            return Route{};
        if (slash < 0)
            return page(RouteKind::EventRedirect);
        const QByteArrayView inner = rest.sliced(slash + 1);
        if (inner.isEmpty())
            return page(RouteKind::EventPage);
        if (inner == "api/state")
            return Route{RouteKind::State, {}, method == "GET", "GET"};
        if (inner == "api/notes")
            return Route{RouteKind::Notes, {}, post, "POST"};
        if (inner == "api/ballot")
            return Route{RouteKind::Ballot, {}, post, "POST"};
        if (inner.startsWith("api/"))
            return Route{};
        return page(RouteKind::Asset, inner);
    }
    // The join page's own files (styles, strings) at the root; the event's page needs its token.
    if (rawPath.startsWith('/') && rawPath != "/index.html")
        return page(RouteKind::Asset, rawPath.sliced(1));
    return Route{};
}

Target splitTarget(QByteArrayView uri)
{
    const qsizetype question = uri.indexOf('?');
    if (question < 0)
        return Target{uri, {}};
    return Target{uri.first(question), uri.sliced(question + 1)};
}

std::optional<qint64> stateVersion(QByteArrayView query)
{
    for (QByteArrayView pair : QByteArray::fromRawData(query.data(), query.size()).split('&')) {
        if (!pair.startsWith("v="))
            continue;
        const QByteArrayView digits = pair.sliced(2);
        // 18 digits always fit in a qint64; the versions are milliseconds since 1970 and up.
        if (digits.isEmpty() || digits.size() > 18)
            return std::nullopt;
        for (char c : digits) {
            if (c < '0' || c > '9')
                return std::nullopt;
        }
        return digits.toLongLong();
    }
    return std::nullopt;
}

QByteArray deviceKeyFromCookies(QByteArrayView cookieHeader)
{
    for (QByteArrayView cookie : QByteArray::fromRawData(cookieHeader.data(), cookieHeader.size()).split(';')) {
        cookie = cookie.trimmed();
        if (!cookie.startsWith(cookieName) || cookie.size() <= cookieName.size() || cookie[cookieName.size()] != '=')
            continue;
        const QByteArrayView value = cookie.sliced(cookieName.size() + 1);
        if (value.size() == deviceKeyHexDigits && isHex(value))
            return QByteArray::fromHex(value.toByteArray());
    }
    return {};
}

BodyType bodyType(QByteArrayView contentTypeHeader)
{
    const QList<QByteArray> parts = contentTypeHeader.toByteArray().toLower().split(';');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts[i].trimmed();
        if (parameter.startsWith("charset=")) {
            QByteArray charset = parameter.sliced(8);
            if (charset.size() >= 2 && charset.startsWith('"') && charset.endsWith('"'))
                charset = charset.sliced(1, charset.size() - 2);
            if (charset != "utf-8" && charset != "utf8")
                return BodyType::Other;
        }
    }
    const QByteArray media = parts.value(0).trimmed();
    if (media == "application/json")
        return BodyType::Json;
    if (media == "application/x-www-form-urlencoded")
        return BodyType::Form;
    return BodyType::Other;
}

NoteRequest parseNote(QByteArrayView body)
{
    NoteRequest request;
    const std::optional<QJsonObject> object = jsonObject(body, &request.refusal);
    if (!object)
        return request;
    const QJsonValue id = object->value(QLatin1StringView("id"));
    if (!id.isString()) {
        request.refusal = refuse(400, "missing_id");
        return request;
    }
    const QString idText = id.toString();
    if (idText.size() != 32 || !isHex(idText.toLatin1())) {
        request.refusal = refuse(400, "bad_id");
        return request;
    }
    NoteSubmission &note = request.note;
    note.submissionId = idText.toLower();
    const QJsonValue text = object->value(QLatin1StringView("text"));
    if (!text.isString()) {
        request.refusal = refuse(400, "missing_text");
        return request;
    }
    note.text = text.toString();
    const QJsonValue showName = object->value(QLatin1StringView("showName"));
    if (!optionalText(*object, QLatin1StringView("name"), &note.name)
        || !optionalText(*object, QLatin1StringView("organisation"), &note.organisation)
        || !optionalText(*object, QLatin1StringView("country"), &note.country)
        || !optionalText(*object, QLatin1StringView("sector"), &note.sectorKey)
        || !(showName.isUndefined() || showName.isNull() || showName.isBool())) {
        request.refusal = refuse(400, "bad_field");
        return request;
    }
    note.showName = showName.toBool(false);
    // JSON may spell a lone surrogate ("\ud800"): no character, so no text of a person.
    const QString *fields[] = {&note.text, &note.name, &note.organisation, &note.country, &note.sectorKey};
    for (const QString *field : fields) {
        if (!field->isValidUtf16()) {
            request.refusal = refuse(400, "invalid_text");
            return request;
        }
    }
    if (note.text.trimmed().isEmpty())
        request.refusal = refuse(422, "text_empty");
    else if (codePoints(note.text) > netlimits::noteCharacters)
        request.refusal = refuse(422, "text_too_long");
    else if (lineCount(note.text) > netlimits::noteLines)
        request.refusal = refuse(422, "too_many_lines");
    else if (codePoints(note.name) > netlimits::fieldCharacters
             || codePoints(note.organisation) > netlimits::fieldCharacters
             || codePoints(note.country) > netlimits::fieldCharacters
             || codePoints(note.sectorKey) > netlimits::fieldCharacters)
        request.refusal = refuse(422, "field_too_long");
    return request;
}

BallotRequest parseBallot(QByteArrayView body)
{
    BallotRequest request;
    const std::optional<QJsonObject> object = jsonObject(body, &request.refusal);
    if (!object)
        return request;
    request.round = uuidOf(object->value(QLatin1StringView("round")));
    if (request.round.isNull()) {
        request.refusal = refuse(400, "bad_round");
        return request;
    }
    const QJsonValue themes = object->value(QLatin1StringView("themes"));
    if (!themes.isArray()) {
        request.refusal = refuse(400, "bad_themes");
        return request;
    }
    const QJsonArray list = themes.toArray();
    if (list.size() > netlimits::ballotThemes) {
        request.refusal = refuse(422, "too_many_themes");
        return request;
    }
    for (const QJsonValue &theme : list) {
        const QUuid uuid = uuidOf(theme);
        if (uuid.isNull()) {
            request.refusal = refuse(400, "bad_themes");
            return request;
        }
        request.themes.append(uuid);
    }
    return request;
}

QString normalizedJoinCode(const QString &typed)
{
    QString code;
    for (QChar c : typed) {
        if (!c.isSpace() && c != u'-')
            code.append(c.toUpper());
    }
    return code;
}

JoinRequest parseJoin(QByteArrayView body, BodyType type)
{
    JoinRequest request;
    std::optional<QString> code;
    if (type == BodyType::Json) {
        const std::optional<QJsonObject> object = jsonObject(body, &request.refusal);
        if (!object)
            return request;
        const QJsonValue value = object->value(QLatin1StringView("code"));
        if (value.isString())
            code = value.toString();
    } else if (type == BodyType::Form) {
        for (const QByteArray &pair : body.toByteArray().split('&')) {
            if (!pair.startsWith("code="))
                continue;
            QByteArray value = pair.sliced(5);
            value.replace('+', ' ');
            value = QByteArray::fromPercentEncoding(value);
            if (!isUtf8(value)) {
                request.refusal = refuse(400, "invalid_utf8");
                return request;
            }
            code = QString::fromUtf8(value);
            break;
        }
    } else {
        request.refusal = refuse(415, "unsupported_type");
        return request;
    }
    if (!code) {
        request.refusal = refuse(400, "missing_code");
        return request;
    }
    request.code = normalizedJoinCode(*code);
    return request;
}

} // namespace cabildo::requests
