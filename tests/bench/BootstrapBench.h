#pragma once
// A fresh desk's bootstrap over loopback against two baselines measured in the same run:
// the same generated rows inserted raw into bare tables, and written by the desk's own
// writer (CacheWriter, bulk mode) with no network. The machine is shared, so each of the
// three is measured `rounds` times, interleaved, and the best of each is compared.

#include "demo/DemoGenerator.h"
#include "domain/Agent.h"

#include <filesystem>
#include <string>

namespace concord::bench {

struct BootstrapOptions {
    std::filesystem::path dir;     // work files: raw.sqlite, local.sqlite, desk.sqlite
    std::filesystem::path hubFile; // a seeded hub store
    demo::DemoOptions demo;        // what the hub was seeded with
    domain::Agent reader;          // signs in with password "bench"; a supervisor sees all
    int rounds = 2;
    // Measures only this one ("raw", "writer" or "bootstrap"), so a profiler sees it alone;
    // empty: all three, and their ratios.
    std::string only;
};

// False when a measurement could not be made; a missed target is counted by BenchReport.
bool runBootstrapBench(const BootstrapOptions& options);

} // namespace concord::bench
