#include "HubChanges.h"

#include <algorithm>

namespace concord::store {
namespace {

bool intersects(const std::vector<domain::Id>& a, const std::vector<domain::Id>& b)
{
    return std::any_of(a.begin(), a.end(), [&b](const domain::Id& id) {
        return std::find(b.begin(), b.end(), id) != b.end();
    });
}

ChangeItem upsert(const LoggedChange& change)
{
    return {change.seq, ChangeOp::Upsert, change.kind, change.recordId, change.record};
}

ChangeItem remove(const LoggedChange& change)
{
    return {change.seq, ChangeOp::Remove, change.kind, change.recordId, {}};
}

// Apply order: upserts parents first, then removes children first.
int applyRank(const ChangeItem& item)
{
    const int kind = static_cast<int>(item.kind);
    return item.op == ChangeOp::Upsert ? kind : 10 - kind;
}

} // namespace

std::string_view toKey(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Team:
        return "team";
    case ChangeKind::Agent:
        return "agent";
    case ChangeKind::Customer:
        return "customer";
    case ChangeKind::Conversation:
        return "conversation";
    case ChangeKind::Message:
        return "message";
    }
    return "team";
}

std::string_view toKey(ChangeOp op)
{
    return op == ChangeOp::Remove ? "remove" : "upsert";
}

std::optional<ChangeItem> itemFor(const LoggedChange& change, const HubScope& scope)
{
    const bool exists = !std::holds_alternative<std::monostate>(change.record);
    const bool global = change.kind == ChangeKind::Team || change.kind == ChangeKind::Agent;
    if (!exists && change.kind == ChangeKind::Message)
        return std::nullopt;
    if (scope.everything || global)
        return exists ? upsert(change) : remove(change);
    if (exists && intersects(scope.teamIds, change.audience))
        return upsert(change);
    if (change.kind == ChangeKind::Message)
        return std::nullopt;
    if (intersects(scope.teamIds, change.touched) || intersects(scope.teamIds, change.audience))
        return remove(change);
    return std::nullopt;
}

ChangeBatch filterForScope(const LoggedBatch& batch, const HubScope& scope)
{
    ChangeBatch out{batch.after, batch.upTo, {}};
    for (const LoggedChange& change : batch.changes)
        if (auto item = itemFor(change, scope))
            out.items.push_back(std::move(*item));
    std::stable_sort(out.items.begin(), out.items.end(),
                     [](const ChangeItem& a, const ChangeItem& b) {
                         return applyRank(a) < applyRank(b);
                     });
    return out;
}

} // namespace concord::store
