#include "scheduling/agendasearch.h"

#include <QElapsedTimer>

#include <algorithm>
#include <limits>
#include <numeric>

namespace cabildo::agenda {

bool better(const Key &a, const Key &b)
{
    if (a.attendable != b.attendable)
        return a.attendable > b.attendable;
    if (a.overflow != b.overflow)
        return a.overflow < b.overflow;
    if (a.weight != b.weight)
        return a.weight > b.weight;
    return a.moved < b.moved;
}

Search::Search(const Model &model)
    : m(model), slot(m.sessions, -1), members(m.slotCount), count(size_t(m.ballots.size()) * m.slotCount, 0),
      others(size_t(m.sessions) * m.slotCount, 0), hostCount(size_t(m.slotCount) * m.hosts, 0),
      accessibleCount(m.slotCount, 0), value(m.slotCount)
{
    if (m.sessions <= 3000) // n² counts; beyond, swaps intersect ballot lists instead
        aloneWith.assign(size_t(m.sessions) * m.sessions, 0);
    // Pinned sessions never move: their overflow and moves are constant.
    for (int s = 0; s < m.sessions; ++s) {
        if (m.hasCurrent(s))
            ++total.moved; // unscheduled counts as moved until placed
        if (m.pinned(s)) {
            add(s, m.pinSlot[s]);
            total.overflow += overflowOf(m.demand[s], m.capacity[m.pinRoom[s]]);
            total.moved -= m.currentSlot[s] == m.pinSlot[s] && m.currentRoom[s] == m.pinRoom[s];
        }
    }
}

void Search::add(int s, int t)
{
    const int slotCount = m.slotCount;
    for (int b : m.ballotsOf[s]) {
        int &c = count[size_t(b) * slotCount + t];
        if (c == 0)
            ++total.attendable;
        int alone = -1; // the ballot's only session in t so far, which stops being alone
        for (int o : m.ballots[b]) {
            if (o != s && c - (slot[o] == t) == 0)
                ++others[size_t(o) * slotCount + t];
            if (o != s && c == 1 && slot[o] == t)
                alone = o;
        }
        markAlone(b, c == 0 ? s : -1, alone);
        ++c;
    }
    slot[s] = t;
    total.weight += m.demand[s] + 1;
    if (m.host[s] >= 0)
        ++hostCount[size_t(t) * m.hosts + m.host[s]];
    if (m.pinned(s))
        return;
    if (m.hasCurrent(s))
        --total.moved; // counted again by the slot's value if it did move
    members[t].push_back(s);
    accessibleCount[t] += m.needsAccessible[s];
    total.overflow -= value[t].overflow;
    total.moved -= value[t].moved;
    value[t] = slotValue(m, t, members[t]);
    total.overflow += value[t].overflow;
    total.moved += value[t].moved;
}

/** Ballot b now has `now` alone in its slot and no longer `before` (-1: nobody). */
void Search::markAlone(int b, int now, int before)
{
    if (aloneWith.empty())
        return;
    for (int x : m.ballots[b]) {
        if (now >= 0 && x != now)
            ++aloneWith[size_t(now) * m.sessions + x];
        if (before >= 0 && x != before)
            --aloneWith[size_t(before) * m.sessions + x];
    }
}

void Search::remove(int s)
{
    const int t = slot[s], slotCount = m.slotCount;
    slot[s] = -1;
    for (int b : m.ballotsOf[s]) {
        int &c = count[size_t(b) * slotCount + t];
        --c;
        if (c == 0)
            --total.attendable;
        int alone = -1; // the ballot's one session left in t, alone now
        for (int o : m.ballots[b]) {
            if (o != s && c - (slot[o] == t) == 0)
                --others[size_t(o) * slotCount + t];
            if (o != s && c == 1 && slot[o] == t)
                alone = o;
        }
        markAlone(b, alone, c == 0 ? s : -1);
    }
    total.weight -= m.demand[s] + 1;
    if (m.host[s] >= 0)
        --hostCount[size_t(t) * m.hosts + m.host[s]];
    if (m.hasCurrent(s))
        ++total.moved;
    auto &list = members[t];
    list.erase(std::find(list.begin(), list.end(), s));
    accessibleCount[t] -= m.needsAccessible[s];
    total.overflow -= value[t].overflow;
    total.moved -= value[t].moved;
    value[t] = slotValue(m, t, list);
    total.overflow += value[t].overflow;
    total.moved += value[t].moved;
}

void Search::place(int s, int t)
{
    if (slot[s] == t)
        return;
    if (slot[s] >= 0)
        remove(s);
    if (t >= 0)
        add(s, t);
}

bool Search::fits(int s, int t, int leaving) const
{
    if (t < 0)
        return true;
    if (!m.allowed[s][t])
        return false;
    const bool out = leaving >= 0 && slot[leaving] == t;
    const int h = m.host[s];
    if (h >= 0 && hostCount[size_t(t) * m.hosts + h] - (out && m.host[leaving] == h) > 0)
        return false;
    if (int(members[t].size()) - out + 1 > int(m.freeRooms[t].size()))
        return false;
    return !m.needsAccessible[s] || accessibleCount[t] - (out && m.needsAccessible[leaving]) + 1 <= m.freeAccessible[t];
}

/** The ballots of s with no other session in t: what s adds to A there. */
qint64 Search::gain(int s, int t) const
{
    return qint64(m.ballotsOf[s].size()) - others[size_t(s) * m.slotCount + t];
}

SlotValue Search::valueWith(int t, int out, int in) const
{
    thread_local std::vector<int> list;
    list = members[t];
    if (out >= 0)
        list.erase(std::find(list.begin(), list.end(), out));
    if (in >= 0)
        list.push_back(in);
    return slotValue(m, t, list);
}

/** The change of the objective if s moved to t (-1: unscheduled). */
Key Search::relocation(int s, int t, qint64 floor) const
{
    const int from = slot[s];
    Key d;
    d.attendable = (t >= 0 ? gain(s, t) : 0) - (from >= 0 ? gain(s, from) : 0);
    if (d.attendable < floor)
        return d; // worse than what the caller has: the rest is not needed
    const qint64 weight = m.demand[s] + 1;
    if (from >= 0) {
        d.weight -= weight;
        const SlotValue v = valueWith(from, s, -1);
        d.overflow += v.overflow - value[from].overflow;
        d.moved += v.moved - value[from].moved;
    } else {
        d.moved -= m.hasCurrent(s);
    }
    if (t >= 0) {
        d.weight += weight;
        const SlotValue v = valueWith(t, -1, s);
        d.overflow += v.overflow - value[t].overflow;
        d.moved += v.moved - value[t].moved;
    } else {
        d.moved += m.hasCurrent(s);
    }
    return d;
}

/** The change if a and b exchanged slots (one of them may be unscheduled). */
Key Search::exchange(int a, int b, qint64 floor) const
{
    const int ta = slot[a], tb = slot[b];
    Key d;
    if (ta >= 0)
        d.attendable += gain(b, ta) - gain(a, ta);
    if (tb >= 0)
        d.attendable += gain(a, tb) - gain(b, tb);
    // A ballot naming both keeps its counts in both slots; the gains above assumed the
    // other one stayed, and took off one for each slot where a or b was its only session.
    if (!aloneWith.empty()) {
        d.attendable += (ta >= 0 ? aloneWith[size_t(a) * m.sessions + b] : 0)
                        + (tb >= 0 ? aloneWith[size_t(b) * m.sessions + a] : 0);
    }
    const auto &ba = m.ballotsOf[a], &bb = m.ballotsOf[b];
    for (size_t i = 0, j = 0; aloneWith.empty() && i < ba.size() && j < bb.size();) {
        if (ba[i] < bb[j]) {
            ++i;
        } else if (bb[j] < ba[i]) {
            ++j;
        } else {
            const size_t row = size_t(ba[i]) * m.slotCount;
            d.attendable += (ta >= 0 && count[row + ta] == 1) + (tb >= 0 && count[row + tb] == 1);
            ++i;
            ++j;
        }
    }
    if (d.attendable < floor)
        return d;
    for (auto [t, out, in] : {std::tuple{ta, a, b}, std::tuple{tb, b, a}}) {
        if (t < 0) { // `out` was unscheduled and takes the other slot; `in` is left out
            d.weight += m.demand[out] - m.demand[in];
            d.moved += m.hasCurrent(in) - m.hasCurrent(out);
            continue;
        }
        const SlotValue v = valueWith(t, out, in);
        d.overflow += v.overflow - value[t].overflow;
        d.moved += v.moved - value[t].moved;
    }
    return d;
}

/** Worth moving on a large problem: it misses votes, overflows, is off its cell or unplaced. */
bool Search::candidate(int s) const
{
    const int t = slot[s];
    if (t < 0)
        return true;
    return others[size_t(s) * m.slotCount + t] > 0 || value[t].overflow > 0
           || (m.hasCurrent(s) && m.currentSlot[s] != t);
}

void Search::construct()
{
    std::vector<int> order;
    for (int s = 0; s < m.sessions; ++s) {
        if (m.pinned(s) || !m.placeable(s))
            continue;
        const int t = m.currentSlot[s];
        if (t >= 0 && fits(s, t))
            add(s, t);
        else
            order.push_back(s);
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return m.ballotsOf[a].size() + m.demand[a] > m.ballotsOf[b].size() + m.demand[b];
    });
    for (int s : order) {
        int best = -1;
        Key bestDelta;
        for (int t = 0; t < m.slotCount; ++t) {
            if (!fits(s, t))
                continue;
            const Key d = relocation(s, t);
            if (best < 0 || better(d, bestDelta)) {
                best = t;
                bestDelta = d;
            }
        }
        if (best >= 0)
            add(s, best);
    }
}

