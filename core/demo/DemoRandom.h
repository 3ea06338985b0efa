#pragma once
// The generator's only source of chance: std::mt19937_64 plus distributions written here,
// because the standard distributions give different numbers on different standard libraries
// and the demo must be the same for a seed everywhere.

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <random>
#include <span>

namespace concord::demo {

class DemoRandom {
public:
    explicit DemoRandom(std::uint64_t seed) : m_engine(seed) {}

    std::mt19937_64& engine() { return m_engine; }
    std::uint64_t next() { return m_engine(); }

    // A whole number in [lo, hi], both included; lo <= hi.
    std::int64_t between(std::int64_t lo, std::int64_t hi);
    // An index in [0, count); count > 0.
    std::size_t index(std::size_t count);
    // A real number in [0, 1).
    double unit();
    bool chance(double probability) { return unit() < probability; }
    // An index drawn with the given relative weights (not all zero).
    std::size_t weighted(std::span<const int> weights);
    std::size_t weighted(std::initializer_list<int> weights)
    {
        return weighted(std::span<const int>(weights.begin(), weights.size()));
    }

    template <typename T>
    const T& pick(std::span<const T> items)
    {
        return items[index(items.size())];
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace concord::demo
