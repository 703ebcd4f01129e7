#include "jsonvaluecheck.h"

#include "inputlimits.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>
#include <climits>
#include <cmath>
#include <vector>

namespace cabildo {

namespace {

const QString nilUuid = QStringLiteral("00000000-0000-0000-0000-000000000000");

bool isOneOf(const QString &key, std::initializer_list<const char *> names)
{
    return std::any_of(names.begin(), names.end(), [&](const char *name) { return key == QLatin1String(name); });
}

bool hasLoneSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return true;
    }
    return false;
}

class Walker
{
public:
    JsonValueCheck result;

    bool object(const QJsonObject &object)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            m_parts.push_back(it.key());
            const bool ok = value(it.key(), it.value());
            m_parts.pop_back();
            if (!ok)
                return false;
        }
        return true;
    }

private:
    std::vector<QString> m_parts;

    bool fail(const QString &message)
    {
        for (QString part : m_parts)
            result.path +=
                QLatin1Char('/')
                + part.replace(QLatin1Char('~'), QLatin1String("~0")).replace(QLatin1Char('/'), QLatin1String("~1"));
        result.message = message;
        return false;
    }

    bool value(const QString &key, const QJsonValue &value)
    {
        if (value.isObject())
            return object(value.toObject());
        if (value.isArray())
            return array(key, value.toArray());
        if (value.isString())
            return string(key, value.toString());
        if (value.isDouble())
            return number(key, value.toDouble());
        return true;
    }

    bool array(const QString &key, const QJsonArray &items)
    {
        if (m_parts.size() == 1) { // a list of the event: notes, rooms, …
            const int most = key == QLatin1String("rooms")   ? limits::rooms
                             : key == QLatin1String("slots") ? limits::timeSlots
                                                             : limits::notes;
            if (items.size() > most)
                return fail(JsonValueCheck::tr("more than %L1 items; Cabildo reads at most %L1 here.").arg(most));
        } else if (isOneOf(key, {"themes", "allowed_slots"}) && !uuidList(items)) {
            return false;
        }
        for (qsizetype i = 0; i < items.size(); ++i) {
            m_parts.push_back(QString::number(i));
            const bool ok = value(QString(), items.at(i));
            m_parts.pop_back();
            if (!ok)
                return false;
        }
        return true;
    }

    /** A ballot's themes or a session's allowed slots: few, and each named once. */
    bool uuidList(const QJsonArray &items)
    {
        if (items.size() > limits::listedUuids)
            return fail(
                JsonValueCheck::tr("more than %L1 UUIDs; Cabildo reads at most %L1 here.").arg(limits::listedUuids));
        std::vector<std::pair<QString, qsizetype>> sorted;
        sorted.reserve(size_t(items.size()));
        for (qsizetype i = 0; i < items.size(); ++i)
            if (items.at(i).isString()) // anything else is the schema's to report
                sorted.emplace_back(items.at(i).toString(), i);
        std::sort(sorted.begin(), sorted.end());
        qsizetype repeated = -1; // the first item, in the list's order, that repeats an earlier one
        for (size_t i = 1; i < sorted.size(); ++i)
            if (sorted[i].first == sorted[i - 1].first && (repeated < 0 || sorted[i].second < repeated))
                repeated = sorted[i].second;
        if (repeated < 0)
            return true;
        m_parts.push_back(QString::number(repeated));
        return fail(JsonValueCheck::tr("this UUID is already listed."));
    }

    bool string(const QString &key, const QString &text)
    {
        // A picture's base64 (issue 15) is the one long string; its size has its own limit.
        if (key == QLatin1String("data") && m_parts.size() == 4 && m_parts[0] == QLatin1String("notes")
            && m_parts[2] == QLatin1String("picture")) {
            if (text.size() > limits::notePictureCharacters)
                return fail(JsonValueCheck::tr("more than %L1 characters; a note's picture holds at most %L1.")
                                .arg(limits::notePictureCharacters));
            return true;
        }
        if (text.size() > limits::fieldCharacters)
            return fail(JsonValueCheck::tr("more than %L1 characters; a note or other text holds at most %L1.")
                            .arg(limits::fieldCharacters));
        if (hasLoneSurrogate(text))
            return fail(JsonValueCheck::tr("a lone surrogate escape (\\ud800 to \\udfff without its pair) is not a "
                                           "character."));
        // An item of a UUID list has no key: its array's key was checked in array().
        if (text == nilUuid
            && (key.isEmpty() || isOneOf(key, {"uuid", "namespace", "theme", "round", "session", "slot", "room"})))
            return fail(
                JsonValueCheck::tr("the nil UUID (all zeros) names nothing; every item needs a UUID of its own."));
        if (key == QLatin1String("created_at") && !QDateTime::fromString(text, Qt::ISODateWithMs).isValid())
            return fail(
                JsonValueCheck::tr("\"%1\" is not a date and time (for example 2026-05-04T09:30:00.000Z).").arg(text));
        if (key == QLatin1String("day") && !QDate::fromString(text, Qt::ISODate).isValid())
            return fail(JsonValueCheck::tr("\"%1\" is not a date (for example 2026-05-04).").arg(text));
        if (key == QLatin1String("timezone") && !QTimeZone(text.toUtf8()).isValid())
            return fail(JsonValueCheck::tr("\"%1\" is not a time zone Cabildo knows (an IANA name such as "
                                           "America/Montevideo).")
                            .arg(text));
        return true;
    }

    bool number(const QString &key, double value)
    {
        if (!std::isfinite(value))
            return fail(JsonValueCheck::tr("not a finite number."));
        // The schema says "integer"; a whole number beyond int would be read as 0.
        if (isOneOf(key, {"capacity", "position", "votes_per_person", "cap_per_theme", "count"})
            && (value < double(INT_MIN) || value > double(INT_MAX)))
            return fail(JsonValueCheck::tr("%1 is too large; at most %L2.").arg(value).arg(INT_MAX));
        return true;
    }
};

} // namespace

JsonValueCheck JsonValueCheck::run(const QJsonObject &root)
{
    Walker walker;
    walker.object(root);
    return walker.result;
}

} // namespace cabildo
