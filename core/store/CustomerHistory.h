#pragma once
// A customer's contacts across every channel, as the customer pane shows them.

#include "domain/Channel.h"
#include "domain/Conversation.h"
#include "domain/Id.h"
#include "domain/Time.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>

namespace concord::store {

struct HistoryRow {
    domain::Id conversationId;
    domain::Channel channel = domain::Channel::Email;
    domain::SocialNetwork network = domain::SocialNetwork::None;
    std::string subject;
    domain::Status status = domain::Status::New;
    domain::Priority priority = domain::Priority::Normal;
    std::string teamName;
    std::string assigneeName;
    domain::Timestamp created{};
    domain::Timestamp lastActivity{};
    domain::SurveyAnswers survey;
    int messageCount = 0;
};

struct CustomerSummary {
    std::array<int, 6> contactsPerChannel{}; // indexed by domain::Channel
    int conversations = 0;
    int openConversations = 0; // not resolved or closed
    std::optional<domain::Timestamp> firstContact;
    std::optional<domain::Timestamp> lastContact;
    std::optional<double> averageCsat; // over the conversations that have one
    int csatAnswers = 0;
};

} // namespace concord::store
