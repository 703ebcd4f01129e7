#pragma once
// Test and benchmark support: a crowd of simulated phones against `cabildo serve`, over real
// sockets on loopback. Each phone opens the participant page (taking its device cookie), then
// sends its notes and a ballot at random moments within a spread of time, as people do in a
// room, and records what the laptop acknowledged. A refused connection, a closed one or a
// 429/503 is retried with the same submission id, as the page does: the laptop must store
// each acknowledged note once. Phones bind source addresses 127.0.1.x, 127.0.2.x… so the
// laptop sees a room of addresses, not one (Linux routes all of 127/8 to loopback).

#include <atomic>
#include <map>
#include <string>
#include <vector>

namespace cabildo::test {

struct CrowdPlan
{
    int port = 0;
    std::string token;
    int phones = 100;
    int notesPerPhone = 5;
    double spreadSeconds = 60; ///< each phone's notes and ballot fall at random within this
    std::string roundUuid;     ///< empty: no ballot
    std::vector<std::string> themeUuids;
    int votesPerBallot = 3;
    unsigned seed = 1;
    double giveUpSeconds = 180;              ///< stop retrying after this
    const std::atomic<bool> *stop = nullptr; ///< set from another thread to end early
};

struct CrowdResult
{
    /** submission id → text, for every note the laptop acknowledged (200 or 201). */
    std::map<std::string, std::string> acknowledged;
    std::vector<double> noteLatenciesMs; ///< first send → acknowledgement, per acknowledged note
    int notesSent = 0;                   ///< distinct notes attempted
    int ballotsAcknowledged = 0;
    int retries = 0;
    int connectionErrors = 0;
    std::map<int, int> statuses; ///< every HTTP status seen, counted
    double seconds = 0;
};

CrowdResult runCrowd(const CrowdPlan &plan);

/** The p-th percentile (0–100) of `values` (copied, sorted); 0 when empty. */
double percentile(std::vector<double> values, double p);

} // namespace cabildo::test
