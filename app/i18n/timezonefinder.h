#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

#include <memory>

namespace cabildo {

/** One answer to "where is the event?": a place and the time zone it is in. */
struct TimeZoneMatch
{
    enum class By
    {
        City,
        Country,
        ZoneId
    };

    QByteArray zoneId;   ///< IANA id, e.g. "America/Toronto"
    QString place;       ///< the city in the finder's language, e.g. "Montréal"; the id for UTC and the like
    QString country;     ///< the country in the finder's language, e.g. "Canada"; empty when none
    QString countryCode; ///< ISO 3166-1 alpha-2; empty when none
    By by = By::City;    ///< what the query matched

    bool operator==(const TimeZoneMatch &) const = default;
};

/**
 * Finds time zones the way people say where an event is: by city ("Toronto", "San José",
 * "São Paulo", "Montréal" — most cities are not zone names) or by country ("Mexique",
 * "Brasil"), in the interface language or in English, ignoring accents and case; the
 * zone id itself ("America/Toronto") works too. Cities come from GeoNames through
 * Debian's libgeonames (worldcities.h); countries, their zones (tzdata's zone.tab) and
 * each zone's main city from ICU's CLDR names. Matches are ranked: whole name, then
 * name start, then a later word's start; the accents as typed, then the bigger city.
 * QtCore only, so the command line could use it too.
 */
class TimeZoneFinder
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::TimeZoneFinder)

public:
    /** The first finder for a language reads the data (a fraction of a second); later ones share it. */
    explicit TimeZoneFinder(const QLocale &language);
    ~TimeZoneFinder();

    /** The best `limit` matches for `query`, best first; "city, country" narrows by country. */
    QList<TimeZoneMatch> find(const QString &query, int limit = 60) const;

    /** A zone as a match (its main city and country), e.g. for the event's current zone; by = ZoneId. */
    TimeZoneMatch describe(const QByteArray &zoneId) const;

    /** "Toronto — Canada (America/Toronto, UTC−05:00)", in the finder's language. */
    QString label(const TimeZoneMatch &match) const;

    /** "UTC−05:00": the zone's standard offset from UTC, with a true minus sign. */
    static QString offsetText(const QByteArray &zoneId);

    struct Index;

private:
    std::shared_ptr<const Index> m_index;
};

} // namespace cabildo
