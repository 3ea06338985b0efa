#pragma once
// Stable record ids: UUID strings, generated where the record is born.

#include <cstdint>
#include <random>
#include <string>

namespace concord::domain {

using Id = std::string;

// A version-4 UUID in canonical lower-case form, drawn from the given generator, so a
// seeded generator gives the same ids every run (the demo data relies on it).
Id makeUuid(std::mt19937_64& random);

// A version-4 UUID from a process-wide generator seeded from std::random_device.
Id newUuid();

bool isUuid(const std::string& text);

} // namespace concord::domain
