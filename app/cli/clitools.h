#pragma once

// What every `cabildo` command shares: exit codes, messages on stdout and stderr, argument
// parsing and opening the event.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class QCommandLineParser;

namespace cabildo {

class EventDocument;

namespace cli {

enum ExitCode
{
    Success = 0,
    RuntimeError = 1,
    UsageError = 2
};

/** The commands' messages share one translation context. */
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::CommandLine)
};

/** A result on stdout, one line. */
void printOut(const QString &text);
/** A count for people, in the system's locale ("12 345" in French); --json keeps plain numbers. */
QString number(qint64 value);
/** One "cabildo: " line on stderr; returns `code`. */
int complain(const QString &message, int code);
/** Parses `arguments` (the command name first) and checks the number of positional arguments. */
bool parse(QCommandLineParser &parser, const QStringList &arguments, int positionals, int *exitCode);
/** At most `limit` bytes of a file; empty when it cannot be read. */
QByteArray readAll(const QString &path, qint64 limit);
/** The event, or null with the reason on stderr and *exitCode set. */
std::unique_ptr<EventDocument> openEvent(const QString &path, bool readOnly, int *exitCode);

// Commands in files of their own, each given its arguments with the command's name first.
int backup(const QStringList &arguments);        // exportcommands.cpp
int exportBundle(const QStringList &arguments);  // exportcommands.cpp
int restorePoints(const QStringList &arguments); // restorecommands.cpp
int restore(const QStringList &arguments);       // restorecommands.cpp
int serve(const QStringList &arguments);         // servecommand.cpp

} // namespace cli
} // namespace cabildo
