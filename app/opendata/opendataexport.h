#pragma once

#include "exportoptions.h"
#include "model/eventcontent.h"

#include <QCoreApplication>

namespace cabildo {

/**
 * Writes the public open-data bundle (BUNDLE.md) into DIR, all or nothing:
 * everything goes into a hidden temporary folder beside DIR, which is renamed to DIR at the
 * end, so a full disk or a refused write never leaves half a bundle. DIR must be absent or
 * an empty folder. The PDF needs a QGuiApplication; without one (`withPdf` false) it is
 * left out.
 */
class OpenDataExport
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::OpenDataExport)

public:
    static ExportReport run(const EventContent &content, const QString &dir, ExportOptions options,
                            bool withPdf = true);
    /** The message for `options` that cannot be exported (unknown licence or README language), or empty. */
    static QString checkOptions(const ExportOptions &options);
};

} // namespace cabildo
