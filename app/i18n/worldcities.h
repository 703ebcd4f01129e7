#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>

namespace cabildo {

/** A city people may name to say where their event takes place. */
struct WorldCity
{
    QString englishName; ///< "Montreal"
    QString localName;   ///< in the language asked for, e.g. "Montréal"; the English name when untranslated
    QString countryCode; ///< ISO 3166-1 alpha-2, e.g. "CA"
    QByteArray zoneId;   ///< IANA id, e.g. "America/Toronto"
    quint32 population = 0;
};

/**
 * The world's towns of 15,000 people or more with their time zones, from GeoNames
 * (CC BY 4.0) as Debian's libgeonames ships them: its city table, and its gettext
 * catalogues (one per language, keyed by GeoNames id) for the names in `language`
 * (pt_BR falls back to pt). Read once per language; empty when the library has no data.
 * Not all of them are time-zone names: San José is in America/Costa_Rica.
 */
QList<WorldCity> worldCities(const QLocale &language);

/**
 * The translations of a GNU gettext .mo file (msgid → msgstr); empty when the file is
 * missing or malformed. Plural and context entries are kept as the file has them.
 */
QHash<QByteArray, QString> readMoFile(const QString &path);

} // namespace cabildo
