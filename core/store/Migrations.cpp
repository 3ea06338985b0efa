#include "Migrations.h"

#include "Schema.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <string>

namespace concord::store {
void createCacheTables(SQLite::Database& db)
{
    db.exec(schema::kTablesV1);
    db.exec(schema::kCreateBulkIndexes);
    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
}

// Also indexes whatever a version 1 cache already holds.
void createCacheSearch(SQLite::Database& db)
{
    db.exec(schema::kSearchV2);
    db.exec(schema::kCreateSearchTriggers);
    db.exec(schema::kRebuildSearch);
}

namespace {

void runStep(SQLite::Database& db, const MigrationStep& step)
{
    db.exec("BEGIN IMMEDIATE");
    try {
        // Checked inside the write lock: another connection may have just migrated.
        if (readUserVersion(db) < step.version) {
            step.apply(db);
            db.exec("PRAGMA user_version = " + std::to_string(step.version));
        }
        db.exec("COMMIT");
    } catch (...) {
        db.tryExec("ROLLBACK");
        throw;
    }
}

} // namespace

const std::vector<MigrationStep>& cacheMigrationSteps()
{
    static const std::vector<MigrationStep> steps{
        {1, "desk cache tables", createCacheTables},
        {2, "full-text search", createCacheSearch},
        {3, "sync outbox", [](SQLite::Database& db) { db.exec(schema::kOutboxV3); }},
    };
    return steps;
}

const SchemaPlan& cacheSchemaPlan()
{
    static const SchemaPlan plan{&cacheMigrationSteps(), kApplicationId, "cache"};
    return plan;
}

int latestCacheVersion()
{
    return cacheMigrationSteps().back().version;
}

int readUserVersion(SQLite::Database& db)
{
    return db.execAndGet("PRAGMA user_version").getInt();
}

domain::VoidResult migrate(SQLite::Database& db, const std::vector<MigrationStep>& steps,
                           int targetVersion)
{
    int version = 0;
    try {
        version = readUserVersion(db);
    } catch (const std::exception& e) {
        return domain::Error{domain::ErrorCode::NotADatabase, e.what()};
    }
    if (version > targetVersion)
        return domain::Error{domain::ErrorCode::TooNew,
                             "schema " + std::to_string(version) + " is newer than "
                                 + std::to_string(targetVersion)};
    for (const MigrationStep& step : steps) {
        if (step.version <= version || step.version > targetVersion)
            continue;
        try {
            runStep(db, step);
        } catch (const std::exception& e) {
            return domain::Error{domain::ErrorCode::MigrationFailed,
                                 "step " + std::to_string(step.version) + " (" + step.purpose
                                     + "): " + e.what()};
        }
    }
    return domain::Done{};
}

} // namespace concord::store
