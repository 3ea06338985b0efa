#pragma once
// Everything the desk's screens read from the cache. Owns its prepared statements; lives on
// the thread that owns the Database it reads (the GUI thread on the desk).

#include "CustomerHistory.h"
#include "InboxQuery.h"
#include "domain/Agent.h"
#include "domain/Conversation.h"
#include "domain/Customer.h"
#include "domain/Message.h"
#include "domain/Result.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace concord::store {

class Database;

class CacheReader {
public:
    explicit CacheReader(Database& db);
    ~CacheReader();
    CacheReader(const CacheReader&) = delete;
    CacheReader& operator=(const CacheReader&) = delete;

    // One page of the inbox in the query's order, starting after `after` (keyset paging:
    // pass the last row of the previous page, or nothing for the first page).
    domain::Result<std::vector<InboxRow>> inboxPage(const InboxQuery& query,
                                                    const InboxRow* after, int limit);
    domain::Result<ViewCounts> viewCounts(const InboxQuery& query);
    domain::Result<InboxRow> inboxRow(const domain::Id& conversationId);

    domain::Result<domain::Conversation> conversation(const domain::Id& conversationId);
    // The whole thread in time order (ties broken by insertion order).
    domain::Result<std::vector<domain::Message>> messages(const domain::Id& conversationId);

    domain::Result<domain::Customer> customer(const domain::Id& customerId);
    // Every conversation of the customer on every channel, newest activity first.
    domain::Result<std::vector<HistoryRow>> customerHistory(const domain::Id& customerId);
    domain::Result<CustomerSummary> customerSummary(const domain::Id& customerId);

    domain::Result<std::vector<domain::Team>> teams();
    domain::Result<std::vector<domain::Agent>> agents();
    domain::Result<domain::Agent> agentByLogin(const std::string& login);

    // Small key/value settings kept with the cache (e.g. "desk.agent_login").
    std::optional<std::string> meta(const std::string& key);

private:
    struct Statements;
    Database& m_db;
    std::unique_ptr<Statements> m_stmts;
};

} // namespace concord::store
