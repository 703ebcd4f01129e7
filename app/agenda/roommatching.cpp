#include "agenda/roommatching.h"

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

/** Overflow weighs more than every possible move together, so it comes first. */
std::vector<std::vector<qint64>> costMatrix(const Model &m, int t, const std::vector<int> &members)
{
    const std::vector<int> &rooms = m.freeRooms[t];
    const qint64 moveWeight = qint64(members.size()) + 1;
    std::vector<std::vector<qint64>> cost(members.size(), std::vector<qint64>(rooms.size()));
    for (size_t i = 0; i < members.size(); ++i) {
        const int s = members[i];
        for (size_t j = 0; j < rooms.size(); ++j) {
            const int r = rooms[j];
            if (m.needsAccessible[s] && !m.accessible[r])
                cost[i][j] = forbidden;
            else
                cost[i][j] = overflowOf(m.demand[s], m.capacity[r]) * moveWeight +
                             (m.hasCurrent(s) && (m.currentSlot[s] != t || m.currentRoom[s] != r));
        }
    }
    return cost;
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
    const auto cost = costMatrix(m, t, members);
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
    const auto assignment = minCostAssignment(costMatrix(m, t, members));
    std::vector<int> rooms;
    for (int column : assignment)
        rooms.push_back(m.freeRooms[t][column]);
    return rooms;
}

} // namespace cabildo::agenda
