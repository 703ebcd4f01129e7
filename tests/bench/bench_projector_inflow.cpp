// The projector's wall while phones' notes pour in (issue 14), as bench_board_inflow does
// for the facilitator's board: 2,500 notes (500 phones × 5) arrive in 600 batches of
// participants' changes onto a wall of 500, in the Group phase. Each batch is timed from
// the document's change to the wall laid out again and the whole 1920×1080 window painted
// (the worst case: the window itself lays out at most every 150 ms). Run:
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_projector_inflow [NOTES] [BATCHES]
#include "document/eventdocument.h"
#include "projector/projectorwindow.h"
#include "projector/wallview.h"

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
    document->setPhase(Phase::Group);

    ProjectorWindow projector(document.get());
    projector.resize(1920, 1080);
    projector.show();
    QApplication::processEvents();

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
        projector.wall()->relayout(); // every note in view
        const QPixmap frame = projector.grab();
        frames.append(timer.nsecsElapsed() / 1e6);
    }
    std::printf("bench_projector_inflow: %d notes arriving in %lld batches onto a wall of 500, 1920x1080, offscreen\n",
                sent, qlonglong(frames.size()));
    std::printf("  store + lay out + paint per batch ms   p50 %.1f  p99 %.1f  max %.1f\n", percentile(frames, 0.5),
                percentile(frames, 0.99), percentile(frames, 1.0));
    std::printf("  cards on the wall %lld; whole run %.1f s\n", qlonglong(projector.wall()->cards().size()),
                total.elapsed() / 1000.0);
    return 0;
}
