#include "CacheWriterStatements.h"

#include "Database.h"
#include "SqlError.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <algorithm>
#include <limits>
#include <utility>

namespace concord::store {
using domain::Done;
using domain::VoidResult;
using sql::StatementUse;

namespace {

// Pages of the search index one step merges once the backlog is indexed ('merge', FTS5).
constexpr int kMergePages = 64;

// Where each search index's backlog range is kept, and how a part of it is indexed. In the
// order they are worked off: customers and subjects are few and the likeliest searches.
struct SearchBacklog {
    const char* fromKey;
    const char* toKey;
    const char* indexRange; // ?1..?2: the keys to index
    const char* table;      // for its size at the end of a bulk load
};

constexpr SearchBacklog kSearchBacklogs[] = {
    {"search.customers_backlog_from", "search.customers_backlog_to",
     "INSERT INTO customers_fts(rowid, display_name, search_text) "
     "SELECT key, display_name, search_text FROM customers WHERE key BETWEEN ?1 AND ?2",
     "customers"},
    {"search.conversations_backlog_from", "search.conversations_backlog_to",
     "INSERT INTO conversations_fts(rowid, subject) "
     "SELECT key, subject FROM conversations WHERE key BETWEEN ?1 AND ?2",
     "conversations"},
    {"search.backlog_from", "search.backlog_to",
     "INSERT INTO messages_fts(rowid, body) "
     "SELECT key, body FROM messages WHERE key BETWEEN ?1 AND ?2",
     "messages"},
};

constexpr const char* kSearchIndexes[] = {"customers_fts", "conversations_fts", "messages_fts"};

} // namespace

// Inside the open transaction: the messages inserted from now on are indexed at commit, in
// one statement, instead of one index insert each by the trigger. FTS5 writes out what it
// holds at every statement of a transaction that touched it (each opens a savepoint), so
// the trigger left one index segment per message of a live frame, then merged them.
// Nothing to do while a bulk load's backlog is being indexed: its range holds the keys.
VoidResult CacheWriter::deferMessageSearch()
{
    return guarded("deferMessageSearch", [&]() -> VoidResult {
        Statements& st = *m_stmts;
        if (st.deferredFrom || st.bulk)
            return Done{};
        if (readMeta(st.meta, "search.backlog_to"))
            return Done{};
        const std::int64_t from =
            m_db.sql().execAndGet("SELECT coalesce(max(key), 0) + 1 FROM messages").getInt64();
        writeMeta(st.setMeta, "search.backlog_from", from);
        writeMeta(st.setMeta, "search.backlog_to", std::numeric_limits<std::int64_t>::max());
        st.deferredFrom = from;
        return Done{};
    });
}

// Throws (inside commit's guard) so a failure fails the commit and the caller rolls back.
void CacheWriter::indexDeferredMessages()
{
    Statements& st = *m_stmts;
    if (!st.deferredFrom)
        return;
    const std::int64_t from = *std::exchange(st.deferredFrom, std::nullopt);
    SQLite::Statement index(m_db.sql(), "INSERT INTO messages_fts(rowid, body) "
                                        "SELECT key, body FROM messages WHERE key >= ?1");
    index.bind(1, static_cast<int64_t>(from));
    index.exec();
    m_db.sql().exec("DELETE FROM meta WHERE key IN ('search.backlog_from', "
                    "'search.backlog_to')");
}

// Throws (inside the bulk load's end): each table's rows as they are now become its backlog.
void CacheWriter::leaveSearchBacklog()
{
    SQLite::Database& db = m_db.sql();
    db.exec(kClearBacklog);
    for (const SearchBacklog& backlog : kSearchBacklogs) {
        SQLite::Statement range(db, std::string("SELECT min(key), max(key) FROM ") +
                                        backlog.table);
        range.executeStep();
        if (range.isColumnNull(0))
            continue; // empty: nothing to index
        writeMeta(m_stmts->setMeta, backlog.fromKey, range.getColumn(0).getInt64());
        writeMeta(m_stmts->setMeta, backlog.toKey, range.getColumn(1).getInt64());
    }
}

// Throws (inside the backlog's guard, CacheWriterBacklog.cpp).
bool CacheWriter::searchBacklogLeft()
{
    Statements& st = *m_stmts;
    for (const SearchBacklog& backlog : kSearchBacklogs)
        if (readMeta(st.meta, backlog.toKey))
            return true;
    return readMeta(st.meta, "search.merging").has_value();
}

// Throws (inside the backlog's guard). Indexes up to `maxRows` of the first range left, or
// merges a little once none is; false when nothing is left.
bool CacheWriter::stepSearchBacklog(int maxRows)
{
    Statements& st = *m_stmts;
    SQLite::Database& db = m_db.sql();
    for (const SearchBacklog& backlog : kSearchBacklogs) {
        const auto from = readMeta(st.meta, backlog.fromKey);
        const auto to = readMeta(st.meta, backlog.toKey);
        if (!from || !to)
            continue;
        const std::int64_t last = std::min(*to, *from + std::max(maxRows, 1) - 1);
        // Prepared here, not with the others: the hub's store has no search tables.
        SQLite::Statement index(db, backlog.indexRange);
        index.bind(1, static_cast<int64_t>(*from));
        index.bind(2, static_cast<int64_t>(last));
        index.exec();
        if (last < *to) {
            writeMeta(st.setMeta, backlog.fromKey, last + 1);
        } else {
            SQLite::Statement clear(db, "DELETE FROM meta WHERE key IN (?1, ?2)");
            clear.bind(1, backlog.fromKey);
            clear.bind(2, backlog.toKey);
            clear.exec();
            // Once every row is indexed, the segments the steps left are merged.
            writeMeta(st.setMeta, "search.merging", 1);
        }
        return true;
    }
    if (!readMeta(st.meta, "search.merging"))
        return false;
    // Positive: FTS5's own incremental merge of levels holding several segments. A
    // negative count (merge everything into one, as 'optimize' does) never finished
    // while live messages kept adding segments, rewrote the whole index step after step,
    // and with SQLite 3.40 left it corrupt ("database disk image is malformed");
    // tst_cachereplica's backlogIndexedBetweenLiveChanges reproduces that.
    // FTS5 counts fewer than two changes when there was nothing left to merge.
    bool merged = false;
    for (const char* fts : kSearchIndexes) {
        const int changesBefore = sqlite3_total_changes(db.getHandle());
        SQLite::Statement merge(db, std::string("INSERT INTO ") + fts + "(" + fts +
                                        ", rank) VALUES ('merge', ?1)");
        merge.bind(1, kMergePages);
        merge.exec();
        merged = merged || sqlite3_total_changes(db.getHandle()) - changesBefore >= 2;
    }
    if (merged)
        return true;
    db.exec(kClearBacklog);
    return false;
}

} // namespace concord::store
