#include "Outbox.h"

#include "Database.h"
#include "SqlError.h"
#include "SqlSupport.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace concord::store {

using domain::Done;
using domain::Result;
using domain::VoidResult;
using sql::StatementUse;

struct Outbox::Statements {
    explicit Statements(SQLite::Database& db)
        // AUTOINCREMENT keeps the highest id ever used in sqlite_sequence, so an id is never
        // handed out twice, even once the outbox is empty again.
        : nextId(db, "SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'outbox'), "
                     "0) + 1"),
          insert(db, "INSERT INTO outbox(mutation_id, conversation_id, frame, created) "
                     "VALUES (?1, ?2, ?3, ?4)"),
          pending(db, "SELECT mutation_id, conversation_id, frame, created FROM outbox "
                      "ORDER BY mutation_id"),
          count(db, "SELECT count(*) FROM outbox"),
          countFor(db, "SELECT count(*) FROM outbox WHERE conversation_id = ?1"),
          remove(db, "DELETE FROM outbox WHERE mutation_id = ?1")
    {
    }
    SQLite::Statement nextId;
    SQLite::Statement insert;
    SQLite::Statement pending;
    SQLite::Statement count;
    SQLite::Statement countFor;
    SQLite::Statement remove;
};

Outbox::Outbox(Database& db)
    : m_db(db)
    , m_stmts(std::make_unique<Statements>(db.sql()))
{
}

Outbox::~Outbox() = default;

Result<std::int64_t> Outbox::nextMutationId()
{
    return guarded("outbox id", [&]() -> Result<std::int64_t> {
        StatementUse use(m_stmts->nextId);
        m_stmts->nextId.executeStep();
        return m_stmts->nextId.getColumn(0).getInt64();
    });
}

VoidResult Outbox::insert(const OutboxEntry& entry)
{
    return guarded("outbox add", [&]() -> VoidResult {
        auto& s = m_stmts->insert;
        StatementUse use(s);
        s.bind(1, static_cast<int64_t>(entry.mutationId));
        s.bind(2, entry.conversationId);
        s.bind(3, entry.frame);
        sql::bindTime(s, 4, entry.created);
        s.exec();
        return Done{};
    });
}

Result<std::vector<OutboxEntry>> Outbox::pending() const
{
    return guarded("outbox pending", [&]() -> Result<std::vector<OutboxEntry>> {
        auto& s = m_stmts->pending;
        StatementUse use(s);
        std::vector<OutboxEntry> entries;
        while (s.executeStep()) {
            entries.push_back({s.getColumn(0).getInt64(), s.getColumn(1).getString(),
                               s.getColumn(2).getString(),
                               domain::fromEpochMs(s.getColumn(3).getInt64())});
        }
        return entries;
    });
}

Result<int> Outbox::count() const
{
    return guarded("outbox count", [&]() -> Result<int> {
        StatementUse use(m_stmts->count);
        m_stmts->count.executeStep();
        return m_stmts->count.getColumn(0).getInt();
    });
}

Result<int> Outbox::countFor(const domain::Id& conversationId) const
{
    return guarded("outbox count", [&]() -> Result<int> {
        auto& s = m_stmts->countFor;
        StatementUse use(s);
        s.bind(1, conversationId);
        s.executeStep();
        return s.getColumn(0).getInt();
    });
}

VoidResult Outbox::remove(std::int64_t mutationId)
{
    return guarded("outbox remove", [&]() -> VoidResult {
        auto& s = m_stmts->remove;
        StatementUse use(s);
        s.bind(1, static_cast<int64_t>(mutationId));
        s.exec();
        return Done{};
    });
}

} // namespace concord::store
