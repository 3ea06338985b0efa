#include "net/Backoff.h"

#include <algorithm>

namespace concord::net {

Backoff::Backoff(Duration base, Duration cap)
    : Backoff(base, cap, std::random_device{}())
{}

Backoff::Backoff(Duration base, Duration cap, std::uint64_t seed)
    : m_base(std::max(base, Duration{1}))
    , m_cap(std::max(cap, Duration{0}))
    , m_random(seed)
{}

Backoff::Duration Backoff::ceiling() const
{
    // Doubling stops once the cap is reached, so a long outage cannot overflow.
    Duration bound = m_base;
    for (int i = 0; i < m_attempt && bound < m_cap; ++i)
        bound *= 2;
    return std::min(bound, m_cap);
}

Backoff::Duration Backoff::next()
{
    const Duration bound = ceiling();
    std::uniform_int_distribution<Duration::rep> pick(0, bound.count());
    ++m_attempt;
    return Duration{pick(m_random)};
}

void Backoff::reset()
{
    m_attempt = 0;
}

} // namespace concord::net
