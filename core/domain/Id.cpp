#include "Id.h"

#include <mutex>

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

bool isUuid(const std::string& text)
{
    if (text.size() != 36)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool dash = (i == 8 || i == 13 || i == 18 || i == 23);
        if (dash != (c == '-'))
            return false;
        if (!dash && !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

} // namespace concord::domain
