#pragma once

#include "scheduling/roommatching.h"

#include <limits>
#include <random>
#include <vector>

namespace cabildo::agenda {

/** The lexicographic objective, or a change of it: A, then O, then scheduled weight, then moves. */
struct Key
{
    qint64 attendable = 0;
    qint64 overflow = 0;
    qint64 weight = 0; ///< Σ (demand + 1) over scheduled sessions: free cells get used
    qint64 moved = 0;
    Key operator+(const Key &d) const
    {
        return {attendable + d.attendable, overflow + d.overflow, weight + d.weight, moved + d.moved};
    }
};

/** Strictly better. */
bool better(const Key &a, const Key &b);

struct SearchLimits
{
    long long iterations = 0; ///< the deterministic budget
    long long stall = 0;      ///< stop after this many iterations without a new best
    qint64 upperBound = 0;    ///< stop early when A reaches it with nothing else to gain
    double seconds = 60;      ///< safety net only
    const std::atomic<bool> *cancel = nullptr;
    std::function<void(int, int)> progress;
};

/**
 * Slot assignment with everything kept incrementally: per ballot and slot how many of its
 * sessions are there (so A changes in O(ballots of a session)), per session and slot how
 * many of its ballots already have another session there, hosts and room counts per slot.
 * Rooms are not searched: each slot's best matching is recomputed when its sessions change.
 */
class Search
{
public:
    explicit Search(const Model &model);

    /** Greedy start: the current agenda where it still keeps the rules, then by demand. */
    void construct();
    /** Puts every unpinned session in the slot given (-1: unscheduled); the caller keeps the rules. */
    void setSlots(const std::vector<int> &target);
    /** Tabu search on relocations and swaps; ends on the best agenda seen. */
    bool improve(const SearchLimits &limits); // false: cancelled

    Key key() const { return total; }
    int slotOf(int s) const { return slot[s]; }
    const std::vector<int> &membersOf(int t) const { return members[t]; }

private:
    const Model &m;
    std::vector<int> slot;                 // per session, -1 = unscheduled
    std::vector<std::vector<int>> members; // per slot: unpinned sessions
    std::vector<int> count;                // [ballot * slots + slot]
    std::vector<int> others;               // [session * slots + slot]: ballots with another session there
    std::vector<int> hostCount;            // [slot * hosts + host]
    std::vector<int> accessibleCount;      // per slot, unpinned
    std::vector<SlotValue> value;          // per slot
    // [a * sessions + x]: ballots naming a and x on which a is alone in its slot; makes
    // the change of A of a swap O(1).
    std::vector<int> aloneWith;
    Key total;
    std::mt19937 rng{20260};

    void place(int s, int t);
    void add(int s, int t);
    void remove(int s);
    void markAlone(int b, int now, int before);
    bool fits(int s, int t, int leaving = -1) const;
    qint64 gain(int s, int t) const;
    SlotValue valueWith(int t, int out, int in) const;
    static constexpr qint64 any = std::numeric_limits<qint64>::min();
    // Below `floor`, only the change of A is filled in.
    Key relocation(int s, int t, qint64 floor = any) const;
    Key exchange(int a, int b, qint64 floor = any) const;
    bool candidate(int s) const;
};

} // namespace cabildo::agenda
