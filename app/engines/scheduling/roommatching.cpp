#include "scheduling/roommatching.h"

#include <algorithm>
#include <limits>

namespace cabildo::agenda {

namespace {

constexpr qint64 forbidden = qint64(1) << 50;

bool needsAssignment(const Model &m, int t, const std::vector<int> &members)
{
    for (int s : members) {
        if (m.needsAccessible[s] || m.currentSlot[s] == t)
            return true;
    }
    return false;
}

/** Dense ranks, 0 = smallest: equal values share a rank. */
std::vector<qint64> denseRanks(const std::vector<int> &values)
{
    std::vector<int> distinct = values;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    std::vector<qint64> ranks;
    for (int v : values)
        ranks.push_back(std::lower_bound(distinct.begin(), distinct.end(), v) - distinct.begin());
    return ranks;
}

/**
 * Overflow weighs more than every possible move together, so it comes first. With
 * `bigRooms`, a last term weighs less than one move: (rank of demand + 1) × how many
 * room sizes are larger, so the most demanded take the largest rooms (a sorted matching
 * minimises it) and the rooms left empty are the smallest. Ranks, not votes and seats,
 * keep the weights small.
 */
std::vector<std::vector<qint64>> costMatrix(const Model &m, int t, const std::vector<int> &members, bool bigRooms)
{
    const std::vector<int> &rooms = m.freeRooms[t];
    std::vector<qint64> demandRank(members.size(), 0), roomsLarger(rooms.size(), 0);
    qint64 moveWeight = 1;
    if (bigRooms && !members.empty()) {
        std::vector<int> demands, capacities;
        for (int s : members)
            demands.push_back(m.demand[s]);
        for (int r : rooms)
            capacities.push_back(m.capacity[r]);
        demandRank = denseRanks(demands);
        roomsLarger = denseRanks(capacities);
        const qint64 topDemand = *std::max_element(demandRank.begin(), demandRank.end());
        const qint64 topRoom = *std::max_element(roomsLarger.begin(), roomsLarger.end());
        for (qint64 &rank : roomsLarger)
            rank = topRoom - rank;
        moveWeight = qint64(members.size()) * (topDemand + 1) * topRoom + 1;
    }
    const qint64 overflowWeight = (qint64(members.size()) + 1) * moveWeight;
    std::vector<std::vector<qint64>> cost(members.size(), std::vector<qint64>(rooms.size()));
    for (size_t i = 0; i < members.size(); ++i) {
        const int s = members[i];
        for (size_t j = 0; j < rooms.size(); ++j) {
            const int r = rooms[j];
            if (m.needsAccessible[s] && !m.accessible[r])
                cost[i][j] = forbidden;
            else
                cost[i][j] = overflowOf(m.demand[s], m.capacity[r]) * overflowWeight
                             + (m.hasCurrent(s) && (m.currentSlot[s] != t || m.currentRoom[s] != r)) * moveWeight
                             + (demandRank[i] + 1) * roomsLarger[j];
        }
    }
    return cost;
}

/** Pairs of members where more demand sits in fewer seats; `columns` index freeRooms[t]. */
int outOfOrder(const Model &m, int t, const std::vector<int> &members, const std::vector<int> &columns)
{
    int pairs = 0;
    for (size_t i = 0; i < members.size(); ++i)
        for (size_t j = 0; j < members.size(); ++j)
            pairs += m.demand[members[i]] > m.demand[members[j]]
                     && m.capacity[m.freeRooms[t][columns[i]]] < m.capacity[m.freeRooms[t][columns[j]]];
    return pairs;
}

/**
 * The big-rooms term cannot see pairs: when a session keeps its cell on a re-run, a less
 * demanded one may still take a larger free room. Swaps between members, and moves to an
 * empty room, that leave overflow and moves as they are and put fewer pairs out of order,
 * until none does (each step lowers the count, so this ends).
 */
void putInDemandOrder(const Model &m, int t, const std::vector<int> &members, std::vector<int> &columns)
{
    const auto cost = costMatrix(m, t, members, false); // overflow, then moves
    const int rooms = int(m.freeRooms[t].size());
    std::vector<char> used(rooms, 0);
    for (int column : columns)
        used[column] = 1;
    int pairs = outOfOrder(m, t, members, columns);
    bool improved = pairs > 0;
    while (improved) {
        improved = false;
        for (size_t i = 0; i < members.size() && !improved; ++i) {
            for (size_t j = i + 1; j < members.size() && !improved; ++j) {
                const int a = columns[i], b = columns[j];
                if (cost[i][b] + cost[j][a] > cost[i][a] + cost[j][b])
                    continue;
                std::swap(columns[i], columns[j]);
                const int now = outOfOrder(m, t, members, columns);
                improved = now < pairs;
                if (improved)
                    pairs = now;
                else
                    std::swap(columns[i], columns[j]);
            }
            for (int c = 0; c < rooms && !improved; ++c) {
                const int was = columns[i];
                if (used[c] || cost[i][c] > cost[i][was])
                    continue;
                columns[i] = c;
                const int now = outOfOrder(m, t, members, columns);
                improved = now < pairs;
                if (improved) {
                    pairs = now;
                    used[was] = 0;
                    used[c] = 1;
                } else {
                    columns[i] = was;
                }
            }
        }
    }
}

} // namespace

std::vector<int> minCostAssignment(const std::vector<std::vector<qint64>> &cost)
{
    // The classic O(n²m) potentials version, 1-based inside.
    const int n = int(cost.size()), columns = n ? int(cost[0].size()) : 0;
    const qint64 inf = std::numeric_limits<qint64>::max() / 4;
    std::vector<qint64> u(n + 1), v(columns + 1);
    std::vector<int> p(columns + 1), way(columns + 1);
    for (int i = 1; i <= n; ++i) {
        p[0] = i;
        int j0 = 0;
        std::vector<qint64> minv(columns + 1, inf);
        std::vector<char> used(columns + 1, 0);
        do {
            used[j0] = 1;
            const int i0 = p[j0];
            qint64 delta = inf;
            int j1 = 0;
            for (int j = 1; j <= columns; ++j) {
                if (used[j])
                    continue;
                const qint64 cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
                if (cur < minv[j]) {
                    minv[j] = cur;
                    way[j] = j0;
                }
                if (minv[j] < delta) {
                    delta = minv[j];
                    j1 = j;
                }
            }
            for (int j = 0; j <= columns; ++j) {
                if (used[j]) {
                    u[p[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            j0 = j1;
        } while (p[j0] != 0);
        do {
            const int j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
        } while (j0);
    }
    std::vector<int> assignment(n, -1);
    for (int j = 1; j <= columns; ++j) {
        if (p[j] > 0)
            assignment[p[j] - 1] = j - 1;
    }
    return assignment;
}

SlotValue slotValue(const Model &m, int t, const std::vector<int> &members)
{
    SlotValue value;
    if (members.empty())
        return value;
    if (members.size() > m.freeRooms[t].size())
        return {forbidden, 0}; // the caller keeps this from happening
    if (!needsAssignment(m, t, members)) {
        thread_local std::vector<int> demands;
        demands.clear();
        for (int s : members) {
            demands.push_back(m.demand[s]);
            value.moved += m.hasCurrent(s); // current slot is another one: moved anyway
        }
        std::sort(demands.begin(), demands.end(), std::greater<int>());
        const std::vector<int> &rooms = m.freeRooms[t];
        for (size_t i = 0; i < demands.size() && i < rooms.size(); ++i)
            value.overflow += overflowOf(demands[i], m.capacity[rooms[i]]);
        return value;
    }
    const auto cost = costMatrix(m, t, members, false);
    const auto assignment = minCostAssignment(cost);
    for (size_t i = 0; i < members.size(); ++i) {
        const int s = members[i], r = m.freeRooms[t][assignment[i]];
        value.overflow += overflowOf(m.demand[s], m.capacity[r]);
        value.moved += m.hasCurrent(s) && (m.currentSlot[s] != t || m.currentRoom[s] != r);
    }
    return value;
}

std::vector<int> assignRooms(const Model &m, int t, const std::vector<int> &members)
{
    if (members.size() > m.freeRooms[t].size())
        return std::vector<int>(members.size(), -1);
    std::vector<int> assignment = minCostAssignment(costMatrix(m, t, members, true));
    putInDemandOrder(m, t, members, assignment);
    std::vector<int> rooms;
    for (int column : assignment)
        rooms.push_back(m.freeRooms[t][column]);
    return rooms;
}

} // namespace cabildo::agenda
