#pragma once
// Inside the hub's store, shared by its two source files (HubStore.cpp: opening, sequence,
// writes and reads; HubChangeLog.cpp: reading the change log). Not part of its interface.

#include "HubStore.h"
#include "HubSchema.h"
#include "RowMapping.h"
#include "SqlSupport.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <algorithm>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace concord::store {
namespace hubdetail {

using sql::StatementUse;

// A record that may be missing: NotFound is "none", any other failure throws (and is turned
// back into an Error by guarded()).
template <typename T>
std::optional<T> orNothing(domain::Result<T> result)
{
    if (result)
        return std::move(result).value();
    if (result.error().code == domain::ErrorCode::NotFound)
        return std::nullopt;
    throw std::runtime_error(result.error().detail);
}

inline void addUnique(std::vector<domain::Id>& into, const domain::Id& id)
{
    if (!id.empty() && std::find(into.begin(), into.end(), id) == into.end())
        into.push_back(id);
}

// Keeps the records of one readChanges() consistent with its log rows.
class ReadTransaction {
public:
    explicit ReadTransaction(SQLite::Database& db)
        : m_db(db), m_own(sqlite3_get_autocommit(db.getHandle()) != 0)
    {
        if (m_own)
            m_db.exec("BEGIN");
    }
    ~ReadTransaction()
    {
        if (m_own)
            m_db.tryExec("COMMIT");
    }
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    SQLite::Database& m_db;
    bool m_own;
};

} // namespace hubdetail

// Where a conversation sits: its team and its customer.
struct HubStore::Place {
    domain::Id teamId;
    domain::Id customerId;
};

struct HubStore::Statements {
    using StatementUse = sql::StatementUse;

    explicit Statements(SQLite::Database& db)
        : latestSeq(db, hubschema::kLatestSeqSql),
          horizon(db, "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'hub.horizon'"),
          setHorizon(db, "UPDATE meta SET value = CAST(?1 AS TEXT) WHERE key = 'hub.horizon'"),
          compact(db, "DELETE FROM change_log WHERE seq < ?1"),
          appendChange(db, "INSERT INTO change_log(seq, kind, record_id, op, team_id, "
                           "old_team_id, customer_id, committed_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"),
          readLog(db, "SELECT seq, kind, record_id, op, team_id, old_team_id, customer_id "
                      "FROM change_log WHERE seq > ?1 ORDER BY seq LIMIT ?2"),
          place(db, "SELECT t.id, cu.id FROM conversations c "
                    "JOIN customers cu ON cu.key = c.customer_key "
                    "LEFT JOIN teams t ON t.key = c.team_key WHERE c.id = ?1"),
          customerTeams(db, "SELECT DISTINCT t.id FROM customers cu "
                            "JOIN conversations c ON c.customer_key = cu.key "
                            "JOIN teams t ON t.key = c.team_key WHERE cu.id = ?1 ORDER BY t.id"),
          customerConversations(db, "SELECT c.id FROM customers cu "
                                    "JOIN conversations c ON c.customer_key = cu.key "
                                    "WHERE cu.id = ?1 ORDER BY c.key"),
          customerMessages(db, "SELECT m.id FROM customers cu "
                               "JOIN conversations c ON c.customer_key = cu.key "
                               "JOIN messages m ON m.conversation_key = c.key "
                               "WHERE cu.id = ?1 ORDER BY c.key, m.sent_at, m.key"),
          messageExists(db, "SELECT 1 FROM messages WHERE id = ?1"),
          message(db, std::string("SELECT c.id, ") + rows::kMessageColumns
                          + " FROM messages m JOIN conversations c "
                            "ON c.key = m.conversation_key WHERE m.id = ?1"),
          team(db, "SELECT id, name FROM teams WHERE id = ?1"),
          agent(db, std::string("SELECT a.key, ") + rows::kAgentColumns
                        + " FROM agents a WHERE a.id = ?1"),
          teamsOfAgent(db, "SELECT t.id FROM agent_teams at JOIN teams t ON t.key = at.team_key "
                           "WHERE at.agent_key = ?1 ORDER BY t.name, t.key"),
          deleteConversation(db, "DELETE FROM conversations WHERE id = ?1")
    {
    }

    SQLite::Statement latestSeq;
    SQLite::Statement horizon;
    SQLite::Statement setHorizon;
    SQLite::Statement compact;
    SQLite::Statement appendChange;
    SQLite::Statement readLog;
    SQLite::Statement place;
    SQLite::Statement customerTeams;
    SQLite::Statement customerConversations;
    SQLite::Statement customerMessages;
    SQLite::Statement messageExists;
    SQLite::Statement message;
    SQLite::Statement team;
    SQLite::Statement agent;
    SQLite::Statement teamsOfAgent;
    SQLite::Statement deleteConversation;

    std::int64_t single(SQLite::Statement& s)
    {
        StatementUse use(s);
        return s.executeStep() ? s.getColumn(0).getInt64() : 0;
    }

    std::optional<Place> placeOf(const domain::Id& conversationId)
    {
        StatementUse use(place);
        place.bind(1, conversationId);
        if (!place.executeStep())
            return std::nullopt;
        return Place{sql::textAt(place, 0), sql::textAt(place, 1)};
    }

    bool hasMessage(const domain::Id& id)
    {
        StatementUse use(messageExists);
        messageExists.bind(1, id);
        return messageExists.executeStep();
    }

    std::optional<domain::Message> findMessage(const domain::Id& id)
    {
        StatementUse use(message);
        message.bind(1, id);
        if (!message.executeStep())
            return std::nullopt;
        domain::Message m = rows::messageAt(message, 1);
        m.conversationId = sql::textAt(message, 0);
        return m;
    }

    std::optional<domain::Team> findTeam(const domain::Id& id)
    {
        StatementUse use(team);
        team.bind(1, id);
        if (!team.executeStep())
            return std::nullopt;
        return domain::Team{sql::textAt(team, 0), sql::textAt(team, 1)};
    }

    std::optional<domain::Agent> findAgent(const domain::Id& id)
    {
        domain::Agent found;
        std::int64_t key = 0;
        {
            StatementUse use(agent);
            agent.bind(1, id);
            if (!agent.executeStep())
                return std::nullopt;
            key = agent.getColumn(0).getInt64();
            found = rows::agentAt(agent, 1);
        }
        StatementUse use(teamsOfAgent);
        teamsOfAgent.bind(1, static_cast<int64_t>(key));
        while (teamsOfAgent.executeStep())
            found.teamIds.push_back(sql::textAt(teamsOfAgent, 0));
        return found;
    }
};

} // namespace concord::store
