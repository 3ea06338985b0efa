#pragma once
// Builds the SQL of the inbox's pages and view counts from an InboxQuery. The text depends
// only on the query's shape (view, sort, which filters, how many teams, paging, search), so
// the reader can keep one prepared statement per shape; the values are bound.

#include "InboxQuery.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace concord::store {

// The query's ids resolved to the cache's row keys.
struct InboxKeys {
    std::optional<std::int64_t> agentKey; // nullopt: "me" is not in the cache
    std::vector<std::int64_t> teamKeys;
};

struct InboxSql {
    std::string text;
    std::vector<std::int64_t> values; // bound in order to ?1, ?2, ...
};

// The columns every inbox row is read from, in the order rowFromStatement() expects, and the
// joins they need; `source` names the conversations as "c".
std::string inboxRowSelect(const std::string& source);

// A page: `searching` drives the page from temp.search_hits (the matching conversations).
InboxSql inboxPageSql(const InboxQuery& query, const InboxKeys& keys, const InboxRow* after,
                      int limit, bool searching);
// Counts per view in one pass: mine, unassigned, my teams, all.
InboxSql viewCountsSql(const InboxQuery& query, const InboxKeys& keys, bool searching);

} // namespace concord::store
