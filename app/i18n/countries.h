#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace cabildo {

/** A country a participant can say they come from. */
struct Country
{
    QString code;        ///< ISO 3166-1 alpha-2, e.g. "BR"
    QString englishName; ///< what is stored with the note: the same whatever the form's language
    QString displayName; ///< in the language asked for, e.g. "Brésil" for French
};

/**
 * Every country, named in `language` by ICU's CLDR data (so a French participant finds
 * "Allemagne" and a Brazilian "Alemanha") and sorted as that language sorts. Regions
 * ("World", "Latin America") are left out.
 */
QList<Country> countries(const QLocale &language);

} // namespace cabildo
