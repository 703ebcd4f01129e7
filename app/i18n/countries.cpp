#include "countries.h"

#include <QCollator>

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>

namespace cabildo {

namespace {

QString icuDisplayCountry(const QString &code, const icu::Locale &language)
{
    icu::UnicodeString name;
    icu::Locale(nullptr, code.toLatin1().constData()).getDisplayCountry(language, name);
    return QString(reinterpret_cast<const QChar *>(name.getBuffer()), name.length());
}

} // namespace

QList<Country> countries(const QLocale &language)
{
    const icu::Locale icuLanguage(language.name().toLatin1().constData());
    const icu::Locale english("en");
    QList<Country> result;
    for (int value = 1; value <= int(QLocale::LastTerritory); ++value) {
        const QString code = QLocale::territoryToCode(QLocale::Territory(value));
        // Two letters: a country. Regions have three digits ("419"), the rest no code.
        if (code.size() != 2 || !code.at(0).isLetter() || code == QLatin1String("EU") || code == QLatin1String("QO"))
            continue;
        if (std::any_of(result.cbegin(), result.cend(), [&](const Country &c) { return c.code == code; }))
            continue;
        result.append({code, icuDisplayCountry(code, english), icuDisplayCountry(code, icuLanguage)});
    }
    QCollator collator(language);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(result.begin(), result.end(),
              [&](const Country &a, const Country &b) { return collator.compare(a.displayName, b.displayName) < 0; });
    return result;
}

} // namespace cabildo
