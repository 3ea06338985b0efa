#pragma once
// The process's resident memory, the one place the benchmark asks the operating system.
// Linux reads /proc/self/status; elsewhere the figures are unknown (empty).

#include <cstdint>
#include <optional>

namespace concord::bench {

struct ProcessMemory {
    static std::optional<std::int64_t> residentBytes(); // VmRSS now
    static std::optional<std::int64_t> peakResidentBytes(); // VmHWM: the most so far
};

} // namespace concord::bench
