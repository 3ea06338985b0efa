#pragma once
// Points in time used across the domain: UTC, millisecond precision.

#include <chrono>
#include <cstdint>

namespace concord::domain {

using Timestamp = std::chrono::sys_time<std::chrono::milliseconds>;

inline std::int64_t toEpochMs(Timestamp t) { return t.time_since_epoch().count(); }
inline Timestamp fromEpochMs(std::int64_t ms) { return Timestamp{std::chrono::milliseconds{ms}}; }

} // namespace concord::domain
