// Restore points (issue 14): what twenty of them cost beside the event, and how long taking
// and restoring one takes. For the real-size event (tests/support/realsizeevent.h, 320
// notes) and for generated walls of 500 and 2,000 notes, each note with language work as
// the background worker stores it; between two points one note moves, one is edited or one
// is added. Also what the design's plain alternative, one flat list of every record's
// hash per point, would have cost (the records the same, the manifest 16 bytes a record).
// Run:
//   build/tests/bench/bench_restorepoints [NOTES...]
#include "document/eventdocument.h"
#include "realsizeevent.h"
#include "storage/restorerecords.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace cabildo;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

/** What the language worker stores for a note: the note carried into the two pivot languages. */
void addLanguageWork(EventDocument &document)
{
    QHash<qint64, QPair<QString, QString>> analyses;
    for (qint64 id : document.noteIds()) {
        const QString text = document.note(id)->text;
        analyses.insert(id, {QStringLiteral("es"), QStringLiteral("es\ten\t%1 (in English)\tes\t%1").arg(text)});
    }
    document.storeNoteAnalyses(analyses);
}

void measure(const QString &name, const QString &path, const std::function<bool(EventDocument &)> &fill)
{
    const QString compact = path + QStringLiteral(".compact.cabildo");
    {
        QString error;
        auto document = EventDocument::create(path, name, QString(), QStringLiteral("UTC"), &error);
        if (!document || !fill(*document)) {
            std::fprintf(stderr, "cannot make the event %s\n", qPrintable(name));
            return;
        }
        addLanguageWork(*document);
        for (const RestorePoint &point : document->restorePoints()) // the fill's import and themes took some
            document->deleteRestorePoint(point.id);
        document->saveAs(compact); // VACUUM INTO: the event's own size, without the pages points freed
    }
    const qint64 fileBytes = QFileInfo(compact).size();
    FileCheck check;
    auto document = EventDocument::open(compact, false, &check);
    const qint64 flatList = restorerecords::hashBytes * restorerecords::encode(document->content()).size();
    QList<double> takeMs;
    qint64 oneCopy = 0;
    for (int i = 0; i < 20; ++i) {
        if (i > 0) {
            const QList<qint64> ids = document->noteIds();
            const qint64 id = ids.at((i * 37) % ids.size());
            if (i % 3 == 0)
                document->moveNotes({{id, document->note(id)->pos + QPointF(10, 10)}});
            else if (i % 3 == 1)
                document->editNoteText(id, document->note(id)->text + QStringLiteral(" (%1)").arg(i));
            else
                document->addNotes(
                    {EventDocument::makeNote(QStringLiteral("A new note %1").arg(i), NoteSource::Typed)});
        }
        QElapsedTimer timer;
        timer.start();
        document->takeRestorePoint(QStringLiteral("Step %1").arg(i), false);
        takeMs.append(timer.nsecsElapsed() / 1e6);
        if (i == 0)
            oneCopy = document->restorePointBytes();
    }
    const qint64 twenty = document->restorePointBytes();
    const QList<RestorePoint> points = document->restorePoints();
    QElapsedTimer timer;
    timer.start();
    document->restore(points.constLast().id); // the oldest: 19 small changes to undo
    const double restoreOldestMs = timer.nsecsElapsed() / 1e6;
    timer.start();
    document->restore(document->restorePoints().constFirst().id); // and back
    const double restoreBackMs = timer.nsecsElapsed() / 1e6;
    const int notes = document->noteCount();
    document.reset();
    const qint64 fileAfter = QFileInfo(compact).size();
    std::printf("%-22s %5d notes | file %7.1f KB | 1 point %6.1f KB | 20 points %6.1f KB = %.2f x 1 point, "
                "%.2f x the file | file grew %6.1f KB | take %.1f ms (median, worst %.1f) | restore %.1f ms, back "
                "%.1f ms | flat lists: 20 points about %.1f KB = %.2f x 1 point\n",
                qPrintable(name), notes, fileBytes / 1024.0, oneCopy / 1024.0, twenty / 1024.0,
                double(twenty) / double(oneCopy), double(twenty) / double(fileBytes), (fileAfter - fileBytes) / 1024.0,
                median(takeMs), *std::max_element(takeMs.cbegin(), takeMs.cend()), restoreOldestMs, restoreBackMs,
                (twenty + 19 * flatList) / 1024.0, double(twenty + 19 * flatList) / double(oneCopy));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> sizes{500, 2000};
    if (argc > 1) {
        sizes.clear();
        for (int i = 1; i < argc; ++i)
            sizes.append(QString::fromLocal8Bit(argv[i]).toInt());
    }
    QTemporaryDir dir;
    measure(QStringLiteral("real-size event"), dir.filePath(QStringLiteral("realsize.cabildo")),
            [](EventDocument &document) { return test::fillRealSizeEvent(document); });
    for (int size : std::as_const(sizes)) {
        // The real-size wall's texts, repeated: notesPerTopicAndLanguage × 64 notes, rounded up.
        test::RealSizeOptions options;
        options.notesPerTopicAndLanguage = (size + 63) / 64;
        measure(QStringLiteral("%1-note wall").arg(size), dir.filePath(QStringLiteral("wall%1.cabildo").arg(size)),
                [options](EventDocument &document) { return test::fillRealSizeEvent(document, options); });
    }
    return 0;
}
