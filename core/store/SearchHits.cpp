#include "SearchHits.h"

#include "SqlSupport.h"

#include <sqlite3.h>

namespace concord::store {
namespace {

// Caps on the candidates each source contributes. A selective search (the case that matters:
// a name, an order number, a rare word) stays under them and is complete. A very unselective
// one ("a", "dzien dobry") matches a large part of the cache; it then keeps the most recently
// stored matches (highest keys, read backwards from the index), because ranking hundreds of
// thousands of matches with bm25 or sorting them by activity would take seconds. With the caps
// a search costs a few milliseconds whatever its selectivity.
constexpr int kMessageHits = 5000;
constexpr int kSubjectHits = 2000;
constexpr int kCustomerHits = 500;

// Each match carries the columns the inbox filters and sorts on, so that switching filters,
// sorts and pages within a search never goes back to the conversations table for them.
constexpr const char* kColumns =
    "key, last_activity, sla_order, priority, status, channel, assignee_key, team_key";

SQLite::Database& withTable(SQLite::Database& db)
{
    db.exec(std::string("CREATE TEMP TABLE IF NOT EXISTS search_hits (key INTEGER PRIMARY KEY, "
                        "last_activity, sla_order, priority, status, channel, assignee_key, "
                        "team_key)"));
    return db;
}

std::string fillWhere(const std::string& condition, bool coveringIndexes)
{
    return std::string("INSERT OR IGNORE INTO temp.search_hits SELECT ") + kColumns
           + " FROM conversations"
           + (coveringIndexes ? " INDEXED BY conversations_search_columns" : "") + " WHERE "
           + condition;
}

} // namespace

SearchHits::SearchHits(SQLite::Database& db, bool coveringIndexes)
    : m_db(withTable(db)),
      m_clear(db, "DELETE FROM temp.search_hits"),
      m_fromMessages(db, fillWhere(std::string("key IN (SELECT conversation_key FROM messages ")
                                       + (coveringIndexes ? "INDEXED BY messages_conversation "
                                                          : "")
                                       + "WHERE key IN (SELECT rowid FROM messages_fts WHERE "
                                         "messages_fts MATCH ?1 ORDER BY rowid DESC LIMIT "
                                       + std::to_string(kMessageHits) + "))",
                                   coveringIndexes)),
      m_fromSubjects(db, fillWhere("key IN (SELECT rowid FROM conversations_fts WHERE "
                                   "conversations_fts MATCH ?1 ORDER BY rowid DESC LIMIT "
                                       + std::to_string(kSubjectHits) + ")",
                                   coveringIndexes)),
      m_fromCustomers(db, fillWhere("key IN (SELECT key FROM conversations WHERE customer_key "
                                    "IN (SELECT rowid FROM customers_fts WHERE customers_fts "
                                    "MATCH ?1 ORDER BY rowid DESC LIMIT "
                                        + std::to_string(kCustomerHits) + "))",
                                    coveringIndexes)),
      m_dataVersion(db, "PRAGMA data_version")
{
}

SearchHits::Snapshot SearchHits::snapshot(const std::string& match)
{
    sql::StatementUse use(m_dataVersion);
    m_dataVersion.executeStep();
    return {match, m_dataVersion.getColumn(0).getInt64(),
            sqlite3_total_changes64(m_db.getHandle())};
}

void SearchHits::prepare(const std::string& match)
{
    if (snapshot(match) == m_filled)
        return;
    m_filled = {};
    {
        sql::StatementUse use(m_clear);
        m_clear.exec();
    }
    for (SQLite::Statement* fill : {&m_fromMessages, &m_fromSubjects, &m_fromCustomers}) {
        sql::StatementUse use(*fill);
        fill->bind(1, match);
        fill->exec();
    }
    // Taken after filling: the temp table's own changes count too.
    m_filled = snapshot(match);
}

} // namespace concord::store
