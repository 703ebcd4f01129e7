// cabildo import FILE PHOTO.jpg: the paper wall's notes into the event (issue 15).
#include "photocommand.h"
#include "clitools.h"

#include "document/eventdocument.h"
#include "document/photoimport.h"
#include "document/transcriptionworker.h"
#include "photo/wallphoto.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>

namespace cabildo {

using namespace cli;

namespace {

/** How a note already in the event is named on stderr: its text, or where it is when it has none yet. */
QString described(const Note &note)
{
    const QString text = note.text.simplified();
    if (text.isEmpty())
        //: A note with no text yet, named by its number in the event.
        return Cli::tr("note %1 (no text yet)").arg(note.id);
    return QStringLiteral("\u201C%1\u201D").arg(text.size() > 60 ? text.left(59) + QChar(0x2026) : text);
}

} // namespace

bool isPhotoSource(const QString &source)
{
    for (const char *suffix : {".jpg", ".jpeg", ".png"})
        if (source.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            return true;
    // A file named as a CSV or a JSON is one, whatever its bytes: its reader says what is wrong.
    for (const char *suffix : {".csv", ".json"})
        if (source.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            return false;
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(8);
    return head.startsWith("\xFF\xD8\xFF") || head.startsWith("\x89PNG\r\n\x1A\n");
}

int importPhoto(const QString &path, const QString &source, bool keepDuplicates)
{
    const QString name = QFileInfo(source).fileName();
    // Read and search the photo before opening the event: a bad photo changes nothing.
    const photo::WallPhoto wall = photo::readWallPhoto(source);
    if (wall.image.isNull())
        return complain(Cli::tr("%1: nothing was imported.").arg(wall.error), RuntimeError); // it names the file
    const std::vector<photo::FoundNote> found = photo::findNotes(wall.image);
    if (found.empty())
        return complain(Cli::tr("%1: no sticky notes were found on this photo. Nothing was imported.").arg(name),
                        RuntimeError);

    FileCheck check;
    std::unique_ptr<EventDocument> document = EventDocument::open(path, false, &check);
    if (!document)
        return complain(check.message, RuntimeError);
    if (document->isReadOnly())
        return complain(Cli::tr("%1 is read-only: nothing was imported.").arg(QFileInfo(path).fileName()),
                        RuntimeError);

    QList<PhotoNote> notes = photoNotesFrom(found, wall.image.size(), *document);
    const QList<qint64> duplicates = likelyDuplicates(found, *document);
    // OCR proposes each text, in the event's languages; without Tesseract's data the notes
    // come with their pictures only, which is what the facilitator reads anyway.
    photo::NoteReader reader(TranscriptionWorker::languagesFor(*document));
    QList<PhotoNote> kept;
    int read = 0;
    for (qsizetype i = 0; i < notes.size(); ++i) {
        if (const qint64 same = duplicates.at(i); same != 0) {
            //: %1: the note's number on the photo (in reading order); %2 the note already in the event.
            const QString warning =
                Cli::tr("note %1 of the photo is likely %2, already in the event from an earlier photo")
                    .arg(i + 1)
                    .arg(described(*document->note(same)));
            if (!keepDuplicates) {
                complain(Cli::tr("warning: %1; left out (--keep-duplicates adds it).").arg(warning), Success);
                continue;
            }
            complain(Cli::tr("warning: %1; added all the same.").arg(warning), Success);
        }
        PhotoNote note = notes.at(i);
        if (reader.isAvailable()) {
            note.note.text = reader.read(note.image).text;
            read += !note.note.text.isEmpty();
        }
        kept.append(note);
    }
    if (kept.isEmpty()) {
        printOut(Cli::tr("Every note on %1 is already in the event: nothing was imported.").arg(name));
        return Success;
    }
    if (const Outcome imported = document->importPhotoNotes(kept); !imported)
        return complain(Cli::tr("nothing was imported: %1").arg(imported.error()), RuntimeError);
    //: The end of cabildo import PHOTO.jpg. %1: how many of them OCR proposed a text for.
    printOut(Cli::tr("Imported %n note(s) from the photo, %1 with a proposed text; check them in Transcription.",
                     nullptr, int(kept.size()))
                 .arg(QLocale().toString(read)));
    return Success;
}

} // namespace cabildo
