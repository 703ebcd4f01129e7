// EventDocument's agenda: rooms, time slots, sessions and their placements. Each action
// checks what it can, builds an AgendaChange, and pushes it with its inverse as one step.
#include "eventdocument.h"

#include "storage/eventstore.h"
#include "text/textfold.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace cabildo {

namespace {

/** Undo-step names share the other commands' translation context. */
struct UndoText
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::Undo)
};

QString quoted(const QString &title)
{
    return UndoText::tr("“%1”").arg(title);
}

QString slotName(const TimeSlot &slot)
{
    return QStringLiteral("%1 %2–%3")
        .arg(slot.day.toString(Qt::ISODate), slot.start.toString(QStringLiteral("HH:mm")),
             slot.end.toString(QStringLiteral("HH:mm")));
}

template <typename T, typename Less> QList<qint64> sortedIds(const QHash<qint64, T> &items, Less less)
{
    QList<qint64> ids = items.keys();
    std::sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) {
        const T &x = items[a];
        const T &y = items[b];
        return less(x, y) || (!less(y, x) && a < b);
    });
    return ids;
}

} // namespace

void EventDocument::loadAgendaAndVotes()
{
    AgendaChange agenda;
    agenda.rooms = m_store->loadRooms();
    agenda.timeSlots = m_store->loadSlots();
    agenda.sessions = m_store->loadSessions();
    agenda.placements = m_store->loadPlacements();
    setAgendaInMemory(agenda);
    VoteChange votes;
    votes.rounds = m_store->loadRounds();
    votes.ballots = m_store->loadBallots();
    votes.tallies = m_store->loadTallies();
    setVotesInMemory(votes);
}

qint64 EventDocument::issueId()
{
    // One counter for every agenda and vote table, above every id loaded or issued, so an
    // id held by an undo step (a removed room, say) is never handed to something new.
    return ++m_lastAgendaId;
}

const Room *EventDocument::room(qint64 id) const
{
    const auto it = m_rooms.constFind(id);
    return it == m_rooms.constEnd() ? nullptr : &it.value();
}

const Room *EventDocument::roomNamed(const QString &name) const
{
    const QString folded = toNfc(name.trimmed()).toCaseFolded();
    for (const Room &room : std::as_const(m_rooms))
        if (room.name.toCaseFolded() == folded)
            return &room;
    return nullptr;
}

const TimeSlot *EventDocument::timeSlot(qint64 id) const
{
    const auto it = m_slots.constFind(id);
    return it == m_slots.constEnd() ? nullptr : &it.value();
}

const Session *EventDocument::session(qint64 id) const
{
    const auto it = m_sessions.constFind(id);
    return it == m_sessions.constEnd() ? nullptr : &it.value();
}

const Placement *EventDocument::placement(qint64 sessionId) const
{
    const auto it = m_placements.constFind(sessionId);
    return it == m_placements.constEnd() ? nullptr : &it.value();
}

qint64 EventDocument::sessionAt(qint64 slotId, qint64 roomId) const
{
    for (const Placement &placement : m_placements)
        if (placement.slotId == slotId && placement.roomId == roomId)
            return placement.sessionId;
    return 0;
}

QList<Placement> EventDocument::placements() const
{
    QList<Placement> result;
    for (qint64 id : m_sessionOrder)
        if (const Placement *found = placement(id))
            result.append(*found);
    return result;
}

