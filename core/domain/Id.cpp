#include "Id.h"

#include <array>
#include <mutex>
#include <string_view>

namespace concord::domain {

Id makeUuid(std::mt19937_64& random)
{
    std::uint64_t hi = random();
    std::uint64_t lo = random();
    hi = (hi & 0xffffffffffff0fffULL) | 0x0000000000004000ULL; // version 4
    lo = (lo & 0x3fffffffffffffffULL) | 0x8000000000000000ULL; // RFC 4122 variant

    static constexpr char kHex[] = "0123456789abcdef";
    std::string text(36, '-');
    int pos = 0;
    auto put = [&](std::uint64_t word, int nibbles) {
        for (int i = nibbles - 1; i >= 0; --i) {
            if (pos == 8 || pos == 13 || pos == 18 || pos == 23)
                ++pos;
            text[pos++] = kHex[(word >> (i * 4)) & 0xf];
        }
    };
    put(hi, 16);
    put(lo, 16);
    return text;
}

Id newUuid()
{
    static std::mutex mutex;
    static std::mt19937_64 random{[] {
        std::random_device device;
        return (std::uint64_t{device()} << 32) ^ device();
    }()};
    std::lock_guard lock(mutex);
    return makeUuid(random);
}

// Table-driven and without an early exit: the desk checks three ids in every message it
// receives, and a branch per character on random hex digits mispredicted often enough to be
// a quarter of the decoder's time in a bootstrap (docs/PERFORMANCE.md).
bool isUuid(const std::string& text)
{
    static constexpr auto kHexDigit = [] {
        std::array<bool, 256> digit{};
        for (char c : std::string_view("0123456789abcdef"))
            digit[static_cast<unsigned char>(c)] = true;
        return digit;
    }();
    if (text.size() != 36)
        return false;
    bool wellFormed = true;
    for (std::size_t i = 0; i < 36; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const bool dash = (i == 8 || i == 13 || i == 18 || i == 23);
        wellFormed &= dash ? c == '-' : kHexDigit[c];
    }
    return wellFormed;
}

} // namespace concord::domain
