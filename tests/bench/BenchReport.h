#pragma once
// Prints the benchmark's figures as aligned lines, each next to its target with PASS/MISS.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace concord::bench {

class BenchReport {
public:
    static void section(std::string_view title);
    static void info(std::string_view label, std::string_view value);
    // A time against an upper bound in milliseconds.
    static void timeTarget(std::string_view label, double ms, double targetMs);
    static void bytesTarget(std::string_view label, std::optional<std::int64_t> bytes,
                            std::int64_t targetBytes);
    static void note(std::string_view text);

    static std::string ms(double value);
    static std::string megabytes(std::optional<std::int64_t> bytes);
    static std::string count(std::int64_t value); // 1 000 000
    static int misses() { return s_misses; }

private:
    static void line(std::string_view label, std::string_view value, std::string_view target,
                     std::string_view verdict);
    static inline int s_misses = 0;
};

} // namespace concord::bench
