// cabildo restore-points and cabildo restore: the points kept inside the event file (issue 14).
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

int restorePoints(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption take(QStringLiteral("take"), Cli::tr("Keep a restore point of the event as it is now."),
                                  QStringLiteral("LABEL"));
    const QCommandLineOption remove(QStringLiteral("delete"), Cli::tr("Delete a restore point."), QStringLiteral("ID"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON."));
    parser.addOptions({take, remove, json});
    int code = Success;
    if (!parse(parser, arguments, 1, &code))
        return code;
    if (parser.isSet(take) && parser.isSet(remove))
        return complain(Cli::tr("--take and --delete go one at a time (see cabildo --help)"), UsageError);
    bool validId = true;
    const qint64 doomed = parser.isSet(remove) ? parser.value(remove).toLongLong(&validId) : 0;
    if (!validId || doomed < 0 || (parser.isSet(remove) && doomed == 0))
        return complain(
            Cli::tr("--delete takes the number of a restore point, as the list shows it (see cabildo --help)"),
            UsageError);
    const QString label = parser.value(take).simplified();
    if (parser.isSet(take) && label.isEmpty())
        return complain(Cli::tr("--take needs a label, such as \"Before the vote\" (see cabildo --help)"), UsageError);
    // Listing is read-only: it works while the event is open in the GUI, and never changes it.
    const bool writes = parser.isSet(take) || parser.isSet(remove);
    std::unique_ptr<EventDocument> document = openEvent(parser.positionalArguments().constFirst(), !writes, &code);
    if (!document)
        return code;
    const QString fileName = QFileInfo(document->filePath()).fileName();
    if (writes && document->isReadOnly())
        return complain(Cli::tr("%1 is read-only: no restore point was kept or deleted.").arg(fileName), RuntimeError);
    const QList<RestorePoint> points = document->restorePoints();
    if (parser.isSet(take)) {
        if (const Outcome taken = document->takeRestorePoint(label, true); !taken)
            return complain(taken.error(), RuntimeError);
        printOut(Cli::tr("Kept restore point %1.").arg(document->restorePoints().constFirst().id));
        return Success;
    }
    if (parser.isSet(remove)) {
        if (std::none_of(points.cbegin(), points.cend(), [&](const RestorePoint &point) { return point.id == doomed; }))
            return complain(Cli::tr("%1 has no restore point %2.").arg(fileName, QString::number(doomed)),
                            RuntimeError);
        if (const Outcome deleted = document->deleteRestorePoint(doomed); !deleted)
            return complain(
                Cli::tr("restore point %1 was not deleted: %2").arg(QString::number(doomed), deleted.error()),
                RuntimeError);
        printOut(Cli::tr("Deleted restore point %1.").arg(doomed));
        return Success;
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const RestorePoint &point : points)
            array.append(QJsonObject{{QStringLiteral("id"), point.id},
                                     {QStringLiteral("taken_at"), point.takenAt.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("next_step"), point.nextStep},
                                     {QStringLiteral("on_demand"), point.onDemand},
                                     {QStringLiteral("notes"), point.notes},
                                     {QStringLiteral("themes"), point.themes},
                                     {QStringLiteral("ballots"), point.ballots},
                                     {QStringLiteral("sessions"), point.sessions}});
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
        return Success;
    }
    // Newest first, one per line, tab-separated, with plain keys as `info` prints them (the
    // next step is in the language it was taken in); the time is local, as the window shows it.
    printOut(QStringLiteral("id\ttaken\tkind\tnotes\tthemes\tballots\tsessions\tnext"));
    for (const RestorePoint &point : points)
        printOut(QStringList{QString::number(point.id),
                             point.takenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                             point.onDemand ? QStringLiteral("on-demand") : QStringLiteral("automatic"),
                             QString::number(point.notes), QString::number(point.themes),
                             QString::number(point.ballots), QString::number(point.sessions), point.nextStep}
                     .join(QLatin1Char('\t')));
    return Success;
}

int restore(const QStringList &arguments)
{
    QCommandLineParser parser;
    int code = Success;
    if (!parse(parser, arguments, 2, &code))
        return code;
    bool validId = false;
    const qint64 id = parser.positionalArguments().at(1).toLongLong(&validId);
    if (!validId || id < 1)
        return complain(
            Cli::tr(
                "restore takes the number of a restore point, as cabildo restore-points lists it (see cabildo --help)"),
            UsageError);
    std::unique_ptr<EventDocument> document = openEvent(parser.positionalArguments().at(0), false, &code);
    if (!document)
        return code;
    if (document->isReadOnly())
        return complain(
            Cli::tr("%1 is read-only: nothing was restored.").arg(QFileInfo(document->filePath()).fileName()),
            RuntimeError);
    if (const Outcome restored = document->restore(id); !restored)
        return complain(Cli::tr("nothing was restored: %1").arg(restored.error()), RuntimeError);
    //: The end of cabildo restore, e.g. "Restored point 3: 120 notes, 8 themes, 12 sessions and 300 ballots."
    printOut(Cli::tr("Restored point %1: %2, %3, %4 and %5.")
                 .arg(QString::number(id), Cli::tr("%n note(s)", nullptr, document->noteCount()),
                      Cli::tr("%n theme(s)", nullptr, document->themeCount()),
                      Cli::tr("%n session(s)", nullptr, int(document->sessionIds().size())),
                      Cli::tr("%n ballot(s)", nullptr, document->ballotCount())));
    printOut(
        Cli::tr("Restore point %1 keeps the event as it was before.").arg(document->restorePoints().constFirst().id));
    return Success;
}

} // namespace cabildo::cli
