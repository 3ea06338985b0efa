#include "CacheWriter.h"

#include "ThreadChange.h"

#include "Database.h"
#include "RowMapping.h"
#include "Schema.h"
#include "SqlError.h"
#include "SqlSupport.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

namespace concord::store {
using domain::Done;
using domain::Error;
using domain::ErrorCode;
using domain::VoidResult;
using sql::StatementUse;

namespace {

// Makes a multi-statement write all-or-nothing, inside or outside the caller's transaction.
class WriteScope {
public:
    explicit WriteScope(SQLite::Database& db) : m_db(db) { m_db.exec("SAVEPOINT cache_write"); }
    ~WriteScope()
    {
        if (!m_released) {
            m_db.tryExec("ROLLBACK TO cache_write");
            m_db.tryExec("RELEASE cache_write");
        }
    }
    void release()
    {
        m_db.exec("RELEASE cache_write");
        m_released = true;
    }

private:
    SQLite::Database& m_db;
    bool m_released = false;
};

} // namespace

struct CacheWriter::Statements {
    explicit Statements(SQLite::Database& db)
        : upsertTeam(db, "INSERT INTO teams(id, name) VALUES (?1, ?2) "
                         "ON CONFLICT(id) DO UPDATE SET name = excluded.name"),
          upsertAgent(db, "INSERT INTO agents(id, login, display_name, role) "
                          "VALUES (?1, ?2, ?3, ?4) ON CONFLICT(id) DO UPDATE SET "
                          "login = excluded.login, display_name = excluded.display_name, "
                          "role = excluded.role RETURNING key"),
          clearAgentTeams(db, "DELETE FROM agent_teams WHERE agent_key = ?1"),
          addAgentTeam(db, "INSERT OR IGNORE INTO agent_teams(agent_key, team_key) "
                           "VALUES (?1, ?2)"),
          upsertCustomer(db, "INSERT INTO customers(id, display_name, first_name, last_name, "
                             "honorific, preferred_language, notes, created, revision, "
                             "search_text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
                             "ON CONFLICT(id) DO UPDATE SET "
                             "display_name = excluded.display_name, "
                             "first_name = excluded.first_name, "
                             "last_name = excluded.last_name, honorific = excluded.honorific, "
                             "preferred_language = excluded.preferred_language, "
                             "notes = excluded.notes, created = excluded.created, "
                             "revision = excluded.revision, search_text = excluded.search_text "
                             "RETURNING key"),
          clearIdentities(db, "DELETE FROM identities WHERE customer_key = ?1"),
          upsertIdentity(db, "INSERT INTO identities(id, customer_key, kind, network, value, "
                             "is_primary) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                             "ON CONFLICT(id) DO UPDATE SET customer_key = excluded.customer_key,"
                             " kind = excluded.kind, network = excluded.network, "
                             "value = excluded.value, is_primary = excluded.is_primary"),
          upsertConversation(
              db, "INSERT INTO conversations(id, customer_key, channel, network, subject, "
                  "status, priority, team_key, assignee_key, tags, created, first_response, "
                  "resolved, last_activity, sla_due, csat, nps, ces, revision) VALUES (?1, ?2, "
                  "?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19) "
                  "ON CONFLICT(id) DO UPDATE SET customer_key = excluded.customer_key, "
                  "channel = excluded.channel, network = excluded.network, "
                  "subject = excluded.subject, status = excluded.status, "
                  "priority = excluded.priority, team_key = excluded.team_key, "
                  "assignee_key = excluded.assignee_key, tags = excluded.tags, "
                  "created = excluded.created, first_response = excluded.first_response, "
                  "resolved = excluded.resolved, "
                  "last_activity = max(last_activity, excluded.last_activity), "
                  "sla_due = excluded.sla_due, csat = excluded.csat, nps = excluded.nps, "
                  "ces = excluded.ces, revision = excluded.revision"),
          insertMessage(db, "INSERT INTO messages(id, conversation_key, direction, author_id, "
                            "author_name, body, sent_at, detail) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(id) DO NOTHING"),
          applyThreadChange(
              db, "UPDATE conversations SET message_count = message_count + ?2, "
                  "last_activity = max(last_activity, ?3), "
                  "preview = iif(?4 > preview_rank OR (?4 = preview_rank AND ?5 >= preview_at), "
                  "?6, preview), "
                  "preview_at = iif(?4 > preview_rank OR (?4 = preview_rank AND ?5 >= "
                  "preview_at), ?5, preview_at), "
                  "preview_rank = max(preview_rank, ?4) WHERE key = ?1"),
          setMeta(db, "INSERT INTO meta(key, value) VALUES (?1, ?2) "
                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
          teamKey(db, "SELECT key FROM teams WHERE id = ?1"),
          agentKey(db, "SELECT key FROM agents WHERE id = ?1"),
          customerKey(db, "SELECT key FROM customers WHERE id = ?1"),
          conversationKey(db, "SELECT key FROM conversations WHERE id = ?1")
    {
    }

    SQLite::Statement upsertTeam;
    SQLite::Statement upsertAgent;
    SQLite::Statement clearAgentTeams;
    SQLite::Statement addAgentTeam;
    SQLite::Statement upsertCustomer;
    SQLite::Statement clearIdentities;
    SQLite::Statement upsertIdentity;
    SQLite::Statement upsertConversation;
    SQLite::Statement insertMessage;
    SQLite::Statement applyThreadChange;
    SQLite::Statement setMeta;
    SQLite::Statement teamKey;
    SQLite::Statement agentKey;
    SQLite::Statement customerKey;
    SQLite::Statement conversationKey;

    bool bulk = false;
    ThreadChange pending; // bulk mode: the conversation being appended to
    domain::Id lastConversationId;
    std::int64_t lastConversationKey = 0;
};

namespace {

std::optional<std::int64_t> lookupKey(SQLite::Statement& statement, const domain::Id& id)
{
    StatementUse use(statement);
    statement.bind(1, id);
    if (!statement.executeStep())
        return std::nullopt;
    return statement.getColumn(0).getInt64();
}

// Resolves an optional reference: empty id is "none", an unknown id is an error.
domain::Result<std::optional<std::int64_t>> lookupOptional(SQLite::Statement& statement,
                                                            const domain::Id& id,
                                                            const char* what)
{
    if (id.empty())
        return std::optional<std::int64_t>{};
    if (auto key = lookupKey(statement, id))
        return std::optional<std::int64_t>{key};
    return Error{ErrorCode::NotFound, std::string(what) + " " + id + " is not in the cache"};
}

void applyChange(SQLite::Statement& statement, const ThreadChange& change)
{
    StatementUse use(statement);
    statement.bind(1, static_cast<int64_t>(change.conversationKey));
    statement.bind(2, change.added);
    statement.bind(3, static_cast<int64_t>(change.latest));
    statement.bind(4, change.previewRank);
    statement.bind(5, static_cast<int64_t>(change.previewAt));
    statement.bind(6, change.preview);
    statement.exec();
}

} // namespace

CacheWriter::CacheWriter(Database& db)
    : m_db(db), m_stmts(std::make_unique<Statements>(db.sql()))
{
}

CacheWriter::~CacheWriter()
{
    try {
        if (m_stmts->pending.added > 0)
            applyChange(m_stmts->applyThreadChange, m_stmts->pending);
    } catch (const std::exception&) {
        // The transaction it belonged to will not commit; nothing is lost that was kept.
    }
}

VoidResult CacheWriter::begin()
{
    return guarded("begin", [&]() -> VoidResult {
        m_db.sql().exec("BEGIN IMMEDIATE");
        return Done{};
    });
}

VoidResult CacheWriter::commit()
{
    return guarded("commit", [&]() -> VoidResult {
        if (m_stmts->pending.added > 0) {
            applyChange(m_stmts->applyThreadChange, m_stmts->pending);
            m_stmts->pending = {};
        }
        m_db.sql().exec("COMMIT");
        return Done{};
    });
}

VoidResult CacheWriter::rollback()
{
    m_stmts->pending = {};
    m_stmts->lastConversationId.clear();
    return guarded("rollback", [&]() -> VoidResult {
        m_db.sql().exec("ROLLBACK");
        return Done{};
    });
}

VoidResult CacheWriter::upsertTeam(const domain::Team& team)
{
    return guarded("upsertTeam", [&]() -> VoidResult {
        auto& s = m_stmts->upsertTeam;
        StatementUse use(s);
        s.bind(1, team.id);
        s.bind(2, team.name);
        s.exec();
        return Done{};
    });
}

VoidResult CacheWriter::upsertAgent(const domain::Agent& agent)
{
    return guarded("upsertAgent", [&]() -> VoidResult {
        std::vector<std::int64_t> teamKeys;
        for (const domain::Id& teamId : agent.teamIds) {
            auto key = lookupKey(m_stmts->teamKey, teamId);
            if (!key)
                return Error{ErrorCode::NotFound, "team " + teamId + " is not in the cache"};
            teamKeys.push_back(*key);
        }
        WriteScope scope(m_db.sql());
        std::int64_t agentKey = 0;
        {
            auto& s = m_stmts->upsertAgent;
            StatementUse use(s);
            s.bind(1, agent.id);
            s.bind(2, agent.login);
            s.bind(3, agent.displayName);
            s.bind(4, std::string(domain::toKey(agent.role)));
            s.executeStep();
            agentKey = s.getColumn(0).getInt64();
        }
        {
            StatementUse use(m_stmts->clearAgentTeams);
            m_stmts->clearAgentTeams.bind(1, static_cast<int64_t>(agentKey));
            m_stmts->clearAgentTeams.exec();
        }
        for (std::int64_t teamKey : teamKeys) {
            auto& s = m_stmts->addAgentTeam;
            StatementUse use(s);
            s.bind(1, static_cast<int64_t>(agentKey));
            s.bind(2, static_cast<int64_t>(teamKey));
            s.exec();
        }
        scope.release();
        return Done{};
    });
}

VoidResult CacheWriter::upsertCustomer(const domain::Customer& customer)
{
    return guarded("upsertCustomer", [&]() -> VoidResult {
        WriteScope scope(m_db.sql());
        std::int64_t customerKey = 0;
        {
            auto& s = m_stmts->upsertCustomer;
            StatementUse use(s);
            s.bind(1, customer.id);
            s.bind(2, customer.displayName);
            s.bind(3, customer.firstName);
            s.bind(4, customer.lastName);
            s.bind(5, std::string(domain::toKey(customer.honorific)));
            s.bind(6, customer.preferredLanguage);
            s.bind(7, customer.notes);
            sql::bindTime(s, 8, customer.created);
            s.bind(9, static_cast<int64_t>(customer.revision));
            s.bind(10, rows::customerSearchText(customer));
            s.executeStep();
            customerKey = s.getColumn(0).getInt64();
        }
        {
            StatementUse use(m_stmts->clearIdentities);
            m_stmts->clearIdentities.bind(1, static_cast<int64_t>(customerKey));
            m_stmts->clearIdentities.exec();
        }
        for (const domain::Identity& identity : customer.identities) {
            auto& s = m_stmts->upsertIdentity;
            StatementUse use(s);
            s.bind(1, identity.id);
            s.bind(2, static_cast<int64_t>(customerKey));
            s.bind(3, std::string(domain::toKey(identity.kind)));
            s.bind(4, std::string(domain::toKey(identity.network)));
            s.bind(5, identity.value);
            s.bind(6, identity.primary ? 1 : 0);
            s.exec();
        }
        scope.release();
        return Done{};
    });
}

VoidResult CacheWriter::upsertConversation(const domain::Conversation& c)
{
    return guarded("upsertConversation", [&]() -> VoidResult {
        const auto customerKey = lookupKey(m_stmts->customerKey, c.customerId);
        if (!customerKey)
            return Error{ErrorCode::NotFound, "customer " + c.customerId + " is not in the cache"};
        auto teamKey = lookupOptional(m_stmts->teamKey, c.teamId, "team");
        if (!teamKey)
            return teamKey.error();
        auto assigneeKey = lookupOptional(m_stmts->agentKey, c.assigneeId, "agent");
        if (!assigneeKey)
            return assigneeKey.error();
        auto& s = m_stmts->upsertConversation;
        StatementUse use(s);
        s.bind(1, c.id);
        s.bind(2, static_cast<int64_t>(*customerKey));
        s.bind(3, rows::channelCode(c.channel));
        s.bind(4, std::string(domain::toKey(c.network)));
        s.bind(5, c.subject);
        s.bind(6, rows::statusCode(c.status));
        s.bind(7, rows::priorityCode(c.priority));
        sql::bindKey(s, 8, teamKey.value());
        sql::bindKey(s, 9, assigneeKey.value());
        s.bind(10, rows::tagsToJson(c.tags));
        sql::bindTime(s, 11, c.created);
        sql::bindTime(s, 12, c.firstResponse);
        sql::bindTime(s, 13, c.resolved);
        sql::bindTime(s, 14, c.lastActivity);
        sql::bindTime(s, 15, c.slaDue);
        sql::bindInt(s, 16, c.survey.csat);
        sql::bindInt(s, 17, c.survey.nps);
        sql::bindInt(s, 18, c.survey.ces);
        s.bind(19, static_cast<int64_t>(c.revision));
        s.exec();
        return Done{};
    });
}

VoidResult CacheWriter::appendMessage(const domain::Message& message)
{
    return guarded("appendMessage", [&]() -> VoidResult {
        Statements& st = *m_stmts;
        if (message.conversationId != st.lastConversationId) {
            const auto key = lookupKey(st.conversationKey, message.conversationId);
            if (!key)
                return Error{ErrorCode::NotFound,
                             "conversation " + message.conversationId + " is not in the cache"};
            st.lastConversationId = message.conversationId;
            st.lastConversationKey = *key;
        }
        std::optional<WriteScope> scope;
        if (!st.bulk)
            scope.emplace(m_db.sql());
        {
            auto& s = st.insertMessage;
            StatementUse use(s);
            s.bind(1, message.id);
            s.bind(2, static_cast<int64_t>(st.lastConversationKey));
            s.bind(3, rows::directionCode(message.direction));
            s.bind(4, message.authorId);
            s.bind(5, message.authorName);
            s.bind(6, message.body);
            sql::bindTime(s, 7, message.sentAt);
            if (const auto detail = rows::detailToJson(message))
                s.bind(8, *detail);
            else
                s.bind(8);
            if (s.exec() == 0)
                return Done{}; // already there: messages are append-only
        }
        if (st.bulk) {
            if (st.pending.added > 0 && st.pending.conversationKey != st.lastConversationKey) {
                applyChange(st.applyThreadChange, st.pending);
                st.pending = {};
            }
            st.pending.conversationKey = st.lastConversationKey;
            st.pending.add(message);
            return Done{};
        }
        ThreadChange change;
        change.conversationKey = st.lastConversationKey;
        change.add(message);
        applyChange(st.applyThreadChange, change);
        scope->release();
        return Done{};
    });
}

VoidResult CacheWriter::setMeta(const std::string& key, const std::string& value)
{
    return guarded("setMeta", [&]() -> VoidResult {
        auto& s = m_stmts->setMeta;
        StatementUse use(s);
        s.bind(1, key);
        s.bind(2, value);
        s.exec();
        return Done{};
    });
}

// Bulk loading trades a consistent index for speed while it lasts: the search triggers and
// the inbox indexes are dropped, and finishBulkLoad() rebuilds them in one pass each.
VoidResult CacheWriter::startBulkLoad()
{
    return guarded("startBulkLoad", [&]() -> VoidResult {
        SQLite::Database& db = m_db.sql();
        db.exec(schema::kDropSearchTriggers);
        db.exec(schema::kDropBulkIndexes);
        db.exec("PRAGMA cache_size = -65536"); // the uuid indexes take random inserts
        m_stmts->bulk = true;
        return Done{};
    });
}

VoidResult CacheWriter::finishBulkLoad()
{
    return guarded("finishBulkLoad", [&]() -> VoidResult {
        SQLite::Database& db = m_db.sql();
        if (m_stmts->pending.added > 0) {
            applyChange(m_stmts->applyThreadChange, m_stmts->pending);
            m_stmts->pending = {};
        }
        const bool ownTransaction = sqlite3_get_autocommit(db.getHandle()) != 0;
        if (ownTransaction)
            db.exec("BEGIN IMMEDIATE");
        try {
            db.exec(schema::kCreateBulkIndexes);
            db.exec(schema::kCreateSearchTriggers);
            db.exec(schema::kRebuildSearch);
            if (ownTransaction)
                db.exec("COMMIT");
        } catch (...) {
            if (ownTransaction)
                db.tryExec("ROLLBACK");
            throw;
        }
        if (ownTransaction)
            db.tryExec("PRAGMA wal_checkpoint(TRUNCATE)"); // best effort: readers may hold it
        db.exec("PRAGMA cache_size = -16384");
        m_stmts->bulk = false;
        return Done{};
    });
}

} // namespace concord::store
