#include "CaseFacts.h"

#include "DemoCalendar.h"

#include <charconv>

namespace concord::demo {
namespace {

void appendDigits(std::string& out, DemoRandom& random, int count)
{
    for (int i = 0; i < count; ++i)
        out.push_back(static_cast<char>('0' + random.index(10)));
}

void appendNumber(std::string& out, std::int64_t value)
{
    char buffer[24];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    out.append(buffer, end);
}

// "1 249,99 zł": Polish grouping and decimal comma.
std::string formatAmount(std::int64_t zloty, int grosze)
{
    std::string digits;
    appendNumber(digits, zloty);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out.push_back(' ');
        out.push_back(digits[i]);
    }
    out.push_back(',');
    out.push_back(static_cast<char>('0' + grosze / 10));
    out.push_back(static_cast<char>('0' + grosze % 10));
    out += " zł";
    return out;
}

std::string trackingNumber(DemoRandom& random, std::string_view courier)
{
    std::string t;
    if (courier == "InPost") {
        appendDigits(t, random, 24);
    } else if (courier == "DHL") {
        t = "JJD";
        appendDigits(t, random, 18);
    } else if (courier == "DPD") {
        appendDigits(t, random, 13);
        t.push_back('U');
    } else if (courier == "Poczta Polska") {
        t = "PX";
        appendDigits(t, random, 9);
        t += "PL";
    } else {
        t = "MT";
        appendDigits(t, random, 10);
    }
    return t;
}

std::string_view casePrefix(Topic topic)
{
    switch (topic) {
    case Topic::ProductComplaint: return "RK/";
    case Topic::Return: return "ZW/";
    case Topic::Warranty: return "SR/";
    default: return "ZG/";
    }
}

} // namespace

CaseFacts CaseFacts::make(DemoRandom& random, Topic topic, domain::Timestamp opened)
{
    CaseFacts f;
    f.topic = topic;
    const auto all = products();
    f.product = &all[random.index(all.size())];

    f.order = "MC-";
    f.order.push_back(static_cast<char>('1' + random.index(9)));
    appendDigits(f.order, random, 7);

    static constexpr int kGrosze[] = {0, 99, 99, 49, 90, 0, 50};
    f.amount = formatAmount(random.between(f.product->minPrice, f.product->maxPrice),
                            kGrosze[random.index(std::size(kGrosze))]);

    const auto ordered = opened - std::chrono::days{random.between(1, 20)};
    DemoCalendar::appendShortDate(f.orderDate, ordered);
    const auto ymd = std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(ordered)};
    f.invoice = "FV/";
    appendNumber(f.invoice, int(ymd.year()));
    f.invoice += unsigned(ymd.month()) < 10 ? "/0" : "/";
    appendNumber(f.invoice, unsigned(ymd.month()));
    f.invoice.push_back('/');
    appendDigits(f.invoice, random, 5);

    const Lines allCouriers = couriers();
    f.courier = allCouriers[random.weighted({35, 22, 18, 8, 10, 7})];
    f.tracking = trackingNumber(random, f.courier);

    f.caseNumber = casePrefix(topic);
    appendNumber(f.caseNumber, int(ymd.year()));
    f.caseNumber.push_back('/');
    appendDigits(f.caseNumber, random, 5);

    const Lines allBranches = branches();
    f.branch = allBranches[random.index(allBranches.size())];
    return f;
}

} // namespace concord::demo
