#include "preferences.h"

#include "i18n/translations.h"

namespace cabildo::preferences {

namespace {
const QString languageKey = QStringLiteral("language");
const QString highContrastKey = QStringLiteral("highContrast");
} // namespace

QSettings settings()
{
    // Named here: the application sets no organisation name for QSettings to use.
    return QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("cabildo"), QStringLiteral("cabildo"));
}

QString language()
{
    return settings().value(languageKey).toString();
}

void setLanguage(const QString &key)
{
    settings().setValue(languageKey, key);
}

QLocale interfaceLocale()
{
    const QString key = language();
    return key.isEmpty() ? systemLocale() : QLocale(key);
}

void applyLanguage()
{
    const QLocale locale = interfaceLocale();
    QLocale::setDefault(locale);
    installTranslations(locale);
}

bool highContrast()
{
    return settings().value(highContrastKey, false).toBool();
}

void setHighContrast(bool on)
{
    settings().setValue(highContrastKey, on);
}

} // namespace cabildo::preferences
