// Opening an event file: the checks before anything is written (issue 12). On a generated
// event of 20,000 notes: the quick check alone, opening a cleanly closed file read-write
// (header, length, quick_check, lock, load), and opening after a crash (a stale lock: the
// full integrity_check runs first). Medians of several runs. Run:
//   build/tests/bench/bench_open [notes]
#include "document/eventdocument.h"
#include "storage/eventstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace cabildo;

namespace {

double medianMs(int runs, const std::function<bool()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!work())
            return -1;
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

/** A lock as a killed Cabildo leaves it: its pid (this one is never a live Cabildo's). */
bool leaveStaleLock(const QString &path)
{
    QFile lock(EventStore::lockPath(path));
    const QByteArray bytes = "999999999\ncabildo\n" + QSysInfo::machineHostName().toUtf8() + '\n';
    return lock.open(QIODevice::WriteOnly) && lock.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int noteCount = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.cabildo"));
    {
        QString error;
        auto document = EventDocument::create(path, QStringLiteral("Bench"), QString(), QStringLiteral("UTC"), &error);
        QList<Note> notes;
        for (int i = 0; i < noteCount; ++i)
            notes.append(EventDocument::makeNote(
                QStringLiteral("Nota %1: datos abiertos y participación ciudadana en el presupuesto municipal").arg(i),
                NoteSource::Typed));
        if (!document || !document->addNotes(notes)) {
            std::fprintf(stderr, "cannot create the event: %s\n", qPrintable(error));
            return 1;
        }
    }
    std::printf("Cabildo open benchmark: %d notes, %.1f MB file\n", noteCount, QFile(path).size() / 1e6);
    const double check = medianMs(7, [&] { return FileCheck::run(path).ok(); });
    std::printf("%-52s %9.2f ms\n", "file check (header, length, quick_check)", check);
    const double full = medianMs(5, [&] { return FileCheck::run(path, FileCheck::Depth::Full).ok(); });
    std::printf("%-52s %9.2f ms\n", "full file check (integrity_check)", full);
    const double clean = medianMs(7, [&] {
        FileCheck result;
        return EventDocument::open(path, false, &result) != nullptr;
    });
    std::printf("%-52s %9.2f ms\n", "open read-write, closed cleanly", clean);
    const double crashed = medianMs(5, [&] {
        FileCheck result;
        return leaveStaleLock(path) && EventDocument::open(path, false, &result) != nullptr;
    });
    std::printf("%-52s %9.2f ms\n", "open read-write after a crash (stale lock)", crashed);
    return 0;
}
