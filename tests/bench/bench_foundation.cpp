// The foundation's speed targets (issue 2) on a generated event of 5,000 notes:
// open + show the board, frame times zoomed out and at 100 %, adding one note, CSV
// import, peak memory. Prints each figure beside its target. Run:
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_foundation [notes]
#include "board/boardscene.h"
#include "board/boardview.h"
#include "document/eventdocument.h"
#include "formats/notescsv.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace cabildo;

namespace {

const QStringList words{
    QStringLiteral("datos"),          QStringLiteral("abiertos"),      QStringLiteral("open"),
    QStringLiteral("data"),           QStringLiteral("participación"), QStringLiteral("ciudadana"),
    QStringLiteral("transparência"),  QStringLiteral("governo"),       QStringLiteral("privacy"),
    QStringLiteral("données"),        QStringLiteral("personnelles"),  QStringLiteral("impact"),
    QStringLiteral("science"),        QStringLiteral("ouverte"),       QStringLiteral("comunidades"),
    QStringLiteral("marginadas"),     QStringLiteral("business"),      QStringLiteral("models"),
    QStringLiteral("portal"),         QStringLiteral("municipal"),     QStringLiteral("presupuesto"),
    QStringLiteral("accountability"), QStringLiteral("clima"),         QStringLiteral("justiça"),
    QStringLiteral("éthique"),        QStringLiteral("algoritmos")};

QString sentence(QRandomGenerator &random)
{
    const int count = 3 + int(random.bounded(18)); // 3–20 words
    QStringList picked;
    for (int i = 0; i < count; ++i)
        picked.append(words.at(random.bounded(int(words.size()))));
    return picked.join(QLatin1Char(' '));
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

void report(const char *what, double value, const char *unit, double target)
{
    std::printf("%-48s %9.2f %-3s (target <= %g %s) %s\n", what, value, unit, target, unit,
                value <= target ? "ok" : "OVER");
}

/** Times painting the view's viewport, as the screen would: `grab()` runs paintEvent. */
double frameMs(BoardView &view)
{
    QElapsedTimer timer;
    timer.start();
    const QPixmap frame = view.viewport()->grab();
    const double ms = timer.nsecsElapsed() / 1e6;
    Q_UNUSED(frame);
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int noteCount = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 5000;
    QTemporaryDir dir;
    QRandomGenerator random(2026);

    // A notes CSV of noteCount notes, then the import into a new event.
    QByteArray csv("text,ref\n");
    for (int i = 0; i < noteCount; ++i)
        csv += '"' + sentence(random).toUtf8() + "\",n" + QByteArray::number(i) + '\n';
    const QString csvPath = dir.filePath(QStringLiteral("notes.csv"));
    QFile csvFile(csvPath);
    if (!csvFile.open(QIODevice::WriteOnly) || csvFile.write(csv) != csv.size())
        return 1;
    csvFile.close();

    const QString eventPath = dir.filePath(QStringLiteral("bench.cabildo"));
    QString error;
    QElapsedTimer timer;
    {
        auto document =
            EventDocument::create(eventPath, QStringLiteral("Bench"), QString(), QStringLiteral("UTC"), &error);
        if (!document) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        timer.start();
        const NotesCsv notes = NotesCsv::readFile(csvPath);
        const bool added = document->addNotes(notes.notes).ok();
        const double importMs = timer.nsecsElapsed() / 1e6;
        if (!added || document->noteCount() != noteCount)
            return 1;
        std::printf("Cabildo foundation benchmark: %d notes of 3-20 words, view 1600x900, offscreen raster\n",
                    noteCount);
        report("import notes CSV (read, parse, place, commit)", importMs, "ms", 1000);
    }

    // Open the file and show the board: the first frame painted.
    timer.restart();
    FileCheck check;
    auto document = EventDocument::open(eventPath, false, &check);
    if (!document)
        return 1;
    BoardScene scene;
    scene.setDocument(document.get());
    BoardView view(&scene);
    view.resize(1600, 900);
    view.show();
    view.fitAll();
    frameMs(view);
    report("open event and show the whole board", timer.nsecsElapsed() / 1e6, "ms", 300);

    // 100 different viewports zoomed out (the whole board or most of it), every fifth
    // frame right after an edit (a note moved).
    const QRectF board = scene.notesBoundingRect();
    QList<double> zoomedOut, actualSize;
    const QList<qint64> ids = document->noteIds();
    for (int i = 0; i < 100; ++i) {
        view.setZoom(std::min(1600 / board.width(), 900 / board.height()) * (1 + random.bounded(1.0)));
        view.centerOn(board.left() + random.bounded(board.width()), board.top() + random.bounded(board.height()));
        if (i % 5 == 0) {
            const qint64 id = ids.at(random.bounded(int(ids.size())));
            document->moveNotes({{id, document->note(id)->pos + QPointF(15, 10)}});
        }
        zoomedOut.append(frameMs(view));
    }
    view.setZoom(1);
    for (int i = 0; i < 100; ++i) {
        view.centerOn(board.left() + random.bounded(board.width()), board.top() + random.bounded(board.height()));
        if (i % 5 == 0) {
            const qint64 id = ids.at(random.bounded(int(ids.size())));
            document->moveNotes({{id, document->note(id)->pos + QPointF(15, 10)}});
        }
        actualSize.append(frameMs(view));
    }
    if (qEnvironmentVariableIsSet("CABILDO_BENCH_DETAIL")) {
        QList<double> again;
        QRandomGenerator replay(7);
        for (int i = 0; i < 100; ++i) {
            view.centerOn(board.left() + replay.bounded(board.width()), board.top() + replay.bounded(board.height()));
            frameMs(view);
            again.append(frameMs(view));
        }
        std::printf("detail: 100 %% frame with text already laid out, p95 %.2f ms\n", percentile(again, 0.95));
    }
    report("frame, whole board zoomed out, p95", percentile(zoomedOut, 0.95), "ms", 16);
    report("frame at 100 %, p95", percentile(actualSize, 0.95), "ms", 8);

    // Add one note, committed with synchronous=FULL, with the board listening.
    QList<double> adds;
    for (int i = 0; i < 200; ++i) {
        const Note note = EventDocument::makeNote(sentence(random), NoteSource::Typed);
        timer.restart();
        document->addNotes({note});
        adds.append(timer.nsecsElapsed() / 1e6);
    }
    report("add one note (committed), p95", percentile(adds, 0.95), "ms", 5);

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    report("peak memory (max RSS)", usage.ru_maxrss / 1024.0, "MB", 200);
    return 0;
}
