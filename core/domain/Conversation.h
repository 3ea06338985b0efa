#pragma once
// One case handled on one channel: a chat, an e-mail thread, a call, a visit.

#include "Channel.h"
#include "Id.h"
#include "Time.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace concord::domain {

enum class Status { New, Open, Pending, Resolved, Closed };
inline constexpr std::array<Status, 5> kAllStatuses{Status::New, Status::Open, Status::Pending,
                                                    Status::Resolved, Status::Closed};

enum class Priority { Low, Normal, High, Urgent };
inline constexpr std::array<Priority, 4> kAllPriorities{Priority::Low, Priority::Normal,
                                                        Priority::High, Priority::Urgent};

std::string_view toKey(Status status);
std::optional<Status> statusFromKey(std::string_view key);
std::string_view toKey(Priority priority);
std::optional<Priority> priorityFromKey(std::string_view key);

// Resolved and closed conversations need no more work; the others do.
inline bool isActive(Status s) { return s != Status::Resolved && s != Status::Closed; }

// Answers to the post-contact survey; each only where the customer gave it.
struct SurveyAnswers {
    std::optional<int> csat; // 1-5
    std::optional<int> nps;  // 0-10
    std::optional<int> ces;  // 1-7

    bool operator==(const SurveyAnswers&) const = default;
};

struct Conversation {
    Id id;
    Id customerId;
    Channel channel = Channel::Email;
    SocialNetwork network = SocialNetwork::None; // only for Channel::Social
    std::string subject;
    Status status = Status::New;
    Priority priority = Priority::Normal;
    Id teamId;
    Id assigneeId; // empty when unassigned
    std::vector<std::string> tags;
    Timestamp created{};
    std::optional<Timestamp> firstResponse;
    std::optional<Timestamp> resolved;
    Timestamp lastActivity{};
    std::optional<Timestamp> slaDue;
    SurveyAnswers survey;
    std::int64_t revision = 0;

    bool operator==(const Conversation&) const = default;
};

} // namespace concord::domain
