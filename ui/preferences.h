#pragma once

#include <QLocale>
#include <QSettings>
#include <QString>

namespace cabildo {

/**
 * The facilitator's preferences, kept in ~/.config/cabildo/cabildo.conf: the interface
 * language (empty: the system's) and the high-contrast board. Applying the language
 * installs the translations at run time; every window retranslates on LanguageChange.
 */
namespace preferences {

QSettings settings();

QString language();                  ///< "", "en", "fr", "es" or "pt_BR"
void setLanguage(const QString &key);
/** The locale the interface uses: the chosen language, or the system's. */
QLocale interfaceLocale();
/** Installs the translations and default locale (dates, numbers) for language(). */
void applyLanguage();

bool highContrast();
void setHighContrast(bool on);

} // namespace preferences
} // namespace cabildo
