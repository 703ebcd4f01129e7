// The readers of issue 12 on generated inputs: a notes CSV and an event JSON of 50,000,
// 100,000 and 200,000 notes (read, then the document's bulk add / import), a ballot of
// 1,000 theme UUIDs, 1,000 rooms with UUIDs crafted to collide under qHash(QUuid). Prints
// seconds and the microseconds per note, which stay flat when the work is linear. Run:
//   build/tests/bench/bench_inputs
#include "document/eventdocument.h"
#include "formats/eventjson.h"
#include "formats/inputlimits.h"
#include "formats/notescsv.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace cabildo;

namespace {

long peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

QByteArray csvOf(int notes)
{
    QByteArray csv("text,ref,author\n");
    for (int i = 0; i < notes; ++i)
        csv += "Datos abiertos y participaci\xC3\xB3n ciudadana en el municipio " + QByteArray::number(i) + ",r"
               + QByteArray::number(i) + ",Ana\n";
    return csv;
}

void report(const char *what, int notes, qint64 nanoseconds)
{
    std::printf("%-44s %7d notes %8.2f s %7.1f us/note  peak %ld MB\n", what, notes, nanoseconds / 1e9,
                nanoseconds / 1e3 / notes, peakMegabytes());
}

QJsonObject emptyBackup(QTemporaryDir &dir)
{
    FileCheck check;
    auto document = EventDocument::open(dir.filePath(QStringLiteral("template.cabildo")), true, &check);
    return QJsonDocument::fromJson(EventJson::write(document ? document->content() : EventContent())).object();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QString error;
    if (!EventDocument::create(dir.filePath(QStringLiteral("template.cabildo")), QStringLiteral("Bench"),
                               QStringLiteral("bench"), QStringLiteral("UTC"), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    for (int notes : {50000, 100000, 200000}) {
        const QByteArray csv = csvOf(notes);
        QElapsedTimer clock;
        clock.start();
        const NotesCsv read = NotesCsv::read(csv);
        report("notes CSV: NotesCsv::read", notes, clock.nsecsElapsed());
        const QString path = dir.filePath(QStringLiteral("csv%1.cabildo").arg(notes));
        EventDocument::create(path, QStringLiteral("Bench"), QStringLiteral("bench"), QStringLiteral("UTC"), &error);
        FileCheck check;
        auto document = EventDocument::open(path, false, &check);
        clock.restart();
        document->addNotes(read.notes);
        report("notes CSV: EventDocument::addNotes", notes, clock.nsecsElapsed());

        clock.restart();
        const QByteArray backup = EventJson::write(document->content());
        report("event JSON: write", notes, clock.nsecsElapsed());
        clock.restart();
        const EventJson::ReadResult restored = EventJson::read(backup);
        report("event JSON: read", notes, clock.nsecsElapsed());
        const QString copy = dir.filePath(QStringLiteral("json%1.cabildo").arg(notes));
        EventDocument::create(copy, QStringLiteral("Bench"), QStringLiteral("bench"), QStringLiteral("UTC"), &error);
        auto empty = EventDocument::open(copy, false, &check);
        clock.restart();
        if (!restored.ok())
            std::printf("  refused: %s\n", qPrintable(restored.error));
        else if (const Outcome imported = empty->importContent(restored.content); !imported)
            std::printf("  refused: %s\n", qPrintable(imported.error()));
        report("event JSON: EventDocument::importContent", notes, clock.nsecsElapsed());
    }

    // A ballot naming limits::listedUuids themes, and limits::rooms rooms whose UUIDs all
    // share one qHash(QUuid): each read once.
    QJsonObject root = emptyBackup(dir);
    const QString round = QUuid::createUuid().toString(QUuid::WithoutBraces);
    root.insert(QStringLiteral("rounds"),
                QJsonArray{QJsonObject{{QStringLiteral("uuid"), round},
                                       {QStringLiteral("name"), QStringLiteral("R")},
                                       {QStringLiteral("votes_per_person"), limits::listedUuids},
                                       {QStringLiteral("cap_per_theme"), 0},
                                       {QStringLiteral("state"), QStringLiteral("closed")},
                                       {QStringLiteral("totals_hidden"), false},
                                       {QStringLiteral("created_at"), QStringLiteral("2026-05-04T09:00:00.000Z")}}});
    QJsonArray themes;
    for (int i = 0; i < limits::listedUuids; ++i)
        themes.append(QUuid::createUuid().toString(QUuid::WithoutBraces));
    root.insert(QStringLiteral("ballots"),
                QJsonArray{QJsonObject{{QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                       {QStringLiteral("round"), round},
                                       {QStringLiteral("themes"), themes},
                                       {QStringLiteral("created_at"), QStringLiteral("2026-05-04T09:00:00.000Z")}}});
    QJsonArray rooms;
    for (uint k = 1; k <= uint(limits::rooms); ++k)
        rooms.append(QJsonObject{{QStringLiteral("uuid"), QUuid(k, ushort(k), 0x4000, uchar(k), uchar(k >> 8), 7, 9,
                                                                uchar(k), uchar(k >> 8), 7, 9)
                                                              .toString(QUuid::WithoutBraces)},
                                 {QStringLiteral("name"), QStringLiteral("Room %1").arg(k)},
                                 {QStringLiteral("capacity"), 20},
                                 {QStringLiteral("accessible"), true},
                                 {QStringLiteral("notes"), QString()},
                                 {QStringLiteral("position"), int(k)}});
    root.insert(QStringLiteral("rooms"), rooms);
    QElapsedTimer clock;
    clock.start();
    const EventJson::ReadResult read = EventJson::read(QJsonDocument(root).toJson());
    std::printf("event JSON: a ballot of %d themes and %d crafted rooms: %.3f s%s\n", limits::listedUuids,
                limits::rooms, clock.nsecsElapsed() / 1e9,
                read.ok() ? "" : qPrintable(QStringLiteral(" (") + read.error + QLatin1Char(')')));
    return 0;
}
