#include "scheduling/agendabound.h"

#include <algorithm>
#include <cmath>
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
        const size_t depth = m.freeRooms[t].size() + 1;
        covered.assign(depth, std::vector<quint64>(words, 0));
        lists.resize(std::max(lists.size(), depth));
        double value = 0;
        hostUsed.assign(m.hosts, 0);
        current.clear();
        int accessibleUsed = 0;
        for (int s = 0; s < m.sessions; ++s) {
            const bool forced = fixedSlot && (*fixedSlot)[s] == t; // by a branch: like a pin, in a free room
            if (m.pinSlot[s] != t && !forced)
                continue;
            value -= pi[s];
            for (size_t w = 0; w < words; ++w)
                covered[0][w] |= bits[s][w];
            if (m.host[s] >= 0)
                hostUsed[m.host[s]] = 1;
            if (forced) {
                current.push_back(s);
                accessibleUsed += m.needsAccessible[s];
            }
        }
        value += popcount(covered[0]);
        lists[0].clear();
        for (int s = 0; s < m.sessions; ++s) {
            if (!m.pinned(s) && m.allowed[s][t]
                && (!fixedSlot || ((*fixedSlot)[s] < 0 && !(*forbidden)[size_t(s) * m.slotCount + t])))
                lists[0].push_back({0, s});
        }
        best = value;
        bestSet = current;
        // The slot's best set at the last prices is a good first incumbent: it prunes early.
        previous.resize(m.slotCount);
        if (!previous[t].empty()) {
            std::vector<quint64> with = covered[0];
            double price = 0;
            for (int s : previous[t]) {
                price += fixedSlot && (*fixedSlot)[s] == t ? 0 : pi[s]; // forced ones: in `value`
                for (size_t w = 0; w < words; ++w)
                    with[w] |= bits[s][w];
            }
            const double value0 = value - popcount(covered[0]) + popcount(with) - price;
            if (value0 > best) {
                best = value0;
                bestSet = previous[t];
            }
        }
        upper = best;
        dfs(0, value, accessibleUsed);
        previous[t] = bestSet;
        *chosen = bestSet;
        return std::max(best, upper);
    }
    /** The value of the set `solve` chose (its result may be higher: an unexplored bound). */
    double bestValue() const { return best; }

    /** A branch's rules: sessions fixed to a slot (-1: free), and [session * slots + slot] banned. */
    void restrict(const std::vector<int> *fixed, const std::vector<char> *banned)
    {
        fixedSlot = fixed;
        forbidden = banned;
        previous.clear(); // last prices' sets may break the new rules
    }

private:
    const Model &m;
    const std::vector<std::vector<quint64>> &bits;
    size_t words;
    const std::atomic<bool> *cancel;
    int t = 0;
    const std::vector<double> *pi = nullptr;
    long long *budget = nullptr;
    const std::vector<int> *fixedSlot = nullptr;
    const std::vector<char> *forbidden = nullptr;
    std::vector<int> current, bestSet;
    std::vector<std::vector<int>> previous;                 // per slot: the best set at the last prices
    std::vector<std::vector<quint64>> covered;              // per depth
    std::vector<std::vector<std::pair<double, int>>> lists; // per depth: (gain, session)
    std::vector<char> hostUsed;
    double best = 0, upper = 0;

    qint64 popcount(const std::vector<quint64> &v) const { return agenda::popcount(v.data(), words); }

    /**
     * Node at `depth`: lists[depth] holds the sessions it may still add. Their gains are
     * computed once and sorted; gains only shrink deeper down (submodularity), so adding
     * the i-th is worth at most its gain plus the next (rooms left − 1) gains, a bound
     * that falls with i: the first branch it cannot beat the best ends the node.
     */
    void dfs(size_t depth, double value, int accessibleUsed)
    {
        const int room = int(m.freeRooms[t].size()) - int(current.size());
        if (value > best) {
            best = value;
            bestSet = current;
        }
        auto &list = lists[depth];
        if (room <= 0 || list.empty())
            return;
        const std::vector<quint64> &here = covered[depth];
        size_t kept = 0;
        for (const auto &entry : list) {
            const int s = entry.second;
            *budget -= qint64(words); // the budget counts words read
            const double g = double(popcountNew(bits[s].data(), here.data(), words)) - (*pi)[s];
            if (g > 0)
                list[kept++] = {g, s};
        }
        list.resize(kept);
        std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
            return a.first > b.first || (a.first == b.first && a.second < b.second);
        });
        // window[i] = the gains of list[i .. i + room - 1]
        double window = 0;
        for (int i = 0; i < room && i < int(kept); ++i)
            window += list[i].first;
        if (value + window <= best + 1e-9)
            return;
        if (cancel && cancel->load(std::memory_order_relaxed))
            *budget = -1; // stop soon; the caller drops the result anyway
        if (*budget < 0) {
            upper = std::max(upper, value + window); // not explored: its bound stands for it
            return;
        }
        for (size_t i = 0; i < kept; ++i) {
            if (i > 0) { // slide the window one place
                window -= list[i - 1].first;
                if (i + room - 1 < kept)
                    window += list[i + room - 1].first;
            }
            if (value + window <= best + 1e-9)
                break; // later branches are bounded by smaller windows still
            const auto [g, s] = list[i];
            const bool accessible = m.needsAccessible[s];
            if ((m.host[s] >= 0 && hostUsed[m.host[s]]) || (accessible && accessibleUsed >= m.freeAccessible[t]))
                continue;
            auto &next = covered[depth + 1];
            for (size_t w = 0; w < words; ++w)
                next[w] = here[w] | bits[s][w];
            auto &childList = lists[depth + 1];
            childList.assign(list.begin() + qsizetype(i) + 1, list.end());
            if (m.host[s] >= 0)
                hostUsed[m.host[s]] = 1;
            current.push_back(s);
            dfs(depth + 1, value + g, accessibleUsed + accessible);
            current.pop_back();
            if (m.host[s] >= 0)
                hostUsed[m.host[s]] = 0;
        }
    }
};

