#include "Migrations.h"

#include "Schema.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <string>
#include <vector>

namespace concord::store {
void createCacheTables(SQLite::Database& db)
{
    db.exec(schema::kTablesV1);
    db.exec(schema::kCreateMessageIdIndex);
    db.exec(schema::kCreateSharedIndexes);
    db.exec(schema::kCreateInboxIndexes);
    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
}

// Also indexes whatever a version 1 cache already holds.
void createCacheSearch(SQLite::Database& db)
{
    db.exec(schema::kSearchV2);
    db.exec(schema::kCreateSearchTriggers);
    db.exec(schema::kRebuildSearch);
}

// Rebuilding drops the table's indexes and triggers; those it had come back as they were
// (their SQL read first), so a desk keeps its inbox index and search triggers, the hub its
// fewer, and a cache stopped inside a bulk load stays without them until its next load.
void messageIdsInDroppableIndex(SQLite::Database& db)
{
    std::vector<std::string> recreate;
    SQLite::Statement dependents(db, "SELECT sql FROM sqlite_schema WHERE tbl_name = 'messages' "
                                     "AND type IN ('index', 'trigger') AND sql IS NOT NULL "
                                     "AND name <> 'messages_by_id'");
    while (dependents.executeStep())
        recreate.push_back(dependents.getColumn(0).getString());
    db.exec(schema::kMessagesTableV6);
    db.exec("CREATE UNIQUE INDEX messages_by_id ON messages(id)");
    for (const std::string& sql : recreate)
        db.exec(sql);
}

namespace {

// An upsert names every column, so "UPDATE OF subject" fired on each conversation change
// (every live message bumps its conversation) and re-indexed an unchanged subject. Version 4
// recreates those update triggers with a WHEN that skips unchanged text. (Messages are
// never updated, and their triggers may be the search backlog's: they stay.)
void skipUnchangedSearchText(SQLite::Database& db)
{
    const bool searchLive = db.execAndGet("SELECT count(*) FROM sqlite_schema WHERE type = "
                                          "'trigger' AND name = 'conversations_fts_insert'")
                                .getInt()
                            > 0;
    db.exec("DROP TRIGGER IF EXISTS conversations_fts_update;"
            "DROP TRIGGER IF EXISTS customers_fts_update;");
    // A cache stopped inside a bulk load has no triggers; its next load creates them all.
    if (searchLive)
        db.exec(schema::kCreateSearchTriggers); // IF NOT EXISTS: only the two dropped
}

// Version 5: the message triggers skip the backlog's key range always, not only while a
// bulk load's backlog lasts, so a live transaction can defer its messages' indexing to one
// statement at commit (CacheWriter::deferMessageSearch). A cache with a backlog already has
// these triggers under the same names.
void messageTriggersSkipBacklog(SQLite::Database& db)
{
    const bool searchLive = db.execAndGet("SELECT count(*) FROM sqlite_schema WHERE type = "
                                          "'trigger' AND name = 'messages_fts_insert'")
                                .getInt()
                            > 0;
    if (!searchLive)
        return; // inside a bulk load: its end creates them
    db.exec("DROP TRIGGER messages_fts_insert; DROP TRIGGER IF EXISTS messages_fts_delete;"
            "DROP TRIGGER IF EXISTS messages_fts_update;");
    db.exec(schema::kCreateSearchTriggers); // IF NOT EXISTS: only the three dropped
}

// Version 7: the subject and customer triggers skip their backlog ranges too, so a bulk load
// can leave those indexes to be built in steps after it (CacheWriter::leaveSearchBacklog).
void subjectAndCustomerTriggersSkipBacklog(SQLite::Database& db)
{
    const bool searchLive = db.execAndGet("SELECT count(*) FROM sqlite_schema WHERE type = "
                                          "'trigger' AND name = 'conversations_fts_insert'")
                                .getInt()
                            > 0;
    if (!searchLive)
        return; // inside a bulk load: its end creates them
    for (const char* table : {"conversations", "customers"})
        for (const char* event : {"insert", "delete", "update"})
            db.exec(std::string("DROP TRIGGER IF EXISTS ") + table + "_fts_" + event);
    db.exec(schema::kCreateSearchTriggers); // IF NOT EXISTS: only the six dropped
}

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
        {4, "search skips unchanged text", skipUnchangedSearchText},
        {5, "message search deferrable to commit", messageTriggersSkipBacklog},
        {6, "message ids unique through a droppable index", messageIdsInDroppableIndex},
        {7, "subject and customer search deferrable", subjectAndCustomerTriggersSkipBacklog},
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
