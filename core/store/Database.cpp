#include "Database.h"

#include "Migrations.h"
#include "SearchTokenizer.h"
#include "SqlError.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <sqlite3.h>

#include <mutex>
#include <string>
#include <system_error>

namespace concord::store {
namespace fs = std::filesystem;
using domain::Error;
using domain::ErrorCode;

namespace {

constexpr int kBusyTimeoutMs = 5000;

// SQLite takes UTF-8 file names on every platform.
std::string utf8Path(const fs::path& path)
{
    const std::u8string text = path.u8string();
    return {text.begin(), text.end()};
}

// Reads the header and schema of an existing file through a read-only connection, before
// anything may write to it (journal_mode=WAL does), so a refused file stays byte-identical.
domain::VoidResult inspectExisting(const fs::path& file, const SchemaPlan& plan)
{
    std::error_code ec;
    if (fs::is_directory(file, ec))
        return Error{ErrorCode::CannotOpen, utf8Path(file) + " is a folder"};
    if (fs::file_size(file, ec) == 0 && !ec)
        return domain::Done{}; // an empty file is an empty database
    tuneSqlite();
    try {
        SQLite::Database db(utf8Path(file), SQLite::OPEN_READONLY, kBusyTimeoutMs);
        const int objects = db.execAndGet("SELECT count(*) FROM sqlite_master").getInt();
        const int version = readUserVersion(db);
        const int applicationId = db.execAndGet("PRAGMA application_id").getInt();
        if (version == 0 && objects > 0)
            return Error{ErrorCode::NotADatabase,
                         std::string("a SQLite database that is not a ") + plan.name};
        if (version > 0 && applicationId != plan.applicationId)
            return Error{ErrorCode::NotADatabase, "a SQLite database of another application"};
        if (version > plan.latestVersion())
            return Error{ErrorCode::TooNew, "schema version " + std::to_string(version)};
        return domain::Done{};
    } catch (const std::exception& e) {
        Error error = errorFromException(e, "reading " + utf8Path(file));
        if (error.code == ErrorCode::StorageFailure)
            error.code = ErrorCode::NotADatabase;
        return error;
    }
}

domain::VoidResult prepareFolder(const fs::path& file)
{
    const fs::path folder = file.parent_path();
    std::error_code ec;
    if (folder.empty() || fs::is_directory(folder, ec))
        return domain::Done{};
    fs::create_directories(folder, ec);
    if (ec || !fs::is_directory(folder))
        return Error{ErrorCode::CannotCreateFolder, utf8Path(folder) + ": " + ec.message()};
    return domain::Done{};
}

// The house pragmas and the search tokenizer, on every connection.
void configure(SQLite::Database& db, bool onDisk)
{
    db.exec("PRAGMA foreign_keys = ON");
    if (onDisk) {
        const std::string mode = db.execAndGet("PRAGMA journal_mode = WAL").getString();
        if (mode != "wal")
            throw std::runtime_error("cannot switch to WAL (journal mode " + mode + ")");
    }
    db.exec("PRAGMA synchronous = NORMAL");
    db.exec("PRAGMA temp_store = MEMORY");
    db.exec("PRAGMA cache_size = -16384"); // 16 MiB per connection keeps the desk small
    db.exec("PRAGMA journal_size_limit = 67108864"); // a bulk load's WAL shrinks back after
    std::string error;
    if (!registerSearchTokenizer(db.getHandle(), error))
        throw std::runtime_error(error);
}

domain::Result<std::unique_ptr<SQLite::Database>> connect(const std::string& name, int flags,
                                                         bool onDisk, const SchemaPlan& plan)
{
    tuneSqlite();
    std::unique_ptr<SQLite::Database> db;
    try {
        db = std::make_unique<SQLite::Database>(name, flags, kBusyTimeoutMs);
    } catch (const std::exception& e) {
        Error error = errorFromException(e, "opening " + name);
        if (error.code == ErrorCode::StorageFailure)
            error.code = ErrorCode::CannotOpen;
        return error;
    }
    try {
        configure(*db, onDisk);
    } catch (const std::exception& e) {
        return errorFromException(e, "configuring " + name);
    }
    if (auto migrated = migrate(*db, *plan.steps, plan.latestVersion()); !migrated)
        return migrated.error();
    return db;
}

} // namespace

// SQLite keeps global memory statistics by default, behind one process-wide mutex taken on
// every allocation. Nothing here reads them, and with the hub's writer, the desk's sync
// thread and its GUI in one process (the built-in hub) that mutex was contended: 10 to 15 %
// of the writer's time went to locking it at 2,000 messages a second.
void tuneSqlite()
{
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

domain::Result<std::unique_ptr<Database>> Database::open(const fs::path& file, OpenMode mode)
{
    return open(file, mode, cacheSchemaPlan());
}

domain::Result<std::unique_ptr<Database>> Database::open(const fs::path& file, OpenMode mode,
                                                         const SchemaPlan& plan)
{
    try {
        std::error_code ec;
        const bool exists = fs::exists(file, ec);
        if (!exists && mode == OpenMode::ExistingOnly)
            return Error{ErrorCode::CannotOpen, utf8Path(file) + " does not exist"};
        if (auto ready = exists ? inspectExisting(file, plan) : prepareFolder(file); !ready)
            return ready.error();
        // Multi-thread mode for this connection: see Database.h.
        int flags = SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX;
        if (mode == OpenMode::CreateOrMigrate)
            flags |= SQLite::OPEN_CREATE;
        auto db = connect(utf8Path(file), flags, true, plan);
        if (!db)
            return db.error();
        return std::unique_ptr<Database>(new Database(std::move(db).value(), file));
    } catch (const std::exception& e) {
        return errorFromException(e, std::string("opening the ") + plan.name);
    }
}

domain::Result<std::unique_ptr<Database>> Database::openInMemory()
{
    return openInMemory(cacheSchemaPlan());
}

domain::Result<std::unique_ptr<Database>> Database::openInMemory(const SchemaPlan& plan)
{
    try {
        auto db = connect(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE, false,
                          plan);
        if (!db)
            return db.error();
        return std::unique_ptr<Database>(new Database(std::move(db).value(), {}));
    } catch (const std::exception& e) {
        return errorFromException(e, "opening an in-memory cache");
    }
}

Database::Database(std::unique_ptr<SQLite::Database> db, fs::path path)
    : m_db(std::move(db)), m_path(std::move(path))
{
}

Database::~Database() = default;

int Database::schemaVersion() const
{
    try {
        return readUserVersion(*m_db);
    } catch (const std::exception&) {
        return -1;
    }
}

int Database::latestSchemaVersion()
{
    return latestCacheVersion();
}

} // namespace concord::store
