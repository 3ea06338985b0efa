#pragma once
// First-run seeding of the desk's embedded demo cache.

#include "domain/Result.h"

#include <cstdint>
#include <filesystem>
#include <functional>

namespace concord::ui {

// Called with the number of demo messages written so far.
using SeedProgress = std::function<void(std::int64_t messagesWritten)>;

// How many messages the first-run demo holds: enough to feel like a real week's work on
// every channel, small enough to generate in a second or two.
inline constexpr std::int64_t kDemoMessages = 40'000;

// Builds the demo cache beside `file` and moves it into place only when complete, so a run
// interrupted mid-way never leaves a half-seeded cache behind.
domain::VoidResult seedDemoCache(const std::filesystem::path& file, const SeedProgress& progress);

} // namespace concord::ui
