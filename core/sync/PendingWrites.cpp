#include "PendingWrites.h"

#include "Codec.h"
#include "store/Outbox.h"

#include <type_traits>

namespace concord::sync {
namespace {

// The message a mutation adds, if it adds one.
domain::Id addedMessage(const MutationOp& op)
{
    return std::visit(
        [](const auto& o) -> domain::Id {
            using T = std::decay_t<decltype(o)>;
            if constexpr (std::is_same_v<T, Reply> || std::is_same_v<T, Note>
                          || std::is_same_v<T, LogCall> || std::is_same_v<T, LogVisit>)
                return o.messageId;
            else if constexpr (std::is_same_v<T, NewConversation>)
                return o.message ? o.message->id : domain::Id{};
            else
                return {};
        },
        op);
}

} // namespace

PendingWrites::PendingWrites(store::Database& db)
    : m_outbox(std::make_unique<store::Outbox>(db))
{
}

PendingWrites::~PendingWrites() = default;

domain::Result<std::unordered_set<domain::Id>>
PendingWrites::messageIds(const domain::Id& conversationId)
{
    // Most conversations have nothing pending: one indexed count answers without decoding.
    auto count = m_outbox->countFor(conversationId);
    if (!count)
        return count.error();
    std::unordered_set<domain::Id> ids;
    if (*count == 0)
        return ids;
    auto pending = m_outbox->pending();
    if (!pending)
        return pending.error();
    for (const store::OutboxEntry& entry : *pending) {
        if (entry.conversationId != conversationId)
            continue;
        auto decoded = decode(entry.frame);
        if (!decoded)
            continue; // the desk wrote it: unreadable only if damaged; nothing to mark
        if (const auto* mutate = std::get_if<Mutate>(&decoded.frame()))
            if (auto id = addedMessage(mutate->op); !id.empty())
                ids.insert(std::move(id));
    }
    return ids;
}

} // namespace concord::sync
