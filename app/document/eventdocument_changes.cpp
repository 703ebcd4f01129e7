// EventDocument's one way of changing the event: an EventChange is completed with what
// follows from it, stored in one transaction, applied in memory and announced with what
// changed, whether it comes from an undo step (ChangeCommand, which also holds the inverse
// computed here) or from outside (participants at the kiosk, later phones and restores).
#include "eventdocument.h"

#include "commands/changecommand.h"
#include "formats/inputlimits.h"
#include "storage/eventstore.h"

#include <QSet>

#include <algorithm>

namespace cabildo {

EventChange EventDocument::completed(EventChange change) const
{
    // What the file's ON DELETE rules would do, made explicit: the views hear of it, and
    // the inverse puts it back. A removed theme's notes leave it (SET NULL)…
    if (!change.themes.removed.isEmpty()) {
        const QSet<qint64> gone(change.themes.removed.cbegin(), change.themes.removed.cend());
        QSet<qint64> listed(change.notes.removed.cbegin(), change.notes.removed.cend());
        for (const Note &note : std::as_const(change.notes.notes))
            listed.insert(note.id);
        for (qint64 id : m_noteOrder)
            if (const Note &note = m_notes[id]; gone.contains(note.themeId) && !listed.contains(id)) {
                Note left = note;
                left.themeId = 0;
                change.notes.notes.append(left);
            }
    }
    // …and a removed room, slot or session takes its placements along (CASCADE).
    for (const Placement &placed : std::as_const(m_placements))
        if ((change.agenda.removedRooms.contains(placed.roomId)
             || change.agenda.removedTimeSlots.contains(placed.slotId)
             || change.agenda.removedSessions.contains(placed.sessionId))
            && !change.agenda.unplaced.contains(placed.sessionId))
            change.agenda.unplaced.append(placed.sessionId);
    return change;
}

NoteChange EventDocument::inverseOf(const NoteChange &change) const
{
    NoteChange inverse;
    for (const Note &changed : change.notes)
        note(changed.id) ? inverse.notes.append(*note(changed.id)) : inverse.removed.append(changed.id);
    for (qint64 id : change.removed)
        if (note(id))
            inverse.notes.append(*note(id)); // whole: its text, place, theme and language work
    return inverse;
}

ThemeChange EventDocument::inverseOf(const ThemeChange &change) const
{
    ThemeChange inverse;
    for (const Theme &changed : change.themes)
        theme(changed.id) ? inverse.themes.append(*theme(changed.id)) : inverse.removed.append(changed.id);
    for (qint64 id : change.removed)
        if (theme(id))
            inverse.themes.append(*theme(id));
    return inverse;
}

EventChange EventDocument::inverseOf(const EventChange &change) const
{
    EventChange inverse;
    if (change.event)
        inverse.event = m_event;
    inverse.themes = inverseOf(change.themes);
    inverse.notes = inverseOf(change.notes);
    inverse.agenda = inverseOf(change.agenda);
    inverse.votes = inverseOf(change.votes);
    return inverse;
}

Outcome EventDocument::pushChange(const QString &text, const EventChange &change)
{
    const EventChange step = completed(change);
    return pushChecked(new ChangeCommand(this, text, step, inverseOf(step)));
}

void EventDocument::placeNewNotes(QList<Note> &notes)
{
    const auto isNew = [this](const Note &note) { return note.id == 0 || !this->note(note.id); };
    int unplaced = 0;
    for (const Note &note : std::as_const(notes))
        unplaced += isNew(note) && note.pos.isNull();
    const QList<QPointF> spots = freePositions(unplaced);
    int next = 0;
    for (Note &note : notes) {
        if (!isNew(note))
            continue;
        if (note.pos.isNull())
            note.pos = spots.at(next++); // where it covers no other note
        // Above every id handed out while open: SQLite would hand out the id of a note an
        // undo step removed (the highest row's), and that step's redo would then collide.
        if (note.id == 0)
            note.id = ++m_lastNoteId;
        // A private brainstorm: what arrives stays face down for the room until revealed.
        if (m_room.hideNotesUntilRevealed)
            note.faceDown = true;
    }
}

bool EventDocument::applyChange(EventChange &change)
{
    // The language work is derived from a note's text, not part of anyone's step: a step
    // that leaves the text as it is keeps the work done since; one that changes it drops it.
    change.notes.placedOnly.clear();
    for (Note &changed : change.notes.notes)
        if (const Note *current = note(changed.id)) {
            const bool sameText = changed.text == current->text && changed.language == current->language;
            changed.analysisLanguage = sameText ? current->analysisLanguage : QString();
            changed.analysis = sameText ? current->analysis : QString();
            // Only moved (into a theme, on the board): the store need not write the rest again.
            Note placed = *current;
            placed.themeId = changed.themeId;
            placed.pos = changed.pos;
            if (placed == changed)
                change.notes.placedOnly.insert(changed.id);
        }
    if (!m_store->applyChange(change))
        return storageFailure();
    for (const Submission &submission : std::as_const(change.submissions))
        m_submissions.insert(submission.id, submission);
    applyInMemory(change);
    return true;
}

void EventDocument::applyInMemory(const EventChange &change)
{
    if (change.event) {
        m_event = *change.event;
        emit eventChanged();
    }

    // Themes come first, so no note ever names a theme that is not there…
    QList<qint64> addedThemes;
    QList<qint64> changedThemes;
    for (const Theme &theme : change.themes.themes) {
        const auto current = m_themes.find(theme.id);
        if (current == m_themes.end()) {
            m_themes.insert(theme.id, theme);
            addedThemes.append(theme.id);
            m_lastThemeId = std::max(m_lastThemeId, theme.id);
        } else if (!(*current == theme)) {
            *current = theme;
            changedThemes.append(theme.id);
        }
    }
    if (!addedThemes.isEmpty()) {
        m_themeOrder.append(addedThemes);
        std::sort(m_themeOrder.begin(), m_themeOrder.end()); // undo puts them back in creation order
        emit themesAdded(addedThemes);
    }
    if (!changedThemes.isEmpty()) {
        std::sort(changedThemes.begin(), changedThemes.end());
        emit themesChanged(changedThemes);
    }

    QList<qint64> removedNotes;
    for (qint64 id : change.notes.removed)
        if (m_notes.contains(id))
            removedNotes.append(id);
    if (!removedNotes.isEmpty()) {
        emit notesAboutToBeRemoved(removedNotes);
        const QSet<qint64> removed(removedNotes.cbegin(), removedNotes.cend());
        for (qint64 id : std::as_const(removedNotes))
            m_notes.remove(id);
        m_noteOrder.removeIf([&](qint64 id) { return removed.contains(id); });
        emit notesRemoved(removedNotes);
    }
    QList<qint64> addedNotes;
    QList<qint64> changedNotes;
    for (const Note &note : change.notes.notes) {
        const auto current = m_notes.find(note.id);
        if (current == m_notes.end()) {
            m_notes.insert(note.id, note);
            addedNotes.append(note.id);
            m_lastNoteId = std::max(m_lastNoteId, note.id);
        } else if (!(*current == note)) {
            *current = note;
            changedNotes.append(note.id);
        }
    }
    if (!addedNotes.isEmpty()) {
        m_noteOrder.append(addedNotes);
        if (!std::is_sorted(m_noteOrder.cbegin(), m_noteOrder.cend()))
            std::sort(m_noteOrder.begin(), m_noteOrder.end()); // undoing a delete: back in creation order
        emit notesAdded(addedNotes);
    }
    if (!changedNotes.isEmpty()) {
        std::sort(changedNotes.begin(), changedNotes.end());
        emit notesChanged(changedNotes);
    }

    setAgendaInMemory(change.agenda);
    setVotesInMemory(change.votes);
    announce(change.agenda, change.votes);

    // …and go last, once their notes have left them and ballots and sessions follow a merge.
    QList<qint64> removedThemes;
    for (qint64 id : change.themes.removed)
        if (m_themes.contains(id))
            removedThemes.append(id);
    if (!removedThemes.isEmpty()) {
        emit themesAboutToBeRemoved(removedThemes);
        const QSet<qint64> removed(removedThemes.cbegin(), removedThemes.cend());
        for (qint64 id : std::as_const(removedThemes))
            m_themes.remove(id);
        m_themeOrder.removeIf([&](qint64 id) { return removed.contains(id); });
        emit themesRemoved(removedThemes);
    }
}

void EventDocument::announce(const AgendaChange &agenda, const VoteChange &votes)
{
    if (!agenda.isEmpty())
        emit agendaChanged(agenda);
    if (!votes.isEmpty())
        emit votesChanged(votes);
}

Outcome EventDocument::applyExternalChange(EventChange change)
{
    if (isReadOnly())
        return refuse(tr("This event is open read-only."));
    dropStoredSubmissions(change); // a phone's retry of a stored note: nothing to do
    if (change.isEmpty())
        return Outcome::unchanged();
    // The note cap holds for every way in, phones too, so every stored event backs up and restores.
    for (const Note &note : std::as_const(change.notes.notes))
        if (note.text.size() > limits::noteCharacters)
            return refuseLongNote(note.text);
    prepareExternalBallots(change.votes);
    placeNewNotes(change.notes.notes);
    change = completed(change);
    m_pushFailure.clear();
    return applyChange(change) ? Outcome::done() : Outcome::refused(m_pushFailure);
}

} // namespace cabildo
