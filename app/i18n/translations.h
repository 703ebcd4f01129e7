#pragma once

#include <QLocale>

namespace cabildo {

/**
 * Installs Cabildo's translations for `locale` (embedded under :/i18n) on the running
 * application, replacing any installed before. English is always installed first: it
 * carries the plural forms ("1 note", "2 notes") of the English source strings.
 */
void installTranslations(const QLocale &locale);

/**
 * The system's locale; but when its formats are the bare C locale (LANG unset, or C.UTF-8)
 * while LANGUAGE names a language, that language's locale, so that a French interface does
 * not print "Tuesday, 3 November" beside French words.
 */
QLocale systemLocale();

} // namespace cabildo
