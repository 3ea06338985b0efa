#pragma once
// Small helpers around SQLiteCpp statements shared by the cache's reader and writer.

#include "domain/Time.h"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <optional>

namespace concord::store::sql {

// Resets a held statement when a use of it ends, however it ends, so no statement keeps a
// read transaction open (in WAL mode that would pin an old snapshot and block checkpoints).
class StatementUse {
public:
    explicit StatementUse(SQLite::Statement& statement) : m_statement(statement) {}
    ~StatementUse() { m_statement.tryReset(); }
    StatementUse(const StatementUse&) = delete;
    StatementUse& operator=(const StatementUse&) = delete;

private:
    SQLite::Statement& m_statement;
};

inline void bindTime(SQLite::Statement& s, int index, domain::Timestamp time)
{
    s.bind(index, static_cast<int64_t>(domain::toEpochMs(time)));
}

inline void bindTime(SQLite::Statement& s, int index, const std::optional<domain::Timestamp>& t)
{
    if (t)
        bindTime(s, index, *t);
    else
        s.bind(index);
}

inline void bindInt(SQLite::Statement& s, int index, const std::optional<int>& value)
{
    if (value)
        s.bind(index, *value);
    else
        s.bind(index);
}

inline void bindKey(SQLite::Statement& s, int index, const std::optional<std::int64_t>& key)
{
    if (key)
        s.bind(index, static_cast<int64_t>(*key));
    else
        s.bind(index);
}

inline domain::Timestamp timeAt(SQLite::Statement& s, int column)
{
    return domain::fromEpochMs(s.getColumn(column).getInt64());
}

inline std::optional<domain::Timestamp> optionalTimeAt(SQLite::Statement& s, int column)
{
    if (s.isColumnNull(column))
        return std::nullopt;
    return timeAt(s, column);
}

inline std::optional<int> optionalIntAt(SQLite::Statement& s, int column)
{
    if (s.isColumnNull(column))
        return std::nullopt;
    return s.getColumn(column).getInt();
}

inline std::string textAt(SQLite::Statement& s, int column)
{
    return s.getColumn(column).getString(); // NULL gives ""
}

// Whether the schema holds an index of that name now (a bulk load drops some; see Schema.h).
inline bool indexExists(SQLite::Database& db, const char* name)
{
    SQLite::Statement exists(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' "
                                 "AND name = ?1");
    exists.bind(1, name);
    return exists.executeStep() && exists.getColumn(0).getInt() > 0;
}

} // namespace concord::store::sql
