#pragma once
// Private to concord_sync: finds where a run of JSON string text that needs no attention ends.
// The parser and the writer spend most of a snapshot frame's time walking message bodies
// byte by byte; eight bytes are looked at together here instead (docs/PERFORMANCE.md).

#include <bit>
#include <cstdint>
#include <cstring>

namespace concord::sync {

// The first byte in [p, end) that is a quote, a backslash, a control character or not ASCII
// (the start of a UTF-8 sequence, checked by the caller); `end` when there is none.
inline const char* endOfPlainRun(const char* p, const char* end)
{
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kLows = 0x7f7f7f7f7f7f7f7fULL;
    constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
    // Sets the high bit of each byte below `n` (1 <= n <= 0x80), of each byte alone: no sum
    // carries into the next byte, so the flags are exact wherever they stand in the word.
    auto below = [](std::uint64_t word, std::uint64_t n) {
        return ~(((word & kLows) + kOnes * (0x80 - n)) | word) & kHighs;
    };
    auto equal = [&](std::uint64_t word, unsigned char c) { return below(word ^ (kOnes * c), 1); };
    while (end - p >= 8) {
        std::uint64_t word;
        std::memcpy(&word, p, sizeof word);
        const std::uint64_t special =
            below(word, 0x20) | equal(word, '"') | equal(word, '\\') | (word & kHighs);
        if (special != 0) {
            if constexpr (std::endian::native == std::endian::little)
                return p + std::countr_zero(special) / 8;
            else
                return p + std::countl_zero(special) / 8;
        }
        p += 8;
    }
    for (; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\')
            return p;
    }
    return end;
}

} // namespace concord::sync
