#pragma once
// When things happen in the demo: contact times in opening hours over the last N days, agent
// replies moved into working hours, dates written as a Polish customer would. Local time is
// Europe/Warsaw (CET/CEST rule built in, so no time zone database is needed).

#include "DemoRandom.h"
#include "domain/Time.h"

#include <string>
#include <vector>

namespace concord::demo {

enum class ContactWindow {
    Business, // phone lines and chat: Mon-Fri 8-18, Sat 8-14
    Branch,   // branches: Mon-Fri 9-18, Sat 10-14
    Anytime   // e-mail, SMS, social: customers write 7-23 any day, mostly on weekdays
};

class DemoCalendar {
public:
    DemoCalendar(domain::Timestamp now, int days);

    domain::Timestamp now() const { return m_now; }
    domain::Timestamp start() const { return m_start; }

    // A contact time in [start, now] within the window's opening hours.
    domain::Timestamp pickContactTime(DemoRandom& random, ContactWindow window) const;
    // The first moment at or after `t` that is within the window's opening hours (plus a
    // short random delay when `t` had to be moved).
    domain::Timestamp nextOpen(domain::Timestamp t, ContactWindow window,
                               DemoRandom& random) const;

    // Local dates: "24.11.2025" and "24.11".
    static void appendDate(std::string& out, domain::Timestamp t);
    static void appendShortDate(std::string& out, domain::Timestamp t);
    // Local time of day: "14:05".
    static void appendTimeOfDay(std::string& out, domain::Timestamp t);

private:
    struct Day {
        domain::Timestamp localMidnight; // local clock reading, stored as a timestamp
        unsigned weekday = 0;            // 0 = Sunday
    };

    domain::Timestamp m_now;
    domain::Timestamp m_start;
    std::vector<Day> m_days;
    std::vector<std::vector<int>> m_dayWeights; // per window, per day
};

} // namespace concord::demo
