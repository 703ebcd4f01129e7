#include "agenda/agendabound.h"

#include <algorithm>
#include <functional>

namespace cabildo::agenda {

qint64 simpleBound(const Model &m)
{
    qint64 perBallot = 0;
    for (const auto &ballot : m.ballots) {
        std::vector<char> reachable(m.slotCount, 0);
        qint64 placeable = 0;
        for (int s : ballot) {
            if (!m.placeable(s))
                continue;
            ++placeable;
            for (int t = 0; t < m.slotCount; ++t)
                reachable[t] |= m.allowed[s][t];
        }
        perBallot += std::min<qint64>(placeable, std::count(reachable.begin(), reachable.end(), 1));
    }
    // Slot by slot: its sessions cover at most the sum of their ballot counts (largest
    // `rooms` of them) and at most every ballot naming a session it allows.
    qint64 perSlot = 0;
    for (int t = 0; t < m.slotCount; ++t) {
        std::vector<qint64> degrees;
        std::vector<char> ballotSeen(m.ballots.size(), 0);
        qint64 ballots = 0;
        for (int s = 0; s < m.sessions; ++s) {
            if (!m.allowed[s][t] || (m.pinned(s) && m.pinSlot[s] != t))
                continue;
            degrees.push_back(qint64(m.ballotsOf[s].size()));
            for (int b : m.ballotsOf[s]) {
                ballots += !ballotSeen[b];
                ballotSeen[b] = 1;
            }
        }
        std::sort(degrees.begin(), degrees.end(), std::greater<qint64>());
        qint64 top = 0;
        for (int i = 0; i < int(degrees.size()) && i < m.rooms; ++i)
            top += degrees[i];
        perSlot += std::min(top, ballots);
    }
    return std::min(perBallot, perSlot);
}

qint64 lagrangianBound(const Model &, qint64, qint64 start, const std::atomic<bool> *)
{
    return start;
}

} // namespace cabildo::agenda
