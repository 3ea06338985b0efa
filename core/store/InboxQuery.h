#pragma once
// What the inbox asks of the cache, and the rows it gets back.

#include "domain/Channel.h"
#include "domain/Conversation.h"
#include "domain/Id.h"
#include "domain/Time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace concord::store {

enum class InboxView {
    Mine,       // assigned to me
    Unassigned, // nobody's yet, in any team
    MyTeams,    // routed to one of my teams
    All
};

enum class InboxSort {
    LastActivity, // newest activity first
    SlaDue,       // earliest SLA due first; conversations without one last
    Priority      // most urgent first, then newest activity
};

using StatusMask = unsigned;
using PriorityMask = unsigned;
inline constexpr StatusMask statusBit(domain::Status s) { return 1u << static_cast<unsigned>(s); }
inline constexpr PriorityMask priorityBit(domain::Priority p)
{
    return 1u << static_cast<unsigned>(p);
}
inline constexpr StatusMask kAnyStatus = (1u << domain::kAllStatuses.size()) - 1;
inline constexpr PriorityMask kAnyPriority = (1u << domain::kAllPriorities.size()) - 1;

struct InboxQuery {
    InboxView view = InboxView::All;
    domain::Id agentId;              // who "me" is, for Mine
    std::vector<domain::Id> teamIds; // my teams, for MyTeams
    domain::ChannelMask channels = domain::kAnyChannel;
    StatusMask statuses = kAnyStatus;
    PriorityMask priorities = kAnyPriority;
    std::string search; // what the user typed; empty means no search
    InboxSort sort = InboxSort::LastActivity;
};

struct InboxRow {
    std::int64_t key = 0; // the cache's local row key; stable while the row exists
    domain::Id conversationId;
    domain::Id customerId;
    std::string customerName;
    domain::Channel channel = domain::Channel::Email;
    domain::SocialNetwork network = domain::SocialNetwork::None;
    std::string subject;
    std::string preview; // the start of the latest customer-visible or note message
    domain::Status status = domain::Status::New;
    domain::Priority priority = domain::Priority::Normal;
    domain::Id assigneeId;
    std::string assigneeName;
    domain::Id teamId;
    std::string teamName;
    domain::Timestamp lastActivity{};
    std::optional<domain::Timestamp> slaDue;
    int messageCount = 0;
};

// Number of conversations in each view under the query's channel, status, priority and search
// filters (the query's own view is ignored).
struct ViewCounts {
    std::int64_t mine = 0;
    std::int64_t unassigned = 0;
    std::int64_t myTeams = 0;
    std::int64_t all = 0;
};

} // namespace concord::store
