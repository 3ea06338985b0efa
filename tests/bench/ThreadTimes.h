#pragma once
// CPU time of this process's threads by name (the names Concord gives its threads, such as
// "desk-sync"): on a shared machine a thread's busy time moves less than the wall clock, so
// the bootstrap bench reports it next to the rate. Linux reads /proc/self/task; elsewhere
// the figure is unknown (empty).

#include <optional>
#include <string_view>

namespace concord::bench {

// Seconds of CPU (user and system) used so far by the live threads named `name`, summed.
std::optional<double> threadCpuSeconds(std::string_view name);

} // namespace concord::bench