/**
 * The master LP of column generation: max Σ c_j λ_j over columns j = (slot t, set S of
 * sessions), with each session in at most one chosen column (rows 0 … n − 1, ≤ 1) and each
 * slot's columns summing to 1 (rows n … n + T − 1). Every coefficient is 1, so a column is
 * its list of rows. A dense revised simplex: a few dozen rows, a few hundred columns.
 */
class MasterLp
{
public:
    MasterLp(int sessions, int slotCount) : n(sessions), rows(sessions + slotCount) {}

    /** `tag` is the caller's name for the column (the slacks' is -1). */
    void addColumn(std::vector<int> rowsOf, double cost, int tag) { columns.push_back({std::move(rowsOf), cost, tag}); }

    /** The first basis: the session rows' slacks and one column per slot (given, in slot order). */
    void start(const std::vector<int> &slotColumns)
    {
        basis.resize(rows);
        for (int i = 0; i < n; ++i) {
            addColumn({i}, 0, -1);
            basis[i] = int(columns.size()) - 1;
        }
        for (size_t t = 0; t < slotColumns.size(); ++t)
            basis[n + int(t)] = slotColumns[t];
        refactor();
    }

    /** Optimises over the columns so far; false if it had to give up (numerical trouble). */
    bool solve(long long *budget)
    {
        for (int pivots = 0; pivots < 50 * rows + 1000; ++pivots) {
            *budget -= qint64(rows) * (rows + qint64(columns.size())) / 4; // in about words' worth of work
            if (pivots % 50 == 49)
                refactor(); // product updates drift
            duals();
            // Entering: Dantzig's rule, Bland's (the first improving) after a run of
            // degenerate pivots, which is how cycling would show.
            int enter = -1;
            double bestCost = 1e-9;
            basic.assign(columns.size(), 0);
            for (int b : basis)
                basic[b] = 1;
            for (int j = 0; j < int(columns.size()); ++j) {
                if (basic[j])
                    continue;
                const double d = reduced(j);
                if (d > bestCost) {
                    enter = j;
                    bestCost = d;
                    if (degenerate > 20)
                        break;
                }
            }
            if (enter < 0)
                return true;
            std::vector<double> u(rows, 0.0);
            for (int r : columns[enter].rows) {
                for (int i = 0; i < rows; ++i)
                    u[i] += inverse[size_t(i) * rows + r];
            }
            int leave = -1;
            double ratio = 0;
            for (int i = 0; i < rows; ++i) {
                if (u[i] <= 1e-9)
                    continue;
                const double q = std::max(0.0, x[i]) / u[i];
                if (leave < 0 || q < ratio - 1e-12 || (q < ratio + 1e-12 && basis[i] < basis[leave])) {
                    leave = i;
                    ratio = q;
                }
            }
            if (leave < 0)
                return false; // unbounded: cannot happen with these rows
            degenerate = ratio < 1e-12 ? degenerate + 1 : 0;
            const double pivot = u[leave];
            double *pivotRow = &inverse[size_t(leave) * rows];
            for (int k = 0; k < rows; ++k)
                pivotRow[k] /= pivot;
            x[leave] = ratio;
            for (int i = 0; i < rows; ++i) {
                if (i == leave || u[i] == 0)
                    continue;
                double *row = &inverse[size_t(i) * rows];
                for (int k = 0; k < rows; ++k)
                    row[k] -= u[i] * pivotRow[k];
                x[i] -= u[i] * ratio;
            }
            basis[leave] = enter;
        }
        return false;
    }

