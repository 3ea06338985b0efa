#pragma once
// One SQLite connection to a Concord database (the desk's cache), opened with the house
// pragmas (WAL, foreign keys, synchronous=NORMAL), the search tokenizer registered, and the
// schema migrated to the latest version. One Database per thread; never shared: it is
// opened without SQLite's own per-connection mutex (SQLITE_OPEN_NOMUTEX), so two threads
// using it at once would be a bug, not a wait. Handing it to another thread (through a
// posted task) is fine. The mutex cost the desk's bootstrap about a tenth of its rate.

#include "domain/Result.h"

#include <filesystem>
#include <memory>

namespace SQLite {
class Database;
}

namespace concord::store {

struct SchemaPlan;

// Process-wide SQLite settings; must run before the process's first SQLite connection (a
// later call changes nothing). Database::open calls it; programs that open SQLite otherwise
// first (benchmarks' raw baselines) call it at the start of main.
void tuneSqlite();

enum class OpenMode {
    CreateOrMigrate, // create the file (and its folder) if missing, migrate if older
    ExistingOnly     // refuse a missing file; migrate if older
};

class Database {
public:
    // Refuses, leaving the file untouched: a file that is not a SQLite database or is damaged
    // (NotADatabase), a schema newer than this code (TooNew). A folder that cannot be made
    // gives CannotCreateFolder. A failing migration step is rolled back (MigrationFailed).
    static domain::Result<std::unique_ptr<Database>> open(const std::filesystem::path& file,
                                                           OpenMode mode);
    // A private in-memory database, migrated; for tests.
    static domain::Result<std::unique_ptr<Database>> openInMemory();
    // The same for another schema built on the same tables (the hub's store, HubSchema.h);
    // a file of another plan (another application_id) is refused as NotADatabase.
    static domain::Result<std::unique_ptr<Database>> open(const std::filesystem::path& file,
                                                           OpenMode mode,
                                                           const SchemaPlan& plan);
    static domain::Result<std::unique_ptr<Database>> openInMemory(const SchemaPlan& plan);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    SQLite::Database& sql() { return *m_db; }
    const std::filesystem::path& path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion();

private:
    Database(std::unique_ptr<SQLite::Database> db, std::filesystem::path path);
    std::unique_ptr<SQLite::Database> m_db;
    std::filesystem::path m_path;
};

} // namespace concord::store
