#pragma once
// Full-jitter exponential backoff for reconnecting (docs/PROTOCOL.md, Transport):
// delay = uniform(0, min(cap, base * 2^attempt)), attempt counting from 0. The owner calls
// reset() once a connection has stayed up long enough. Not thread-safe.

#include <chrono>
#include <cstdint>
#include <random>

namespace concord::net {

class Backoff
{
public:
    using Duration = std::chrono::milliseconds;

    explicit Backoff(Duration base = Duration{500}, Duration cap = Duration{30000});
    // A fixed seed makes the sequence reproducible (tests).
    Backoff(Duration base, Duration cap, std::uint64_t seed);

    // The delay before the next attempt; each call counts one attempt.
    Duration next();
    void reset();

    int attempt() const { return m_attempt; }
    // The upper bound the next delay is drawn under: min(cap, base * 2^attempt).
    Duration ceiling() const;

private:
    Duration m_base;
    Duration m_cap;
    int m_attempt = 0;
    std::mt19937_64 m_random;
};

} // namespace concord::net
