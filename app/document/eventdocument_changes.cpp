// EventDocument's one way of changing the agenda and votes, and of taking in changes that
// are not the facilitator's: an EventChange is stored in one transaction, applied in
// memory, and announced with what changed, whether it comes from an undo step
// (ChangeCommand) or from outside (participants at the kiosk, later phones and restores).
#include "eventdocument.h"

#include "commands/changecommand.h"
#include "formats/inputlimits.h"
#include "storage/eventstore.h"

namespace cabildo {

EventChange EventDocument::inverseOf(const EventChange &change) const
{
    EventChange inverse;
    inverse.agenda = inverseOf(change.agenda);
    inverse.votes = inverseOf(change.votes);
    // Added notes are external only (the facilitator's have their own commands): no inverse.
    return inverse;
}

Outcome EventDocument::pushChange(const QString &text, const EventChange &change)
{
    return pushChecked(new ChangeCommand(this, text, change, inverseOf(change)));
}

bool EventDocument::applyChange(EventChange &change)
{
    const bool written = m_store->inTransaction([&] {
        return (change.addedNotes.isEmpty() || m_store->insertNotes(change.addedNotes))
               && (change.submissions.isEmpty() || m_store->insertSubmissions(change.submissions))
               && (change.agenda.isEmpty() || m_store->applyAgendaChange(change.agenda))
               && (change.votes.isEmpty() || m_store->applyVoteChange(change.votes));
    });
    if (!written)
        return storageFailure();
    for (const Submission &submission : std::as_const(change.submissions))
        m_submissions.insert(submission.id, submission);
    if (!change.addedNotes.isEmpty())
        insertNotesInMemory(change.addedNotes);
    setAgendaInMemory(change.agenda);
    setVotesInMemory(change.votes);
    announce(change.agenda, change.votes);
    return true;
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
    for (const Note &note : std::as_const(change.addedNotes))
        if (note.text.size() > limits::noteCharacters)
            return refuseLongNote(note.text);
    prepareExternalBallots(change.votes);
    int unplaced = 0;
    for (const Note &note : std::as_const(change.addedNotes))
        unplaced += note.pos.isNull();
    const QList<QPointF> spots = freePositions(unplaced);
    int next = 0;
    for (Note &note : change.addedNotes) {
        if (note.pos.isNull())
            note.pos = spots.at(next++);
        // SQLite would hand out the id of a note an undo step removed (the highest row's),
        // and that step's redo would then collide with this note.
        note.id = ++m_lastNoteId;
    }
    m_pushFailure.clear();
    return applyChange(change) ? Outcome::done() : Outcome::refused(m_pushFailure);
}

} // namespace cabildo