    const std::vector<double> &dualValues() const { return y; }
    /** The basic columns with a positive value: (tag, value). */
    std::vector<std::pair<int, double>> solution() const
    {
        std::vector<std::pair<int, double>> used;
        for (int i = 0; i < rows; ++i) {
            if (x[i] > 1e-9 && columns[basis[i]].tag != -1)
                used.push_back({columns[basis[i]].tag, x[i]});
        }
        return used;
    }
    double value() const
    {
        double v = 0;
        for (int i = 0; i < rows; ++i)
            v += columns[basis[i]].cost * x[i];
        return v;
    }

private:
    struct Column
    {
        std::vector<int> rows;
        double cost = 0;
        int tag = -1;
    };
    int n, rows;
    std::vector<Column> columns;
    std::vector<int> basis;
    std::vector<double> inverse, x, y; // B⁻¹ (rows × rows), basic values, duals
    int degenerate = 0;

    std::vector<char> basic; // per column
    double reduced(int j) const
    {
        double d = columns[j].cost;
        for (int r : columns[j].rows)
            d -= y[r];
        return d;
    }
    void duals()
    {
        y.assign(rows, 0.0);
        for (int i = 0; i < rows; ++i) {
            const double c = columns[basis[i]].cost;
            if (c == 0)
                continue;
            const double *row = &inverse[size_t(i) * rows];
            for (int k = 0; k < rows; ++k)
                y[k] += c * row[k];
        }
    }
    /** B⁻¹ afresh by Gauss–Jordan, and x = B⁻¹ b (b: 1 on every row). */
    void refactor()
    {
        std::vector<double> b(size_t(rows) * rows, 0.0);
        for (int i = 0; i < rows; ++i) {
            for (int r : columns[basis[i]].rows)
                b[size_t(r) * rows + i] = 1;
        }
        inverse.assign(size_t(rows) * rows, 0.0);
        for (int i = 0; i < rows; ++i)
            inverse[size_t(i) * rows + i] = 1;
        for (int c = 0; c < rows; ++c) {
            int p = c;
            for (int i = c + 1; i < rows; ++i) {
                if (std::abs(b[size_t(i) * rows + c]) > std::abs(b[size_t(p) * rows + c]))
                    p = i;
            }
            if (p != c) {
                for (int k = 0; k < rows; ++k) {
                    std::swap(b[size_t(p) * rows + k], b[size_t(c) * rows + k]);
                    std::swap(inverse[size_t(p) * rows + k], inverse[size_t(c) * rows + k]);
                }
            }
            const double d = b[size_t(c) * rows + c];
            if (std::abs(d) < 1e-12)
                continue; // singular: cannot happen, the basis stays one
            for (int k = 0; k < rows; ++k) {
                b[size_t(c) * rows + k] /= d;
                inverse[size_t(c) * rows + k] /= d;
            }
            for (int i = 0; i < rows; ++i) {
                const double f = b[size_t(i) * rows + c];
                if (i == c || f == 0)
                    continue;
                for (int k = 0; k < rows; ++k) {
                    b[size_t(i) * rows + k] -= f * b[size_t(c) * rows + k];
                    inverse[size_t(i) * rows + k] -= f * inverse[size_t(c) * rows + k];
                }
            }
        }
        x.assign(rows, 0.0);
        for (int i = 0; i < rows; ++i) {
            for (int k = 0; k < rows; ++k)
                x[i] += inverse[size_t(i) * rows + k];
        }
    }
};

} // namespace

/*
 * The Lagrangian bound. A = Σ over slots t of cover(S_t), S_t the sessions in slot t.
 * Each session is in at most one slot; pricing that rule with π_s ≥ 0 instead gives, for
 * every agenda, A ≤ Σ_s π_s + Σ_t max_S [cover(S) − π(S)], each slot maximised on its own
 * (SlotPricing). Any π gives a valid bound. The best π are the duals of the
 * set-partitioning LP (one column per possible slot content), far stronger than the LP of
 * the x/y model, whose fractional solutions spread every session over every slot. Column
 * generation finds them: the master LP over the columns so far gives π, each slot's
 * pricing gives the bound at π and its best content, a new column when it pays more than
 * the slot's dual. (Subgradient steps, used before, took a thousand rounds to get as close.)
 *
 * When the LP's optimum is above the agenda's A, branch and price closes the gap: branch
 * on a session's fractional share of a slot (in it, or never in it), each branch with
 * its own column generation; an integral LP optimum is an agenda (the search sometimes
 * misses one), a branch whose bound is no better than the best agenda is cut. Within its
 * budget this proves the optimum; beyond it, unexplored branches keep their parents'
 * bounds, so the bound stays valid.
 */
