#include "clitools.h"

#include "document/eventdocument.h"

#include <QCommandLineParser>
#include <QFile>
#include <QLocale>

#include <cstdio>

namespace cabildo::cli {

void printOut(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

int complain(const QString &message, int code)
{
    // One line, whatever the message held: scripts read stderr line by line.
    QString line = message.simplified();
    std::fprintf(stderr, "cabildo: %s\n", line.toLocal8Bit().constData());
    return code;
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, int positionals, int *exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        *exitCode = complain(parser.errorText() + QLatin1Char(' ') + Cli::tr("(see cabildo --help)"), UsageError);
        return false;
    }
    if (parser.positionalArguments().size() != positionals) {
        *exitCode = complain(
            Cli::tr("%1 takes %n argument(s) (see cabildo --help)", nullptr, positionals).arg(arguments.first()),
            UsageError);
        return false;
    }
    return true;
}

QByteArray readAll(const QString &path, qint64 limit)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(limit) : QByteArray();
}

std::unique_ptr<EventDocument> openEvent(const QString &path, bool readOnly, int *exitCode)
{
    FileCheck check;
    std::unique_ptr<EventDocument> document = EventDocument::open(path, readOnly, &check);
    if (!document)
        *exitCode = complain(check.message, RuntimeError);
    return document;
}

} // namespace cabildo::cli
