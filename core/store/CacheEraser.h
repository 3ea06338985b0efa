#pragma once
// Takes records out of the cache: what left the desk's scope (a conversation transferred to
// another team, a customer no longer involved), what the hub refused (an optimistic message),
// and everything at once when the hub starts the desk over. The outbox and the meta table
// stay: they are the desk's own. Each call is all-or-nothing, inside or outside the caller's
// transaction (CacheWriter::begin).

#include "domain/Id.h"
#include "domain/Result.h"

#include <memory>

namespace concord::store {

class Database;

class CacheEraser {
public:
    explicit CacheEraser(Database& db);
    ~CacheEraser();
    CacheEraser(const CacheEraser&) = delete;
    CacheEraser& operator=(const CacheEraser&) = delete;

    // Removes one message and recomputes its conversation's count and preview from what
    // remains. An id not in the cache is not an error: removals repeat harmlessly.
    domain::VoidResult removeMessage(const domain::Id& messageId);
    domain::VoidResult removeConversation(const domain::Id& conversationId); // with messages
    domain::VoidResult removeCustomer(const domain::Id& customerId); // with all of theirs
    // Every team, agent, customer, conversation and message.
    domain::VoidResult removeAllRecords();

private:
    struct Statements;
    Database& m_db;
    std::unique_ptr<Statements> m_stmts;
};

} // namespace concord::store
