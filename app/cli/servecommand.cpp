// cabildo serve: the event open to participants' phones until stopped (issue 13).
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

namespace {

// `serve`'s stop signals, through a socket pair: a signal handler may only write(2).
int stopSignalPipe[2] = {-1, -1};

void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(stopSignalPipe[1], &byte, 1);
}

} // namespace

int serve(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption address(QStringLiteral("address"),
                                     Cli::tr("The address phones reach (default: the Wi-Fi address)."),
                                     QStringLiteral("IP"));
    const QCommandLineOption port(QStringLiteral("port"), Cli::tr("The port (default: any free one)."),
                                  QStringLiteral("PORT"));
    const QCommandLineOption moderated(QStringLiteral("moderated"),
                                       Cli::tr("Notes from phones wait for the facilitator's approval."));
    parser.addOptions({address, port, moderated});
    int exitCode = Success;
    if (!parse(parser, arguments, 1, &exitCode))
        return exitCode;
    std::unique_ptr<EventDocument> document = openEvent(parser.positionalArguments().at(0), false, &exitCode);
    if (!document)
        return exitCode;
    bool portOk = true;
    const uint portNumber = parser.isSet(port) ? parser.value(port).toUInt(&portOk) : 0;
    if (!portOk || portNumber > 65535)
        return complain(Cli::tr("--port takes a number from 1 to 65535."), UsageError);

    ParticipationDesk desk(document.get());
    // Participation left open (a crash, a restart) resumes with the same link, unless told otherwise.
    Outcome outcome = Outcome::unchanged();
    if (!parser.isSet(address) && !parser.isSet(port) && document->participation())
        outcome = desk.resume();
    if (!desk.isOpen()) {
        QString bindAddress = parser.value(address);
        if (bindAddress.isEmpty()) {
            const QList<NetworkChoice> choices = networkChoices();
            const int proposed = proposedChoice(choices);
            bindAddress = proposed >= 0 ? choices.at(proposed).address : QStringLiteral("127.0.0.1");
        }
        outcome = desk.open(bindAddress, quint16(portNumber), parser.isSet(moderated));
    }
    if (!desk.isOpen())
        return complain(outcome.error(), RuntimeError);
    printOut(Cli::tr("Participants: %1").arg(desk.participantUrl()));
    printOut(Cli::tr("Or type %1 and the code %2").arg(desk.typedAddress(), desk.joinCode()));
    std::fflush(stdout);

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, stopSignalPipe) != 0)
        return complain(Cli::tr("Cannot wait for Ctrl+C."), RuntimeError);
    QSocketNotifier stopNotifier(stopSignalPipe[0], QSocketNotifier::Read);
    QObject::connect(&stopNotifier, &QSocketNotifier::activated, QCoreApplication::instance(), &QCoreApplication::quit);
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    QCoreApplication::exec();
    // Participation stays open in the file: the next `serve` or the app resumes the same link.
    return Success;
}

} // namespace cabildo::cli