void EventDocument::setAgendaInMemory(const AgendaChange &change)
{
    for (qint64 id : change.unplaced)
        m_placements.remove(id);
    for (const Placement &placement : change.placements)
        m_placements.remove(placement.sessionId);
    // The file's ON DELETE CASCADE, mirrored.
    const QSet<qint64> goneRooms(change.removedRooms.cbegin(), change.removedRooms.cend());
    const QSet<qint64> goneSlots(change.removedTimeSlots.cbegin(), change.removedTimeSlots.cend());
    const QSet<qint64> goneSessions(change.removedSessions.cbegin(), change.removedSessions.cend());
    m_placements.removeIf([&](QHash<qint64, Placement>::iterator it) {
        return goneRooms.contains(it->roomId) || goneSlots.contains(it->slotId) || goneSessions.contains(it->sessionId);
    });
    for (qint64 id : goneRooms)
        m_rooms.remove(id);
    for (qint64 id : goneSlots)
        m_slots.remove(id);
    for (qint64 id : goneSessions)
        m_sessions.remove(id);
    for (const Room &room : change.rooms)
        m_rooms.insert(room.id, room);
    for (const TimeSlot &slot : change.timeSlots)
        m_slots.insert(slot.id, slot);
    for (const Session &session : change.sessions)
        m_sessions.insert(session.id, session);
    for (const Placement &placement : change.placements)
        m_placements.insert(placement.sessionId, placement);

    m_roomOrder = sortedIds(m_rooms, [](const Room &a, const Room &b) { return a.position < b.position; });
    m_slotOrder = sortedIds(m_slots, [](const TimeSlot &a, const TimeSlot &b) {
        return std::tie(a.day, a.start, a.end) < std::tie(b.day, b.start, b.end);
    });
    m_sessionOrder = m_sessions.keys();
    std::sort(m_sessionOrder.begin(), m_sessionOrder.end());
    for (qint64 id : m_roomOrder + m_slotOrder + m_sessionOrder)
        m_lastAgendaId = std::max(m_lastAgendaId, id);
}

AgendaChange EventDocument::inverseOf(const AgendaChange &change) const
{
    AgendaChange inverse;
    for (const Room &changed : change.rooms)
        room(changed.id) ? inverse.rooms.append(*room(changed.id)) : inverse.removedRooms.append(changed.id);
    for (qint64 id : change.removedRooms)
        if (room(id))
            inverse.rooms.append(*room(id));
    for (const TimeSlot &changed : change.timeSlots)
        timeSlot(changed.id) ? inverse.timeSlots.append(*timeSlot(changed.id))
                             : inverse.removedTimeSlots.append(changed.id);
    for (qint64 id : change.removedTimeSlots)
        if (timeSlot(id))
            inverse.timeSlots.append(*timeSlot(id));
    for (const Session &changed : change.sessions)
        session(changed.id) ? inverse.sessions.append(*session(changed.id))
                            : inverse.removedSessions.append(changed.id);
    for (qint64 id : change.removedSessions)
        if (session(id))
            inverse.sessions.append(*session(id));
    for (const Placement &changed : change.placements)
        placement(changed.sessionId) ? inverse.placements.append(*placement(changed.sessionId))
                                     : inverse.unplaced.append(changed.sessionId);
    for (qint64 id : change.unplaced)
        if (placement(id))
            inverse.placements.append(*placement(id));
    return inverse;
}

Outcome EventDocument::pushAgendaChange(const QString &text, const AgendaChange &change)
{
    // A removed room, slot or session's placements are listed by pushChange (completed()),
    // so undo puts them back.
    EventChange step;
    step.agenda = change;
    return pushChange(text, step);
}

Outcome EventDocument::addRoom(Room room)
{
    room.name = toNfc(room.name.trimmed());
    if (room.name.isEmpty() || room.capacity < 0)
        return refuse(tr("A room needs a name and a capacity of 0 or more."));
    if (const Room *other = roomNamed(room.name))
        return refuse(
            tr("There is already a room called %1: people would not know which one.").arg(quoted(other->name)));
    room.id = issueId();
    room.uuid = QUuid::createUuid();
    if (room.position == 0)
        for (const Room &other : std::as_const(m_rooms))
            room.position = std::max(room.position, other.position + 1);
    AgendaChange change;
    change.rooms = {room};
    return pushAgendaChange(UndoText::tr("Add room %1").arg(quoted(room.name)), change);
}

Outcome EventDocument::updateRoom(const Room &changed)
{
    const Room *current = room(changed.id);
    if (!current)
        return Outcome::unchanged();
    Room updated = changed;
    updated.uuid = current->uuid; // identity never changes
    updated.name = toNfc(changed.name.trimmed());
    if (updated.name.isEmpty() || updated.capacity < 0)
        return refuse(tr("A room needs a name and a capacity of 0 or more."));
    if (const Room *other = roomNamed(updated.name); other && other->id != updated.id)
        return refuse(
            tr("There is already a room called %1: people would not know which one.").arg(quoted(other->name)));
    if (updated == *current)
        return Outcome::unchanged();
    AgendaChange change;
    change.rooms = {updated};
    return pushAgendaChange(UndoText::tr("Change room %1").arg(quoted(updated.name)), change);
}

