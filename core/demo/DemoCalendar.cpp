#include "DemoCalendar.h"

#include <array>
#include <charconv>

namespace concord::demo {
namespace {

using namespace std::chrono;
using domain::Timestamp;

constexpr int kWindows = 3;

// Relative weight of each hour of the day a contact starts in, per window.
constexpr std::array<std::array<int, 24>, kWindows> kHourWeights{{
    {0, 0, 0, 0, 0, 0, 0, 0, 3, 8, 10, 10, 8, 8, 9, 8, 7, 5, 0, 0, 0, 0, 0, 0},
    {0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 7, 8, 9, 9, 8, 8, 9, 7, 0, 0, 0, 0, 0, 0},
    {0, 0, 0, 0, 0, 0, 0, 2, 4, 6, 7, 7, 6, 6, 6, 6, 6, 6, 5, 5, 5, 4, 3, 1},
}};
// Relative weight of each weekday (Sunday first), per window.
constexpr std::array<std::array<int, 7>, kWindows> kWeekdayWeights{{
    {0, 12, 10, 10, 10, 9, 3},
    {0, 10, 10, 10, 10, 11, 5},
    {4, 11, 10, 10, 10, 9, 5},
}};
// Opening hours [open, close) on weekdays and on Saturday; closed on Sunday except Anytime.
struct Hours {
    int weekdayOpen, weekdayClose, saturdayOpen, saturdayClose, sundayOpen, sundayClose;
};
constexpr std::array<Hours, kWindows> kHours{{
    {8, 18, 8, 14, 0, 0},
    {9, 18, 10, 14, 0, 0},
    {7, 23, 7, 23, 9, 22},
}};

int windowIndex(ContactWindow w) { return static_cast<int>(w); }

// Europe/Warsaw: CEST (UTC+2) from the last Sunday of March 01:00 UTC to the last Sunday of
// October 01:00 UTC, CET (UTC+1) otherwise.
minutes warsawOffset(Timestamp utc)
{
    const year y = year_month_day{floor<days>(utc)}.year();
    const auto summerStart = sys_days{y / March / Sunday[last]} + hours{1};
    const auto summerEnd = sys_days{y / October / Sunday[last]} + hours{1};
    return (utc >= summerStart && utc < summerEnd) ? minutes{120} : minutes{60};
}

Timestamp toLocal(Timestamp utc) { return utc + warsawOffset(utc); }

Timestamp toUtc(Timestamp local)
{
    // The offset an hour earlier is right for every business hour; only 2-3 a.m. on the
    // switch days would be ambiguous.
    return local - warsawOffset(local - hours{2});
}

void openingHours(ContactWindow window, unsigned weekday, int& open, int& close)
{
    const Hours h = kHours[windowIndex(window)];
    if (weekday == 0) {
        open = h.sundayOpen;
        close = h.sundayClose;
    } else if (weekday == 6) {
        open = h.saturdayOpen;
        close = h.saturdayClose;
    } else {
        open = h.weekdayOpen;
        close = h.weekdayClose;
    }
}

void appendTwoDigits(std::string& out, unsigned value)
{
    out.push_back(static_cast<char>('0' + value / 10 % 10));
    out.push_back(static_cast<char>('0' + value % 10));
}

} // namespace

DemoCalendar::DemoCalendar(Timestamp now, int days)
    : m_now(now)
    , m_start(now - std::chrono::days{days})
    , m_dayWeights(kWindows)
{
    const auto firstDay = floor<std::chrono::days>(toLocal(m_start));
    const auto lastDay = floor<std::chrono::days>(toLocal(m_now));
    for (auto d = firstDay; d <= lastDay; d += std::chrono::days{1}) {
        const unsigned weekday = std::chrono::weekday{d}.c_encoding();
        m_days.push_back({Timestamp{d}, weekday});
        for (int w = 0; w < kWindows; ++w)
            m_dayWeights[w].push_back(kWeekdayWeights[w][weekday]);
    }
}

Timestamp DemoCalendar::pickContactTime(DemoRandom& random, ContactWindow window) const
{
    const int w = windowIndex(window);
    for (int attempt = 0; attempt < 32; ++attempt) {
        const Day& day = m_days[random.weighted(m_dayWeights[w])];
        int open = 0;
        int close = 0;
        openingHours(window, day.weekday, open, close);
        const auto& hourWeights = kHourWeights[w];
        std::array<int, 24> allowed{};
        for (int h = open; h < close; ++h)
            allowed[h] = hourWeights[h];
        const auto hour = static_cast<int>(random.weighted(allowed));
        const Timestamp local = day.localMidnight + hours{hour}
                                + seconds{random.between(0, 3599)};
        const Timestamp utc = toUtc(local);
        if (utc >= m_start && utc <= m_now)
            return utc;
    }
    // The window is almost closed (e.g. one day of history on a Sunday): any recent moment.
    return m_now - minutes{random.between(1, 120)};
}

Timestamp DemoCalendar::nextOpen(Timestamp t, ContactWindow window, DemoRandom& random) const
{
    Timestamp local = toLocal(t);
    for (int step = 0; step < 8; ++step) {
        const auto day = floor<std::chrono::days>(local);
        int open = 0;
        int close = 0;
        openingHours(window, std::chrono::weekday{day}.c_encoding(), open, close);
        const auto openAt = Timestamp{day} + hours{open};
        if (open < close && local >= openAt && local < Timestamp{day} + hours{close})
            return t; // only reachable on the first step: later steps start at midnight
        if (open < close && local < openAt)
            return toUtc(openAt + minutes{random.between(2, 50)});
        local = Timestamp{day + std::chrono::days{1}};
    }
    return t;
}

void DemoCalendar::appendDate(std::string& out, Timestamp t)
{
    const year_month_day ymd{floor<std::chrono::days>(toLocal(t))};
    appendTwoDigits(out, static_cast<unsigned>(ymd.day()));
    out.push_back('.');
    appendTwoDigits(out, static_cast<unsigned>(ymd.month()));
    out.push_back('.');
    char buffer[8];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, int(ymd.year())).ptr;
    out.append(buffer, end);
}

void DemoCalendar::appendShortDate(std::string& out, Timestamp t)
{
    const year_month_day ymd{floor<std::chrono::days>(toLocal(t))};
    appendTwoDigits(out, static_cast<unsigned>(ymd.day()));
    out.push_back('.');
    appendTwoDigits(out, static_cast<unsigned>(ymd.month()));
}

void DemoCalendar::appendTimeOfDay(std::string& out, Timestamp t)
{
    const Timestamp local = toLocal(t);
    const auto sinceMidnight = local - floor<std::chrono::days>(local);
    const auto minutesOfDay = duration_cast<minutes>(sinceMidnight).count();
    appendTwoDigits(out, static_cast<unsigned>(minutesOfDay / 60));
    out.push_back(':');
    appendTwoDigits(out, static_cast<unsigned>(minutesOfDay % 60));
}

} // namespace concord::demo
