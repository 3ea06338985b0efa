#include "HubMutationLog.h"

#include "Database.h"
#include "HubStore.h"
#include "SqlError.h"
#include "SqlSupport.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <chrono>

namespace concord::store {
using domain::Error;
using domain::ErrorCode;
using domain::Result;
using sql::StatementUse;

struct HubMutationLog::Statements {
    explicit Statements(SQLite::Database& db)
        : find(db, "SELECT result, seq FROM applied_mutations "
                   "WHERE client_id = ?1 AND mutation_id = ?2"),
          insert(db, "INSERT INTO applied_mutations(client_id, mutation_id, result, seq, "
                     "applied_at) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING")
    {
    }

    SQLite::Statement find;
    SQLite::Statement insert;

    std::optional<AppliedMutation> lookup(const domain::Id& clientId, std::int64_t mutationId)
    {
        StatementUse use(find);
        find.bind(1, clientId);
        find.bind(2, static_cast<int64_t>(mutationId));
        if (!find.executeStep())
            return std::nullopt;
        return AppliedMutation{sql::textAt(find, 0), find.getColumn(1).getInt64(), false};
    }
};

HubMutationLog::HubMutationLog(HubStore& store)
    : m_stmts(std::make_unique<Statements>(store.database().sql()))
{
}

HubMutationLog::~HubMutationLog() = default;

Result<std::optional<AppliedMutation>> HubMutationLog::find(const domain::Id& clientId,
                                                           std::int64_t mutationId)
{
    return guarded("find mutation", [&]() -> Result<std::optional<AppliedMutation>> {
        return m_stmts->lookup(clientId, mutationId);
    });
}

Result<AppliedMutation> HubMutationLog::record(const domain::Id& clientId,
                                               std::int64_t mutationId,
                                               const std::string& result, std::int64_t seq)
{
    return guarded("record mutation", [&]() -> Result<AppliedMutation> {
        using namespace std::chrono;
        auto& s = m_stmts->insert;
        int inserted = 0;
        {
            StatementUse use(s);
            s.bind(1, clientId);
            s.bind(2, static_cast<int64_t>(mutationId));
            s.bind(3, result);
            s.bind(4, static_cast<int64_t>(seq));
            s.bind(5, static_cast<int64_t>(
                          duration_cast<milliseconds>(system_clock::now().time_since_epoch())
                              .count()));
            inserted = s.exec();
        }
        if (inserted > 0)
            return AppliedMutation{result, seq, true};
        if (auto stored = m_stmts->lookup(clientId, mutationId))
            return *stored;
        return Error{ErrorCode::StorageFailure, "mutation answer vanished"};
    });
}

} // namespace concord::store
