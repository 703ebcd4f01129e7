// EventDocument as a whole: the content a backup writes, and restoring one into an empty
// event (cabildo import event.json).
#include "eventdocument.h"

#include "storage/eventstore.h"

#include <QSet>

#include <algorithm>

namespace cabildo {

EventContent EventDocument::content() const
{
    EventContent content;
    content.event = m_event;
    for (qint64 id : m_noteOrder)
        content.notes.append(m_notes[id]);
    for (qint64 id : m_themeOrder)
        content.themes.append(m_themes[id]);
    for (qint64 id : m_roomOrder)
        content.agenda.rooms.append(m_rooms[id]);
    for (qint64 id : m_slotOrder)
        content.agenda.timeSlots.append(m_slots[id]);
    for (qint64 id : m_sessionOrder)
        content.agenda.sessions.append(m_sessions[id]);
    content.agenda.placements = placements();
    for (qint64 id : m_roundOrder) {
        content.votes.rounds.append(m_rounds[id]);
        content.votes.ballots.append(ballots(id));
        content.votes.tallies.append(tallies(id));
    }
    content.room = m_room;
    return content;
}

EventContent EventDocument::backupContent() const
{
    EventContent backup = content();
    for (qint64 id : m_noteOrder)
        if (hasNoteImage(id))
            if (std::optional<NoteImage> image = m_store->loadNoteImage(m_notes[id].uuid))
                backup.noteImages.append(*image);
    return backup;
}

bool EventDocument::isEmpty() const
{
    return m_notes.isEmpty() && m_themes.isEmpty() && m_rooms.isEmpty() && m_slots.isEmpty() && m_sessions.isEmpty()
           && m_rounds.isEmpty();
}

Outcome EventDocument::importContent(const EventContent &content)
{
    if (isReadOnly())
        return refuse(tr("This event is open read-only."));
    if (!isEmpty())
        return refuse(tr("This event is not empty: a backup is only imported into a new, empty event."));
    QList<Note> notes = content.notes;
    const QList<Theme> &themes = content.themes;
    // Phones belong to the event they joined: their devices and voter keys are not carried
    // (the event JSON never holds them; this keeps a content copied in memory the same).
    VoteChange votes = content.votes;
    for (Note &note : notes)
        note.deviceId = 0;
    for (Ballot &ballot : votes.ballots)
        ballot.voterKey.clear();
    // The room as it was, except a timer that ran then: it waits, full length, to be started again.
    RoomState room = content.room;
    room.timer = room.timer.isRunning() ? RoomTimer::ofLength(room.timer.durationMs) : room.timer;
    if (!content.room.timer.isSet())
        room.timer = content.room.timer;
    room.timer.closeRoundAtEnd = content.room.timer.closeRoundAtEnd;
    room.timer.soundAtEnd = content.room.timer.soundAtEnd;
    // Pictures of the backup's notes only (a reader has checked that they decode).
    QSet<QUuid> noteUuids;
    for (const Note &note : std::as_const(notes))
        noteUuids.insert(note.uuid);
    QList<NoteImage> images = content.noteImages;
    images.removeIf([&](const NoteImage &image) { return !noteUuids.contains(image.noteUuid); });
    const bool written = m_store->inTransaction([&] {
        return m_store->restoreEvent(content.event) && m_store->upsertThemes(themes) && m_store->upsertNotes(notes)
               && m_store->applyAgendaChange(content.agenda) && m_store->applyVoteChange(votes)
               && m_store->saveRoomState(room) && (images.isEmpty() || m_store->saveNoteImages(images));
    });
    if (!written)
        return storageOutcome();
    for (const NoteImage &image : std::as_const(images))
        m_imageUuids.insert(image.noteUuid);
    m_undoStack.clear(); // nothing before the import to go back to
    m_event = content.event;
    QList<qint64> themeIds;
    for (const Theme &theme : std::as_const(themes)) {
        m_themes.insert(theme.id, theme);
        themeIds.append(theme.id);
        m_lastThemeId = std::max(m_lastThemeId, theme.id);
    }
    m_themeOrder = themeIds;
    QList<qint64> noteIds;
    for (const Note &note : std::as_const(notes)) {
        m_notes.insert(note.id, note);
        noteIds.append(note.id);
        m_lastNoteId = std::max(m_lastNoteId, note.id);
    }
    m_noteOrder = noteIds;
    std::sort(m_themeOrder.begin(), m_themeOrder.end());
    std::sort(m_noteOrder.begin(), m_noteOrder.end());
    setAgendaInMemory(content.agenda);
    setVotesInMemory(votes);
    m_room = room;
    emit eventChanged();
    emit roomStateChanged();
    emit themesAdded(themeIds);
    emit notesAdded(noteIds);
    announce(content.agenda, votes);
    return Outcome::done();
}

} // namespace cabildo
