#include "ConversationTraits.h"

#include <algorithm>

namespace concord::demo {

using namespace std::chrono;
using domain::Priority;
using domain::Status;

Priority ConversationTraits::priority(DemoRandom& random, Topic topic, bool escalated)
{
    std::size_t index = 0;
    if (escalated || topic == Topic::ProductComplaint)
        index = random.weighted({5, 50, 33, 12});
    else if (topic == Topic::AccountAccess)
        index = random.weighted({5, 55, 30, 10});
    else
        index = random.weighted({16, 60, 20, 4});
    return domain::kAllPriorities[index];
}

std::optional<domain::Timestamp> ConversationTraits::slaDue(DemoRandom& random,
                                                            const domain::Conversation& c,
                                                            domain::Timestamp now)
{
    if (!domain::isActive(c.status)) {
        static constexpr int kTargetHours[] = {72, 24, 8, 2}; // by priority
        return c.created + hours{kTargetHours[static_cast<int>(c.priority)]};
    }
    if (c.status == Status::Pending && random.chance(0.6))
        return std::nullopt; // waiting for the customer: the clock is stopped

    const auto earliest = c.created + minutes{5};
    switch (random.weighted({14, 12, 74})) {
    case 0: { // breached
        const auto due = now - minutes{random.between(5, 600)};
        if (due > earliest)
            return due;
        break; // too young to be late: falls through to due soon
    }
    case 2:
        return now + minutes{random.between(61, 60 * 48)};
    default:
        break;
    }
    return now + minutes{random.between(3, 60)};
}

domain::SurveyAnswers ConversationTraits::survey(DemoRandom& random)
{
    domain::SurveyAnswers s;
    const int csat = 1 + static_cast<int>(random.weighted({4, 6, 12, 33, 45}));
    s.csat = csat;
    static constexpr int kNpsLow[] = {0, 1, 4, 7, 8};
    static constexpr int kNpsHigh[] = {3, 5, 7, 9, 10};
    if (random.chance(0.7))
        s.nps = static_cast<int>(random.between(kNpsLow[csat - 1], kNpsHigh[csat - 1]));
    if (random.chance(0.5))
        s.ces = static_cast<int>(random.between(csat, std::min(csat + 2, 7)));
    return s;
}

void ConversationTraits::addTags(DemoRandom& random, Topic topic, bool escalated, bool english,
                                 bool followUp, domain::Conversation& c)
{
    const Lines tags = topicLines(topic, false).tags;
    c.tags.emplace_back(tags[0]);
    if (tags.size() > 1 && random.chance(0.35))
        c.tags.emplace_back(tags[1 + random.index(tags.size() - 1)]);
    if (escalated)
        c.tags.emplace_back("eskalacja");
    if (followUp)
        c.tags.emplace_back("ponowny kontakt");
    if (english)
        c.tags.emplace_back("english");
    if (random.chance(0.03))
        c.tags.emplace_back("vip");
}

} // namespace concord::demo
