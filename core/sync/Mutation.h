#pragma once
// The desk's writes as they travel to the hub (`mutate`) and the hub's answer
// (`mutation_result`). See docs/PROTOCOL.md, "Mutations".

#include "ErrorCode.h"
#include "domain/Conversation.h"
#include "domain/Id.h"
#include "domain/Message.h"
#include "domain/Time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace concord::sync {

// An outbound message on the conversation's channel.
struct Reply {
    domain::Id conversationId;
    domain::Id messageId;
    std::string body;
    domain::Timestamp sentAt{};
    std::optional<domain::EmailDetail> email;

    bool operator==(const Reply&) const = default;
};

// An internal note on the thread.
struct Note {
    domain::Id conversationId;
    domain::Id messageId;
    std::string body;
    domain::Timestamp sentAt{};

    bool operator==(const Note&) const = default;
};

struct SetStatus {
    domain::Id conversationId;
    domain::Status status = domain::Status::Open;

    bool operator==(const SetStatus&) const = default;
};

struct SetPriority {
    domain::Id conversationId;
    domain::Priority priority = domain::Priority::Normal;

    bool operator==(const SetPriority&) const = default;
};

struct SetTags {
    domain::Id conversationId;
    std::vector<std::string> tags;

    bool operator==(const SetTags&) const = default;
};

// Preconditions: an empty expected id means "expected unassigned"; it always travels.
struct Claim {
    domain::Id conversationId;
    domain::Id expectedAssigneeId;

    bool operator==(const Claim&) const = default;
};

struct Assign {
    domain::Id conversationId;
    domain::Id assigneeId;
    domain::Id expectedAssigneeId;

    bool operator==(const Assign&) const = default;
};

struct Unassign {
    domain::Id conversationId;
    domain::Id expectedAssigneeId;

    bool operator==(const Unassign&) const = default;
};

// Hands the conversation to another team; the note lands on the thread as an internal note.
struct Transfer {
    domain::Id conversationId;
    domain::Id teamId;
    domain::Id expectedTeamId;
    domain::Id noteId;
    std::string note;

    bool operator==(const Transfer&) const = default;
};

struct LogCall {
    domain::Id conversationId;
    domain::Id messageId;
    domain::Timestamp sentAt{};
    domain::CallDetail call;
    std::string body;

    bool operator==(const LogCall&) const = default;
};

struct LogVisit {
    domain::Id conversationId;
    domain::Id messageId;
    domain::Timestamp sentAt{};
    domain::VisitDetail visit;
    std::string body;

    bool operator==(const LogVisit&) const = default;
};

// A conversation opened from the desk for a customer in scope, with its first message.
struct NewConversation {
    domain::Conversation conversation;
    std::optional<domain::Message> message;

    bool operator==(const NewConversation&) const = default;
};

using MutationOp = std::variant<Reply, Note, SetStatus, SetPriority, SetTags, Claim, Assign,
                                Unassign, Transfer, LogCall, LogVisit, NewConversation>;

// The op's wire key ("reply", "set_status", ...).
std::string_view opKey(const MutationOp& op);

struct Mutate {
    domain::Id clientId;
    std::int64_t mutationId = 0; // > 0, grows per clientId
    MutationOp op;

    bool operator==(const Mutate&) const = default;
};

// Who holds a conversation a claim lost to.
struct Holder {
    domain::Id id;
    std::string displayName;

    bool operator==(const Holder&) const = default;
};

// ok: `seq` is the change that applied it. Refused: `code`, `message` and, for
// already_claimed, the `holder`. The fields of the other case stay at their defaults.
struct MutationResult {
    domain::Id clientId;
    std::int64_t mutationId = 0;
    bool ok = true;
    std::int64_t seq = 0;
    ErrorCode code = ErrorCode::Invalid;
    std::string message;
    std::optional<Holder> holder;
    // On a refusal about an existing conversation: the conversation as the hub has it, so
    // the desk can put back what its optimistic effect changed.
    std::optional<domain::Conversation> current;

    bool operator==(const MutationResult&) const = default;
};

} // namespace concord::sync
