#include "scheduling/agendagenerator.h"

#include "scheduling/agendabound.h"
#include "scheduling/agendasearch.h"

#include <QElapsedTimer>
#include <QSet>
#include <QtDebug>

#include <algorithm>

namespace cabildo {

AgendaScore scoreAgenda(const AgendaProblem &problem, const QList<AgendaPlacement> &placements)
{
    AgendaScore score;
    const int sessions = int(problem.sessions.size()), slotCount = int(problem.timeSlots.size()),
              rooms = int(problem.rooms.size());
    auto scheduled = [&](int s) {
        return s < placements.size() && placements[s].slot >= 0 && placements[s].slot < slotCount
               && placements[s].room >= 0 && placements[s].room < rooms;
    };
    std::vector<int> demand(sessions, 0);
    qint64 votesForScheduled = 0;
    for (const QList<int> &ballot : problem.ballots) {
        QSet<int> seen, slotsUsed;
        for (int s : ballot) {
            if (s < 0 || s >= sessions || seen.contains(s))
                continue; // out of range or named twice: not a vote
            seen.insert(s);
            ++demand[s];
            ++score.ballotVotes;
            if (scheduled(s)) {
                ++votesForScheduled;
                slotsUsed.insert(placements[s].slot);
            }
        }
        score.attendable += slotsUsed.size();
    }
    score.missed = votesForScheduled - score.attendable;
    for (int s = 0; s < sessions; ++s) {
        const AgendaSession &session = problem.sessions[s];
        if (scheduled(s)) {
            const int d = demand[s] + std::max(0, session.tally);
            score.overflow += agenda::overflowOf(d, problem.rooms[placements[s].room].capacity);
        } else {
            ++score.unscheduled;
        }
        const bool current = session.currentSlot >= 0 && session.currentSlot < slotCount && session.currentRoom >= 0
                             && session.currentRoom < rooms;
        const AgendaPlacement now = s < placements.size() ? placements[s] : AgendaPlacement{};
        if (current && (now.slot != session.currentSlot || now.room != session.currentRoom))
            ++score.moved;
    }
    return score;
}

namespace {

using namespace agenda;

/** The existing agenda, for a cancelled run: the caller changes nothing. */
QList<AgendaPlacement> currentPlacements(const AgendaProblem &problem)
{
    QList<AgendaPlacement> placements;
    for (const AgendaSession &session : problem.sessions)
        placements.append({session.currentSlot, session.currentRoom});
    return placements;
}

/** Rooms for the search's slots, back in the problem's session order. */
QList<AgendaPlacement> placementsOf(const Model &m, const Search &search)
{
    QList<AgendaPlacement> placements(m.sessions);
    for (int s = 0; s < m.sessions; ++s) {
        if (m.pinned(s))
            placements[m.original[s]] = {m.pinSlot[s], m.pinRoom[s]};
    }
    for (int t = 0; t < m.slotCount; ++t) {
        // Sorted members: the room matching must not depend on the order moves happened in.
        std::vector<int> members = search.membersOf(t);
        std::sort(members.begin(), members.end());
        const std::vector<int> rooms = assignRooms(m, t, members);
        for (size_t i = 0; i < members.size(); ++i)
            placements[m.original[members[i]]] = {t, rooms[i]};
    }
    return placements;
}

/** A session left out although it is placeable: if its host fills every slot it allows, say so. */
void reportHosts(const AgendaProblem &problem, const Model &m, const Search &search, QList<AgendaIssue> *issues)
{
    for (int s = 0; s < m.sessions; ++s) {
        if (search.slotOf(s) >= 0 || !m.placeable(s) || m.host[s] < 0)
            continue;
        QList<int> sameHost;
        std::vector<char> busy(m.slotCount, 0);
        for (int o = 0; o < m.sessions; ++o) {
            if (o != s && m.host[o] == m.host[s] && search.slotOf(o) >= 0) {
                busy[search.slotOf(o)] = 1;
                sameHost.append(m.original[o]);
            }
        }
        bool blocked = true;
        for (int t = 0; t < m.slotCount; ++t)
            blocked = blocked && (!m.allowed[s][t] || busy[t]);
        if (!blocked)
            continue;
        const AgendaSession &session = problem.sessions[m.original[s]];
        std::sort(sameHost.begin(), sameHost.end());
        sameHost.prepend(m.original[s]);
        issues->append({QStringLiteral("host"), sameHost, -1,
                        cabildo::AgendaGenerator::tr("%1 hosts more sessions than the slots allow: “%2” stays "
                                                     "unscheduled.")
                            .arg(session.host, session.id)});
    }
}

} // namespace

AgendaResult generateAgenda(const AgendaProblem &problem, const AgendaOptions &options)
{
    QElapsedTimer clock;
    clock.start();
    AgendaResult result;
    auto cancelled = [&] {
        result.cancelled = true;
        result.issues.clear();
        result.placements = currentPlacements(problem);
        result.score = scoreAgenda(problem, result.placements);
        result.seconds = clock.nsecsElapsed() / 1e9;
        return result;
    };

    const Model m = buildModel(problem, &result.issues);
    const qint64 simple = simpleBound(m);
    Search search(m);
    search.construct();

    // The budget is counted in iterations, so the result never depends on the machine;
    // the time limit is only a safety net.
    SearchLimits limits;
    const double effort = std::max(0.01, options.effort);
    limits.iterations = qint64(effort * (3000 + 300.0 * m.sessions));
    limits.stall = qint64(effort * (1000 + 100.0 * m.sessions));
    limits.upperBound = simple;
    limits.seconds = options.timeLimitSeconds;
    limits.cancel = options.cancel;
    limits.progress = options.progress;
    if (!search.improve(limits))
        return cancelled();

    qint64 bound = simple;
    if (search.key().attendable < bound) {
        std::vector<int> slotOf(m.sessions);
        for (int s = 0; s < m.sessions; ++s)
            slotOf[s] = search.slotOf(s);
        const BoundResult proof = lagrangianBound(m, search.key().attendable, bound, slotOf, options.cancel);
        bound = proof.bound;
        if (proof.attendable > search.key().attendable) {
            // Branch and price found more A than the search: start from it. Only seats,
            // sessions left out and moves are left to settle (the search never gives up
            // A for them), so a shorter search.
            search.setSlots(proof.slotOf);
            limits.upperBound = bound;
            limits.iterations /= 4;
            limits.stall /= 4;
            limits.progress = nullptr;
            if (!search.improve(limits))
                return cancelled();
        }
    }
    if (options.cancel && options.cancel->load())
        return cancelled();
    result.placements = placementsOf(m, search);
    reportHosts(problem, m, search, &result.issues);
    const Key key = search.key();

    result.score = scoreAgenda(problem, result.placements);
    result.score.upperBound = bound;
    if (result.score.attendable != key.attendable || result.score.overflow != key.overflow
        || result.score.moved != key.moved)
        qWarning("agenda: the search's score (%lld, %lld, %lld) differs from the agenda's", key.attendable,
                 key.overflow, key.moved);
    if (options.progress)
        options.progress(1000, 1000);
    result.seconds = clock.nsecsElapsed() / 1e9;
    return result;
}

} // namespace cabildo
