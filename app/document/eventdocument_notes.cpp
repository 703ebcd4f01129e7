// EventDocument's notes and the event's details: each action checks what it can, builds an
// EventChange with the notes' new values, and pushes it (with its inverse) as one step.
#include "eventdocument.h"

#include "formats/inputlimits.h"

#include "boardplacement.h"
#include "commands/changecommand.h"
#include "model/notecolour.h"
#include "text/textfold.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace cabildo {

namespace {

/** All undo-step names share one translation context (app/README.md; as in Tiled). */
struct UndoText
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::Undo)
};

/** Named after where the notes came from: "Add note", "Paste 3 notes", "Import 120 notes"… */
QString addNotesText(const QList<Note> &notes)
{
    const int count = int(notes.size());
    switch (notes.isEmpty() ? NoteSource::Typed : notes.constFirst().source) {
    case NoteSource::Typed:
    case NoteSource::Phone: // phones' notes are nobody's undo step; a copy of one is added as any other
        return UndoText::tr("Add %n note(s)", nullptr, count);
    case NoteSource::Pasted:
        return UndoText::tr("Paste %n note(s)", nullptr, count);
    case NoteSource::Csv:
        return UndoText::tr("Import %n note(s)", nullptr, count);
    case NoteSource::Kiosk:
        return UndoText::tr("Add %n priority(s) from the kiosk", nullptr, count);
    case NoteSource::Photo: // importPhotoNotes names its own step; a copy of one is added as any other
        return UndoText::tr("Add %n note(s)", nullptr, count);
    }
    return {};
}

} // namespace

Outcome EventDocument::addNotes(QList<Note> notes, Origin origin)
{
    notes.removeIf([](const Note &note) { return note.text.isEmpty(); });
    if (notes.isEmpty())
        return Outcome::unchanged();
    // The readers' cap holds for every way in, so every stored event backs up and restores.
    for (const Note &note : std::as_const(notes))
        if (note.text.size() > limits::noteCharacters)
            return refuseLongNote(note.text);
    EventChange change;
    change.notes.notes = notes;
    if (origin == Origin::Participant)
        return applyExternalChange(change);
    placeNewNotes(change.notes.notes);
    // Importing a CSV is a bulk action: a restore point first (issue 14).
    const bool imported =
        std::any_of(notes.cbegin(), notes.cend(), [](const Note &note) { return note.source == NoteSource::Csv; });
    if (imported)
        if (const Outcome kept = keepAutomaticPoint(addNotesText(notes)); !kept)
            return kept;
    return pushChange(addNotesText(notes), change);
}

Outcome EventDocument::removeNotes(const QList<qint64> &ids)
{
    EventChange change;
    for (qint64 id : ids)
        if (note(id))
            change.notes.removed.append(id);
    if (change.isEmpty())
        return Outcome::unchanged();
    return pushChange(UndoText::tr("Delete %n note(s)", nullptr, int(change.notes.removed.size())), change);
}

Outcome EventDocument::moveNotes(const QHash<qint64, QPointF> &newPositions, bool byKeyboard)
{
    EventChange change;
    for (auto it = newPositions.cbegin(); it != newPositions.cend(); ++it)
        if (const Note *found = note(it.key()); found && found->pos != it.value()) {
            Note moved = *found;
            moved.pos = it.value();
            change.notes.notes.append(moved);
        }
    if (change.isEmpty())
        return Outcome::unchanged();
    const QString text = UndoText::tr("Move %n note(s)", nullptr, int(change.notes.notes.size()));
    if (!byKeyboard)
        return pushChange(text, change);
    // Only arrow-key nudges merge: holding an arrow key is one step, two drags are two.
    const EventChange step = completed(change);
    return pushChecked(new NudgeNotesCommand(this, text, step, inverseOf(step)));
}

Outcome EventDocument::editNoteText(qint64 id, const QString &text)
{
    const Note *found = note(id);
    const QString normalised = toNfc(text.trimmed());
    if (!found || normalised.isEmpty() || normalised == found->text)
        return Outcome::unchanged();
    if (normalised.size() > limits::noteCharacters)
        return refuseLongNote(normalised);
    Note edited = *found;
    edited.text = normalised;
    edited.textChecked = true; // the facilitator's own words need no checking
    EventChange change;
    change.notes.notes = {edited};
    return pushChange(UndoText::tr("Edit note"), change);
}

Outcome EventDocument::recolourNotes(const QList<qint64> &ids, const QString &colourKey)
{
    if (!NoteColour::isKnown(colourKey))
        return Outcome::unchanged();
    EventChange change;
    for (qint64 id : ids)
        if (const Note *found = note(id); found && found->colour != colourKey) {
            Note recoloured = *found;
            recoloured.colour = colourKey;
            change.notes.notes.append(recoloured);
        }
    if (change.isEmpty())
        return Outcome::unchanged();
    return pushChange(UndoText::tr("Recolour %n note(s)", nullptr, int(change.notes.notes.size())), change);
}

Outcome EventDocument::setEventInfo(const EventInfo &event)
{
    if (event.title.trimmed().isEmpty() || !EventInfo::isValidAcronym(event.acronym))
        return refuse(tr("The event needs a title, and an acronym of 4 to 32 lower-case letters or digits."));
    if (event == m_event)
        return Outcome::unchanged();
    EventChange change;
    change.event = event;
    return pushChange(
        event.title != m_event.title ? UndoText::tr("Rename event") : UndoText::tr("Change event details"), change);
}

Outcome EventDocument::tidyUp()
{
    // Reading order (rows of the board, then left to right) keeps what was near the top
    // left there, and the notes inside a theme in the order the facilitator laid them out.
    const qreal rowHeight = Note::size().height() / 2;
    auto readingKey = [rowHeight](QPointF pos) { return std::pair(std::floor(pos.y() / rowHeight), pos.x()); };
    auto byReading = [&](QList<qint64> ids) {
        std::stable_sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) {
            return readingKey(m_notes.value(a).pos) < readingKey(m_notes.value(b).pos);
        });
        return ids;
    };
    QList<qint64> loose;
    QHash<qint64, QList<qint64>> notesOf;
    QHash<qint64, QRectF> frames;
    QRectF everything;
    for (qint64 id : m_noteOrder) {
        const Note &note = m_notes[id];
        if (note.state == NoteState::Pending)
            continue; // not on the wall
        everything |= QRectF(note.pos, Note::size());
        if (note.themeId != 0) {
            notesOf[note.themeId].append(id);
            frames[note.themeId] |= QRectF(note.pos, Note::size());
        } else {
            loose.append(id);
        }
    }
    QList<qint64> themes = notesOf.keys();
    std::sort(themes.begin(), themes.end(), [&](qint64 a, qint64 b) {
        return std::pair(readingKey(frames.value(a).topLeft()), a)
               < std::pair(readingKey(frames.value(b).topLeft()), b);
    });
    QList<QList<qint64>> groups;
    for (qint64 theme : std::as_const(themes))
        groups.append(byReading(notesOf.value(theme)));
    const QHash<qint64, QPointF> arranged = BoardPlacement::arrangeAll(groups, byReading(loose), everything.topLeft());

    EventChange change;
    for (auto it = arranged.cbegin(); it != arranged.cend(); ++it)
        if (m_notes.value(it.key()).pos != it.value()) {
            Note moved = m_notes.value(it.key());
            moved.pos = it.value();
            change.notes.notes.append(moved);
        }
    if (change.isEmpty())
        return Outcome::unchanged(); // already tidy: no step
    return pushChange(tr("Tidy up the board"), change);
}

} // namespace cabildo
