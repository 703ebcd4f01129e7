// A room of phones against the real `cabildo serve` over loopback (issue 13's load target):
// 500 phones, each sending 5 notes and a ballot at random moments within a minute.
//   bench_phones [PHONES] [SPREAD_SECONDS]     (run from the build folder: it starts ./cabildo)
// Prints notes acknowledged, lost and duplicated (both must be 0), the latency of an
// acknowledged note (target: p99 ≤ 200 ms), throughput, and the server's peak memory.
#include "phonecrowd.h"
#include "phoneroom.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace cabildo;

namespace {

/** The server's peak resident memory (VmHWM), in MB, read before it is stopped. */
double peakMegabytes(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("CABILDO_BINARY"))
        qputenv("CABILDO_BINARY", QCoreApplication::applicationDirPath().toUtf8() + "/../../cabildo");
    const QStringList arguments = app.arguments();
    QTemporaryDir folder;
    const test::Room room = test::makeRoom(folder.path());
    QProcess server;
    test::CrowdPlan plan;
    if (!test::startServer(server, room.path, &plan.port, &plan.token))
        return 1;
    plan.phones = arguments.value(1, QStringLiteral("500")).toInt();
    plan.spreadSeconds = arguments.value(2, QStringLiteral("60")).toDouble();
    plan.roundUuid = room.round;
    plan.themeUuids = room.themes;
    const test::CrowdResult result = test::runCrowd(plan);
    const double peak = peakMegabytes(server.processId());
    server.terminate();
    server.waitForFinished(30000);

    QString integrity;
    const QHash<QString, int> stored = test::storedPhoneNotes(room.path, &integrity);
    int lost = 0;
    int duplicated = 0;
    for (const auto &[id, text] : result.acknowledged)
        lost += stored.value(QString::fromStdString(text)) == 0;
    for (int count : stored)
        duplicated += count > 1 ? count - 1 : 0;

    std::printf("bench_phones: %d phones x %d notes + 1 ballot within %.0f s, loopback, `cabildo serve`\n", plan.phones,
                plan.notesPerPhone, plan.spreadSeconds);
    std::printf("  notes acknowledged    %zu of %d   (stored in the file: %lld)\n", result.acknowledged.size(),
                result.notesSent, qlonglong(stored.size()));
    std::printf("  lost / duplicated     %d / %d   (target 0 / 0)\n", lost, duplicated);
    std::printf("  ballots acknowledged  %d of %d\n", result.ballotsAcknowledged,
                plan.roundUuid.empty() ? 0 : plan.phones);
    std::printf("  note latency ms       p50 %.1f  p99 %.1f  max %.1f   (target p99 <= 200)\n",
                test::percentile(result.noteLatenciesMs, 50), test::percentile(result.noteLatenciesMs, 99),
                test::percentile(result.noteLatenciesMs, 100));
    std::printf("  retries %d, connection errors %d, crowd ran %.1f s\n", result.retries, result.connectionErrors,
                result.seconds);
    std::printf("  statuses:");
    for (const auto &[status, count] : result.statuses)
        std::printf(" %d x%d", status, count);
    std::printf("\n  server peak memory    %.0f MB; integrity_check: %s\n", peak, qPrintable(integrity));
    return lost == 0 && duplicated == 0 ? 0 : 1;
}