Outcome EventDocument::removeRoom(qint64 id)
{
    const Room *found = room(id);
    if (!found)
        return Outcome::unchanged();
    AgendaChange change;
    change.removedRooms = {id};
    return pushAgendaChange(UndoText::tr("Remove room %1").arg(quoted(found->name)), change);
}

Outcome EventDocument::addSlot(TimeSlot slot)
{
    slot.start = QTime(slot.start.hour(), slot.start.minute());
    slot.end = QTime(slot.end.hour(), slot.end.minute());
    if (!slot.isValid())
        return refuse(tr(
            "A time slot needs a day and a start before its end (a slot past midnight may end up to 12 hours after it starts)."));
    for (const TimeSlot &other : std::as_const(m_slots))
        if (slotsOverlap(slot, other))
            return refuse(tr("The slot overlaps %1: a participant attends one slot at a time.").arg(slotName(other)));
    slot.id = issueId();
    slot.uuid = QUuid::createUuid();
    slot.label = toNfc(slot.label.trimmed());
    AgendaChange change;
    change.timeSlots = {slot};
    return pushAgendaChange(UndoText::tr("Add time slot %1").arg(slotName(slot)), change);
}

Outcome EventDocument::updateSlot(const TimeSlot &changed)
{
    const TimeSlot *current = timeSlot(changed.id);
    if (!current)
        return Outcome::unchanged();
    TimeSlot updated = changed;
    updated.uuid = current->uuid;
    updated.label = toNfc(changed.label.trimmed());
    updated.start = QTime(changed.start.hour(), changed.start.minute());
    updated.end = QTime(changed.end.hour(), changed.end.minute());
    if (!changed.start.isValid() || !changed.end.isValid() || !updated.isValid())
        return refuse(tr(
            "A time slot needs a day and a start before its end (a slot past midnight may end up to 12 hours after it starts)."));
    for (const TimeSlot &other : std::as_const(m_slots))
        if (other.id != updated.id && slotsOverlap(updated, other))
            return refuse(tr("The slot overlaps %1: a participant attends one slot at a time.").arg(slotName(other)));
    if (updated == *current)
        return Outcome::unchanged();
    AgendaChange change;
    change.timeSlots = {updated};
    // A slot that becomes a break or a plenary holds no sessions any more.
    if (updated.kind != SlotKind::Sessions)
        for (const Placement &placed : std::as_const(m_placements))
            if (placed.slotId == updated.id)
                change.unplaced.append(placed.sessionId);
    return pushAgendaChange(UndoText::tr("Change time slot %1").arg(slotName(updated)), change);
}

Outcome EventDocument::removeSlot(qint64 id)
{
    const TimeSlot *found = timeSlot(id);
    if (!found)
        return Outcome::unchanged();
    AgendaChange change;
    change.removedTimeSlots = {id};
    return pushAgendaChange(UndoText::tr("Remove time slot %1").arg(slotName(*found)), change);
}

