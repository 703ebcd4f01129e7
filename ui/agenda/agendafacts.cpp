#include "agendafacts.h"

#include "document/agendainput.h"
#include "document/eventdocument.h"

#include <QSet>

#include <algorithm>
#include <iterator>

namespace cabildo {

namespace {

QString quoted(const QString &title)
{
    return AgendaFacts::tr("“%1”").arg(title);
}

QString hostKey(const QString &host)
{
    return host.simplified().toCaseFolded();
}

} // namespace

void AgendaFacts::recompute(const EventDocument &document, qint64 roundId)
{
    m_roundId = document.round(roundId) ? roundId : defaultAgendaRound(document); // the round the generator follows
    m_ballotsOf.clear();
    m_tally.clear();
    m_warnings.clear();

    // A ballot names themes; each session of a named theme counts it once.
    QHash<QUuid, QList<qint64>> sessionsOfTheme;
    for (qint64 id : document.sessionIds())
        if (const Session *session = document.session(id); !session->theme.isNull())
            sessionsOfTheme[session->theme].append(id);
    if (m_roundId) {
        const QList<Ballot> ballots = document.ballots(m_roundId);
        for (int b = 0; b < ballots.size(); ++b) {
            QSet<qint64> named;
            for (const QUuid &theme : ballots.at(b).themes)
                for (qint64 session : sessionsOfTheme.value(theme))
                    named.insert(session);
            for (qint64 session : std::as_const(named))
                m_ballotsOf[session].append(b);
        }
        for (auto it = sessionsOfTheme.cbegin(); it != sessionsOfTheme.cend(); ++it)
            if (const int count = document.tally(m_roundId, it.key()))
                for (qint64 session : it.value())
                    m_tally[session] += count;
    }
    findWarnings(document);
}

int AgendaFacts::sharedBallots(qint64 first, qint64 second) const
{
    const QList<int> a = m_ballotsOf.value(first);
    const QList<int> b = m_ballotsOf.value(second);
    int shared = 0;
    auto i = a.cbegin();
    auto j = b.cbegin();
    while (i != a.cend() && j != b.cend()) {
        if (*i < *j)
            ++i;
        else if (*j < *i)
            ++j;
        else
            ++shared, ++i, ++j;
    }
    return shared;
}

int AgendaFacts::warningCount() const
{
    int count = 0;
    for (const QList<CellWarning> &list : m_warnings)
        count += int(list.size());
    return count;
}

void AgendaFacts::findWarnings(const EventDocument &document)
{
    QHash<qint64, QList<qint64>> sessionsInSlot;
    for (const Placement &placed : document.placements())
        sessionsInSlot[placed.slotId].append(placed.sessionId);

    for (const Placement &placed : document.placements()) {
        const Session *session = document.session(placed.sessionId);
        const Room *room = document.room(placed.roomId);
        const TimeSlot *slot = document.timeSlot(placed.slotId);
        if (!session || !room || !slot)
            continue;
        QList<CellWarning> &found = m_warnings[placed.sessionId];
        const int wanted = demand(placed.sessionId);
        if (room->capacity > 0 && wanted > room->capacity)
            found.append({CellWarning::Kind::OverCapacity,
                          tr("Over capacity: %1 want it, the room seats %2").arg(wanted).arg(room->capacity),
                          tr("%n over capacity", nullptr, wanted - room->capacity)});
        for (qint64 other : sessionsInSlot.value(placed.slotId)) {
            if (other == placed.sessionId)
                continue;
            const Session *clash = document.session(other);
            if (const int shared = sharedBallots(placed.sessionId, other))
                found.append({CellWarning::Kind::SplitVoters,
                              tr("%n voter(s) also want %1 at this time", nullptr, shared).arg(quoted(clash->title)),
                              tr("%n voter(s) split with %1", nullptr, shared).arg(quoted(clash->title))});
            if (!session->host.trimmed().isEmpty() && hostKey(session->host) == hostKey(clash->host))
                found.append({CellWarning::Kind::HostClash,
                              tr("%1 also hosts %2 at this time").arg(session->host.simplified(), quoted(clash->title)),
                              tr("Host also in %1").arg(quoted(clash->title))});
        }
        if (session->needsAccessibleRoom && !room->accessible)
            found.append({CellWarning::Kind::Inaccessible,
                          tr("Needs an accessible room; %1 is not step-free").arg(room->name),
                          tr("Room not step-free")});
        if (!session->allowedSlots.isEmpty() && !session->allowedSlots.contains(slot->uuid))
            found.append({CellWarning::Kind::SlotNotAllowed, tr("The host cannot make this time slot"),
                          tr("Host not free then")});
        if (found.isEmpty())
            m_warnings.remove(placed.sessionId);
    }
}

} // namespace cabildo
