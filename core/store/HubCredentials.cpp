#include "HubCredentials.h"

#include "Database.h"
#include "HubStore.h"
#include "SqlError.h"
#include "SqlSupport.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace concord::store {
using domain::Done;
using domain::Error;
using domain::ErrorCode;
using domain::Result;
using domain::VoidResult;
using sql::StatementUse;

struct HubCredentials::Statements {
    explicit Statements(SQLite::Database& db)
        : credential(db, "SELECT agent_id, password_hash, disabled, failed_attempts, "
                         "last_failure FROM credentials WHERE agent_id = ?1"),
          setPassword(db, "INSERT INTO credentials(agent_id, password_hash) VALUES (?1, ?2) "
                          "ON CONFLICT(agent_id) DO UPDATE SET "
                          "password_hash = excluded.password_hash, failed_attempts = 0, "
                          "last_failure = NULL"),
          setDisabled(db, "UPDATE credentials SET disabled = ?2 WHERE agent_id = ?1"),
          recordFailure(db, "UPDATE credentials SET failed_attempts = failed_attempts + 1, "
                            "last_failure = ?2 WHERE agent_id = ?1"),
          clearFailures(db, "UPDATE credentials SET failed_attempts = 0, last_failure = NULL "
                            "WHERE agent_id = ?1"),
          addSession(db, "INSERT INTO sessions(token_hash, agent_id, created, expires, revoked) "
                         "VALUES (?1, ?2, ?3, ?4, ?5)"),
          session(db, "SELECT token_hash, agent_id, created, expires, revoked FROM sessions "
                      "WHERE token_hash = ?1"),
          revokeSession(db, "UPDATE sessions SET revoked = 1 WHERE token_hash = ?1"),
          revokeSessionsOf(db, "UPDATE sessions SET revoked = 1 "
                               "WHERE agent_id = ?1 AND revoked = 0")
    {
    }

    SQLite::Statement credential;
    SQLite::Statement setPassword;
    SQLite::Statement setDisabled;
    SQLite::Statement recordFailure;
    SQLite::Statement clearFailures;
    SQLite::Statement addSession;
    SQLite::Statement session;
    SQLite::Statement revokeSession;
    SQLite::Statement revokeSessionsOf;
};

namespace {

void bindBlob(SQLite::Statement& s, int index, const std::string& bytes)
{
    s.bind(index, bytes.data(), static_cast<int>(bytes.size()));
}

// Runs an UPDATE of one agent's row; NotFound when there is none.
VoidResult updateOne(SQLite::Statement& s, const char* what, const domain::Id& agentId)
{
    StatementUse use(s);
    if (s.exec() == 0)
        return Error{ErrorCode::NotFound, std::string(what) + ": no credential for " + agentId};
    return Done{};
}

} // namespace

HubCredentials::HubCredentials(HubStore& store)
    : m_stmts(std::make_unique<Statements>(store.database().sql()))
{
}

HubCredentials::~HubCredentials() = default;

Result<Credential> HubCredentials::credential(const domain::Id& agentId)
{
    return guarded("credential", [&]() -> Result<Credential> {
        auto& s = m_stmts->credential;
        StatementUse use(s);
        s.bind(1, agentId);
        if (!s.executeStep())
            return Error{ErrorCode::NotFound, "no credential for " + agentId};
        Credential c;
        c.agentId = sql::textAt(s, 0);
        c.passwordHash = sql::textAt(s, 1);
        c.disabled = s.getColumn(2).getInt() != 0;
        c.failedAttempts = s.getColumn(3).getInt();
        c.lastFailure = sql::optionalTimeAt(s, 4);
        return c;
    });
}

VoidResult HubCredentials::setPassword(const domain::Id& agentId, const std::string& hash)
{
    return guarded("setPassword", [&]() -> VoidResult {
        auto& s = m_stmts->setPassword;
        StatementUse use(s);
        s.bind(1, agentId);
        s.bind(2, hash);
        s.exec();
        return Done{};
    });
}

VoidResult HubCredentials::setDisabled(const domain::Id& agentId, bool disabled)
{
    return guarded("setDisabled", [&]() -> VoidResult {
        auto& s = m_stmts->setDisabled;
        s.bind(1, agentId);
        s.bind(2, disabled ? 1 : 0);
        return updateOne(s, "setDisabled", agentId);
    });
}

VoidResult HubCredentials::recordFailure(const domain::Id& agentId, domain::Timestamp at)
{
    return guarded("recordFailure", [&]() -> VoidResult {
        auto& s = m_stmts->recordFailure;
        s.bind(1, agentId);
        sql::bindTime(s, 2, at);
        return updateOne(s, "recordFailure", agentId);
    });
}

VoidResult HubCredentials::clearFailures(const domain::Id& agentId)
{
    return guarded("clearFailures", [&]() -> VoidResult {
        auto& s = m_stmts->clearFailures;
        s.bind(1, agentId);
        return updateOne(s, "clearFailures", agentId);
    });
}

VoidResult HubCredentials::addSession(const SessionRecord& session)
{
    return guarded("addSession", [&]() -> VoidResult {
        auto& s = m_stmts->addSession;
        StatementUse use(s);
        bindBlob(s, 1, session.tokenHash);
        s.bind(2, session.agentId);
        sql::bindTime(s, 3, session.created);
        sql::bindTime(s, 4, session.expires);
        s.bind(5, session.revoked ? 1 : 0);
        s.exec();
        return Done{};
    });
}

Result<SessionRecord> HubCredentials::session(const std::string& tokenHash)
{
    return guarded("session", [&]() -> Result<SessionRecord> {
        auto& s = m_stmts->session;
        StatementUse use(s);
        bindBlob(s, 1, tokenHash);
        if (!s.executeStep())
            return Error{ErrorCode::NotFound, "no such session"};
        SessionRecord record;
        const auto column = s.getColumn(0);
        record.tokenHash.assign(static_cast<const char*>(column.getBlob()),
                                static_cast<std::size_t>(column.getBytes()));
        record.agentId = sql::textAt(s, 1);
        record.created = sql::timeAt(s, 2);
        record.expires = sql::timeAt(s, 3);
        record.revoked = s.getColumn(4).getInt() != 0;
        return record;
    });
}

VoidResult HubCredentials::revokeSession(const std::string& tokenHash)
{
    return guarded("revokeSession", [&]() -> VoidResult {
        auto& s = m_stmts->revokeSession;
        StatementUse use(s);
        bindBlob(s, 1, tokenHash);
        if (s.exec() == 0)
            return Error{ErrorCode::NotFound, "no such session"};
        return Done{};
    });
}

Result<int> HubCredentials::revokeSessionsOf(const domain::Id& agentId)
{
    return guarded("revokeSessionsOf", [&]() -> Result<int> {
        auto& s = m_stmts->revokeSessionsOf;
        StatementUse use(s);
        s.bind(1, agentId);
        return s.exec();
    });
}

} // namespace concord::store
