#pragma once

#include "exportoptions.h"
#include "opentables.h"

#include <QByteArray>

namespace cabildo {

/**
 * The bundle's READMEs (README.md in English, README.<lang>.md for the others) and
 * LICENSE.txt. Their text is the bundle's content in a fixed language, not interface
 * text, so it is written here per language rather than through tr(): a French README
 * must be French whatever language the organiser's interface is in.
 */
namespace readme {

QStringList supportedLanguages(); ///< "en", "fr"
/** "README.md" for English, "README.fr.md" for French. */
QString fileName(const QString &language);
QByteArray write(const QString &language, const PublicData &data, const QList<OpenTable> &tables,
                 const ExportOptions &options, const QStringList &files);
QByteArray licenceText(const PublicData &data, const ExportOptions &options);

} // namespace readme

} // namespace cabildo
