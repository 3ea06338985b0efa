#pragma once
// Fills a cache with demo data through CacheWriter in bulk mode, in large transactions.

#include "DemoGenerator.h"
#include "domain/Result.h"

namespace concord::store {
class Database;
}

namespace concord::demo {

// Writes the demo into `db` (expected empty), records the demo agent's login under the meta
// key "desk.agent_login", and rebuilds the indexes once at the end.
domain::Result<DemoStats> fillDemoCache(store::Database& db, const DemoOptions& options,
                                        const std::function<void(std::int64_t)>& progress = {});

} // namespace concord::demo
