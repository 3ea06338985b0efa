#pragma once
// Part one of the benchmark: writes the demo cache and measures how fast, against a raw
// SQLite insert of the same rows made in the same run.

#include "demo/DemoGenerator.h"

#include <filesystem>

namespace concord::bench {

class GenerationBench {
public:
    // Replaces any cache at `cache`; returns false (after saying why) when it cannot.
    static bool run(const demo::DemoOptions& options, const std::filesystem::path& cache);
};

void removeDatabase(const std::filesystem::path& file); // with its -wal and -shm

} // namespace concord::bench
