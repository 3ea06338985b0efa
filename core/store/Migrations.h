#pragma once
// Numbered schema steps under PRAGMA user_version. Each step runs in one transaction that also
// sets user_version, so a failing step leaves the database exactly as it was.

#include "domain/Result.h"

#include <functional>
#include <vector>

namespace SQLite {
class Database;
}

namespace concord::store {

struct MigrationStep {
    int version = 0;         // user_version once the step is done
    const char* purpose = ""; // for logs and failures
    std::function<void(SQLite::Database&)> apply; // throws to fail the step
};

// The cache's steps, oldest first: 1 the desk cache tables, 2 full-text search, 3 the
// sync outbox.
const std::vector<MigrationStep>& cacheMigrationSteps();
int latestCacheVersion();

// Marks a database as Concord's (PRAGMA application_id), so a foreign SQLite file is refused.
inline constexpr int kApplicationId = 0x436F6E63; // "Conc"

int readUserVersion(SQLite::Database& db);

// Which schema a database file carries: its steps, and the application_id that marks it, so
// the desk's cache and the hub's store are each refused by the other's code.
struct SchemaPlan {
    const std::vector<MigrationStep>* steps = nullptr;
    int applicationId = 0;
    const char* name = ""; // for messages: "cache", "hub store"
    int latestVersion() const { return steps->back().version; }
};
const SchemaPlan& cacheSchemaPlan();

// The cache's steps, for schemas that build on the same domain tables (the hub's store).
void createCacheTables(SQLite::Database& db);
void createCacheSearch(SQLite::Database& db);
// Version 6 of both the cache and the hub's store: the messages table rebuilt so that its
// ids are unique through messages_by_id, an index bulk loads drop (Schema.h).
void messageIdsInDroppableIndex(SQLite::Database& db);

// Runs the steps above the database's version up to `targetVersion`, in order. A step another
// connection has already done is skipped. Errors: MigrationFailed (rolled back), TooNew.
domain::VoidResult migrate(SQLite::Database& db, const std::vector<MigrationStep>& steps,
                           int targetVersion);

} // namespace concord::store
