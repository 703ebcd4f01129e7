// EventDocument: the facilitator runs the room (issue 14). The phase, the timer and "Hide
// notes until revealed" are stored at once and are nobody's undo step (the room's clock
// does not go back with Ctrl+Z); Reveal is one, since it changes what the room has read.
#include "eventdocument.h"

#include "storage/eventstore.h"

#include <QCoreApplication>

#include <algorithm>

namespace cabildo {

namespace {

/** Undo-step names share the other commands' translation context. */
struct UndoText
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::Undo)
};

} // namespace

void EventDocument::setClock(std::function<QDateTime()> now)
{
    m_now = now ? std::move(now) : [] { return QDateTime::currentDateTimeUtc(); };
}

QDateTime EventDocument::now() const
{
    return m_now ? m_now() : QDateTime::currentDateTimeUtc();
}

Outcome EventDocument::setRoomState(const RoomState &room)
{
    if (isReadOnly())
        return refuse(tr("This event is open read-only."));
    if (room == m_room)
        return Outcome::unchanged();
    if (!m_store->saveRoomState(room))
        return storageOutcome();
    m_room = room;
    emit roomStateChanged();
    return Outcome::done();
}

Outcome EventDocument::setPhase(Phase phase)
{
    RoomState room = m_room;
    room.phase = phase;
    return setRoomState(room);
}

Outcome EventDocument::setTimer(const RoomTimer &timer)
{
    RoomState room = m_room;
    room.timer = timer;
    return setRoomState(room);
}

Outcome EventDocument::setTimerLength(qint64 ms)
{
    RoomTimer timer = RoomTimer::ofLength(ms);
    timer.closeRoundAtEnd = m_room.timer.closeRoundAtEnd;
    timer.soundAtEnd = m_room.timer.soundAtEnd;
    return setTimer(timer);
}

Outcome EventDocument::startTimer()
{
    return setTimer(m_room.timer.startedAt(now()));
}

Outcome EventDocument::pauseTimer()
{
    return setTimer(m_room.timer.pausedAt(now()));
}

Outcome EventDocument::addTimerMinute()
{
    return setTimer(m_room.timer.plusMinuteAt(now()));
}

Outcome EventDocument::stopTimer()
{
    RoomTimer timer = m_room.timer;
    timer.endsAt = QDateTime();
    timer.remainingMs = timer.durationMs;
    return setTimer(timer);
}

Outcome EventDocument::setHideNotesUntilRevealed(bool hide)
{
    RoomState room = m_room;
    room.hideNotesUntilRevealed = hide;
    const Outcome stored = setRoomState(room);
    if (!stored.error().isEmpty() || hide)
        return stored;
    // Turning it off shows what was written meanwhile: nothing stays face down by itself.
    const Outcome revealed = revealNotes();
    return revealed.ok() || !revealed.error().isEmpty() ? revealed : stored;
}

QList<qint64> EventDocument::faceDownNoteIds() const
{
    QList<qint64> ids;
    for (qint64 id : m_noteOrder)
        if (m_notes.value(id).faceDown)
            ids.append(id);
    return ids;
}

int EventDocument::faceDownNoteCount() const
{
    return int(std::count_if(m_notes.cbegin(), m_notes.cend(), [](const Note &note) { return note.faceDown; }));
}

Outcome EventDocument::revealNotes()
{
    EventChange change;
    for (qint64 id : m_noteOrder)
        if (const Note &found = m_notes[id]; found.faceDown) {
            Note revealed = found;
            revealed.faceDown = false;
            change.notes.notes.append(revealed);
        }
    if (change.isEmpty())
        return Outcome::unchanged();
    const QString text = UndoText::tr("Reveal %n note(s)", nullptr, int(change.notes.notes.size()));
    if (const Outcome kept = keepAutomaticPoint(text); !kept) // a bulk action: a restore point first
        return kept;
    return pushChange(text, change);
}

} // namespace cabildo