Outcome EventDocument::applyUnconferenceTemplate(const QDate &day)
{
    if (!day.isValid())
        return refuse(tr("The template needs a day."));
    for (const TimeSlot &other : std::as_const(m_slots))
        if (other.day == day)
            return refuse(tr("%1 already has time slots.").arg(day.toString(Qt::ISODate)));
    AgendaChange change;
    const struct
    {
        const char *name;
        int capacity;
        bool accessible;
    } roomSpecs[] = {
        {QT_TRANSLATE_NOOP("cabildo::EventDocument", "Room A"), 60, true},
        {QT_TRANSLATE_NOOP("cabildo::EventDocument", "Room B"), 40, true},
        {QT_TRANSLATE_NOOP("cabildo::EventDocument", "Room C"), 30, false},
        {QT_TRANSLATE_NOOP("cabildo::EventDocument", "Room D"), 20, false},
    };
    int position = 0;
    for (const Room &other : std::as_const(m_rooms))
        position = std::max(position, other.position);
    for (const auto &spec : roomSpecs) // rooms are the venue's: a second day reuses them
        if (!roomNamed(tr(spec.name)))
            change.rooms.append(
                Room{issueId(), QUuid::createUuid(), tr(spec.name), spec.capacity, spec.accessible, {}, ++position});
    const struct
    {
        int from;
        int to;
        SlotKind kind;
        const char *label;
    } slotSpecs[] = {
        {9 * 60, 10 * 60, SlotKind::Plenary, QT_TRANSLATE_NOOP("cabildo::EventDocument", "Opening")},
        {10 * 60, 11 * 60, SlotKind::Sessions, ""},
        {11 * 60, 11 * 60 + 30, SlotKind::Break, QT_TRANSLATE_NOOP("cabildo::EventDocument", "Coffee")},
        {11 * 60 + 30, 12 * 60 + 30, SlotKind::Sessions, ""},
        {12 * 60 + 30, 13 * 60 + 30, SlotKind::Break, QT_TRANSLATE_NOOP("cabildo::EventDocument", "Lunch")},
        {13 * 60 + 30, 14 * 60 + 30, SlotKind::Sessions, ""},
        {14 * 60 + 30, 15 * 60, SlotKind::Break, QT_TRANSLATE_NOOP("cabildo::EventDocument", "Coffee")},
        {15 * 60, 16 * 60, SlotKind::Sessions, ""},
        {16 * 60, 17 * 60, SlotKind::Plenary, QT_TRANSLATE_NOOP("cabildo::EventDocument", "Closing")},
    };
    for (const auto &spec : slotSpecs)
        change.timeSlots.append(TimeSlot{issueId(), QUuid::createUuid(), day, QTime(spec.from / 60, spec.from % 60),
                                         QTime(spec.to / 60, spec.to % 60), spec.kind,
                                         *spec.label ? tr(spec.label) : QString()});
    return pushAgendaChange(UndoText::tr("Apply the one-day unconference template"), change);
}

Outcome EventDocument::addSession(Session session)
{
    session.title = toNfc(session.title.trimmed());
    if (session.title.isEmpty())
        return refuse(tr("A session needs a title."));
    session.id = issueId();
    session.uuid = QUuid::createUuid();
    AgendaChange change;
    change.sessions = {session};
    return pushAgendaChange(UndoText::tr("Add session %1").arg(quoted(session.title)), change);
}

Outcome EventDocument::updateSession(const Session &changed)
{
    const Session *current = session(changed.id);
    if (!current)
        return Outcome::unchanged();
    Session updated = changed;
    updated.uuid = current->uuid;
    updated.title = toNfc(changed.title.trimmed());
    if (updated.title.isEmpty())
        return refuse(tr("A session needs a title."));
    if (updated == *current)
        return Outcome::unchanged();
    AgendaChange change;
    change.sessions = {updated};
    return pushAgendaChange(UndoText::tr("Change session %1").arg(quoted(updated.title)), change);
}

Outcome EventDocument::removeSession(qint64 id)
{
    const Session *found = session(id);
    if (!found)
        return Outcome::unchanged();
    AgendaChange change;
    change.removedSessions = {id};
    return pushAgendaChange(UndoText::tr("Remove session %1").arg(quoted(found->title)), change);
}

Outcome EventDocument::createSessionsFromThemes()
{
    QSet<QUuid> withSession;
    for (const Session &existing : std::as_const(m_sessions))
        withSession.insert(existing.theme);
    AgendaChange change;
    for (qint64 id : m_themeOrder) {
        const Theme &from = m_themes[id];
        if (withSession.contains(from.uuid))
            continue;
        Session made;
        made.id = issueId();
        made.uuid = QUuid::createUuid();
        made.title = from.title;
        made.theme = from.uuid;
        change.sessions.append(made);
    }
    if (change.sessions.isEmpty())
        return refuse(tr("Every theme already has a session."));
    return pushAgendaChange(UndoText::tr("Create %n session(s) from themes", nullptr, int(change.sessions.size())),
                            change);
}

