// The facilitator's board while phones' notes pour in (issue 13): 2,500 notes (500 phones ×
// 5) arrive over a simulated minute as the ParticipationDesk stores them, in small batches of
// participants' changes, onto a board that already holds 500. Each arrival is timed from
// the document's change to the next painted frame of the whole board. Run:
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_board_inflow [NOTES] [BATCHES]
#include "board/boardscene.h"
#include "board/boardview.h"
#include "document/eventdocument.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace cabildo;

namespace {

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int arriving = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2500;
    const int batches = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 600; // one per 100 ms for a minute
    QTemporaryDir dir;
    QString error;
    auto document = EventDocument::create(dir.filePath(QStringLiteral("inflow.cabildo")), QStringLiteral("Inflow"),
                                          QString(), QStringLiteral("UTC"), &error);
    if (!document)
        return 1;
    QList<Note> existing;
    for (int i = 0; i < 500; ++i)
        existing.append(
            EventDocument::makeNote(QStringLiteral("Priority %1 written on the laptop").arg(i), NoteSource::Typed));
    document->addNotes(existing);

    BoardScene scene;
    scene.setDocument(document.get());
    BoardView view(&scene);
    view.resize(1600, 900);
    view.show();
    view.fitAll();

    QList<double> frames;
    QElapsedTimer total;
    total.start();
    int sent = 0;
    for (int batch = 0; batch < batches && sent < arriving; ++batch) {
        const int size = (arriving - sent) / (batches - batch);
        EventChange change;
        for (int i = 0; i < size; ++i)
            change.notes.notes.append(EventDocument::makeNote(
                QStringLiteral("Phone note %1: datos abiertos para todos").arg(sent + i), NoteSource::Phone));
        sent += size;
        QElapsedTimer timer;
        timer.start();
        if (!change.notes.notes.isEmpty() && !document->applyExternalChange(change))
            return 1;
        view.fitAll(); // the wall keeps every note in view
        const QPixmap frame = view.viewport()->grab();
        frames.append(timer.nsecsElapsed() / 1e6);
    }
    std::printf("bench_board_inflow: %d notes arriving in %lld batches onto a board of 500, view 1600x900, offscreen\n",
                sent, qlonglong(frames.size()));
    std::printf("  store + redraw per batch ms   p50 %.1f  p99 %.1f  max %.1f   (a 60 Hz frame is 16.7 ms)\n",
                percentile(frames, 0.5), percentile(frames, 0.99), percentile(frames, 1.0));
    std::printf("  notes on the board %d; whole run %.1f s\n", document->noteCount(), total.elapsed() / 1000.0);
    return 0;
}
