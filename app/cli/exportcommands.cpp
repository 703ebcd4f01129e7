// cabildo backup and cabildo export: the event as private JSON, or as the public open-data bundle.
#include "clitools.h"

#include "document/agendainput.h"
#include "document/eventdocument.h"
#include "document/notegrouping.h"
#include "document/participationdesk.h"
#include "formats/durablefile.h"
#include "formats/eventjson.h"
#include "formats/notescsv.h"
#include "grouping/groupingengine.h"
#include "model/notecolour.h"
#include "networkinterfaces.h"
#include "opendata/opendataexport.h"
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSocketNotifier>
#include <QTimeZone>
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>
#include <utility>

#include <algorithm>
#include <csignal>
#include <cstdio>

#include <sys/socket.h>
#include <unistd.h>

namespace cabildo::cli {

int backup(const QStringList &arguments)
{
    QCommandLineParser parser;
    int code = Success;
    if (!parse(parser, arguments, 2, &code))
        return code;
    const QString path = parser.positionalArguments().at(0);
    const QString target = parser.positionalArguments().at(1);
    // Never write a backup over the event itself, nor over another event file.
    if (QFileInfo(target).exists()
        && (QFileInfo(target).canonicalFilePath() == QFileInfo(path).canonicalFilePath()
            || readAll(target, 16).startsWith(QByteArrayLiteral("SQLite format 3"))))
        return complain(Cli::tr("%1 is an event file: the backup goes to a .json file of its own.")
                            .arg(QFileInfo(target).fileName()),
                        RuntimeError);
    // Read-only: a backup works while the event is open in the GUI, and never changes it.
    std::unique_ptr<EventDocument> document = openEvent(path, true, &code);
    if (!document)
        return code;
    // All or nothing, checked to the disk: a backup cut by a full disk must not look like one.
    if (const QString error = DurableFile::write(target, EventJson::write(document->backupContent())); !error.isEmpty())
        return complain(Cli::tr("no backup was written: %1").arg(error), RuntimeError);
    return Success;
}

int exportBundle(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption notes(QStringLiteral("include-notes"), Cli::tr("Include the notes' text."));
    const QCommandLineOption names(QStringLiteral("include-consented-names"),
                                   Cli::tr("Include the names of note authors and session hosts who consented."));
    const QCommandLineOption licence(QStringLiteral("licence"), Cli::tr("Licence (SPDX id)."),
                                     QStringLiteral("SPDX-ID"), QStringLiteral("CC-BY-4.0"));
    const QCommandLineOption readmes(QStringLiteral("readme"), Cli::tr("README languages."), QStringLiteral("LANGS"),
                                     QStringLiteral("en,fr"));
    const QCommandLineOption qrUrl(QStringLiteral("qr-url"), Cli::tr("URL for the programme's QR code."),
                                   QStringLiteral("URL"));
    const QCommandLineOption paper(QStringLiteral("paper"), Cli::tr("Paper size."), QStringLiteral("SIZE"),
                                   QStringLiteral("a4"));
    parser.addOptions({notes, names, licence, readmes, qrUrl, paper});
    int code = Success;
    if (!parse(parser, arguments, 2, &code))
        return code;
    ExportOptions options;
    options.includeNotes = parser.isSet(notes);
    options.includeConsentedNames = parser.isSet(names);
    options.licence = parser.value(licence);
    options.readmeLanguages = parser.value(readmes).split(QLatin1Char(','), Qt::SkipEmptyParts);
    options.qrUrl = parser.value(qrUrl);
    const QString size = parser.value(paper).toLower();
    if (size != QLatin1String("a4") && size != QLatin1String("letter"))
        return complain(Cli::tr("--paper takes a4 or letter (see cabildo --help)"), UsageError);
    options.paper = size == QLatin1String("letter") ? PaperSize::Letter : PaperSize::A4;
    if (const QString problem = OpenDataExport::checkOptions(options); !problem.isEmpty())
        return complain(problem + QLatin1Char(' ') + Cli::tr("(see cabildo --help)"), UsageError);
    // Reproducible builds' convention: a fixed SOURCE_DATE_EPOCH makes re-exports byte-identical.
    bool fixed = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&fixed);
    if (fixed)
        options.generatedAt = QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC);

    // Read-only: an export works while the event is open in the GUI, and never changes it.
    std::unique_ptr<EventDocument> document = openEvent(parser.positionalArguments().at(0), true, &code);
    if (!document)
        return code;
    const ExportReport report = OpenDataExport::run(document->content(), parser.positionalArguments().at(1), options);
    if (!report.ok())
        return complain(Cli::tr("nothing was exported: %1").arg(report.error), RuntimeError);
    //: The end of cabildo export, e.g. "Exported 12 sessions and 300 notes into abrelatam2026-open-data (14 files)."
    printOut(Cli::tr("Exported %1 and %2 into %3 (%n file(s)).", nullptr, int(report.files.size()))
                 .arg(Cli::tr("%n session(s)", nullptr, report.sessions), Cli::tr("%n note(s)", nullptr, report.notes),
                      QDir::toNativeSeparators(parser.positionalArguments().at(1))));
    if (report.maskedEmails + report.maskedPhones > 0)
        printOut(Cli::tr("Masked %1 and %2 in the exported text.")
                     .arg(Cli::tr("%n e-mail address(es)", nullptr, report.maskedEmails),
                          Cli::tr("%n phone number(s)", nullptr, report.maskedPhones)));
    if (report.names > 0)
        printOut(Cli::tr("Published %n consented name(s).", nullptr, report.names));
    return Success;
}

} // namespace cabildo::cli
