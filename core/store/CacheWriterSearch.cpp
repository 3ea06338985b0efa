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
        {
            StatementUse use(st.meta);
            st.meta.bind(1, "search.backlog_to");
            if (st.meta.executeStep())
                return Done{};
        }
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

domain::Result<bool> CacheWriter::hasSearchBacklog()
{
    return guarded("hasSearchBacklog", [&]() -> domain::Result<bool> {
        auto& s = m_stmts->meta;
        StatementUse use(s);
        s.bind(1, "search.backlog_to");
        if (s.executeStep())
            return true;
        s.reset();
        s.bind(1, "search.merging");
        return s.executeStep();
    });
}

domain::Result<bool> CacheWriter::searchBacklogStep(int maxMessages)
{
    return guarded("searchBacklogStep", [&]() -> domain::Result<bool> {
        Statements& st = *m_stmts;
        auto metaValue = [&](const char* key) -> std::optional<std::int64_t> {
            StatementUse use(st.meta);
            st.meta.bind(1, key);
            if (!st.meta.executeStep())
                return std::nullopt;
            return st.meta.getColumn(0).getInt64();
        };
        SQLite::Database& db = m_db.sql();
        const auto from = metaValue("search.backlog_from");
        const auto to = metaValue("search.backlog_to");
        if (from && to) {
            const std::int64_t last = std::min(*to, *from + std::max(maxMessages, 1) - 1);
            // Prepared here, not with the others: the hub's store has no search tables.
            SQLite::Statement indexBacklog(db, "INSERT INTO messages_fts(rowid, body) SELECT "
                                               "key, body FROM messages WHERE key BETWEEN ?1 "
                                               "AND ?2");
            indexBacklog.bind(1, static_cast<int64_t>(*from));
            indexBacklog.bind(2, static_cast<int64_t>(last));
            indexBacklog.exec();
            if (last < *to) {
                writeMeta(st.setMeta, "search.backlog_from", last + 1);
                return true;
            }
            // Every row is indexed; then merge in small steps.
            db.exec(kClearBacklog);
            writeMeta(st.setMeta, "search.merging", 1);
            return true;
        }
        if (!metaValue("search.merging"))
            return false;
        // Positive: FTS5's own incremental merge of levels holding several segments. A
        // negative count (merge everything into one, as 'optimize' does) never finished
        // while live messages kept adding segments, rewrote the whole index step after step,
        // and with SQLite 3.40 left it corrupt ("database disk image is malformed");
        // tst_cachereplica's backlogIndexedBetweenLiveChanges reproduces that.
        // FTS5 counts fewer than two changes when there was nothing left to merge.
        const int changesBefore = sqlite3_total_changes(db.getHandle());
        SQLite::Statement merge(db, "INSERT INTO messages_fts(messages_fts, rank) "
                                    "VALUES ('merge', ?1)");
        merge.bind(1, kMergePages);
        merge.exec();
        if (sqlite3_total_changes(db.getHandle()) - changesBefore >= 2)
            return true;
        db.exec(kClearBacklog);
        return false;
    });
}

} // namespace concord::store
