#include "DemoPhrases.h"
#include "DemoVocabulary.h"

namespace concord::demo {

const TopicLines& topicLines(Topic topic, bool english)
{
    return english ? englishTopicLines(topic) : polishTopicLines(topic);
}

const CommonLines& commonLines(bool english)
{
    return english ? englishCommonLines() : polishCommonLines();
}

std::string_view topicTag(Topic topic)
{
    switch (topic) {
    case Topic::ProductComplaint: return "reklamacja";
    case Topic::DeliveryDelay: return "dostawa";
    case Topic::Billing: return "faktura";
    case Topic::Return: return "zwrot";
    case Topic::Warranty: return "gwarancja";
    case Topic::AccountAccess: return "konto";
    }
    return {};
}

} // namespace concord::demo
