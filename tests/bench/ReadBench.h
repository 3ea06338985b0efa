#pragma once
// Part two of the benchmark, run in a fresh process so its memory is what a desk that has
// just opened the cache would hold: open and first page, views/filters/sorts, searches,
// a 1,000-message thread, resident memory.

#include <filesystem>

namespace concord::bench {

class ReadBench {
public:
    static bool run(const std::filesystem::path& cache, int rounds);
};

} // namespace concord::bench
