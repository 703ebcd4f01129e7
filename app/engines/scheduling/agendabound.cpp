#include "scheduling/agendabound.h"

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

namespace {

// Popcounts are most of the bound's time: use the CPU's instruction where it has one
// (Debian's baseline x86-64 does not promise it, hence the clone chosen at load time).
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define CABILDO_POPCOUNT_CLONES __attribute__((target_clones("popcnt", "default")))
#else
#define CABILDO_POPCOUNT_CLONES
#endif

CABILDO_POPCOUNT_CLONES qint64 popcount(const quint64 *v, size_t words)
{
    qint64 n = 0;
    for (size_t w = 0; w < words; ++w)
        n += __builtin_popcountll(v[w]);
    return n;
}

/** |a \ covered|: what a set of ballots adds to those already covered. */
CABILDO_POPCOUNT_CLONES qint64 popcountNew(const quint64 *a, const quint64 *covered, size_t words)
{
    qint64 n = 0;
    for (size_t w = 0; w < words; ++w)
        n += __builtin_popcountll(a[w] & ~covered[w]);
    return n;
}

/**
 * One slot's part of the Lagrangian bound: the most a slot can hold of
 * cover(S) − π(S), where cover(S) = ballots naming a session of S, over the sets S the
 * slot could hold (its pins, sessions it allows, at most its free rooms, accessible
 * rooms and one session per host). Branch and bound: marginal gains only shrink as S
 * grows (coverage is submodular), so the best (rooms left) positive gains bound any
 * completion. When the work budget runs out, an open node's bound stands for it, so the
 * answer is always ≥ the true maximum (and so the bound stays valid).
 */
class SlotPricing
{
public:
    SlotPricing(const Model &m, const std::vector<std::vector<quint64>> &bits, const std::atomic<bool> *cancel)
        : m(m), bits(bits), words(bits.empty() ? 0 : bits[0].size()), cancel(cancel)
    {
    }

    double solve(int t, const std::vector<double> &pi, long long *budget, std::vector<int> *chosen)
    {
        this->t = t;
        this->pi = &pi;
        this->budget = budget;
        std::vector<quint64> covered(words, 0);
        double value = 0;
        hostUsed.assign(m.hosts, 0);
        for (int s = 0; s < m.sessions; ++s) {
            if (m.pinSlot[s] != t)
                continue;
            value -= pi[s];
            for (size_t w = 0; w < words; ++w)
                covered[w] |= bits[s][w];
            if (m.host[s] >= 0)
                hostUsed[m.host[s]] = 1;
        }
        value += popcount(covered);
        candidates.clear();
        std::vector<double> rootGain(m.sessions, 0);
        for (int s = 0; s < m.sessions; ++s) {
            if (m.pinned(s) || !m.allowed[s][t])
                continue;
            rootGain[s] = gainOf(s, covered) - pi[s];
            if (rootGain[s] > 0)
                candidates.push_back(s);
        }
        std::stable_sort(candidates.begin(), candidates.end(), [&](int a, int b) { return rootGain[a] > rootGain[b]; });
        best = value;
        upper = value;
        bestSet.clear();
        current.clear();
        dfs(0, covered, value, 0);
        *chosen = bestSet;
        return std::max(best, upper);
    }

private:
    const Model &m;
    const std::vector<std::vector<quint64>> &bits;
    size_t words;
    const std::atomic<bool> *cancel;
    int t = 0;
    const std::vector<double> *pi = nullptr;
    long long *budget = nullptr;
    std::vector<int> candidates, current, bestSet;
    std::vector<char> hostUsed;
    double best = 0, upper = 0;

    qint64 popcount(const std::vector<quint64> &v) const { return agenda::popcount(v.data(), words); }
    double gainOf(int s, const std::vector<quint64> &covered)
    {
        *budget -= qint64(words); // the budget counts words read
        return double(popcountNew(bits[s].data(), covered.data(), words));
    }