bool Search::improve(const SearchLimits &limits)
{
    const int slotCount = m.slotCount;
    std::vector<int> movable;
    qint64 fullWeight = 0;
    for (int s = 0; s < m.sessions; ++s) {
        if (m.placeable(s))
            fullWeight += m.demand[s] + 1;
        if (!m.pinned(s) && m.placeable(s))
            movable.push_back(s);
    }
    if (movable.empty())
        return true;
    // Nothing left to gain: A at its bound, no overflow, nothing moved, nothing left out.
    auto perfect = [&](const Key &k) {
        return k.attendable >= limits.upperBound && k.overflow == 0 && k.moved == 0 && k.weight == fullWeight;
    };
    // Small problems look at every session; large ones only at those that cost something.
    const bool everyone = movable.size() <= 80;

    QElapsedTimer clock;
    clock.start();
    std::vector<long long> tabu(size_t(m.sessions) * (slotCount + 1), 0);
    auto tabuUntil = [&](int s, int t) -> long long & { return tabu[size_t(s) * (slotCount + 1) + t + 1]; };
    Key best = total;
    std::vector<int> bestSlot = slot;
    long long lastBest = 0;
    bool cancelled = false;

    for (long long iter = 1; iter <= limits.iterations; ++iter) {
        if (limits.cancel && limits.cancel->load(std::memory_order_relaxed)) {
            cancelled = true;
            break;
        }
        if (perfect(best) || iter - lastBest > limits.stall)
            break;
        if ((iter & 15) == 0 && clock.elapsed() > limits.seconds * 1000)
            break;
        if (limits.progress && (iter & 255) == 0)
            limits.progress(int(std::min<long long>(1000, iter * 1000 / limits.iterations)), 1000);

        Key bestDelta;
        int moveA = -1, moveB = -1, moveTo = -1, ties = 0, conflicting = 0;
        Key tabuDelta;
        int tabuA = -1, tabuB = -1, tabuTo = -1;
        // The least change of A still worth evaluating in full (tabu moves must beat the best).
        auto floor = [&](bool isTabu) {
            const qint64 f = moveA < 0 ? any : bestDelta.attendable;
            if (!isTabu)
                return f;
            return std::min(std::max(f, best.attendable - total.attendable), tabuA < 0 ? any : tabuDelta.attendable);
        };
        auto consider = [&](const Key &d, int a, int b, int t, bool isTabu) {
            if (isTabu && !better(total + d, best)) { // tabu, unless it beats the best so far
                if (tabuA < 0 || better(d, tabuDelta)) {
                    tabuDelta = d;
                    tabuA = a;
                    tabuB = b;
                    tabuTo = t;
                }
                return;
            }
            if (moveA < 0 || better(d, bestDelta)) {
                ties = 1;
            } else if (better(bestDelta, d) || rng() % ++ties != 0) {
                return; // equal moves: each kept with probability 1/ties (reservoir)
            }
            bestDelta = d;
            moveA = a;
            moveB = b;
            moveTo = t;
        };
        for (int s : movable) {
            if (!everyone && !candidate(s))
                continue;
            ++conflicting;
            const int from = slot[s];
            for (int t = -1; t < slotCount; ++t) {
                if (t == from || (t >= 0 && !m.allowed[s][t]))
                    continue;
                const bool free = fits(s, t);
                if (free) {
                    const bool isTabu = tabuUntil(s, t) > iter;
                    consider(relocation(s, t, floor(isTabu)), s, -1, t, isTabu);
                }
                if (t < 0 || (free && !everyone))
                    continue;
                for (int b : members[t]) {
                    if (!fits(s, t, b) || !fits(b, from, s))
                        continue;
                    const bool isTabu = tabuUntil(s, t) > iter || tabuUntil(b, from) > iter;
                    consider(exchange(s, b, floor(isTabu)), s, b, t, isTabu);
                }
            }
        }
        if (moveA < 0 && tabuA >= 0) { // every move tabu: take the best of them
            moveA = tabuA;
            moveB = tabuB;
            moveTo = tabuTo;
        }
        if (moveA < 0)
            break;
        const int fromA = slot[moveA];
        const long long tenure = iter + rng() % 10 + conflicting * 6 / 10;
        tabuUntil(moveA, fromA) = tenure;
        if (moveB < 0) {
            place(moveA, moveTo);
        } else {
            const int fromB = slot[moveB];
            tabuUntil(moveB, fromB) = tenure;
            place(moveA, -1);
            place(moveB, fromA);
            place(moveA, fromB);
        }
        if (better(total, best)) {
            best = total;
            bestSlot = slot;
            lastBest = iter;
        }
    }
    setSlots(bestSlot);
    return !cancelled;
}

void Search::setSlots(const std::vector<int> &target)
{
    // First take out every session that moves, so the rooms stay enough.
    for (int s = 0; s < m.sessions; ++s) {
        if (!m.pinned(s) && slot[s] != target[s])
            place(s, -1);
    }
    for (int s = 0; s < m.sessions; ++s) {
        if (!m.pinned(s))
            place(s, target[s]);
    }
}

} // namespace cabildo::agenda
