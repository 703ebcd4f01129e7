// EventDocument's restore points (issue 14): copies of the whole event inside its file,
// taken before every bulk action and on demand, and restoring one. Storing them is
// EventStore's (storage/restorestore.cpp); here is when they are taken, how many are kept,
// and the one change that puts the event back.
#include "eventdocument.h"

#include "storage/eventstore.h"

#include <QLocale>
#include <QScopedValueRollback>
#include <QSet>

namespace cabildo {

namespace {

/** Notes from the kiosk and phones are the participants': a restore keeps those that came after the point. */
bool fromParticipant(const Note &note)
{
    return note.source == NoteSource::Kiosk || note.source == NoteSource::Phone;
}

/**
 * Row ids for the point's items of one kind. An item that is there now keeps the id it has
 * (found by UUID, its lasting identity); one that is not takes back its old id when no item
 * holds it now, else a fresh one (SQLite hands an id out again after a reopen). So no
 * upsert ever meets a row of another item.
 */
template <typename Item>
QHash<qint64, qint64> idsFor(const QList<Item> &target, const QList<Item> &present,
                             const std::function<qint64()> &fresh)
{
    QHash<QUuid, qint64> presentIds;
    QSet<qint64> taken;
    for (const Item &item : present) {
        presentIds.insert(item.uuid, item.id);
        taken.insert(item.id);
    }
    QHash<qint64, qint64> ids;
    for (const Item &item : target)
        if (const auto found = presentIds.constFind(item.uuid); found != presentIds.constEnd())
            ids.insert(item.id, found.value());
    for (const Item &item : target)
        if (!presentIds.contains(item.uuid)) {
            qint64 id = item.id;
            while (taken.contains(id))
                id = fresh();
            taken.insert(id);
            ids.insert(item.id, id);
        }
    return ids;
}

/** The point's items with their ids for now: upserted where they differ from the present; the present's others go. */
template <typename Item, typename Find>
void diffItems(const QList<Item> &target, const QHash<qint64, qint64> &ids, const QList<Item> &present,
               QList<Item> &upserted, QList<qint64> &removed, Find find)
{
    QSet<qint64> restored;
    for (Item item : target) {
        item.id = ids.value(item.id);
        restored.insert(item.id);
        if (const Item *now = find(item.id); !now || !(*now == item))
            upserted.append(item);
    }
    for (const Item &item : present)
        if (!restored.contains(item.id))
            removed.append(item.id);
}

template <typename Id> QSet<Id> valuesOf(const QHash<qint64, Id> &map)
{
    const QList<Id> values = map.values();
    return QSet<Id>(values.cbegin(), values.cend());
}

} // namespace

QList<RestorePoint> EventDocument::restorePoints() const
{
    return m_store->loadRestorePoints();
}

qint64 EventDocument::restorePointBytes() const
{
    return m_store->restorePointBytes();
}

Outcome EventDocument::takeRestorePoint(const QString &nextStep, bool onDemand)
{
    if (isReadOnly())
        return refuse(tr("This event is open read-only."));
    RestorePoint point;
    point.takenAt = QDateTime::currentDateTimeUtc(); // the clock notes' and ballots' times come from
    point.nextStep = nextStep.simplified();
    point.onDemand = onDemand;
    const EventContent present = content();
    // The point and the pruning it allows are one transaction: a crash leaves the points before or after.
    const bool stored = m_store->inTransaction([&] {
        qint64 eventBytes = 0;
        return m_store->insertRestorePoint(present, point, &eventBytes)
               && m_store->pruneRestorePoints(2 * eventBytes, keptAutomaticPoints);
    });
    if (!stored)
        return refuse(tr("No restore point could be kept: %1").arg(m_store->lastError()));
    emit restorePointsChanged();
    return Outcome::done();
}

Outcome EventDocument::keepAutomaticPoint(const QString &nextStep)
{
    if (m_inBulkAction)
        return Outcome::done();
    const Outcome kept = takeRestorePoint(nextStep, false);
    if (kept || isReadOnly())
        return kept;
    // Nothing is done without its point: the window tells why, as for any write that failed.
    m_pushFailure = tr("%1 was not done: %2").arg(nextStep, kept.error());
    emit storageFailed(m_pushFailure);
    return Outcome::refused(m_pushFailure);
}

Outcome EventDocument::bulkAction(const QString &nextStep, const std::function<Outcome()> &work)
{
    return inOneTransaction([&] {
        if (const Outcome kept = keepAutomaticPoint(nextStep); !kept)
            return kept;
        const QScopedValueRollback inside(m_inBulkAction, true);
        return work();
    });
}

Outcome EventDocument::deleteRestorePoint(qint64 id)
{
    if (isReadOnly())
        return refuse(tr("This event is open read-only."));
    if (!m_store->deleteRestorePoints({id}))
        return storageOutcome();
    emit restorePointsChanged();
    return Outcome::done();
}

Outcome EventDocument::restore(qint64 id)
{
    if (isReadOnly())
        return refuse(tr("This event is open read-only."));
    EventContent target;
    RestorePoint point;
    if (!m_store->loadRestorePoint(id, &target, &point))
        return refuse(m_store->lastError());
    // The present first: restoring the point taken now undoes this restore.
    //: What came next after a restore point taken just before restoring another; %1 is when that one was taken.
    const QString before =
        tr("Restore the point of %1").arg(QLocale().toString(point.takenAt.toLocalTime(), QLocale::ShortFormat));
    if (const Outcome kept = keepAutomaticPoint(before); !kept)
        return kept;
    // One change through the one apply path, as participants' changes go: stored in one
    // transaction, then announced, so every view re-syncs from what it names.
    EventChange change = completed(changeToRestore(target, point.takenAt));
    m_pushFailure.clear();
    if (!change.isEmpty() && !applyChange(change))
        return Outcome::refused(m_pushFailure);
    m_undoStack.clear(); // its steps were about an event that is no more
    return Outcome::done();
}

EventChange EventDocument::changeToRestore(const EventContent &target, const QDateTime &takenAt)
{
    const EventContent present = content();
    EventChange change;

    // The event's details; never its identity (a point is always of this very event).
    EventInfo event = target.event;
    event.uuid = m_event.uuid;
    event.uuidNamespace = m_event.uuidNamespace;
    event.createdAt = m_event.createdAt;
    if (!(event == m_event))
        change.event = event;

    const auto themeIds = idsFor(target.themes, present.themes, [this] { return ++m_lastThemeId; });
    diffItems(target.themes, themeIds, present.themes, change.themes.themes, change.themes.removed,
              [this](qint64 id) { return theme(id); });
    const QSet<qint64> restoredThemes = valuesOf(themeIds);

    // The point's notes, in their themes; then participants' notes written since, as they are now.
    const auto noteIds = idsFor(target.notes, present.notes, [this] { return ++m_lastNoteId; });
    for (Note restored : target.notes) {
        restored.id = noteIds.value(restored.id);
        restored.themeId = themeIds.value(restored.themeId, 0);
        if (restored.deviceId != 0 && !device(restored.deviceId))
            restored.deviceId = 0;
        const Note *now = note(restored.id);
        if (now && now->text == restored.text && now->language == restored.language) {
            restored.analysisLanguage = now->analysisLanguage; // derived from the text: today's is as good
            restored.analysis = now->analysis;
        }
        if (!now || !(*now == restored))
            change.notes.notes.append(restored);
    }
    const QSet<qint64> restoredNotes = valuesOf(noteIds);
    for (const Note &now : present.notes) {
        if (restoredNotes.contains(now.id))
            continue;
        if (!fromParticipant(now) || now.createdAt < takenAt) {
            change.notes.removed.append(now.id);
        } else if (now.themeId != 0 && !restoredThemes.contains(now.themeId)) {
            Note kept = now; // its theme goes: it stays on the board, in no theme
            kept.themeId = 0;
            change.notes.notes.append(kept);
        }
    }

    // The agenda: rooms, slots, sessions, and where each session runs.
    const auto agendaId = [this] { return issueId(); };
    AgendaChange &agenda = change.agenda;
    const auto roomIds = idsFor(target.agenda.rooms, present.agenda.rooms, agendaId);
    const auto slotIds = idsFor(target.agenda.timeSlots, present.agenda.timeSlots, agendaId);
    const auto sessionIds = idsFor(target.agenda.sessions, present.agenda.sessions, agendaId);
    diffItems(target.agenda.rooms, roomIds, present.agenda.rooms, agenda.rooms, agenda.removedRooms,
              [this](qint64 id) { return room(id); });
    diffItems(target.agenda.timeSlots, slotIds, present.agenda.timeSlots, agenda.timeSlots, agenda.removedTimeSlots,
              [this](qint64 id) { return timeSlot(id); });
    diffItems(target.agenda.sessions, sessionIds, present.agenda.sessions, agenda.sessions, agenda.removedSessions,
              [this](qint64 id) { return session(id); });
    QSet<qint64> placed;
    for (Placement restored : target.agenda.placements) {
        restored.sessionId = sessionIds.value(restored.sessionId);
        restored.slotId = slotIds.value(restored.slotId);
        restored.roomId = roomIds.value(restored.roomId);
        if (!restored.sessionId || !restored.slotId || !restored.roomId)
            continue; // names nothing the point holds
        placed.insert(restored.sessionId);
        if (const Placement *now = placement(restored.sessionId); !now || !(*now == restored))
            agenda.placements.append(restored);
    }
    for (const Placement &now : present.agenda.placements)
        if (!placed.contains(now.sessionId))
            agenda.unplaced.append(now.sessionId);

    // Votes: rounds, ballots and tallies as the point had them, plus the ballots cast since
    // in rounds it has (a phone's latest ballot in a round replaces the one it had then).
    VoteChange &votes = change.votes;
    const auto roundIds = idsFor(target.votes.rounds, present.votes.rounds, agendaId);
    diffItems(target.votes.rounds, roundIds, present.votes.rounds, votes.rounds, votes.removedRounds,
              [this](qint64 id) { return round(id); });
    const QSet<qint64> restoredRounds = valuesOf(roundIds);
    QSet<QUuid> pointBallots;
    for (const Ballot &ballot : target.votes.ballots)
        pointBallots.insert(ballot.uuid);
    QSet<QPair<qint64, QByteArray>> votedSince;
    for (const Ballot &now : present.votes.ballots) {
        if (pointBallots.contains(now.uuid) || !restoredRounds.contains(now.roundId))
            continue; // restored with the point, or gone with its round
        if (now.createdAt < takenAt)
            votes.removedBallots.append(now.id);
        else if (!now.voterKey.isEmpty())
            votedSince.insert({now.roundId, now.voterKey});
    }
    const auto ballotIds = idsFor(target.votes.ballots, present.votes.ballots, agendaId);
    for (Ballot restored : target.votes.ballots) {
        restored.id = ballotIds.value(restored.id);
        restored.roundId = roundIds.value(restored.roundId);
        if (!restored.roundId)
            continue;
        const bool held = m_ballots.contains(restored.id);
        if (!restored.voterKey.isEmpty() && votedSince.contains({restored.roundId, restored.voterKey})) {
            if (held)
                votes.removedBallots.append(restored.id);
            continue;
        }
        if (!held || !(m_ballots.value(restored.id) == restored))
            votes.ballots.append(restored);
    }
    QSet<QPair<qint64, QUuid>> tallied;
    for (Tally restored : target.votes.tallies) {
        restored.roundId = roundIds.value(restored.roundId);
        if (!restored.roundId)
            continue;
        tallied.insert({restored.roundId, restored.theme});
        if (tally(restored.roundId, restored.theme) != restored.count)
            votes.tallies.append(restored);
    }
    for (const Tally &now : present.votes.tallies)
        if (restoredRounds.contains(now.roundId) && !tallied.contains({now.roundId, now.theme}))
            votes.tallies.append(Tally{now.roundId, now.theme, 0});
    // The live room (phase, timer, "Hide notes until revealed") is not rolled back: the
    // room's clock does not go back, as with undo.
    return change;
}

} // namespace cabildo
