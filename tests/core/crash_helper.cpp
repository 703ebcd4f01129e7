// Helper of tst_core_crash: opens the event named on the command line and adds notes one
// at a time, each its own undo step and transaction, printing the uuid of every note once
// addNotes has returned (committed), until it is killed.
#include "document/eventdocument.h"

#include <QCoreApplication>

#include <cstdio>

using namespace cabildo;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fputs("usage: tst_core_crash_helper EVENT.cabildo\n", stderr);
        return 2;
    }
    FileCheck check;
    auto document = EventDocument::open(QString::fromLocal8Bit(argv[1]), false, &check);
    if (!document || document->isReadOnly()) {
        std::fprintf(stderr, "cannot open the event: %s\n", qPrintable(check.message));
        return 1;
    }
    for (int i = 0; i < 100000; ++i) {
        const Note note = EventDocument::makeNote(QStringLiteral("crash note %1").arg(i), NoteSource::Typed);
        if (const Outcome added = document->addNotes({note}); !added) {
            std::fprintf(stderr, "adding a note failed: %s\n", qPrintable(added.error()));
            return 1;
        }
        std::printf("%s\n", qPrintable(note.uuid.toString(QUuid::WithoutBraces)));
        std::fflush(stdout);
    }
    return 0;
}