class BranchAndPrice
{
public:
    BranchAndPrice(const Model &m, const std::atomic<bool> *cancel)
        : m(m), n(m.sessions), slotCount(m.slotCount), words((m.ballots.size() + 63) / 64),
          bits(size_t(n), std::vector<quint64>(words, 0)), pinsOf(size_t(slotCount)), fixed(size_t(n), -1),
          banned(size_t(n) * slotCount, 0), cancel(cancel), pricing(m, bits, cancel)
    {
        for (int s = 0; s < n; ++s) {
            for (int b : m.ballotsOf[s])
                bits[s][b / 64] |= quint64(1) << (b % 64);
            if (m.pinned(s))
                pinsOf[m.pinSlot[s]].push_back(s);
        }
    }

    BoundResult run(qint64 lower, qint64 start, const std::vector<int> &slotOf)
    {
        std::vector<std::vector<int>> agenda(slotCount);
        for (int s = 0; s < n; ++s) {
            if (!m.pinned(s) && slotOf[s] >= 0)
                agenda[slotOf[s]].push_back(s);
        }
        for (int t = 0; t < slotCount; ++t)
            addToPool(t, agenda[t]);
        result.attendable = -1;
        incumbent = lower;
        const double root = node(double(start));
        result.bound = std::min(start, std::max(incumbent, qint64(std::floor(root + 1e-6))));
        return result;
    }

private:
    struct Column
    {
        int t;
        std::vector<int> sessions; // unpinned, sorted
        double cost;
    };
    const Model &m;
    const int n, slotCount;
    const size_t words;
    std::vector<std::vector<quint64>> bits;
    std::vector<std::vector<int>> pinsOf;
    std::vector<Column> pool;
    std::vector<int> fixed;   // per session: the slot a branch put it in, or -1
    std::vector<char> banned; // [session * slots + slot]: a branch keeps it out
    const std::atomic<bool> *cancel;
    SlotPricing pricing;
    // Words of ballot bitsets read (and simplex work), over the whole tree: deterministic,
    // and a fraction of a second at most whatever the number of ballots.
    long long budget = 300'000'000;
    int nodes = 0;
    qint64 incumbent = 0;
    BoundResult result;

    double coverOf(int t, const std::vector<int> &sessions) const
    {
        std::vector<quint64> covered(words, 0);
        for (const auto *list : {&pinsOf[t], &sessions}) {
            for (int s : *list) {
                for (size_t w = 0; w < words; ++w)
                    covered[w] |= bits[s][w];
            }
        }
        return double(popcount(covered.data(), words));
    }
    int addToPool(int t, std::vector<int> sessions)
    {
        std::sort(sessions.begin(), sessions.end());
        const double cost = coverOf(t, sessions);
        pool.push_back({t, std::move(sessions), cost});
        return int(pool.size()) - 1;
    }
    std::vector<int> rowsOf(const Column &c) const
    {
        std::vector<int> rows = pinsOf[c.t];
        rows.insert(rows.end(), c.sessions.begin(), c.sessions.end());
        rows.push_back(n + c.t);
        return rows;
    }
    bool fits(const Column &c) const
    {
        for (int s : c.sessions) {
            if (banned[size_t(s) * slotCount + c.t] || (fixed[s] >= 0 && fixed[s] != c.t))
                return false;
        }
        for (int s = 0; s < n; ++s) {
            if (fixed[s] == c.t && !std::binary_search(c.sessions.begin(), c.sessions.end(), s))
                return false;
        }
        return true;
    }
    /** The sessions the branches put in t, or false if they break a rule together. */
    bool forcedIn(int t, std::vector<int> *forced) const
    {
        forced->clear();
        std::vector<char> host(m.hosts, 0);
        for (int s : pinsOf[t]) {
            if (m.host[s] >= 0)
                host[m.host[s]] = 1;
        }
        int accessible = 0;
        for (int s = 0; s < n; ++s) {
            if (fixed[s] != t)
                continue;
            if (m.host[s] >= 0 && host[m.host[s]]++)
                return false;
            accessible += m.needsAccessible[s];
            forced->push_back(s);
        }
        return forced->size() <= m.freeRooms[t].size() && accessible <= m.freeAccessible[t];
    }

