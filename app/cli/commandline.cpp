#include "commandline.h"
#include "clitools.h"
#include "photocommand.h"

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
#include <utility>

#include <sys/socket.h>
#include <unistd.h>

namespace cabildo {

using namespace cli;

namespace {

QString usage()
{
    //: cabildo --help. Translate the descriptions and the word Usage; keep the commands,
    //: options and upper-case placeholders (FILE, TITLE...) exactly as they are.
    return Cli::tr(
        "Usage:\n"
        "  cabildo [FILE]                          open the GUI (a default event when FILE is omitted)\n"
        "  cabildo new FILE --title TITLE [--acronym A] [--timezone TZ]\n"
        "                                          create an event file\n"
        "  cabildo import FILE SOURCE.csv [--no-language]\n"
        "                                          add the notes of a notes CSV\n"
        "  cabildo import FILE EVENT.json          restore a backup into an empty event\n"
        "  cabildo import FILE PHOTO.jpg [--keep-duplicates]\n"
        "                                          add the sticky notes of a photo of a paper wall\n"
        "  cabildo info FILE [--json]              counts, acronym and schema version\n"
        "  cabildo cluster FILE [--clusters K] [--all] [--json]\n"
        "                                          group the notes not yet in a theme into themes\n"
        "  cabildo schedule FILE [--round NAME] [--json]\n"
        "                                          generate and store the agenda\n"
        "  cabildo backup FILE OUT.json            the whole event as JSON (private: includes personal data)\n"
        "  cabildo export FILE DIR [--include-notes] [--include-consented-names] [--licence SPDX-ID]\n"
        "                          [--readme en,fr] [--qr-url URL] [--paper a4|letter]\n"
        "                                          the public open-data bundle into DIR (absent or empty)\n"
        "  cabildo serve FILE [--address IP] [--port PORT] [--moderated]\n"
        "                                          open the event to participants' phones until stopped (Ctrl+C)\n"
        "  cabildo restore-points FILE [--json]    list the restore points kept in the event\n"
        "  cabildo restore-points FILE --take LABEL | --delete ID\n"
        "                                          keep a restore point of the event as it is now, or delete one\n"
        "  cabildo restore FILE ID                 put the event back as restore point ID kept it\n"
        "  cabildo --version | --help");
}

// Commands reserved for capabilities still to come: refused plainly, never
// mistaken for a file name to open in the GUI.
const QStringList plannedCommands;
const QStringList commands{QStringLiteral("new"),     QStringLiteral("import"), QStringLiteral("info"),
                           QStringLiteral("cluster"), QStringLiteral("backup"), QStringLiteral("schedule"),
                           QStringLiteral("export"),  QStringLiteral("serve"),  QStringLiteral("restore-points"),
                           QStringLiteral("restore")};

int newEvent(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption title(QStringLiteral("title"), Cli::tr("Event title."), QStringLiteral("TITLE"));
    const QCommandLineOption acronym(QStringLiteral("acronym"), Cli::tr("Short name."), QStringLiteral("A"));
    const QCommandLineOption timeZone(QStringLiteral("timezone"), Cli::tr("IANA time zone."), QStringLiteral("TZ"));
    parser.addOptions({title, acronym, timeZone});
    int code = Success;
    if (!parse(parser, arguments, 1, &code))
        return code;
    if (!parser.isSet(title))
        return complain(Cli::tr("new needs --title (see cabildo --help)"), UsageError);
    const QString zone =
        parser.isSet(timeZone) ? parser.value(timeZone) : QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (!QTimeZone(zone.toUtf8()).isValid())
        return complain(
            Cli::tr("\"%1\" is not a known time zone (for example Europe/Paris or America/Bogota).").arg(zone),
            RuntimeError);
    QString error;
    const QString path = parser.positionalArguments().constFirst();
    if (!EventDocument::create(path, parser.value(title), parser.value(acronym), zone, &error))
        return complain(error, RuntimeError);
    return Success;
}

/** An event .json by its name, or by its first bytes (a backup renamed without extension). */
bool isEventJson(const QString &source)
{
    if (source.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return true;
    QFile file(source);
    return !source.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) && file.open(QIODevice::ReadOnly)
           && EventJson::looksLikeJson(file.read(64));
}

int importEventJson(const QString &path, const QString &source)
{
    // Read and check the whole document before opening the event: a bad file changes nothing.
    const EventJson::ReadResult read = EventJson::readFile(source);
    if (!read.ok())
        return complain(QFileInfo(source).fileName() + QStringLiteral(": ") + read.error, RuntimeError);
    int code = Success;
    std::unique_ptr<EventDocument> document = openEvent(path, false, &code);
    if (!document)
        return code;
    if (document->isReadOnly())
        return complain(Cli::tr("%1 is read-only: nothing was imported.").arg(QFileInfo(path).fileName()),
                        RuntimeError);
    if (const Outcome imported = document->importContent(read.content); !imported)
        return complain(Cli::tr("nothing was imported: %1").arg(imported.error()), RuntimeError);
    //: The end of cabildo import EVENT.json, e.g. "Imported 120 notes, 8 themes, 12 sessions and 300 ballots."
    printOut(Cli::tr("Imported %1, %2, %3 and %4.")
                 .arg(Cli::tr("%n note(s)", nullptr, int(read.content.notes.size())),
                      Cli::tr("%n theme(s)", nullptr, int(read.content.themes.size())),
                      Cli::tr("%n session(s)", nullptr, int(read.content.agenda.sessions.size())),
                      Cli::tr("%n ballot(s)", nullptr, int(read.content.votes.ballots.size()))));
    return Success;
}

int schedule(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption roundOption(QStringLiteral("round"), Cli::tr("The voting round whose ballots count."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON."));
    parser.addOptions({roundOption, json});
    int code = Success;
    if (!parse(parser, arguments, 1, &code))
        return code;
    std::unique_ptr<EventDocument> document = openEvent(parser.positionalArguments().constFirst(), false, &code);
    if (!document)
        return code;
    if (document->isReadOnly())
        return complain(
            Cli::tr("%1 is read-only: nothing was scheduled.").arg(QFileInfo(document->filePath()).fileName()),
            RuntimeError);
    qint64 roundId = 0;
    if (parser.isSet(roundOption)) {
        for (qint64 id : document->roundIds())
            if (document->round(id)->name == parser.value(roundOption))
                roundId = id;
        if (!roundId)
            return complain(Cli::tr("there is no voting round named \"%1\".").arg(parser.value(roundOption)),
                            RuntimeError);
    }

    const AgendaInput input = agendaInput(*document, roundId);
    // Nothing to place, or nowhere to place it: say what is missing rather than "0 of 0".
    QStringList missing;
    if (input.problem.rooms.isEmpty())
        missing.append(Cli::tr("rooms"));
    if (input.problem.timeSlots.isEmpty()) // only breaks and plenaries count as none
        missing.append(Cli::tr("session slots"));
    if (input.problem.sessions.isEmpty())
        missing.append(Cli::tr("sessions"));
    if (!missing.isEmpty())
        //: %1 lists what the event lacks, e.g. "rooms and session slots" (each word translated on its own).
        return complain(Cli::tr("nothing was scheduled: the event has no %1 (add them on the Agenda page).")
                            .arg(QLocale().createSeparatedList(missing)),
                        RuntimeError);
    // No ballots is no reason to refuse: rooms and slots can be filled before the vote.
    const VoteRound *round = document->round(input.roundId);
    const bool tallied = std::any_of(input.problem.sessions.cbegin(), input.problem.sessions.cend(),
                                     [](const AgendaSession &session) { return session.tally > 0; });
    QString noBallots;
    if (!round)
        noBallots = Cli::tr("there is no voting round: the sessions were placed without votes.");
    else if (document->ballots(input.roundId).isEmpty())
        noBallots =
            tallied ? Cli::tr("round \"%1\" has no ballots: the sessions were placed by their paper tallies alone.")
                          .arg(round->name)
                    : Cli::tr("round \"%1\" has no ballots: the sessions were placed without votes.").arg(round->name);
    if (!noBallots.isEmpty())
        complain(Cli::tr("warning: %1").arg(noBallots), Success);

    const AgendaResult result = generateAgenda(input.problem);
    for (const AgendaIssue &issue : result.issues)
        complain(Cli::tr("warning: %1").arg(issue.reason), Success);
    if (const Outcome applied = document->applyGeneratedAgenda(documentPlacements(input, result, *document)); !applied)
        return complain(Cli::tr("nothing was scheduled: %1").arg(applied.error()), RuntimeError);

    const AgendaScore &score = result.score;
    if (parser.isSet(json)) {
        auto uuidOf = [](const QUuid &uuid) { return uuid.toString(QUuid::WithoutBraces); };
        QJsonArray placements;
        for (const Placement &placement : document->placements()) {
            const Session *session = document->session(placement.sessionId);
            placements.append(QJsonObject{{QStringLiteral("session"), uuidOf(session->uuid)},
                                          {QStringLiteral("ref"), session->ref},
                                          {QStringLiteral("title"), session->title},
                                          {QStringLiteral("slot"), uuidOf(document->timeSlot(placement.slotId)->uuid)},
                                          {QStringLiteral("room"), uuidOf(document->room(placement.roomId)->uuid)},
                                          {QStringLiteral("pinned"), placement.pinned}});
        }
        QJsonArray issues;
        for (const AgendaIssue &issue : result.issues) {
            QJsonArray sessions;
            for (int index : issue.sessions)
                sessions.append(input.problem.sessions.value(index).id);
            issues.append(QJsonObject{{QStringLiteral("rule"), issue.rule},
                                      {QStringLiteral("reason"), issue.reason},
                                      {QStringLiteral("sessions"), sessions}});
        }
        const QJsonObject object{{QStringLiteral("round"), round ? QJsonValue(round->name) : QJsonValue()},
                                 {QStringLiteral("attendable"), score.attendable},
                                 {QStringLiteral("ballot_votes"), score.ballotVotes},
                                 {QStringLiteral("missed"), score.missed},
                                 {QStringLiteral("overflow"), score.overflow},
                                 {QStringLiteral("upper_bound"), score.upperBound},
                                 {QStringLiteral("moved"), score.moved},
                                 {QStringLiteral("unscheduled"), score.unscheduled},
                                 {QStringLiteral("seconds"), result.seconds},
                                 {QStringLiteral("issues"), issues},
                                 {QStringLiteral("placements"), placements}};
        printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
        return Success;
    }
    //: cabildo schedule's report. A, M and O: app/engines/scheduling/OBJECTIVE.md. Keep them.
    printOut(Cli::tr("Attendable votes (A): %1 of %2 ballot votes")
                 .arg(number(score.attendable), number(score.ballotVotes)));
    printOut(Cli::tr("Missed votes (M): %1").arg(number(score.missed)));
    printOut(Cli::tr("Seat overflow (O): %1").arg(number(score.overflow)));
    printOut(Cli::tr("Upper bound on A: %1").arg(number(score.upperBound)));
    printOut(Cli::tr("%n session(s) moved, %1 unscheduled, in %2 s.", nullptr, score.moved)
                 .arg(number(score.unscheduled), QLocale().toString(result.seconds, 'f', 2)));
    return Success;
}

/**
 * Progress of a long import on stderr: on a terminal one line rewritten in place and cleared
 * when the step ends; otherwise
 * (a log, a script) a line each time another `step` notes are done, so a small import
 * prints nothing.
 */
class ProgressLine
{
public:
    static constexpr qsizetype step = 50000;

    ~ProgressLine() { done(); }
    void show(const QString &text, qsizetype done)
    {
        if (m_terminal) {
            std::fprintf(stderr, "\r\033[Kcabildo: %s", text.toLocal8Bit().constData());
            std::fflush(stderr);
            m_shown = true;
        } else if (done / step > m_lastStep) {
            m_lastStep = done / step;
            complain(text, Success);
        }
    }
    /** The step is over: its line rewritten in place is cleared, leaving room for messages. */
    void done()
    {
        if (std::exchange(m_shown, false))
            std::fputs("\r\033[K", stderr);
        m_lastStep = 0;
    }

private:
    const bool m_terminal = isatty(STDERR_FILENO);
    bool m_shown = false;
    qsizetype m_lastStep = 0;
};

int importSource(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption keepDuplicates(QStringLiteral("keep-duplicates"),
                                            Cli::tr("A photo's notes that are likely already in the event go in too."));
    const QCommandLineOption noLanguage(QStringLiteral("no-language"),
                                        Cli::tr("Leave the notes' language work for later (the app or cluster)."));
    parser.addOptions({keepDuplicates, noLanguage});
    int code = Success;
    if (!parse(parser, arguments, 2, &code))
        return code;
    const QString source = parser.positionalArguments().at(1);
    if (isPhotoSource(source))
        return importPhoto(parser.positionalArguments().at(0), source, parser.isSet(keepDuplicates));
    if (parser.isSet(keepDuplicates))
        return complain(Cli::tr("--keep-duplicates is for a photo (see cabildo --help)"), UsageError);
    if (parser.isSet(noLanguage) && isEventJson(source))
        return complain(Cli::tr("--no-language is for a notes CSV (see cabildo --help)"), UsageError);
    if (isEventJson(source))
        return importEventJson(parser.positionalArguments().at(0), source);

    // Read the CSV before opening the event: a bad file leaves the event untouched.
    ProgressLine progress;
    progress.show(Cli::tr("reading %1…").arg(QFileInfo(source).fileName()), 0);
    NotesCsv csv = NotesCsv::readFile(source);
    progress.done();
    if (!csv.error.isEmpty())
        return complain(QFileInfo(source).fileName() + QStringLiteral(": ") + csv.error, RuntimeError);
    std::unique_ptr<EventDocument> document = openEvent(parser.positionalArguments().at(0), false, &code);
    if (!document)
        return code;
    if (document->isReadOnly())
        return complain(
            Cli::tr("%1 is read-only: nothing was imported.").arg(QFileInfo(document->filePath()).fileName()),
            RuntimeError);
    for (const QString &warning : csv.warnings)
        complain(Cli::tr("warning: %1").arg(warning), Success);
    if (!csv.skippedRows.isEmpty()) // every row number: the report is for fixing the file
        complain(Cli::tr("warning: %1").arg(csv.skippedSummary(int(csv.skippedRows.size()))), Success);
    const qsizetype count = csv.notes.size();
    // The rows are no longer needed: their memory goes before the notes are stored.
    csv.table.rows = {};
    csv.table.rowNumbers = {};
    progress.show(Cli::tr("adding %L1 notes…").arg(count), count);
    const Outcome added = document->addNotes(std::move(csv.notes));
    progress.done();
    if (!added)
        return complain(Cli::tr("nothing was imported: %1").arg(added.error()), RuntimeError);
    printOut(Cli::tr("Imported %n note(s) (%1, %2).", nullptr, int(count))
                 .arg(csv.table.encoding, csv.table.delimiterName()));
    std::fflush(stdout);
    // --no-language leaves it to the app's background worker or to `cluster`, which do
    // whatever notes lack it.
    if (parser.isSet(noLanguage))
        return Success;
    // The language work, once per note as it arrives, so that grouping never waits for a
    // translator; stored chunk by chunk, so an interrupted import keeps what was done.
    const QString notice = notegrouping::prepare(*document, true, [&progress](qsizetype done, qsizetype total) {
        //: Progress of cabildo import on stderr: %L1 notes done of %L2
        progress.show(Cli::tr("language work: %L1 of %L2 notes").arg(done).arg(total), done);
    });
    progress.done();
    if (!notice.isEmpty())
        complain(Cli::tr("warning: %1").arg(notice), Success);
    return Success;
}

int cluster(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption clusters(QStringLiteral("clusters"), Cli::tr("Number of themes."), QStringLiteral("K"));
    const QCommandLineOption all(QStringLiteral("all"), Cli::tr("Regroup every note."));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON."));
    parser.addOptions({clusters, all, json});
    int code = Success;
    if (!parse(parser, arguments, 1, &code))
        return code;
    bool validCount = true;
    const int wanted = parser.isSet(clusters) ? parser.value(clusters).toInt(&validCount) : 0;
    if (!validCount || wanted < 0 || (parser.isSet(clusters) && wanted == 0))
        return complain(Cli::tr("--clusters takes a number of themes, 1 or more (see cabildo --help)"), UsageError);
    std::unique_ptr<EventDocument> document = openEvent(parser.positionalArguments().constFirst(), false, &code);
    if (!document)
        return code;
    if (document->isReadOnly())
        return complain(
            Cli::tr("%1 is read-only: nothing was grouped.").arg(QFileInfo(document->filePath()).fileName()),
            RuntimeError);

    // --all regroups every note: the themes there were give way to the new ones, in the
    // same transaction. Otherwise hand-made themes and their notes are left alone.
    const bool everyNote = parser.isSet(all);
    const QString notice = notegrouping::prepare(*document, everyNote);
    if (!notice.isEmpty())
        complain(notice, Success);
    // The engine and the notes' words go before the themes are stored: less memory at once.
    qsizetype itemCount = 0;
    GroupingResult result;
    {
        const QList<GroupingItem> items = notegrouping::items(*document, everyNote);
        itemCount = items.size();
        GroupingEngine engine(notegrouping::options());
        engine.setItems(items);
        // Without --clusters, as many themes as the suggestion panel starts with.
        result = engine.suggest(wanted > 0 ? wanted : notegrouping::defaultThemeCount(*document, int(itemCount)));
    }
    if (!result.message.isEmpty())
        complain(result.message, Success);
    for (int i = 0; i < result.suggestions.size(); ++i)
        result.suggestions[i].title = notegrouping::titleFor(result.suggestions.at(i), i + 1);

    QList<Theme> themes;
    QList<QList<qint64>> notesOf;
    const QList<NoteColour> &palette = NoteColour::palette();
    for (const Suggestion &suggestion : result.suggestions) {
        Theme theme;
        theme.title = suggestion.title;
        theme.terms = suggestion.sharedTerms.join(QStringLiteral(", "));
        theme.colour = palette.at(((everyNote ? 0 : document->themeCount()) + themes.size()) % palette.size()).key;
        themes.append(theme);
        notesOf.append(suggestion.itemIds);
    }
    // A bulk action: one restore point before it, in the same transaction (File ▸ Restore Points).
    //: What came next after the restore point cabildo cluster keeps, as File ▸ Restore Points lists it.
    const QString step =
        everyNote ? Cli::tr("Regroup every note into %n theme(s) (cabildo cluster --all)", nullptr, int(themes.size()))
                  : Cli::tr("Group notes into %n theme(s) (cabildo cluster)", nullptr, int(themes.size()));
    const Outcome grouped = themes.isEmpty() && !everyNote ? Outcome::done() : document->bulkAction(step, [&] {
        if (everyNote)
            for (qint64 themeId : QList<qint64>(document->themeIds()))
                if (Outcome dissolved = document->dissolveTheme(themeId); !dissolved)
                    return dissolved;
        return themes.isEmpty() ? Outcome::done() : document->createThemes(themes, notesOf);
    });
    if (!grouped)
        return complain(Cli::tr("nothing was grouped: %1").arg(grouped.error()), RuntimeError);

    auto refsOf = [&](const QList<qint64> &ids) {
        QJsonArray refs;
        for (qint64 id : ids)
            refs.append(document->note(id)->ref);
        return refs;
    };
    if (parser.isSet(json)) {
        QJsonArray themeArray;
        for (const Suggestion &suggestion : result.suggestions)
            themeArray.append(QJsonObject{{QStringLiteral("title"), suggestion.title},
                                          {QStringLiteral("terms"), QJsonArray::fromStringList(suggestion.sharedTerms)},
                                          {QStringLiteral("similarity"), suggestion.similarity},
                                          {QStringLiteral("notes"), int(suggestion.itemIds.size())},
                                          {QStringLiteral("refs"), refsOf(suggestion.itemIds)}});
        const QJsonObject object{{QStringLiteral("themes"), themeArray},
                                 {QStringLiteral("ungrouped"), refsOf(result.ungrouped)}};
        printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
        return Success;
    }
    for (const Suggestion &suggestion : result.suggestions)
        printOut(Cli::tr("%1 (%n note(s)): %2", nullptr, int(suggestion.itemIds.size()))
                     .arg(suggestion.title, suggestion.sharedTerms.join(QStringLiteral(", "))));
    //: The end of cabildo cluster's report, e.g. "397 notes grouped into 8 themes." %1 is "8 themes".
    printOut(Cli::tr("%n note(s) grouped into %1.", nullptr, int(itemCount - result.ungrouped.size()))
                 .arg(Cli::tr("%n theme(s)", nullptr, int(result.suggestions.size()))));
    return Success;
}

int info(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON."));
    parser.addOption(json);
    int code = Success;
    if (!parse(parser, arguments, 1, &code))
        return code;
    // Read-only: info works while the event is open in the GUI, and never changes the file.
    std::unique_ptr<EventDocument> document = openEvent(parser.positionalArguments().constFirst(), true, &code);
    if (!document)
        return code;
    const EventInfo &event = document->event();
    const QJsonObject object{
        {QStringLiteral("title"), event.title},
        {QStringLiteral("acronym"), event.acronym},
        {QStringLiteral("uuid"), event.uuid.toString(QUuid::WithoutBraces)},
        {QStringLiteral("namespace"), event.uuidNamespace.toString(QUuid::WithoutBraces)},
        {QStringLiteral("timezone"), event.timeZone},
        {QStringLiteral("schema_version"), document->schemaVersion()},
        {QStringLiteral("notes"), document->noteCount()},
        {QStringLiteral("themes"), document->themeCount()},
        {QStringLiteral("sessions"), int(document->sessionIds().size())},
        {QStringLiteral("ballots"), document->ballotCount()},
        {QStringLiteral("rooms"), int(document->roomIds().size())},
        {QStringLiteral("slots"), int(document->slotIds().size())},
    };
    if (parser.isSet(json)) {
        printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
        return Success;
    }
    for (const char *key : {"title", "acronym", "timezone", "schema_version", "notes", "themes", "sessions", "ballots",
                            "rooms", "slots"}) {
        const QJsonValue value = object.value(QLatin1String(key));
        printOut(QStringLiteral("%1: %2").arg(QLatin1String(key),
                                              value.isString() ? value.toString() : QString::number(value.toInt())));
    }
    return Success;
}

} // namespace

bool isCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    return commands.contains(first) || plannedCommands.contains(first) || first.startsWith(QLatin1Char('-'));
}

int runCommandLine(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("new"))
        return newEvent(rest);
    if (command == QLatin1String("import"))
        return importSource(rest);
    if (command == QLatin1String("info"))
        return info(rest);
    if (command == QLatin1String("cluster"))
        return cluster(rest);
    if (command == QLatin1String("backup"))
        return backup(rest);
    if (command == QLatin1String("schedule"))
        return schedule(rest);
    if (command == QLatin1String("export"))
        return exportBundle(rest);
    if (command == QLatin1String("serve"))
        return serve(rest);
    if (command == QLatin1String("restore-points"))
        return restorePoints(rest);
    if (command == QLatin1String("restore"))
        return restore(rest);
    if (plannedCommands.contains(command))
        return complain(Cli::tr("\"%1\" is not available in this version yet.").arg(command), RuntimeError);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        printOut(QStringLiteral("cabildo %1").arg(QStringLiteral(CABILDO_VERSION)));
        return Success;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        printOut(usage());
        return Success;
    }
    return complain(Cli::tr("unknown option %1 (see cabildo --help)").arg(command), UsageError);
}

} // namespace cabildo
