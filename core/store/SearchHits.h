#pragma once
// The conversations that match a search, kept in the temp table temp.search_hits of one
// connection so the inbox can filter, sort and page them like any other rows.

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <string>

namespace concord::store {

class SearchHits {
public:
    // `coveringIndexes`: read matches through the small covering indexes (the fast way); false
    // for a cache that lacks them, e.g. while a bulk load has dropped them.
    SearchHits(SQLite::Database& db, bool coveringIndexes);

    // Fills the table for an FTS5 MATCH expression (from search::buildFtsMatch); the next
    // call with the same expression and no change to the data since is free. Throws on
    // SQLite errors.
    void prepare(const std::string& match);

private:
    struct Snapshot {
        std::string match;
        std::int64_t dataVersion = -1; // changes when another connection commits
        std::int64_t ownChanges = -1;  // changes made through this connection
        bool operator==(const Snapshot&) const = default;
    };
    Snapshot snapshot(const std::string& match);

    SQLite::Database& m_db;
    SQLite::Statement m_clear;
    SQLite::Statement m_fromMessages;
    SQLite::Statement m_fromSubjects;
    SQLite::Statement m_fromCustomers;
    SQLite::Statement m_dataVersion;
    Snapshot m_filled;
};

} // namespace concord::store
