#include "timezonefinder.h"

#include "i18n/worldcities.h"
#include "text/textfold.h"

#include <QCollator>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QTimeZone>

#include <unicode/locid.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>
#include <unicode/unistr.h>

#include <algorithm>

namespace cabildo {

namespace {

QString fromIcu(const icu::UnicodeString &text)
{
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
}

/**
 * The form names are compared in: accents and case folded, apostrophes dropped, every
 * other mark a word break ("America/Sao_Paulo" → "america sao paulo").
 */
QString searchKey(const QString &text)
{
    QString key;
    for (const QChar c : foldForSearch(text)) {
        if (c.isLetterOrNumber())
            key.append(c);
        else if (c != QLatin1Char('\'') && c != QChar(0x2019))
            key.append(QLatin1Char(' '));
    }
    return key.simplified();
}

/** 0: the whole name; 1: its start; 2: a later word's start; -1: no match. */
int matchTier(const QString &key, const QString &query)
{
    if (key.isEmpty())
        return -1;
    if (key == query)
        return 0;
    if (key.startsWith(query))
        return 1;
    for (qsizetype at = key.indexOf(query, 1); at > 0; at = key.indexOf(query, at + 1))
        if (key.at(at - 1) == QLatin1Char(' '))
            return 2;
    return -1;
}

int bestTier(int a, int b)
{
    if (a < 0)
        return b;
    return b < 0 ? a : std::min(a, b);
}

struct Zone
{
    QByteArray id;
    QString key; ///< the id as a search key
    QString countryCode;
    QString exemplar; ///< ICU's main city, in the finder's language
    QString exemplarKey;
    QString englishExemplarKey;
    quint32 population = 0; ///< its biggest city's, to rank a country's zones
};

struct City
{
    QString name;
    QString key;
    QString englishKey;
    QString countryCode;
    int zone = -1;
    quint32 population = 0;
};

struct Country
{
    QString name;
    QString key;
    QString englishKey;
    QList<int> zones;
};

icu::Locale icuLocale(const QLocale &language)
{
    return icu::Locale(language.name().toLatin1().constData());
}

QString icuCountryName(const QString &code, const icu::Locale &language)
{
    icu::UnicodeString name;
    icu::Locale(nullptr, code.toLatin1().constData()).getDisplayCountry(language, name);
    return fromIcu(name);
}

QString icuExemplarCity(const QByteArray &zoneId, const icu::TimeZoneNames *names)
{
    if (!names)
        return {};
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString canonical;
    icu::TimeZone::getCanonicalID(icu::UnicodeString::fromUTF8(zoneId.constData()), canonical, status);
    if (U_FAILURE(status))
        return {};
    icu::UnicodeString city;
    names->getExemplarLocationName(canonical, city);
    return fromIcu(city);
}

/** tzdata's zones of each country (zone.tab: one country per zone, so Norway keeps Europe/Oslo). */
QList<QPair<QByteArray, QString>> zonesWithCountries()
{
    QList<QPair<QByteArray, QString>> zones;
    QFile table(qEnvironmentVariable("TZDIR", QStringLiteral("/usr/share/zoneinfo")) + QStringLiteral("/zone.tab"));
    if (table.open(QIODevice::ReadOnly | QIODevice::Text)) {
        while (!table.atEnd()) {
            const QByteArray line = table.readLine().trimmed();
            const QList<QByteArray> fields = line.split('\t');
            if (line.startsWith('#') || fields.size() < 3 || !QTimeZone::isTimeZoneIdAvailable(fields.at(2)))
                continue;
            zones.append({fields.at(2), QString::fromLatin1(fields.at(0))});
        }
    }
    if (zones.isEmpty()) // no tzdata table: Qt's own idea of each zone's country
        for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
            const QString code = QLocale::territoryToCode(QTimeZone(id).territory());
            if (code.size() == 2)
                zones.append({id, code});
        }
    return zones;
}

} // namespace

struct TimeZoneFinder::Index
{
    QList<Zone> zones;
    QHash<QByteArray, int> zoneIndex;
    QList<City> cities;
    QHash<QString, Country> countries; ///< by code
    QLocale language;

    explicit Index(const QLocale &locale);
    int addZone(const QByteArray &id, const QString &countryCode);
    QString countryName(const QString &code) const { return countries.value(code).name; }
};

