// libgeonames' header pulls in GLib's, which use "signals" as a name: include it before
// any Qt header that defines the keyword.
#include <geonames.h>

#include "worldcities.h"

#include <QFile>
#include <QStringList>
#include <QtEndian>

namespace cabildo {

QHash<QByteArray, QString> readMoFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = file.readAll();
    if (data.size() < 28)
        return {};
    // The magic number tells the byte order the file was written in.
    const auto *bytes = reinterpret_cast<const uchar *>(data.constData());
    const bool little = qFromLittleEndian<quint32>(bytes) == 0x950412deu;
    if (!little && qFromBigEndian<quint32>(bytes) != 0x950412deu)
        return {};
    auto word = [&](qsizetype at) -> quint32 {
        if (at < 0 || at + 4 > data.size())
            return 0;
        return little ? qFromLittleEndian<quint32>(bytes + at) : qFromBigEndian<quint32>(bytes + at);
    };
    auto string = [&](quint32 table, quint32 index, bool *ok) {
        const quint32 length = word(qsizetype(table) + 8 * qsizetype(index));
        const quint32 offset = word(qsizetype(table) + 8 * qsizetype(index) + 4);
        *ok = qsizetype(offset) + qsizetype(length) <= data.size();
        return *ok ? data.mid(offset, length) : QByteArray();
    };
    const quint32 count = word(8), originals = word(12), translations = word(16);
    if (qsizetype(originals) + 8 * qsizetype(count) > data.size()
        || qsizetype(translations) + 8 * qsizetype(count) > data.size())
        return {};
    QHash<QByteArray, QString> result;
    result.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        bool okKey = false, okValue = false;
        const QByteArray key = string(originals, i, &okKey);
        const QByteArray value = string(translations, i, &okValue);
        if (okKey && okValue && !key.isEmpty() && !value.isEmpty()) // the empty msgid is the header
            result.insert(key, QString::fromUtf8(value));
    }
    return result;
}

namespace {

/** The catalogues to read for `language`, the most specific first: pt_BR, then pt. */
QList<QHash<QByteArray, QString>> catalogues(const QLocale &language)
{
    QStringList names{language.name()};
    const QString bare = language.name().section(QLatin1Char('_'), 0, 0);
    if (bare != names.constFirst())
        names.append(bare);
    QList<QHash<QByteArray, QString>> result;
    for (const QString &name : std::as_const(names))
        if (name != QLatin1String("C") && name != QLatin1String("en"))
            // Where libgeonames' own gettext domain is installed (Debian's libgeonames-common).
            result.append(readMoFile(QStringLiteral("/usr/share/locale/%1/LC_MESSAGES/geonames.mo").arg(name)));
    return result;
}

QString translated(const QList<QHash<QByteArray, QString>> &catalogues, const QByteArray &key, const QString &fallback)
{
    for (const QHash<QByteArray, QString> &catalogue : catalogues)
        if (const auto found = catalogue.constFind(key); found != catalogue.cend())
            return found.value();
    return fallback;
}

} // namespace

QList<WorldCity> worldCities(const QLocale &language)
{
    const QList<QHash<QByteArray, QString>> names = catalogues(language);
    const int count = geonames_get_n_cities();
    QList<WorldCity> cities;
    cities.reserve(std::max(0, count));
    for (int i = 0; i < count; ++i) {
        GeonamesCity *city = geonames_get_city(i); // a GVariant (libgeonames' own type)
        if (!city)
            continue;
        WorldCity entry;
        // The record (id, name, admin code, state, country code, country, zone, population,
        // latitude, longitude) carries the GeoNames id the catalogues are keyed by; the
        // library's getters would translate through the process's locale instead.
        if (g_variant_is_of_type(city, G_VARIANT_TYPE("(sssssssudd)"))) {
            const gchar *id = nullptr, *name = nullptr, *countryCode = nullptr, *zone = nullptr;
            guint32 population = 0;
            g_variant_get(city, "(&s&s&s&s&s&s&sudd)", &id, &name, nullptr, nullptr, &countryCode, nullptr, &zone,
                          &population, nullptr, nullptr);
            entry.englishName = QString::fromUtf8(name);
            entry.localName = translated(names, QByteArray(id), entry.englishName);
            entry.countryCode = QString::fromUtf8(countryCode);
            entry.zoneId = QByteArray(zone);
            entry.population = population;
        } else {
            entry.englishName = entry.localName = QString::fromUtf8(geonames_city_get_name(city));
            entry.countryCode = QString::fromUtf8(geonames_city_get_country_code(city));
            entry.zoneId = QByteArray(geonames_city_get_timezone(city));
            entry.population = geonames_city_get_population(city);
        }
        geonames_city_free(city);
        if (!entry.englishName.isEmpty() && !entry.zoneId.isEmpty())
            cities.append(std::move(entry));
    }
    return cities;
}

} // namespace cabildo
