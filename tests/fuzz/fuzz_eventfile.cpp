// libFuzzer harness: any bytes as an event file, opened the way the app and the CLI open
// one (file check, then read-only; then read-write and one write), so damaged, foreign or
// crafted files are refused with a message or opened, never a crash.
#include "document/eventdocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

/** `bytes` as an event file alone in a fresh folder: nothing left by the last run (lock, WAL). */
QString writeEvent(const QTemporaryDir &dir, const uint8_t *data, size_t size, const char *name)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        std::abort();
    return path;
}

void readEverything(const cabildo::EventDocument &document)
{
    (void)document.content();
    for (qint64 id : document.noteIds())
        (void)document.note(id)->text;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // QtSql loads its SQLite driver as a plugin, which needs an application object.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using cabildo::EventDocument;
    const QTemporaryDir dir;
    if (!dir.isValid())
        std::abort();
    cabildo::FileCheck check;
    if (auto document = EventDocument::open(writeEvent(dir, data, size, "read.cabildo"), true, &check))
        readEverything(*document);
    if (auto document = EventDocument::open(writeEvent(dir, data, size, "write.cabildo"), false, &check)) {
        readEverything(*document);
        document->addNotes({EventDocument::makeNote(QStringLiteral("fuzz"), cabildo::NoteSource::Typed)});
        readEverything(*document);
    }
    return 0;
}
