#pragma once
// The case-level fields of a demo conversation that do not come from its messages:
// priority, SLA due time, survey answers and tags.

#include "DemoRandom.h"
#include "DemoVocabulary.h"
#include "domain/Conversation.h"

#include <optional>

namespace concord::demo {

class ConversationTraits {
public:
    static domain::Priority priority(DemoRandom& random, Topic topic, bool escalated);

    // Active conversations: mostly comfortably due, some due within the hour, some breached
    // (never before the conversation began); pending ones mostly paused (no due time).
    // Settled ones keep the target they had: created + the priority's resolution time.
    static std::optional<domain::Timestamp> slaDue(DemoRandom& random,
                                                   const domain::Conversation& c,
                                                   domain::Timestamp now);

    // Answered on about a third of settled conversations; CSAT skewed positive, NPS and CES
    // following it.
    static domain::SurveyAnswers survey(DemoRandom& random);

    static void addTags(DemoRandom& random, Topic topic, bool escalated, bool english,
                        bool followUp, domain::Conversation& c);
};

} // namespace concord::demo
