#pragma once
// Fills a cache with demo data through CacheWriter in bulk mode, in large transactions.

#include "DemoGenerator.h"
#include "domain/Result.h"

namespace concord::store {
class Database;
}

namespace concord::demo {

// When search (customers, subjects, messages) is built: before fillDemoCache returns, or
// afterwards in steps (CacheWriter::backlogStep), as a desk's bootstrap of a large
// snapshot does. Later also leaves the conversations' indexes and the message ids' index
// to those steps, which the caller must then take (the bench times the load without them).
enum class MessageSearch { Now, Later };

// Writes the demo into `db` (expected empty), records the demo agent's login under the meta
// key "desk.agent_login", and rebuilds the indexes once at the end.
domain::Result<DemoStats> fillDemoCache(store::Database& db, const DemoOptions& options,
                                        const std::function<void(std::int64_t)>& progress = {},
                                        MessageSearch search = MessageSearch::Now);

// The same from any producer of demo records (`produce` hands them to the sink it is given
// and returns what it produced): a benchmark replays records generated beforehand, so that
// it times the cache's writing alone.
using DemoProducer = std::function<DemoStats(DemoSink&)>;
domain::Result<DemoStats> fillDemoCache(store::Database& db, const DemoProducer& produce,
                                        MessageSearch search = MessageSearch::Now);

} // namespace concord::demo