    void dfs(size_t from, const std::vector<quint64> &covered, double value, int accessibleUsed)
    {
        const int room = int(m.freeRooms[t].size()) - int(current.size());
        if (value > best) {
            best = value;
            bestSet = current;
        }
        if (room <= 0 || from >= candidates.size())
            return;
        std::vector<double> gains;
        for (size_t i = from; i < candidates.size(); ++i) {
            const int s = candidates[i];
            const double g = gainOf(s, covered) - (*pi)[s];
            if (g > 0)
                gains.push_back(g);
        }
        std::sort(gains.begin(), gains.end(), std::greater<double>());
        double bound = value;
        for (int i = 0; i < room && i < int(gains.size()); ++i)
            bound += gains[i];
        if (bound <= best + 1e-9)
            return;
        if (cancel && cancel->load(std::memory_order_relaxed))
            *budget = -1; // stop soon; the caller drops the result anyway
        if (*budget < 0) {
            upper = std::max(upper, bound); // not explored: its bound stands for it
            return;
        }
        for (size_t i = from; i < candidates.size(); ++i) {
            const int s = candidates[i];
            const bool accessible = m.needsAccessible[s];
            if ((m.host[s] >= 0 && hostUsed[m.host[s]]) || (accessible && accessibleUsed >= m.freeAccessible[t]))
                continue;
            const double g = gainOf(s, covered) - (*pi)[s];
            if (g <= 0)
                continue;
            std::vector<quint64> next = covered;
            for (size_t w = 0; w < words; ++w)
                next[w] |= bits[s][w];
            if (m.host[s] >= 0)
                hostUsed[m.host[s]] = 1;
            current.push_back(s);
            dfs(i + 1, next, value + g, accessibleUsed + accessible);
            current.pop_back();
            if (m.host[s] >= 0)
                hostUsed[m.host[s]] = 0;
        }
    }
};

} // namespace

/*
 * The Lagrangian bound. A = Σ over slots t of cover(S_t), S_t the sessions in slot t.
 * Each session is in at most one slot; pricing that rule with π_s ≥ 0 instead gives, for
 * every agenda, A ≤ Σ_s π_s + Σ_t max_S [cover(S) − π(S)], each slot maximised on its own
 * (SlotPricing). Any π gives a valid bound; subgradient steps (Polyak's rule, aimed at
 * the agenda's A) look for a low one. This is the bound of the set-partitioning LP
 * (one column per possible slot content), far stronger than the LP of the x/y model,
 * whose fractional solutions spread every session over every slot.
 */
qint64 lagrangianBound(const Model &m, qint64 lower, qint64 start, const std::vector<int> &slotOf,
                       const std::atomic<bool> *cancel)
{
    if (m.sessions > 150 || m.slotCount == 0 || m.ballots.empty())
        return start; // large problems: the pricing would only run out of budget
    const size_t words = (m.ballots.size() + 63) / 64;
    std::vector<std::vector<quint64>> bits(m.sessions, std::vector<quint64>(words, 0));
    for (int s = 0; s < m.sessions; ++s) {
        for (int b : m.ballotsOf[s])
            bits[s][b / 64] |= quint64(1) << (b % 64);
    }
    // Start from what each session adds to A where the agenda put it.
    std::vector<double> pi(m.sessions, 0);
    for (int s = 0; s < m.sessions; ++s) {
        if (slotOf[s] < 0)
            continue;
        for (int b : m.ballotsOf[s]) {
            bool alone = true;
            for (int o : m.ballots[b])
                alone = alone && (o == s || slotOf[o] != slotOf[s]);
            pi[s] += alone;
        }
    }
    SlotPricing pricing(m, bits, cancel);
    // Words of ballot bitsets read, over the whole descent: deterministic, and about a
    // second at most whatever the number of ballots.
    long long budget = 600'000'000;
    double bestL = double(start), theta = 1.0;
    int sinceBest = 0;
    std::vector<int> chosen;
    for (int iter = 0; iter < 200 && budget > 0; ++iter) {
        if (cancel && cancel->load())
            break;
        double l = 0;
        std::vector<double> g(m.sessions, 1.0);
        for (int s = 0; s < m.sessions; ++s)
            l += pi[s];
        for (int t = 0; t < m.slotCount; ++t) {
            l += pricing.solve(t, pi, &budget, &chosen);
            for (int s : chosen)
                g[s] -= 1;
        }
        if (l < bestL - 1e-9) {
            bestL = l;
            sinceBest = 0;
        } else if (++sinceBest >= 5) {
            theta /= 2;
            sinceBest = 0;
        }
        if (std::floor(bestL + 1e-6) <= lower || theta < 1e-3)
            break;
        double norm = 0;
        for (int s = 0; s < m.sessions; ++s) {
            if (pi[s] <= 0 && g[s] > 0)
                g[s] = 0; // cannot go below zero: no use stepping that way
            norm += g[s] * g[s];
        }
        if (norm == 0)
            break; // π is optimal for its slots' choices
        const double step = theta * std::max(1.0, l - double(lower)) / norm;
        for (int s = 0; s < m.sessions; ++s)
            pi[s] = std::max(0.0, pi[s] - step * g[s]);
    }
    return std::min(start, qint64(std::floor(bestL + 1e-6)));
}

} // namespace cabildo::agenda
