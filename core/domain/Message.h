#pragma once
// One entry in a conversation's thread. Messages are append-only.

#include "Id.h"
#include "Time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace concord::domain {

enum class Direction {
    Inbound,  // from the customer
    Outbound, // from us to the customer
    Note,     // internal note, never seen by the customer
    Event     // system event: a call, a visit, an assignment, a status change
};

std::string_view toKey(Direction direction);
std::optional<Direction> directionFromKey(std::string_view key);

enum class CallOutcome { Answered, Abandoned, Missed, Callback };

std::string_view toKey(CallOutcome outcome);
std::optional<CallOutcome> callOutcomeFromKey(std::string_view key);

struct EmailDetail {
    std::string subject;
    std::string from;
    std::string to;
    std::string cc;
    std::vector<std::pair<std::string, std::string>> headers; // further headers, in order

    bool operator==(const EmailDetail&) const = default;
};

struct CallDetail {
    int durationSeconds = 0;
    std::vector<std::string> ivrPath; // menu choices in order, e.g. {"1 Orders", "3 Returns"}
    std::string queue;
    CallOutcome outcome = CallOutcome::Answered;

    bool operator==(const CallDetail&) const = default;
};

struct VisitDetail {
    std::string branch;
    std::string purpose;
    int durationMinutes = 0;

    bool operator==(const VisitDetail&) const = default;
};

struct Message {
    Id id;
    Id conversationId;
    Direction direction = Direction::Inbound;
    Id authorId;            // agent id or customer id; empty for system events
    std::string authorName; // as shown in the thread
    std::string body;
    Timestamp sentAt{};
    std::optional<EmailDetail> email;
    std::optional<CallDetail> call;
    std::optional<VisitDetail> visit;

    bool operator==(const Message&) const = default;
};

} // namespace concord::domain
