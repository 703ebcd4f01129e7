// EventDocument's notes from photos of a paper wall (issue 15): importing them with their
// pictures, checking their proposed texts, and removing the pictures for good.
#include "eventdocument.h"

#include "formats/inputlimits.h"
#include "storage/eventstore.h"
#include "text/textfold.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace cabildo {

namespace {

/** Undo-step names share one translation context (app/README.md). */
struct UndoText
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::Undo)
};

} // namespace

Outcome EventDocument::importPhotoNotes(const QList<PhotoNote> &notes)
{
    if (isReadOnly())
        return refuse(tr("This event is open read-only."));
    if (notes.isEmpty())
        return Outcome::unchanged();
    EventChange change;
    QList<NoteImage> images;
    for (const PhotoNote &found : notes) {
        Note note = found.note;
        note.text = toNfc(note.text.trimmed());
        if (note.text.size() > limits::noteCharacters)
            return refuseLongNote(note.text);
        if (note.uuid.isNull())
            note.uuid = QUuid::createUuid();
        if (m_notes.contains(note.id))
            return refuse(tr("These notes are already on the board."));
        change.notes.notes.append(note);
        if (!found.image.isNull())
            images.append(NoteImage::encode(note.uuid, found.image));
    }
    // The wall's layout (photoNotesFrom) may put a note at (0, 0), which placeNewNotes()
    // reads as "no place yet": the notes keep the places they come with, unless none has one.
    const bool laidOut = std::any_of(change.notes.notes.cbegin(), change.notes.notes.cend(),
                                     [](const Note &note) { return !note.pos.isNull(); });
    QList<QPointF> places;
    for (const Note &note : std::as_const(change.notes.notes))
        places.append(note.pos);
    placeNewNotes(change.notes.notes);
    if (laidOut)
        for (qsizetype i = 0; i < places.size(); ++i)
            change.notes.notes[i].pos = places.at(i);
    const QString text = UndoText::tr("Import photo of notes");
    // Known before the notes are announced, so that views drawing a new note find its picture.
    QSet<QUuid> added;
    for (const NoteImage &image : std::as_const(images))
        if (!m_imageUuids.contains(image.noteUuid))
            added.insert(image.noteUuid);
    m_imageUuids.unite(added);
    // The pictures are stored in the step's transaction but never in its records: undo
    // removes the notes, and redo finds their pictures by UUID (FORMAT.md, note_image).
    const Outcome outcome = bulkAction(text, [&] {
        if (!images.isEmpty() && !m_store->saveNoteImages(images))
            return storageOutcome();
        return pushChange(text, change);
    });
    if (!outcome) {
        m_imageUuids.subtract(added);
        return outcome;
    }
    QList<qint64> withImages;
    for (const Note &note : std::as_const(change.notes.notes))
        if (m_imageUuids.contains(note.uuid))
            withImages.append(note.id);
    if (!withImages.isEmpty())
        emit noteImagesChanged(withImages);
    return outcome;
}

bool EventDocument::hasNoteImage(qint64 noteId) const
{
    const Note *found = note(noteId);
    return found && m_imageUuids.contains(found->uuid);
}

QImage EventDocument::noteImage(qint64 noteId) const
{
    if (!hasNoteImage(noteId))
        return {};
    const QUuid uuid = note(noteId)->uuid;
    if (const QImage *cached = m_imageCache.object(uuid))
        return *cached;
    const std::optional<NoteImage> stored = m_store->loadNoteImage(uuid);
    if (!stored)
        return {};
    QImage image = stored->decode();
    if (!image.isNull())
        m_imageCache.insert(uuid, new QImage(image));
    return image;
}

QList<qint64> EventDocument::uncheckedNoteIds() const
{
    QList<qint64> ids;
    for (qint64 id : m_noteOrder)
        if (const Note &found = m_notes[id]; !found.textChecked && found.isVisible())
            ids.append(id);
    // Board order, as the eye reads the wall: rows half a note high, then left to right.
    const qreal rowHeight = Note::size().height() / 2;
    std::stable_sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) {
        const QPointF pa = m_notes.value(a).pos;
        const QPointF pb = m_notes.value(b).pos;
        return std::pair(std::floor(pa.y() / rowHeight), pa.x()) < std::pair(std::floor(pb.y() / rowHeight), pb.x());
    });
    return ids;
}

Outcome EventDocument::acceptTranscription(qint64 noteId, const QString &text)
{
    const Note *found = note(noteId);
    if (!found)
        return Outcome::unchanged();
    const QString normalised = toNfc(text.trimmed());
    if (normalised.isEmpty())
        return refuse(tr("A checked note needs a text."));
    if (normalised.size() > limits::noteCharacters)
        return refuseLongNote(normalised);
    if (found->textChecked && normalised == found->text)
        return Outcome::unchanged();
    Note checked = *found;
    checked.text = normalised;
    checked.textChecked = true;
    EventChange change;
    change.notes.notes = {checked};
    return pushChange(UndoText::tr("Check note"), change);
}

Outcome EventDocument::proposeText(qint64 noteId, const QString &text)
{
    // Only into an empty, unchecked note: once the facilitator has typed or accepted a text,
    // a late reading must not replace it (the rule holds after reopening the file too).
    const Note *found = note(noteId);
    const QString normalised = toNfc(text.trimmed());
    if (!found || found->textChecked || !found->text.isEmpty() || normalised.isEmpty())
        return Outcome::unchanged();
    if (normalised.size() > limits::noteCharacters)
        return refuseLongNote(normalised);
    Note proposed = *found;
    proposed.text = normalised;
    EventChange change;
    change.notes.notes = {proposed};
    return applyExternalChange(change);
}

Outcome EventDocument::removeNoteImages(const QList<qint64> &noteIds)
{
    if (isReadOnly())
        return refuse(tr("This event is open read-only."));
    QList<QUuid> uuids;
    QList<qint64> ids;
    for (qint64 id : noteIds)
        if (hasNoteImage(id)) {
            uuids.append(m_notes.value(id).uuid);
            ids.append(id);
        }
    if (uuids.isEmpty())
        return Outcome::unchanged();
    if (!m_store->eraseNoteImages(uuids))
        return storageOutcome();
    for (const QUuid &uuid : std::as_const(uuids)) {
        m_imageUuids.remove(uuid);
        m_imageCache.remove(uuid);
    }
    emit noteImagesChanged(ids);
    return Outcome::done();
}

Outcome EventDocument::removeAllNoteImages()
{
    if (isReadOnly())
        return refuse(tr("This event is open read-only."));
    if (m_imageUuids.isEmpty())
        return Outcome::unchanged();
    if (!m_store->eraseAllNoteImages())
        return storageOutcome();
    QList<qint64> ids;
    for (qint64 id : std::as_const(m_noteOrder))
        if (m_imageUuids.contains(m_notes.value(id).uuid))
            ids.append(id);
    m_imageUuids.clear();
    m_imageCache.clear();
    if (!ids.isEmpty())
        emit noteImagesChanged(ids);
    return Outcome::done();
}

} // namespace cabildo
