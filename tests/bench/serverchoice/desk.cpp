#include "desk.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>

#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace serverchoice {

Answer Desk::storeNote(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    const QString text = document.object().value(QLatin1String("text")).toString();
    if (error.error != QJsonParseError::NoError || !document.isObject() || text.isEmpty())
        return {400, QByteArrayLiteral("{\"error\":\"not a note\"}")};
    m_ids.append(document.object().value(QLatin1String("id")).toString().toUtf8());
    const int stored = ++m_stored;
    return {201, "{\"stored\":" + QByteArray::number(stored) + '}'};
}

Answer Desk::publish()
{
    const int version = ++m_version;
    if (onPublish)
        onPublish(version);
    return {200, versionJson(version)};
}

void onDesk(Desk *desk, std::function<Answer()> work, std::function<void(const Answer &)> done)
{
    QMetaObject::invokeMethod(
        desk, [work = std::move(work), done = std::move(done)] { done(work()); }, Qt::QueuedConnection);
}

QByteArray versionJson(int version)
{
    return "{\"v\":" + QByteArray::number(version) + '}';
}

QByteArray statsJson(const Desk &desk)
{
    return "{\"notes\":" + QByteArray::number(desk.stored()) + ",\"v\":" + QByteArray::number(desk.version()) + '}';
}

int versionFromText(const char *text)
{
    if (!text)
        return -1;
    char *end = nullptr;
    const long value = std::strtol(text, &end, 10);
    return end == text || (*end != '\0' && *end != '&') || value < 0 || value > 1'000'000'000 ? -1 : int(value);
}

int versionFromQuery(const char *query)
{
    if (!query)
        return -1;
    const char *v = std::strstr(query, "v=");
    if (!v || (v != query && v[-1] != '&'))
        return -1;
    return versionFromText(v + 2);
}

void raiseOpenFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

int intOption(int argc, char **argv, const char *name, int fallback)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], name) != 0)
            continue;
        char *end = nullptr;
        const long value = std::strtol(argv[i + 1], &end, 10);
        if (*end != '\0' || value < 0 || value > 65535 * 16) {
            std::fprintf(stderr, "%s: not a number: %s\n", name, argv[i + 1]);
            std::exit(2);
        }
        return int(value);
    }
    return fallback;
}

void announce(int port, const char *library)
{
    std::printf("listening %d %s\n", port, library);
    std::fflush(stdout);
}

} // namespace serverchoice
