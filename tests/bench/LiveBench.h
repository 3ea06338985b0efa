#pragma once
// Live latency and sustained inbound with many connected desks. Messages are ingested at the
// hub (HubService::ingestInbound) at a steady rate and timed from the ingest call (the hub's
// commit included) until a real desk (SyncClient and its cache) has committed them. The
// other desks are light clients: hello, resume, subscribe at the hub's latest sequence, then
// they take every live frame off the wire without decoding it, so the hub does all its work
// for them while their CPU stays out of the figures.

#include "domain/Agent.h"

#include <cstdint>
#include <filesystem>
#include <vector>

namespace concord::bench {

struct LiveOptions {
    std::filesystem::path hubFile; // seeded; tokens are issued into it
    std::filesystem::path dir;     // the measuring desks' caches
    int desks = 200;               // connected in all
    int measuringDesks = 2;        // of them, real desks with caches (supervisor scope)
    int latencyRate = 200;         // msg/s for the latency figure
    int seconds = 10;              // per rate
    std::vector<int> sustainedRates{500, 1000, 2000, 3000, 4000};
    double p99TargetMs = 50;
    int sustainedTarget = 2000;
    bool stopAtMiss = true; // false: every rate is measured, for before/after figures
};

// Prints its figures (BenchReport); false if the setup failed.
bool runLiveBench(const LiveOptions& options, const domain::Agent& supervisor);

} // namespace concord::bench
