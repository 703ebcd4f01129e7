// EventDocument's side of participation from phones (issue 13; app/storage/FORMAT.md): the
// open participation's settings, the salt and the devices, stored at once and nobody's
// undo step; phones' submissions and ballots as external changes; and the moderation of
// notes (approve, hide, show), which are the facilitator's undo steps.
#include "eventdocument.h"

#include "storage/eventstore.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <climits>
#include <utility>

namespace cabildo {

namespace {
struct UndoText
{
    Q_DECLARE_TR_FUNCTIONS(cabildo::Undo)
};

constexpr int saltBytes = 32;
} // namespace

void EventDocument::loadParticipation()
{
    m_participation = m_store->loadParticipation();
    m_salt = m_store->loadSalt();
    for (const StoredDevice &device : m_store->loadDevices()) {
        m_devices.insert(device.id, device);
        m_deviceOrder.append(device.id);
        m_deviceIds.insert(device.keyHash, device.id);
    }
    for (const Submission &submission : m_store->loadSubmissions())
        m_submissions.insert(submission.id, submission);
}

Outcome EventDocument::setParticipation(const std::optional<ParticipationSettings> &settings)
{
    if (isReadOnly())
        return refuse(tr("This event is open read-only."));
    if (settings == m_participation)
        return Outcome::unchanged();
    if (!m_store->saveParticipation(settings))
        return storageOutcome();
    m_participation = settings;
    emit participationChanged();
    return Outcome::done();
}

QByteArray EventDocument::participantSalt()
{
    if (!m_salt.isEmpty() || isReadOnly())
        return m_salt;
    QByteArray salt(saltBytes, Qt::Uninitialized);
    // The system's generator (getrandom): the salt keeps stored hashes from being matched
    // against keys guessed elsewhere, so it must not be predictable.
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    if (!m_store->insertSalt(salt)) {
        storageFailure();
        return {};
    }
    m_salt = salt;
    return m_salt;
}

QList<StoredDevice> EventDocument::devices() const
{
    QList<StoredDevice> result;
    result.reserve(m_deviceOrder.size());
    for (qint64 id : m_deviceOrder)
        result.append(m_devices.value(id));
    return result;
}

const StoredDevice *EventDocument::deviceByHash(const QByteArray &keyHash) const
{
    const auto id = m_deviceIds.constFind(keyHash);
    return id == m_deviceIds.constEnd() ? nullptr : device(*id);
}

const StoredDevice *EventDocument::device(qint64 id) const
{
    const auto it = m_devices.constFind(id);
    return it == m_devices.constEnd() ? nullptr : &it.value();
}

Outcome EventDocument::registerDevice(const QByteArray &keyHash, const QString &address, qint64 *id)
{
    if (const StoredDevice *known = deviceByHash(keyHash)) {
        *id = known->id;
        return Outcome::unchanged();
    }
    *id = 0;
    if (isReadOnly())
        return refuse(tr("This event is open read-only."));
    StoredDevice device;
    device.keyHash = keyHash;
    device.number = m_deviceOrder.isEmpty() ? 1 : m_devices.value(m_deviceOrder.constLast()).number + 1;
    device.address = address;
    device.firstSeen = QDateTime::currentDateTimeUtc();
    if (!m_store->insertDevice(device))
        return storageOutcome();
    m_devices.insert(device.id, device);
    m_deviceOrder.append(device.id);
    m_deviceIds.insert(device.keyHash, device.id);
    *id = device.id;
    emit devicesChanged();
    return Outcome::done();
}

Outcome EventDocument::setDeviceBlocked(qint64 id, bool blocked)
{
    const StoredDevice *found = device(id);
    if (!found || found->blocked == blocked)
        return Outcome::unchanged();
    if (isReadOnly())
        return refuse(tr("This event is open read-only."));
    if (!m_store->saveDeviceBlocked(id, blocked))
        return storageOutcome();
    m_devices[id].blocked = blocked;
    emit devicesChanged();
    return Outcome::done();
}

QUuid EventDocument::submittedNote(const QString &submissionId) const
{
    return m_submissions.value(submissionId).noteUuid;
}

QList<qint64> EventDocument::notesOfDevice(qint64 deviceId) const
{
    QList<qint64> ids;
    if (deviceId == 0)
        return ids;
    for (qint64 id : m_noteOrder)
        if (m_notes.constFind(id)->deviceId == deviceId)
            ids.append(id);
    return ids;
}

QList<Submission> EventDocument::submissionsOfDevice(qint64 deviceId) const
{
    QHash<QUuid, qint64> noteIds;
    for (qint64 id : notesOfDevice(deviceId))
        noteIds.insert(m_notes.value(id).uuid, id);
    QList<Submission> result;
    for (const Submission &submission : m_submissions)
        if (submission.deviceId == deviceId)
            result.append(submission);
    // A deleted note sorts last (as if its id were the largest), ties by submission id: a stable order.
    auto key = [&](const Submission &s) { return std::pair(noteIds.value(s.noteUuid, LLONG_MAX), s.id); };
    std::sort(result.begin(), result.end(), [&](const Submission &a, const Submission &b) { return key(a) < key(b); });
    return result;
}

QList<qint64> EventDocument::pendingNoteIds() const
{
    QList<qint64> ids;
    for (qint64 id : m_noteOrder) // creation order: the oldest first
        if (m_notes.value(id).state == NoteState::Pending)
            ids.append(id);
    return ids;
}

int EventDocument::pendingNoteCount() const
{
    return int(std::count_if(m_notes.cbegin(), m_notes.cend(),
                             [](const Note &note) { return note.state == NoteState::Pending; }));
}

int EventDocument::visibleNoteCount() const
{
    return int(std::count_if(m_notes.cbegin(), m_notes.cend(), [](const Note &note) { return note.isVisible(); }));
}

const Ballot *EventDocument::ballotOfVoter(qint64 roundId, const QByteArray &voterKey) const
{
    if (voterKey.isEmpty())
        return nullptr;
    for (const Ballot &ballot : m_ballots)
        if (ballot.roundId == roundId && ballot.voterKey == voterKey)
            return &ballot;
    return nullptr;
}

void EventDocument::dropStoredSubmissions(EventChange &change) const
{
    QSet<QUuid> retried;
    change.submissions.removeIf([&](const Submission &submission) {
        if (!m_submissions.contains(submission.id))
            return false;
        retried.insert(submission.noteUuid);
        return true;
    });
    if (!retried.isEmpty())
        change.notes.notes.removeIf([&](const Note &note) { return retried.contains(note.uuid); });
}

void EventDocument::prepareExternalBallots(VoteChange &votes)
{
    for (Ballot &ballot : votes.ballots) {
        if (ballot.id == 0)
            ballot.id = issueId();
        if (ballot.uuid.isNull())
            ballot.uuid = QUuid::createUuid();
        if (!ballot.createdAt.isValid())
            ballot.createdAt = QDateTime::currentDateTimeUtc();
        // One ballot per phone and round (the file's unique index says so too): the new one replaces it.
        if (const Ballot *earlier = ballotOfVoter(ballot.roundId, ballot.voterKey);
            earlier && earlier->id != ballot.id && !votes.removedBallots.contains(earlier->id))
            votes.removedBallots.append(earlier->id);
    }
}

Outcome EventDocument::pushNoteStates(const QList<qint64> &ids, const QList<NoteState> &from, NoteState to)
{
    EventChange change;
    QList<qsizetype> leavingIncoming; // indexes into change.notes.notes
    QSet<qint64> seen;
    for (qint64 id : ids)
        if (const Note *found = note(id); found && from.contains(found->state) && !seen.contains(id)) {
            seen.insert(id);
            if (found->state == NoteState::Pending)
                leavingIncoming.append(change.notes.notes.size());
            Note moderated = *found;
            moderated.state = to;
            change.notes.notes.append(moderated);
        }
    if (change.isEmpty())
        return Outcome::unchanged();
    // A note waited in the Incoming list while the wall filled up: it joins where it covers no other.
    const QList<QPointF> spots = freePositions(int(leavingIncoming.size()));
    for (qsizetype i = 0; i < leavingIncoming.size(); ++i)
        change.notes.notes[leavingIncoming.at(i)].pos = spots.at(i);
    const int count = int(change.notes.notes.size());
    const QString text = to == NoteState::Visible && from.contains(NoteState::Pending)
                             ? UndoText::tr("Approve %n note(s)", nullptr, count)
                         : to == NoteState::Hidden ? UndoText::tr("Hide %n note(s)", nullptr, count)
                                                   : UndoText::tr("Show %n note(s)", nullptr, count);
    return pushChange(text, change);
}

Outcome EventDocument::approveNotes(const QList<qint64> &ids)
{
    return pushNoteStates(ids, {NoteState::Pending}, NoteState::Visible);
}

Outcome EventDocument::hideNotes(const QList<qint64> &ids)
{
    return pushNoteStates(ids, {NoteState::Visible, NoteState::Pending}, NoteState::Hidden);
}

Outcome EventDocument::showNotes(const QList<qint64> &ids)
{
    return pushNoteStates(ids, {NoteState::Hidden}, NoteState::Visible);
}

} // namespace cabildo
