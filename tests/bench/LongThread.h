#pragma once
// Adds one conversation of many messages to a cache, for timing how fast a long thread
// opens (the demo's own threads are at most a few dozen messages).

#include "domain/Id.h"
#include "domain/Result.h"
#include "domain/Time.h"

namespace concord::store {
class Database;
}

namespace concord::bench {

// Writes it through the cache writer (triggers and indexes live, as the sync client would)
// for `customerId`, assigned to the demo agent; returns the conversation's id.
domain::Result<domain::Id> addLongThread(store::Database& db, const domain::Id& customerId,
                                         int messages, domain::Timestamp now);

} // namespace concord::bench
