#pragma once
// What the journey planner asks the thread builder for: one contact on one channel.

#include "StaffRoster.h"
#include "domain/Channel.h"
#include "domain/Time.h"

#include <optional>

namespace concord::demo {

// The contact an escalation or a follow-up continues, so the new one can refer to it.
struct EarlierContact {
    domain::Channel channel = domain::Channel::Email;
    domain::Timestamp when{};
};

struct ContactRequest {
    domain::Channel channel = domain::Channel::Email;
    domain::SocialNetwork network = domain::SocialNetwork::None;
    domain::Timestamp created{};
    TeamKind team = TeamKind::FirstLine;
    bool escalate = false; // starts in `team`, transferred to `escalateTo` after the answer
    TeamKind escalateTo = TeamKind::Complaints;
    std::optional<EarlierContact> earlier;
};

} // namespace concord::demo