    /** The most A in this branch can be, at most `parentBound`; -1 if the branch has no agenda. */
    double node(double parentBound)
    {
        if (budget <= 0 || nodes >= 5000 || (cancel && cancel->load()))
            return parentBound; // not explored: its parent's bound stands for it
        ++nodes;
        MasterLp lp(n, slotCount);
        std::vector<int> first;
        std::vector<Column> base(slotCount); // each slot's pins and forced sessions: the first basis
        for (int t = 0; t < slotCount; ++t) {
            base[t].t = t;
            if (!forcedIn(t, &base[t].sessions))
                return -1;
            base[t].cost = coverOf(t, base[t].sessions);
            lp.addColumn(rowsOf(base[t]), base[t].cost, -2 - t);
            first.push_back(t);
        }
        for (int j = 0; j < int(pool.size()); ++j) {
            if (fits(pool[j]))
                lp.addColumn(rowsOf(pool[j]), pool[j].cost, j);
        }
        lp.start(first);
        pricing.restrict(&fixed, &banned);
        double bound = parentBound;
        bool solved = false;
        std::vector<double> pi(n, 0.0);
        std::vector<int> chosen;
        for (int round = 0; round < 400 && budget > 0 && !solved; ++round) {
            if ((cancel && cancel->load()) || !lp.solve(&budget))
                return bound;
            const std::vector<double> &y = lp.dualValues();
            double l = 0;
            for (int s = 0; s < n; ++s) {
                pi[s] = std::max(0.0, y[s]);
                l += pi[s];
            }
            solved = true;
            for (int t = 0; t < slotCount; ++t) {
                l += pricing.solve(t, pi, &budget, &chosen);
                if (pricing.bestValue() - y[n + t] > 1e-6) {
                    std::vector<int> sessions;
                    for (int s : chosen) {
                        if (!m.pinned(s))
                            sessions.push_back(s);
                    }
                    const int j = addToPool(t, sessions);
                    lp.addColumn(rowsOf(pool[j]), pool[j].cost, j);
                    solved = false;
                }
            }
            bound = std::min(bound, l);
            if (std::floor(bound + 1e-6) <= incumbent)
                return bound; // cannot beat the best agenda
        }
        if (!solved)
            return bound;
        // The LP is optimal: each session's share of each slot.
        std::vector<double> share(size_t(n) * slotCount, 0.0);
        for (auto [j, x] : lp.solution()) {
            const Column &c = j >= 0 ? pool[j] : base[-2 - j];
            for (int s : c.sessions)
                share[size_t(s) * slotCount + c.t] += x;
        }
        int branchS = -1, branchT = -1;
        double most = 1e-6;
        for (int s = 0; s < n; ++s) {
            for (int t = 0; t < slotCount; ++t) {
                const double x = share[size_t(s) * slotCount + t];
                if (std::min(x, 1 - x) > most) {
                    most = std::min(x, 1 - x);
                    branchS = s;
                    branchT = t;
                }
            }
        }
        if (branchS < 0) { // integral: an agenda
            const qint64 attendable = std::llround(lp.value());
            if (attendable > incumbent) {
                incumbent = attendable;
                result.attendable = attendable;
                result.slotOf.assign(n, -1);
                for (int s = 0; s < n; ++s) {
                    for (int t = 0; t < slotCount; ++t) {
                        if (share[size_t(s) * slotCount + t] > 0.5)
                            result.slotOf[s] = t;
                    }
                    if (m.pinned(s))
                        result.slotOf[s] = m.pinSlot[s];
                }
            }
            return std::min(bound, lp.value());
        }
        fixed[branchS] = branchT;
        const double in = node(bound);
        fixed[branchS] = -1;
        banned[size_t(branchS) * slotCount + branchT] = 1;
        const double out = node(bound);
        banned[size_t(branchS) * slotCount + branchT] = 0;
        return std::min(bound, std::max(in, out));
    }
};

BoundResult lagrangianBound(const Model &m, qint64 lower, qint64 start, const std::vector<int> &slotOf,
                            const std::atomic<bool> *cancel)
{
    if (m.sessions > 150 || m.slotCount == 0 || m.ballots.empty())
        return {start, -1, {}}; // large problems: the pricing would only run out of budget
    return BranchAndPrice(m, cancel).run(lower, start, slotOf);
}

} // namespace cabildo::agenda
