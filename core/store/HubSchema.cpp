#include "HubSchema.h"

#include "Migrations.h"
#include "Schema.h"
#include "domain/Id.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <string>

namespace concord::store {
namespace {

// change_log: one row per change, numbered gap-free by its writer (HubStore). kind and op are
// small codes (HubChanges.h). team_id is the team the record belonged to when written,
// old_team_id a team it left (a transfer, or a customer leaving a team's scope), customer_id
// the customer it belongs to: a reader finds who may hold a record from these three.
const char* const kHubTablesV3 = R"sql(
CREATE TABLE change_log (
    seq          INTEGER PRIMARY KEY,
    kind         INTEGER NOT NULL,
    record_id    TEXT NOT NULL,
    op           INTEGER NOT NULL,
    team_id      TEXT,
    old_team_id  TEXT,
    customer_id  TEXT,
    committed_at INTEGER NOT NULL
);

CREATE TABLE credentials (
    agent_id        TEXT PRIMARY KEY REFERENCES agents(id) ON DELETE CASCADE,
    password_hash   TEXT NOT NULL,
    disabled        INTEGER NOT NULL DEFAULT 0,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    last_failure    INTEGER
) WITHOUT ROWID;

CREATE TABLE sessions (
    token_hash BLOB PRIMARY KEY,
    agent_id   TEXT NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
    created    INTEGER NOT NULL,
    expires    INTEGER NOT NULL,
    revoked    INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX sessions_by_agent ON sessions(agent_id);

CREATE TABLE applied_mutations (
    client_id   TEXT NOT NULL,
    mutation_id INTEGER NOT NULL,
    result      TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    applied_at  INTEGER NOT NULL,
    PRIMARY KEY (client_id, mutation_id)
) WITHOUT ROWID;
)sql";

void createDomainTables(SQLite::Database& db)
{
    createCacheTables(db);
    db.exec("PRAGMA application_id = " + std::to_string(kHubApplicationId));
}

void createHubTables(SQLite::Database& db)
{
    db.exec(kHubTablesV3);
    SQLite::Statement meta(db, "INSERT INTO meta(key, value) VALUES (?1, ?2)");
    meta.bind(1, hubschema::kEpochKey);
    meta.bind(2, domain::newUuid()); // a new store starts a new history of sequences
    meta.exec();
    meta.reset();
    meta.bind(1, hubschema::kHorizonKey);
    meta.bind(2, "0");
    meta.exec();
}

// Desks search their own caches; nothing searches the hub's store. Its search index cost
// the writer a tokenizing insert per message and a re-indexed subject per conversation
// update, about a third of each ingest.
void dropSearch(SQLite::Database& db)
{
    db.exec(schema::kDropSearchTriggers);
    db.exec("DROP TABLE IF EXISTS messages_fts;"
            "DROP TABLE IF EXISTS conversations_fts;"
            "DROP TABLE IF EXISTS customers_fts;");
}

// Nor does anything page the hub's store like an inbox: each of those indexes cost every
// conversation update (every ingested message makes one) a page of its own to rewrite.
void dropInboxIndexes(SQLite::Database& db)
{
    db.exec(schema::kDropInboxIndexes);
}

} // namespace

const SchemaPlan& hubSchemaPlan()
{
    static const std::vector<MigrationStep> steps{
        {1, "domain tables", createDomainTables},
        {2, "full-text search", createCacheSearch},
        {3, "hub tables", createHubTables},
        {4, "no search index on the hub", dropSearch},
        {5, "no inbox indexes on the hub", dropInboxIndexes},
        {6, "message ids unique through a droppable index", messageIdsInDroppableIndex},
    };
    static const SchemaPlan plan{&steps, kHubApplicationId, "hub store"};
    return plan;
}

} // namespace concord::store