TimeZoneFinder::Index::Index(const QLocale &locale) : language(locale)
{
    const icu::Locale icuLanguage = icuLocale(locale);
    const icu::Locale english("en");
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::TimeZoneNames> names(icu::TimeZoneNames::createInstance(icuLanguage, status));
    if (U_FAILURE(status))
        names.reset();
    status = U_ZERO_ERROR;
    std::unique_ptr<icu::TimeZoneNames> englishNames(icu::TimeZoneNames::createInstance(english, status));
    if (U_FAILURE(status))
        englishNames.reset();

    auto country = [&](const QString &code) -> Country & {
        auto found = countries.find(code);
        if (found == countries.end()) {
            const QString name = icuCountryName(code, icuLanguage);
            found = countries.insert(code, {name, searchKey(name), searchKey(icuCountryName(code, english)), {}});
        }
        return found.value();
    };

    for (const auto &[id, code] : zonesWithCountries()) {
        const int z = addZone(id, code);
        Zone &zone = zones[z];
        zone.exemplar = icuExemplarCity(id, names.get());
        zone.exemplarKey = searchKey(zone.exemplar);
        zone.englishExemplarKey = searchKey(icuExemplarCity(id, englishNames.get()));
        country(code).zones.append(z);
    }
    // UTC, Etc/GMT+5 and the like: found by their id only.
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        if (!zoneIndex.contains(id) && QTimeZone(id).territory() == QLocale::AnyTerritory)
            addZone(id, QString());

    for (const WorldCity &found : worldCities(locale)) {
        int z = zoneIndex.value(found.zoneId, -1);
        if (z < 0) {
            if (!QTimeZone::isTimeZoneIdAvailable(found.zoneId))
                continue; // a zone this system's tzdata does not have: the event could not use it
            z = addZone(found.zoneId, found.countryCode);
        }
        country(found.countryCode);
        zones[z].population = std::max(zones[z].population, found.population);
        cities.append({found.localName, searchKey(found.localName), searchKey(found.englishName), found.countryCode, z,
                       found.population});
    }
}

int TimeZoneFinder::Index::addZone(const QByteArray &id, const QString &countryCode)
{
    const int z = int(zones.size());
    zones.append({id, searchKey(QString::fromLatin1(id)), countryCode, {}, {}, {}, 0});
    zoneIndex.insert(id, z);
    return z;
}

namespace {

std::shared_ptr<const TimeZoneFinder::Index> indexFor(const QLocale &language)
{
    // Built once per language: reading 24,000 cities takes a moment, a keystroke must not.
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const TimeZoneFinder::Index>> built;
    const QMutexLocker lock(&mutex);
    auto &index = built[language.name()];
    if (!index)
        index = std::make_shared<const TimeZoneFinder::Index>(language);
    return index;
}

} // namespace

TimeZoneFinder::TimeZoneFinder(const QLocale &language) : m_index(indexFor(language)) {}

TimeZoneFinder::~TimeZoneFinder() = default;

