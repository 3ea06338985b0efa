#include "Protocol.h"

#include <array>
#include <utility>

namespace concord::sync {
namespace {

// In the order of the Frame alternatives.
constexpr std::array<std::string_view, 17> kFrameTypes{
    "hello",    "welcome",  "login",        "resume",  "logout", "ok",
    "session",  "error",    "subscribe",    "pull",    "reset",  "snapshot",
    "snapshot_end", "changes", "mutate", "mutation_result", "presence"};
static_assert(kFrameTypes.size() == std::variant_size_v<Frame>);

// In the order of the MutationOp alternatives.
constexpr std::array<std::string_view, 12> kOpKeys{
    "reply", "note",     "set_status", "set_priority", "set_tags", "claim",
    "assign", "unassign", "transfer",  "log_call",     "log_visit", "new_conversation"};
static_assert(kOpKeys.size() == std::variant_size_v<MutationOp>);

constexpr std::array<std::string_view, 5> kKindKeys{"team", "agent", "customer",
                                                    "conversation", "message"};

constexpr std::array<std::string_view, 3> kPresenceKeys{"viewing", "typing", "left"};

template <typename Enum, std::size_t N>
std::optional<Enum> fromKeyTable(const std::array<std::string_view, N>& keys,
                                 std::string_view key)
{
    for (std::size_t i = 0; i < N; ++i)
        if (keys[i] == key)
            return static_cast<Enum>(i);
    return std::nullopt;
}

} // namespace

std::string_view typeKey(const Frame& frame) { return kFrameTypes[frame.index()]; }

std::string_view opKey(const MutationOp& op) { return kOpKeys[op.index()]; }

std::string_view toKey(RecordKind kind) { return kKindKeys[static_cast<std::size_t>(kind)]; }

std::optional<RecordKind> recordKindFromKey(std::string_view key)
{
    return fromKeyTable<RecordKind>(kKindKeys, key);
}

std::string_view toKey(PresenceState state)
{
    return kPresenceKeys[static_cast<std::size_t>(state)];
}

std::optional<PresenceState> presenceStateFromKey(std::string_view key)
{
    return fromKeyTable<PresenceState>(kPresenceKeys, key);
}

ChangeOp ChangeItem::op() const
{
    return std::holds_alternative<Removed>(record) ? ChangeOp::Remove : ChangeOp::Upsert;
}

RecordKind ChangeItem::kind() const
{
    if (const auto* removed = std::get_if<Removed>(&record))
        return removed->kind;
    // The record alternatives come in the order of RecordKind.
    return static_cast<RecordKind>(record.index());
}

} // namespace concord::sync
