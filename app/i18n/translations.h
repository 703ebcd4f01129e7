#pragma once

#include <QLocale>

namespace cabildo {

/**
 * Installs Cabildo's translations for `locale` (embedded under :/i18n) on the running
 * application, replacing any installed before. English is always installed first: it
 * carries the plural forms ("1 note", "2 notes") of the English source strings.
 */
void installTranslations(const QLocale &locale);

} // namespace cabildo