QList<TimeZoneMatch> TimeZoneFinder::find(const QString &query, int limit) const
{
    const Index &index = *m_index;
    // "San José, Costa Rica": the part after the last comma names the country.
    const qsizetype comma = query.lastIndexOf(QLatin1Char(','));
    const QString cityPart = comma < 0 ? query : query.left(comma);
    const QString key = searchKey(cityPart);
    const QString countryKey = comma < 0 ? QString() : searchKey(query.mid(comma + 1));
    if (key.isEmpty())
        return {};
    const QString typed = cityPart.simplified().toCaseFolded();

    struct Candidate
    {
        TimeZoneMatch match;
        int tier;
        bool accentsAsTyped; ///< "San José" typed prefers San José, Costa Rica, to San Jose, California
        quint32 population;
    };
    QList<Candidate> candidates;
    auto inCountry = [&](const QString &code) {
        if (countryKey.isEmpty())
            return true;
        const Country c = index.countries.value(code);
        return matchTier(c.key, countryKey) >= 0 || matchTier(c.englishKey, countryKey) >= 0;
    };
    auto add = [&](const Zone &zone, const QString &place, const QString &code, TimeZoneMatch::By by, int tier,
                   const QString &matched, quint32 population) {
        if (!inCountry(code))
            return;
        candidates.append({{zone.id, place, index.countryName(code), code, by},
                           tier,
                           matched.toCaseFolded().contains(typed),
                           population});
    };

    for (const City &city : index.cities)
        if (const int tier = bestTier(matchTier(city.key, key), matchTier(city.englishKey, key)); tier >= 0)
            add(index.zones.at(city.zone), city.name, city.countryCode, TimeZoneMatch::By::City, tier, city.name,
                city.population);
    for (const Zone &zone : index.zones) {
        const QString place = zone.exemplar.isEmpty() ? QString::fromLatin1(zone.id) : zone.exemplar;
        if (const int tier = bestTier(matchTier(zone.exemplarKey, key), matchTier(zone.englishExemplarKey, key));
            tier >= 0)
            add(zone, place, zone.countryCode, TimeZoneMatch::By::City, tier, zone.exemplar, zone.population);
        if (const int tier = matchTier(zone.key, key); tier >= 0)
            add(zone, place, zone.countryCode, TimeZoneMatch::By::ZoneId, tier, QString::fromLatin1(zone.id),
                zone.population);
    }
    if (countryKey.isEmpty())
        for (auto it = index.countries.cbegin(); it != index.countries.cend(); ++it) {
            const int tier = bestTier(matchTier(it->key, key), matchTier(it->englishKey, key));
            if (tier < 0)
                continue;
            for (int z : it->zones) {
                const Zone &zone = index.zones.at(z);
                add(zone, zone.exemplar.isEmpty() ? QString::fromLatin1(zone.id) : zone.exemplar, it.key(),
                    TimeZoneMatch::By::Country, tier, it->name, zone.population);
            }
        }

    QCollator collator(index.language);
    std::stable_sort(candidates.begin(), candidates.end(), [&](const Candidate &a, const Candidate &b) {
        if (a.tier != b.tier)
            return a.tier < b.tier;
        if (a.accentsAsTyped != b.accentsAsTyped)
            return a.accentsAsTyped;
        if (a.population != b.population)
            return a.population > b.population;
        return collator.compare(a.match.place, b.match.place) < 0;
    });
    // A place once per zone: Toronto the city, Toronto the zone's main city and
    // America/Toronto are one answer.
    QList<TimeZoneMatch> matches;
    QSet<QString> seen;
    for (const Candidate &candidate : std::as_const(candidates)) {
        if (matches.size() >= limit)
            break;
        const QString id =
            QString::fromLatin1(candidate.match.zoneId) + QLatin1Char('\n') + searchKey(candidate.match.place);
        if (!seen.contains(id)) {
            seen.insert(id);
            matches.append(candidate.match);
        }
    }
    return matches;
}

TimeZoneMatch TimeZoneFinder::describe(const QByteArray &zoneId) const
{
    const Index &index = *m_index;
    TimeZoneMatch match{zoneId, QString::fromLatin1(zoneId), {}, {}, TimeZoneMatch::By::ZoneId};
    if (const int z = index.zoneIndex.value(zoneId, -1); z >= 0) {
        const Zone &zone = index.zones.at(z);
        if (!zone.exemplar.isEmpty())
            match.place = zone.exemplar;
        match.countryCode = zone.countryCode;
    } else if (QTimeZone::isTimeZoneIdAvailable(zoneId)) { // an old alias, e.g. America/Montreal
        const QString code = QLocale::territoryToCode(QTimeZone(zoneId).territory());
        if (code.size() == 2)
            match.countryCode = code;
    }
    if (!match.countryCode.isEmpty()) {
        match.country = index.countryName(match.countryCode);
        if (match.country.isEmpty())
            match.country = icuCountryName(match.countryCode, icuLocale(index.language));
    }
    return match;
}

QString TimeZoneFinder::label(const TimeZoneMatch &match) const
{
    const QString id = QString::fromLatin1(match.zoneId);
    const QString offset = offsetText(match.zoneId);
    if (match.country.isEmpty())
        //: A time zone with no country, e.g. "UTC (UTC+00:00)"
        return match.place == id ? tr("%1 (%2)").arg(id, offset) : tr("%1 (%2, %3)").arg(match.place, id, offset);
    //: A place, its country, the time zone's id and its offset, e.g. "Toronto — Canada (America/Toronto, UTC−05:00)"
    return tr("%1 — %2 (%3, %4)").arg(match.place, match.country, id, offset);
}

QString TimeZoneFinder::offsetText(const QByteArray &zoneId)
{
    const QTimeZone zone(zoneId);
    const int seconds = zone.isValid() ? zone.standardTimeOffset(QDateTime::currentDateTimeUtc()) : 0;
    const int minutes = std::abs(seconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(seconds < 0 ? QChar(0x2212) : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace cabildo
