#include "BenchReport.h"

#include <cstdio>

namespace concord::bench {

void BenchReport::section(std::string_view title)
{
    std::printf("\n%.*s\n", int(title.size()), title.data());
    std::fflush(stdout);
}

void BenchReport::line(std::string_view label, std::string_view value, std::string_view target,
                       std::string_view verdict)
{
    std::printf("  %-46.*s %14.*s", int(label.size()), label.data(), int(value.size()),
                value.data());
    if (!target.empty())
        std::printf("   target %-10.*s %.*s", int(target.size()), target.data(),
                    int(verdict.size()), verdict.data());
    std::printf("\n");
    std::fflush(stdout);
}

void BenchReport::info(std::string_view label, std::string_view value)
{
    line(label, value, {}, {});
}

void BenchReport::timeTarget(std::string_view label, double value, double targetMs)
{
    const bool pass = value < targetMs;
    s_misses += !pass;
    line(label, ms(value), "< " + ms(targetMs), pass ? "PASS" : "MISS");
}

void BenchReport::bytesTarget(std::string_view label, std::optional<std::int64_t> bytes,
                              std::int64_t targetBytes)
{
    const std::string target = "< " + megabytes(targetBytes);
    if (!bytes) {
        line(label, "unknown", target, "n/a");
        return;
    }
    const bool pass = *bytes < targetBytes;
    s_misses += !pass;
    line(label, megabytes(bytes), target, pass ? "PASS" : "MISS");
}

void BenchReport::note(std::string_view text)
{
    std::printf("  %.*s\n", int(text.size()), text.data());
    std::fflush(stdout);
}

std::string BenchReport::ms(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, value < 10 ? "%.2f ms" : "%.1f ms", value);
    return buffer;
}

std::string BenchReport::megabytes(std::optional<std::int64_t> bytes)
{
    if (!bytes)
        return "unknown";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f MB", double(*bytes) / (1024.0 * 1024.0));
    return buffer;
}

std::string BenchReport::count(std::int64_t value)
{
    std::string digits = std::to_string(value);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out.push_back(' ');
        out.push_back(digits[i]);
    }
    return out;
}

} // namespace concord::bench
