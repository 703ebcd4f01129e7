#pragma once

#include "exportoptions.h"
#include "publicdata.h"

#include <QCoreApplication>

namespace cabildo {

/**
 * The printable programme: for each day a grid of time slots × rooms with the sessions'
 * titles, breaks and plenaries across the whole width, and an optional QR code to where
 * the data is published. QPdfWriter embeds the fonts it uses. Written in the interface
 * language. Needs a QGuiApplication (fonts); the command line starts one offscreen.
 */
class ProgrammePdf
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::ProgrammePdf)

public:
    /**
     * Lays the PDF out into `pdf` (in memory: QPdfWriter would hide a failed file write);
     * false with `error` set when it could not be painted.
     */
    static bool write(const PublicData &data, const ExportOptions &options, QByteArray *pdf, QString *error);
    /** Writes the PDF to `path`, whole or not at all (DurableFile); false with `error` set when it could not. */
    static bool write(const PublicData &data, const ExportOptions &options, const QString &path, QString *error);
};

} // namespace cabildo
