#pragma once
// The messages of the desk <-> hub protocol, version 1, as plain values: one struct per
// message type of docs/PROTOCOL.md. Only Codec knows how they are encoded.
//
// Conventions: a request's `req` is > 0 (ErrorReply's is 0 when it answers none); an empty
// domain::Id is an absent reference; times are domain::Timestamp (UTC, milliseconds).

#include "CloseCode.h"
#include "ErrorCode.h"
#include "Mutation.h"
#include "domain/Agent.h"
#include "domain/Conversation.h"
#include "domain/Customer.h"
#include "domain/Id.h"
#include "domain/Message.h"
#include "domain/Time.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace concord::sync {

inline constexpr int kProtocolVersion = 1;
inline constexpr std::size_t kMaxFrameBytes = 1024 * 1024; // both directions

// Where a desk's replica stands in the hub's history.
struct Cursor {
    domain::Id epoch;      // names one history of sequences
    std::int64_t seq = 0;  // last change applied

    bool operator==(const Cursor&) const = default;
};

// --- session -------------------------------------------------------------------------------

struct Hello {
    int protocol = kProtocolVersion;
    std::string client; // "concord-desk/0.1.0"
    domain::Id clientId;
    // The desk reads binary frames (UTF-8 JSON all the same): the hub may send snapshot
    // frames so. Absent (an older desk): false.
    bool binaryFrames = false;

    bool operator==(const Hello&) const = default;
};

struct Welcome {
    int protocol = kProtocolVersion;
    std::string hub; // "concord-hub/0.1.0"
    domain::Id epoch;

    bool operator==(const Welcome&) const = default;
};

struct Login {
    std::int64_t req = 0;
    std::string login;
    std::string password;

    bool operator==(const Login&) const = default;
};

struct Resume {
    std::int64_t req = 0;
    std::string token;

    bool operator==(const Resume&) const = default;
};

struct Logout {
    std::int64_t req = 0;

    bool operator==(const Logout&) const = default;
};

struct Ok {
    std::int64_t req = 0;

    bool operator==(const Ok&) const = default;
};

// The answer to login and resume.
struct Session {
    std::int64_t req = 0;
    std::string token;
    domain::Timestamp expiresAt{};
    domain::Agent agent;

    bool operator==(const Session&) const = default;
};

// `error`: a request was refused; the connection stays open. `req` is 0 when the refused
// frame had none (or it could not be read).
struct ErrorReply {
    std::int64_t req = 0;
    ErrorCode code = ErrorCode::Malformed;
    std::string message; // English, for logs

    bool operator==(const ErrorReply&) const = default;
};

// --- sync ----------------------------------------------------------------------------------

struct Subscribe {
    std::int64_t req = 0;
    std::optional<Cursor> cursor; // none: a fresh desk

    bool operator==(const Subscribe&) const = default;
};

struct Pull {
    std::int64_t req = 0;
    Cursor cursor;

    bool operator==(const Pull&) const = default;
};

// The desk must empty its replica; a snapshot at `seq` follows.
struct Reset {
    domain::Id epoch;
    std::int64_t seq = 0;

    bool operator==(const Reset&) const = default;
};

struct SnapshotRecords {
    std::vector<domain::Team> teams;
    std::vector<domain::Agent> agents;
    std::vector<domain::Customer> customers;
    std::vector<domain::Conversation> conversations;
    std::vector<domain::Message> messages;

    bool operator==(const SnapshotRecords&) const = default;
};

// One batch of the snapshot at `seq`; each batch is encoded under kMaxFrameBytes.
struct Snapshot {
    std::int64_t seq = 0;
    SnapshotRecords records;

    bool operator==(const Snapshot&) const = default;
};

struct SnapshotEnd {
    std::int64_t seq = 0;

    bool operator==(const SnapshotEnd&) const = default;
};

enum class RecordKind { Team, Agent, Customer, Conversation, Message };

std::string_view toKey(RecordKind kind);
std::optional<RecordKind> recordKindFromKey(std::string_view key);

enum class ChangeOp { Upsert, Remove };

// A tombstone: the record was deleted or left the desk's scope.
struct Removed {
    RecordKind kind = RecordKind::Message;
    domain::Id id;

    bool operator==(const Removed&) const = default;
};

// One change: a whole record to upsert, or a removal. The op and the kind follow from
// which alternative `record` holds, so they cannot disagree with it.
struct ChangeItem {
    std::int64_t seq = 0;
    std::variant<domain::Team, domain::Agent, domain::Customer, domain::Conversation,
                 domain::Message, Removed>
        record;

    ChangeOp op() const;
    RecordKind kind() const;

    bool operator==(const ChangeItem&) const = default;
};

// Every change in the desk's scope with a sequence in (after, upTo].
struct Changes {
    std::int64_t after = 0;
    std::int64_t upTo = 0;
    std::vector<ChangeItem> items;

    bool operator==(const Changes&) const = default;
};

// --- presence (ephemeral) ------------------------------------------------------------------

enum class PresenceState { Viewing, Typing, Left };

std::string_view toKey(PresenceState state);
std::optional<PresenceState> presenceStateFromKey(std::string_view key);

// Desk -> hub: agentId and displayName empty. Hub -> desk: both set (who it is).
struct Presence {
    domain::Id conversationId;
    PresenceState state = PresenceState::Viewing;
    domain::Id agentId;
    std::string displayName;

    bool operator==(const Presence&) const = default;
};

// --- the frame -----------------------------------------------------------------------------

using Frame = std::variant<Hello, Welcome, Login, Resume, Logout, Ok, Session, ErrorReply,
                           Subscribe, Pull, Reset, Snapshot, SnapshotEnd, Changes, Mutate,
                           MutationResult, Presence>;

// The frame's wire `type` ("hello", "mutation_result", ...), e.g. for logs.
std::string_view typeKey(const Frame& frame);

} // namespace concord::sync
