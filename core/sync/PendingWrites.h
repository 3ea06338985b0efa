#pragma once
// Which of a conversation's messages are still waiting in the desk's outbox: the agent's
// replies, notes and logged calls or visits the hub has not confirmed. The desk marks them
// as pending in the thread. Reads the outbox through the connection it is given.

#include "domain/Id.h"
#include "domain/Result.h"

#include <memory>
#include <unordered_set>

namespace concord::store {
class Database;
class Outbox;
} // namespace concord::store

namespace concord::sync {

class PendingWrites {
public:
    explicit PendingWrites(store::Database& db);
    ~PendingWrites();
    PendingWrites(const PendingWrites&) = delete;
    PendingWrites& operator=(const PendingWrites&) = delete;

    domain::Result<std::unordered_set<domain::Id>> messageIds(const domain::Id& conversationId);

private:
    std::unique_ptr<store::Outbox> m_outbox;
};

} // namespace concord::sync
