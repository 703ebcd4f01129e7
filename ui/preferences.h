#pragma once

#include "opendata/exportoptions.h"

#include <QLocale>
#include <QSettings>
#include <QString>
#include <QUuid>

namespace cabildo {

/**
 * The facilitator's preferences, kept in ~/.config/cabildo/cabildo.conf: the interface
 * language (empty: the system's) and the high-contrast board. Applying the language
 * installs the translations at run time; every window retranslates on LanguageChange.
 */
namespace preferences {

QSettings settings();

QString language(); ///< "", "en", "fr", "es" or "pt_BR"
void setLanguage(const QString &key);
/** The locale the interface uses: the chosen language, or the system's. */
QLocale interfaceLocale();
/** Installs the translations and default locale (dates, numbers) for language(). */
void applyLanguage();

bool highContrast();
void setHighContrast(bool on);

/** The screen chosen for the projector window, by name ("HDMI-1"); empty: automatic. */
QString projectorScreen();
void setProjectorScreen(const QString &name);

/**
 * Where the export dialogs propose to write: the folder last exported to while it exists,
 * else Documents if it exists (a fresh system may have none), else the home folder. Not
 * the event file's folder: that is Cabildo's hidden data folder unless the user chose one.
 */
QString exportFolder();
void setExportFolder(const QString &folder);

/**
 * `defaults` with the export choices last made: licence, README languages and paper for
 * every event; the QR code URL and whether notes and consented names go in only for the
 * same event, so a new event never publishes personal data because the last one did.
 */
ExportOptions exportOptions(const QUuid &event, ExportOptions defaults);
/** Keeps `options`; the PDF dialog (`programmeOnly`) has only the paper and the QR code URL. */
void rememberExportOptions(const QUuid &event, const ExportOptions &options, bool programmeOnly);

} // namespace preferences
} // namespace cabildo
