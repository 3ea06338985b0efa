#pragma once
// Timings of repeated runs and their percentiles (nearest rank), in milliseconds.

#include <chrono>
#include <vector>

namespace concord::bench {

class Samples {
public:
    void add(double ms) { m_values.push_back(ms); }
    void add(const Samples& other);
    bool empty() const { return m_values.empty(); }
    double percentile(double p) const;
    double p50() const { return percentile(50); }
    double p95() const { return percentile(95); }
    double max() const { return percentile(100); }

private:
    std::vector<double> m_values;
};

// Milliseconds since `start` on the steady clock.
double elapsedMs(std::chrono::steady_clock::time_point start);

} // namespace concord::bench
