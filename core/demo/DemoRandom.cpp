#include "DemoRandom.h"

namespace concord::demo {

std::size_t DemoRandom::index(std::size_t count)
{
    // Rejection sampling keeps every index equally likely; portable, unlike 128-bit tricks.
    const std::uint64_t range = count;
    const std::uint64_t limit = UINT64_MAX - (UINT64_MAX % range + 1) % range;
    std::uint64_t draw = next();
    while (draw > limit)
        draw = next();
    return static_cast<std::size_t>(draw % range);
}

std::int64_t DemoRandom::between(std::int64_t lo, std::int64_t hi)
{
    const auto span = static_cast<std::uint64_t>(hi - lo) + 1;
    return lo + static_cast<std::int64_t>(index(span));
}

double DemoRandom::unit()
{
    // The top 53 bits make an exactly representable double in [0, 1).
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

std::size_t DemoRandom::weighted(std::span<const int> weights)
{
    std::int64_t total = 0;
    for (int w : weights)
        total += w;
    std::int64_t roll = between(0, total - 1);
    for (std::size_t i = 0; i < weights.size(); ++i) {
        roll -= weights[i];
        if (roll < 0)
            return i;
    }
    return weights.size() - 1;
}

} // namespace concord::demo
