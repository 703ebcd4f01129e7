// Helper of tst_core_crash: opens the event named on the command line and works on it until
// it is killed, printing a line once each piece of work has returned (committed):
//   EVENT            adds notes one at a time, each its own undo step and transaction,
//                    printing each note's uuid;
//   EVENT points     edits note I (in creation order, I modulo their number) to "edited
//                    PID-I" and takes an automatic restore point "crash point PID-I", for
//                    I = 0, 1, 2…, printing "point ID" after each;
//   EVENT restore A B  restores point A, then B, then A…, printing "A" or "B".
#include "document/eventdocument.h"

#include <QCoreApplication>

#include <cstdio>

using namespace cabildo;

namespace {

int fail(const char *what, const Outcome &outcome)
{
    std::fprintf(stderr, "%s failed: %s\n", what, qPrintable(outcome.error()));
    return 1;
}

int addNotes(EventDocument &document)
{
    for (int i = 0; i < 100000; ++i) {
        const Note note = EventDocument::makeNote(QStringLiteral("crash note %1").arg(i), NoteSource::Typed);
        if (const Outcome added = document.addNotes({note}); !added)
            return fail("adding a note", added);
        std::printf("%s\n", qPrintable(note.uuid.toString(QUuid::WithoutBraces)));
        std::fflush(stdout);
    }
    return 0;
}

int takePoints(EventDocument &document)
{
    // "PID-I": each run's edits differ from the last run's, so none is "no change".
    const QString run = QString::number(QCoreApplication::applicationPid());
    for (int i = 0; i < 100000; ++i) {
        const QString step = run + QLatin1Char('-') + QString::number(i);
        const qint64 id = document.noteIds().at(i % document.noteCount());
        if (const Outcome edited = document.editNoteText(id, QStringLiteral("edited ") + step); !edited)
            return fail("editing a note", edited);
        if (const Outcome taken = document.takeRestorePoint(QStringLiteral("crash point ") + step, false); !taken)
            return fail("taking a restore point", taken);
        std::printf("point %lld\n", document.restorePoints().constFirst().id);
        std::fflush(stdout);
    }
    return 0;
}

int restoreInTurn(EventDocument &document, const QStringList &points)
{
    for (int i = 0; i < 100000; ++i) {
        const QString point = points.at(i % 2);
        if (const Outcome restored = document.restore(point.toLongLong()); !restored)
            return fail("restoring", restored);
        std::printf("%s\n", qPrintable(point));
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    const QString mode = arguments.value(1);
    if (arguments.isEmpty() || (mode == QLatin1String("restore") && arguments.size() != 4)) {
        std::fputs("usage: tst_core_crash_helper EVENT.cabildo [points | restore A B]\n", stderr);
        return 2;
    }
    FileCheck check;
    auto document = EventDocument::open(arguments.constFirst(), false, &check);
    if (!document || document->isReadOnly()) {
        std::fprintf(stderr, "cannot open the event: %s\n", qPrintable(check.message));
        return 1;
    }
    if (mode == QLatin1String("points"))
        return takePoints(*document);
    if (mode == QLatin1String("restore"))
        return restoreInTurn(*document, arguments.mid(2));
    return addNotes(*document);
}
