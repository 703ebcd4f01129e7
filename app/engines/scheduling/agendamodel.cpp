#include "scheduling/agendamodel.h"

#include <algorithm>
#include <map>
#include <numeric>

namespace cabildo::agenda {

bool Model::placeable(int s) const
{
    return std::find(allowed[s].begin(), allowed[s].end(), 1) != allowed[s].end();
}

namespace {

/** Ballots in canonical indexes, deduplicated and sorted; out-of-range entries counted. */
void readBallots(const AgendaProblem &problem, const std::vector<int> &canonical, Model &m, QList<AgendaIssue> *issues)
{
    int ignored = 0;
    for (const QList<int> &ballot : problem.ballots) {
        std::vector<int> members;
        for (int index : ballot) {
            if (index < 0 || index >= m.sessions)
                ++ignored;
            else
                members.push_back(canonical[index]);
        }
        std::sort(members.begin(), members.end());
        members.erase(std::unique(members.begin(), members.end()), members.end());
        if (!members.empty())
            m.ballots.push_back(std::move(members));
    }
    std::sort(m.ballots.begin(), m.ballots.end());
    m.ballotsOf.assign(m.sessions, {});
    for (int b = 0; b < int(m.ballots.size()); ++b) {
        for (int s : m.ballots[b])
            m.ballotsOf[s].push_back(b);
        m.ballotVotes += qint64(m.ballots[b].size());
    }
    if (ignored > 0)
        issues->append(
            {QStringLiteral("ballot"),
             {},
             -1,
             cabildo::AgendaGenerator::tr("%n ballot vote(s) name no session and were ignored.", nullptr, ignored)});
}

/** Keeps the pins that break no rule, in id order; the others become issues. */
void checkPins(const AgendaProblem &problem, Model &m, QList<AgendaIssue> *issues)
{
    m.pinSlot.assign(m.sessions, -1);
    m.pinRoom.assign(m.sessions, -1);
    std::map<std::pair<int, int>, int> cellOwner; // (slot, room) -> pinned session
    std::map<std::pair<int, int>, int> hostOwner; // (slot, host) -> pinned session
    for (int s = 0; s < m.sessions; ++s) {
        const AgendaSession &session = problem.sessions[m.original[s]];
        const int slot = session.pinnedSlot, room = session.pinnedRoom;
        if (slot < 0 || room < 0 || !m.placeable(s)) // unplaceable: already an issue
            continue;
        auto issue = [&](const QString &reason, QList<int> others = {}) {
            others.prepend(m.original[s]);
            issues->append({QStringLiteral("pin"), others, slot, reason});
        };
        if (slot >= m.slotCount || room >= m.rooms) {
            issue(cabildo::AgendaGenerator::tr("“%1” is pinned to a slot or room that does not exist; it was placed "
                                               "freely instead.")
                      .arg(session.id));
        } else if (!m.allowed[s][slot]) {
            issue(cabildo::AgendaGenerator::tr(
                      "“%1” is pinned to a slot it does not allow; it was placed freely instead.")
                      .arg(session.id));
        } else if (m.needsAccessible[s] && !m.accessible[room]) {
            issue(cabildo::AgendaGenerator::tr("“%1” needs an accessible room but is pinned to one that is not; it was "
                                               "placed freely instead.")
                      .arg(session.id));
        } else if (cellOwner.count({slot, room})) {
            const int other = cellOwner[{slot, room}];
            issue(cabildo::AgendaGenerator::tr("“%1” is pinned to the same slot and room as “%2”; only “%2” keeps it.")
                      .arg(session.id, problem.sessions[m.original[other]].id),
                  {m.original[other]});
        } else if (m.host[s] >= 0 && hostOwner.count({slot, m.host[s]})) {
            const int other = hostOwner[{slot, m.host[s]}];
            issue(cabildo::AgendaGenerator::tr("“%1” is pinned to the same slot as “%2”, which has the same host; only "
                                               "“%2” keeps its pin.")
                      .arg(session.id, problem.sessions[m.original[other]].id),
                  {m.original[other]});
        } else {
            m.pinSlot[s] = slot;
            m.pinRoom[s] = room;
            cellOwner[{slot, room}] = s;
            if (m.host[s] >= 0)
                hostOwner[{slot, m.host[s]}] = s;
        }
    }
}

} // namespace

Model buildModel(const AgendaProblem &problem, QList<AgendaIssue> *issues)
{
    Model m;
    m.sessions = int(problem.sessions.size());
    m.slotCount = int(problem.timeSlots.size());
    m.rooms = int(problem.rooms.size());

    // Canonical order: by id, so a shuffled input gives the same search.
    m.original.resize(m.sessions);
    std::iota(m.original.begin(), m.original.end(), 0);
    std::stable_sort(m.original.begin(), m.original.end(),
                     [&](int a, int b) { return problem.sessions[a].id < problem.sessions[b].id; });
    std::vector<int> canonical(m.sessions);
    for (int s = 0; s < m.sessions; ++s)
        canonical[m.original[s]] = s;

    for (const AgendaRoom &room : problem.rooms) {
        m.capacity.push_back(room.capacity);
        m.accessible.push_back(room.accessible);
    }
    const bool anyAccessible = std::find(m.accessible.begin(), m.accessible.end(), 1) != m.accessible.end();

    std::map<QString, int> hostIndex;
    for (const AgendaSession &session : problem.sessions) {
        if (!session.host.isEmpty())
            hostIndex.emplace(session.host, 0);
    }
    for (auto &entry : hostIndex)
        entry.second = m.hosts++;

    QList<int> noSlot, noAccessible;
    for (int s = 0; s < m.sessions; ++s) {
        const AgendaSession &session = problem.sessions[m.original[s]];
        m.needsAccessible.push_back(session.needsAccessibleRoom);
        m.host.push_back(session.host.isEmpty() ? -1 : hostIndex[session.host]);
        std::vector<char> allowed(m.slotCount, session.allowedSlots.isEmpty() ? 1 : 0);
        for (int slot : session.allowedSlots) {
            if (slot >= 0 && slot < m.slotCount)
                allowed[slot] = 1;
        }
        if (m.rooms == 0 || (session.needsAccessibleRoom && !anyAccessible)) {
            if (m.rooms > 0)
                noAccessible.append(m.original[s]);
            std::fill(allowed.begin(), allowed.end(), 0);
        } else if (m.slotCount > 0 && std::find(allowed.begin(), allowed.end(), 1) == allowed.end()) {
            noSlot.append(m.original[s]);
        }
        m.allowed.push_back(std::move(allowed));
        const bool current = session.currentSlot >= 0 && session.currentSlot < m.slotCount && session.currentRoom >= 0
                             && session.currentRoom < m.rooms;
        m.currentSlot.push_back(current ? session.currentSlot : -1);
        m.currentRoom.push_back(current ? session.currentRoom : -1);
    }
    if (m.sessions > 0 && m.slotCount == 0)
        issues->append({QStringLiteral("allowed-slots"),
                        {},
                        -1,
                        cabildo::AgendaGenerator::tr("The agenda has no session slots, so no session can be placed.")});
    if (m.sessions > 0 && m.rooms == 0)
        issues->append({QStringLiteral("rooms"),
                        {},
                        -1,
                        cabildo::AgendaGenerator::tr("The agenda has no rooms, so no session can be placed.")});
    std::sort(noSlot.begin(), noSlot.end());
    for (int index : noSlot)
        issues->append({QStringLiteral("allowed-slots"),
                        {index},
                        -1,
                        cabildo::AgendaGenerator::tr("“%1” allows no slot of this agenda, so it stays unscheduled.")
                            .arg(problem.sessions[index].id)});
    for (int index : noAccessible)
        issues->append({QStringLiteral("accessible-room"),
                        {index},
                        -1,
                        cabildo::AgendaGenerator::tr("“%1” needs an accessible room and there is none, so it stays "
                                                     "unscheduled.")
                            .arg(problem.sessions[index].id)});

    readBallots(problem, canonical, m, issues);
    m.demand.resize(m.sessions);
    for (int s = 0; s < m.sessions; ++s)
        m.demand[s] = int(m.ballotsOf[s].size()) + std::max(0, problem.sessions[m.original[s]].tally);

    checkPins(problem, m, issues);
    m.freeRooms.assign(m.slotCount, {});
    m.freeAccessible.assign(m.slotCount, 0);
    for (int t = 0; t < m.slotCount; ++t) {
        std::vector<char> taken(m.rooms, 0);
        for (int s = 0; s < m.sessions; ++s) {
            if (m.pinSlot[s] == t)
                taken[m.pinRoom[s]] = 1;
        }
        for (int r = 0; r < m.rooms; ++r) {
            if (!taken[r]) {
                m.freeRooms[t].push_back(r);
                m.freeAccessible[t] += m.accessible[r];
            }
        }
        // Largest first: the order the quick O evaluation matches demands in.
        std::stable_sort(m.freeRooms[t].begin(), m.freeRooms[t].end(),
                         [&](int a, int b) { return m.capacity[a] > m.capacity[b]; });
    }
    return m;
}

} // namespace cabildo::agenda
