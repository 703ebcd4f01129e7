#include "preferences.h"

#include "i18n/translations.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace cabildo::preferences {

namespace {
const QString languageKey = QStringLiteral("language");
const QString highContrastKey = QStringLiteral("highContrast");
const QString projectorScreenKey = QStringLiteral("projector/screen");
const QString exportFolderKey = QStringLiteral("export/folder");
const QString licenceKey = QStringLiteral("export/licence");
const QString readmeLanguagesKey = QStringLiteral("export/readmeLanguages");
const QString paperKey = QStringLiteral("export/paper");
const QString qrUrlKey = QStringLiteral("qrUrl");
const QString includeNotesKey = QStringLiteral("includeNotes");
const QString includeNamesKey = QStringLiteral("includeConsentedNames");

QString eventGroup(const QUuid &event)
{
    return QStringLiteral("export/events/") + event.toString(QUuid::WithoutBraces);
}
} // namespace

QSettings settings()
{
    // Named here: the application sets no organisation name for QSettings to use.
    return QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("cabildo"),
                     QStringLiteral("cabildo"));
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

QString projectorScreen()
{
    return settings().value(projectorScreenKey).toString();
}

void setProjectorScreen(const QString &name)
{
    settings().setValue(projectorScreenKey, name);
}

bool highContrast()
{
    return settings().value(highContrastKey, false).toBool();
}

void setHighContrast(bool on)
{
    settings().setValue(highContrastKey, on);
}

QString exportFolder()
{
    const QString last = settings().value(exportFolderKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

void setExportFolder(const QString &folder)
{
    settings().setValue(exportFolderKey, QDir::cleanPath(QFileInfo(folder).absoluteFilePath()));
}

ExportOptions exportOptions(const QUuid &event, ExportOptions defaults)
{
    QSettings stored = settings();
    if (const QString licence = stored.value(licenceKey).toString(); licenceIds().contains(licence))
        defaults.licence = licence;
    if (stored.contains(readmeLanguagesKey)) {
        QStringList languages;
        for (const QString &language : stored.value(readmeLanguagesKey).toStringList())
            if (language == QLatin1String("en") || language == QLatin1String("fr"))
                languages.append(language);
        if (!languages.isEmpty()) // an export needs at least one README
            defaults.readmeLanguages = languages;
    }
    if (const QString paper = stored.value(paperKey).toString(); paper == QLatin1String("Letter"))
        defaults.paper = PaperSize::Letter;
    else if (paper == QLatin1String("A4"))
        defaults.paper = PaperSize::A4;
    stored.beginGroup(eventGroup(event));
    defaults.qrUrl = stored.value(qrUrlKey, defaults.qrUrl).toString();
    defaults.includeNotes = stored.value(includeNotesKey, defaults.includeNotes).toBool();
    defaults.includeConsentedNames = stored.value(includeNamesKey, defaults.includeConsentedNames).toBool();
    return defaults;
}

void rememberExportOptions(const QUuid &event, const ExportOptions &options, bool programmeOnly)
{
    QSettings stored = settings();
    stored.setValue(paperKey, options.paper == PaperSize::Letter ? QStringLiteral("Letter") : QStringLiteral("A4"));
    if (!programmeOnly) {
        stored.setValue(licenceKey, options.licence);
        stored.setValue(readmeLanguagesKey, options.readmeLanguages);
    }
    stored.beginGroup(eventGroup(event));
    stored.setValue(qrUrlKey, options.qrUrl);
    if (!programmeOnly) {
        stored.setValue(includeNotesKey, options.includeNotes);
        stored.setValue(includeNamesKey, options.includeConsentedNames);
    }
}

} // namespace cabildo::preferences