Outcome EventDocument::placeSession(qint64 sessionId, qint64 slotId, qint64 roomId)
{
    const Session *placed = session(sessionId);
    const TimeSlot *slot = timeSlot(slotId);
    const Room *into = room(roomId);
    if (!placed || !slot || !into)
        return refuse(tr("That session, time slot or room does not exist."));
    if (slot->kind != SlotKind::Sessions)
        return refuse(tr("%1 is a break or a plenary: sessions go in session slots.").arg(slotName(*slot)));
    const qint64 occupant = sessionAt(slotId, roomId);
    if (occupant == sessionId)
        return Outcome::unchanged();
    if (occupant)
        return refuse(tr("%1 already runs in %2 at %3: swap the two sessions instead.")
                          .arg(quoted(session(occupant)->title), into->name, slotName(*slot)));
    const Placement *current = placement(sessionId);
    AgendaChange change;
    change.placements = {Placement{sessionId, slotId, roomId, current && current->pinned}};
    return pushAgendaChange(current ? UndoText::tr("Move session %1").arg(quoted(placed->title))
                                    : UndoText::tr("Schedule session %1").arg(quoted(placed->title)),
                            change);
}

Outcome EventDocument::swapSessions(qint64 first, qint64 second)
{
    const Session *a = session(first);
    const Session *b = session(second);
    const Placement *atA = placement(first);
    const Placement *atB = placement(second);
    if (!a || !b || first == second || (!atA && !atB))
        return refuse(tr("Swapping needs two sessions, at least one of them scheduled."));
    AgendaChange change;
    // Each session keeps its own pin as it takes the other's cell.
    if (atB)
        change.placements.append(Placement{first, atB->slotId, atB->roomId, atA && atA->pinned});
    else
        change.unplaced.append(first);
    if (atA)
        change.placements.append(Placement{second, atA->slotId, atA->roomId, atB && atB->pinned});
    else
        change.unplaced.append(second);
    return pushAgendaChange(UndoText::tr("Swap sessions %1 and %2").arg(quoted(a->title), quoted(b->title)), change);
}

Outcome EventDocument::unplaceSession(qint64 sessionId)
{
    if (!placement(sessionId))
        return Outcome::unchanged();
    AgendaChange change;
    change.unplaced = {sessionId};
    return pushAgendaChange(UndoText::tr("Unschedule session %1").arg(quoted(session(sessionId)->title)), change);
}

Outcome EventDocument::setPinned(qint64 sessionId, bool pinned)
{
    const Placement *current = placement(sessionId);
    if (!current)
        return refuse(tr("Only a scheduled session can be pinned."));
    if (current->pinned == pinned)
        return Outcome::unchanged();
    Placement changed = *current;
    changed.pinned = pinned;
    AgendaChange change;
    change.placements = {changed};
    const QString title = quoted(session(sessionId)->title);
    return pushAgendaChange(
        pinned ? UndoText::tr("Pin session %1").arg(title) : UndoText::tr("Unpin session %1").arg(title), change);
}

Outcome EventDocument::applyGeneratedAgenda(const QList<Placement> &placements)
{
    QSet<qint64> sessionsSeen;
    QSet<QPair<qint64, qint64>> cellsSeen;
    AgendaChange change;
    for (const Placement &wanted : placements) {
        const TimeSlot *slot = timeSlot(wanted.slotId);
        if (!session(wanted.sessionId) || !slot || !room(wanted.roomId) || slot->kind != SlotKind::Sessions)
            return refuse(
                tr("The agenda names a session, time slot or room that does not exist or takes no sessions."));
        if (sessionsSeen.contains(wanted.sessionId) || cellsSeen.contains({wanted.slotId, wanted.roomId}))
            return refuse(tr("The agenda puts a session in two cells or two sessions in one cell."));
        sessionsSeen.insert(wanted.sessionId);
        cellsSeen.insert({wanted.slotId, wanted.roomId});
        const Placement *current = placement(wanted.sessionId);
        if (!current || !(*current == wanted))
            change.placements.append(wanted);
    }
    for (qint64 id : m_sessionOrder)
        if (placement(id) && !sessionsSeen.contains(id))
            change.unplaced.append(id);
    if (change.isEmpty())
        return Outcome::done(); // re-running with nothing changed moves nothing and records no step
    // The whole grid may move: a restore point first (issue 14).
    if (const Outcome kept = keepAutomaticPoint(UndoText::tr("Generate agenda")); !kept)
        return kept;
    return pushAgendaChange(UndoText::tr("Generate agenda"), change);
}

} // namespace cabildo
