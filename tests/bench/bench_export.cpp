// The open-data export of a large event, timed: how long the organiser waits after
// "Export" (the dialog runs it on the GUI thread), whole bundle and the PDF alone.
// Usage: bench_export [NOTES [KEEP.pdf]]   (KEEP.pdf: also save the programme to look at it; default 2000 notes; 60
// themes and sessions, 12 rooms, three days of six slots, 800 ballots). No external data: the event is generated.
#include "opendata/opendataexport.h"
#include "opendata/programmepdf.h"
#include "opendata/publicdata.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace cabildo;

namespace {

QUuid uuid(int kind, int n)
{
    return QUuid(QStringLiteral("00000000-0000-4000-8000-%1%2")
                     .arg(kind, 2, 10, QLatin1Char('0'))
                     .arg(n, 10, 10, QLatin1Char('0')));
}

EventContent largeEvent(int noteCount)
{
    EventContent content;
    const QDateTime created(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC);
    content.event = {uuid(1, 1),
                     uuid(1, 2),
                     QStringLiteral("Encuentro Regional de Gobierno Abierto 2026"),
                     QStringLiteral("ergab2026"),
                     QStringLiteral("America/Montevideo"),
                     created};
    const int themeCount = 60, roomCount = 12;
    for (int t = 1; t <= themeCount; ++t)
        content.themes.append({t,
                               uuid(2, t),
                               QStringLiteral("Tema %1: participación y datos abiertos").arg(t),
                               QStringLiteral("yellow"),
                               false,
                               {},
                               created});
    static const char *const phrases[] = {"Más transparencia en las compras públicas",
                                          "Dados abertos para a saúde",
                                          "Open contracting for cities",
                                          "Participation citoyenne et budget",
                                          "Escríbanme a nombre.apellido@example.org",
                                          "Presupuesto participativo 🚀"};
    for (int n = 1; n <= noteCount; ++n) {
        Note note;
        note.id = n;
        note.uuid = uuid(3, n);
        note.text = QStringLiteral("%1 (%2)").arg(QString::fromUtf8(phrases[n % 6])).arg(n);
        note.colour = QStringLiteral("yellow");
        note.themeId = 1 + n % themeCount;
        note.createdAt = created;
        note.author.name = QStringLiteral("Persona %1").arg(n);
        note.author.showNameInResults = n % 3 == 0;
        content.notes.append(note);
    }
    for (int r = 1; r <= roomCount; ++r)
        content.agenda.rooms.append({r, uuid(4, r), QStringLiteral("Sala %1").arg(r), 20 + 10 * r, r % 2 == 0, {}, r});
    int slotId = 0;
    for (int day = 0; day < 3; ++day)
        for (int s = 0; s < 6; ++s) {
            ++slotId;
            const SlotKind kind = s == 3 ? SlotKind::Break : SlotKind::Sessions;
            content.agenda.timeSlots.append({slotId, uuid(5, slotId), QDate(2026, 11, 2).addDays(day),
                                             QTime(9 + s * 2, 0), QTime(10 + s * 2, 30), kind,
                                             kind == SlotKind::Break ? QStringLiteral("Almuerzo") : QString()});
        }
    for (int t = 1; t <= themeCount; ++t) {
        Session session;
        session.id = t;
        session.uuid = uuid(6, t);
        session.title = content.themes.at(t - 1).title;
        session.theme = content.themes.at(t - 1).uuid;
        session.host = QStringLiteral("Anfitrión %1").arg(t);
        session.hostNamed = t % 2 == 0;
        content.agenda.sessions.append(session);
        // Every session slot of every day filled left to right: 15 slots × 12 rooms > 60 sessions.
        const int cell = t - 1, slotIndex = cell / roomCount;
        const int slot = 1 + slotIndex + (slotIndex >= 3 ? 1 : 0); // skip the first day's break
        content.agenda.placements.append({t, slot, 1 + cell % roomCount, false});
    }
    content.votes.rounds = {{1, uuid(7, 1), QStringLiteral("Ronda 1"), 3, 0, RoundState::Closed, false, created}};
    for (int b = 1; b <= 800; ++b) {
        QList<QUuid> themes{uuid(2, 1 + b % themeCount), uuid(2, 1 + (b * 7) % themeCount),
                            uuid(2, 1 + (b * 13) % themeCount)};
        std::sort(themes.begin(), themes.end());
        themes.erase(std::unique(themes.begin(), themes.end()), themes.end());
        content.votes.ballots.append({b, uuid(8, b), 1, themes, created, QByteArray()});
    }
    return content;
}

double medianMs(QList<double> times)
{
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

qint64 bundleBytes(const QString &dir)
{
    qint64 bytes = 0;
    for (QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        bytes += QFileInfo(it.next()).size();
    return bytes;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int noteCount = argc > 1 ? std::max(1, atoi(argv[1])) : 2000;
    const EventContent content = largeEvent(noteCount);
    std::printf("event: %d notes, %lld themes, %lld sessions, %lld rooms, %lld slots, %lld ballots\n", noteCount,
                qint64(content.themes.size()), qint64(content.agenda.sessions.size()),
                qint64(content.agenda.rooms.size()), qint64(content.agenda.timeSlots.size()),
                qint64(content.votes.ballots.size()));
    const int runs = 5;
    for (const bool withNotes : {false, true}) {
        QList<double> times;
        qint64 bytes = 0;
        for (int run = 0; run < runs; ++run) {
            QTemporaryDir dir;
            ExportOptions options;
            options.includeNotes = withNotes;
            options.includeConsentedNames = withNotes;
            options.qrUrl = QStringLiteral("https://example.org/datos");
            options.generatedAt = QDateTime::fromSecsSinceEpoch(1790000000, Qt::UTC);
            QElapsedTimer clock;
            clock.start();
            const ExportReport report = OpenDataExport::run(content, dir.filePath(QStringLiteral("bundle")), options);
            times.append(clock.nsecsElapsed() / 1e6);
            if (!report.ok()) {
                std::fprintf(stderr, "export failed: %s\n", qPrintable(report.error));
                return 1;
            }
            bytes = bundleBytes(dir.filePath(QStringLiteral("bundle")));
        }
        std::printf("whole bundle%s: median %.0f ms of %d runs, %.0f KiB\n",
                    withNotes ? " with notes and consented names" : " (no notes)", medianMs(times), runs,
                    bytes / 1024.0);
    }
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir dir;
        ExportOptions options;
        options.qrUrl = QStringLiteral("https://example.org/datos");
        QElapsedTimer clock;
        clock.start();
        QString error;
        if (!ProgrammePdf::write(PublicData::from(content, options), options, dir.filePath(QStringLiteral("p.pdf")),
                                 &error)) {
            std::fprintf(stderr, "PDF failed: %s\n", qPrintable(error));
            return 1;
        }
        times.append(clock.nsecsElapsed() / 1e6);
    }
    std::printf("programme PDF alone: median %.0f ms of %d runs\n", medianMs(times), runs);
    if (argc > 2) {
        ExportOptions options;
        options.qrUrl = QStringLiteral("https://example.org/datos");
        QString error;
        ProgrammePdf::write(PublicData::from(content, options), options, QString::fromLocal8Bit(argv[2]), &error);
    }
    std::printf("baseline: none given by the issue; a dialog that blocks for under a second is the aim\n");
    return 0;
}
