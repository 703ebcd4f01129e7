// Writes the seeds the fuzzers start from that cannot be committed as small files: an
// event file and its JSON backup with something in every table (a small real-size event),
// and an empty event file: DIR/eventfile/*.cabildo, DIR/eventjson/*.json.
#include "document/eventdocument.h"
#include "formats/eventjson.h"
#include "realsizeevent.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <utility>

using namespace cabildo;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: makeseeds DIR\n");
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    const QStringList files{QStringLiteral("eventfile/empty.cabildo"), QStringLiteral("eventfile/event.cabildo"),
                            QStringLiteral("eventjson/event.json"), QStringLiteral("eventjson/empty.json")};
    if (!dir.mkpath(QStringLiteral("eventfile")) || !dir.mkpath(QStringLiteral("eventjson")))
        return 1;
    for (const QString &file : files)
        QFile::remove(dir.filePath(file));
    QString error;
    auto empty =
        EventDocument::create(dir.filePath(files[0]), QStringLiteral("Seed"), QString(), QStringLiteral("UTC"), &error);
    auto event = EventDocument::create(dir.filePath(files[1]), QStringLiteral("Abrelatam 2026"), QStringLiteral("al26"),
                                       QStringLiteral("America/Bogota"), &error);
    test::RealSizeOptions options;
    options.notesPerTopicAndLanguage = 1;
    options.rooms = 2;
    options.days = 1;
    options.voters = 3;
    if (!empty || !event || !test::fillRealSizeEvent(*event, options, &error)) {
        std::fprintf(stderr, "makeseeds: %s\n", qPrintable(error));
        return 1;
    }
    // The small backup too: the fuzzer tries many more small inputs a second than large ones.
    for (const auto &[document, file] : {std::pair{event.get(), files[2]}, std::pair{empty.get(), files[3]}}) {
        QFile json(dir.filePath(file));
        if (!json.open(QIODevice::WriteOnly) || json.write(EventJson::write(document->content())) < 0 || !json.flush())
            return 1;
    }
    return 0;
}
