#pragma once
// Private to CacheWriter*.cpp: the writer's prepared statements and state, and what its files
// share. CacheWriter.cpp holds the record writes and bulk loads; CacheWriterBacklog.cpp works
// off what a large snapshot leaves for later: the conversations' indexes
// (CacheWriterConversationIndexes.cpp), the unique message id index
// (CacheWriterMessageIds.cpp) and search (CacheWriterSearch.cpp, which also indexes a live
// group's messages at its commit).

#include "CacheWriter.h"
#include "SqlSupport.h"
#include "ThreadChange.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>

namespace concord::store {

// Makes a multi-statement write all-or-nothing, inside or outside the caller's transaction.
// The three statements are prepared once: parsing them on every write cost more than the
// savepoint itself.
class WriteScope {
public:
    WriteScope(SQLite::Statement& begin, SQLite::Statement& release, SQLite::Statement& undo)
        : m_release(release), m_undo(undo)
    {
        run(begin);
    }
    WriteScope(const WriteScope&) = delete;
    WriteScope& operator=(const WriteScope&) = delete;
    ~WriteScope()
    {
        if (m_released)
            return;
        try {
            run(m_undo);
            run(m_release);
        } catch (const std::exception&) {
            // The caller's transaction fails anyway; nothing more to undo here.
        }
    }
    void release()
    {
        run(m_release);
        m_released = true;
    }

private:
    static void run(SQLite::Statement& statement)
    {
        sql::StatementUse use(statement);
        statement.exec();
    }

    SQLite::Statement& m_release;
    SQLite::Statement& m_undo;
    bool m_released = false;
};

// A bulk load's keys of the rows it holds, by id. A snapshot names a customer, a team and an
// assignee in every conversation and a conversation in every thread; asking SQLite each
// time was a twentieth of the desk's sync thread in a bootstrap of a million messages.
// Only while bulk loading, and emptied whenever a transaction rolls back (the keys it
// assigned are gone with it) or the load ends.
class BulkKeys {
public:
    using Map = std::unordered_map<domain::Id, std::int64_t>;
    Map teams, agents, customers, conversations;

    // The key of `id` in `memo`, else asked of `lookup` and remembered; nullopt if unknown.
    static std::optional<std::int64_t> find(Map& memo, SQLite::Statement& lookup,
                                            const domain::Id& id)
    {
        if (const auto it = memo.find(id); it != memo.end())
            return it->second;
        sql::StatementUse use(lookup);
        lookup.bind(1, id);
        if (!lookup.executeStep())
            return std::nullopt;
        const std::int64_t key = lookup.getColumn(0).getInt64();
        memo.emplace(id, key);
        return key;
    }

    void clear()
    {
        for (Map* map : {&teams, &agents, &customers, &conversations})
            Map().swap(*map); // gives the memory back, not only the entries
    }
};

// Set while a large snapshot's messages wait for messages_by_id (CacheWriterMessageIds.cpp).
inline constexpr const char* kMessageIdIndexPending = "index.messages_by_id_pending";
// Set while its conversations wait for their inbox indexes (CacheWriterConversationIndexes.cpp).
inline constexpr const char* kConversationIndexesPending = "index.conversations_pending";

// Everything a bulk load leaves for later: the two kinds of index above, every search
// backlog range and the merging that follows them (CacheWriterSearch.cpp).
inline constexpr const char* kClearBacklog =
    "DELETE FROM meta WHERE key IN ('index.conversations_pending', 'index.messages_by_id_pending', "
    "'search.backlog_from', 'search.backlog_to', "
    "'search.conversations_backlog_from', 'search.conversations_backlog_to', "
    "'search.customers_backlog_from', 'search.customers_backlog_to', 'search.merging')";

inline constexpr const char* kInsertMessage =
    "INSERT INTO messages(id, conversation_key, direction, author_id, author_name, body, "
    "sent_at, detail) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";

struct CacheWriter::Statements {
    SQLite::Database& db; // first: the statements below are prepared on it

    explicit Statements(SQLite::Database& database)
        : db(database), upsertTeam(db, "INSERT INTO teams(id, name) VALUES (?1, ?2) "
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
                  "ces = excluded.ces, revision = excluded.revision RETURNING key"),
          updateConversationSameSubject(
              db, "UPDATE conversations SET customer_key = ?2, channel = ?3, network = ?4, "
                  "status = ?6, priority = ?7, team_key = ?8, assignee_key = ?9, tags = ?10, "
                  "created = ?11, first_response = ?12, resolved = ?13, "
                  "last_activity = max(last_activity, ?14), sla_due = ?15, csat = ?16, "
                  "nps = ?17, ces = ?18, revision = ?19 WHERE id = ?1 AND subject = ?5"),
          loadMessage(db, std::string(kInsertMessage)),
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
          conversationKey(db, "SELECT key FROM conversations WHERE id = ?1"),
          savepoint(db, "SAVEPOINT cache_write"),
          release(db, "RELEASE cache_write"),
          undo(db, "ROLLBACK TO cache_write"),
          meta(db, "SELECT value FROM meta WHERE key = ?1")
    {
    }

    // Around a write of several statements, so a failure leaves none of them; not needed
    // when the caller rolls its whole transaction back on any failure (allOrNothing).
    void openScope(std::optional<WriteScope>& scope)
    {
        if (!bulk && !allOrNothing)
            scope.emplace(savepoint, release, undo);
    }

    SQLite::Statement upsertTeam;
    SQLite::Statement upsertAgent;
    SQLite::Statement clearAgentTeams;
    SQLite::Statement addAgentTeam;
    SQLite::Statement upsertCustomer;
    SQLite::Statement clearIdentities;
    SQLite::Statement upsertIdentity;
    SQLite::Statement upsertConversation;
    SQLite::Statement updateConversationSameSubject;
    // A message already there is skipped, except in a bulk load into an empty table:
    // there messages_by_id is gone (built again at the end), so the insert cannot ask, and
    // a snapshot holds each message once (loadMessage). Prepared on first use, for the
    // index as it is then (CacheWriterMessageIds.cpp).
    SQLite::Statement& insertMessage();
    std::optional<SQLite::Statement> insertNewMessage;
    SQLite::Statement loadMessage;
    SQLite::Statement applyThreadChange;
    SQLite::Statement setMeta;
    SQLite::Statement teamKey;
    SQLite::Statement agentKey;
    SQLite::Statement customerKey;
    SQLite::Statement conversationKey;
    SQLite::Statement savepoint;
    SQLite::Statement release;
    SQLite::Statement undo;
    SQLite::Statement meta;

    bool bulk = false;
    bool loadWithoutIdIndex = false; // bulk mode into an empty messages table
    bool allOrNothing = false;
    std::optional<std::int64_t> deferredFrom; // deferMessageSearch(): the first key deferred
    BulkKeys bulkKeys;    // bulk mode only
    // Where a table's keys are remembered during a bulk load and how SQLite is asked them.
    struct KeysOf {
        BulkKeys::Map& memo;
        SQLite::Statement& lookup;
    };
    KeysOf keysOf(Table table)
    {
        switch (table) {
        case Table::Teams: return {bulkKeys.teams, teamKey};
        case Table::Agents: return {bulkKeys.agents, agentKey};
        case Table::Customers: return {bulkKeys.customers, customerKey};
        case Table::Conversations: break;
        }
        return {bulkKeys.conversations, conversationKey};
    }
    ThreadChange pending; // bulk mode: the conversation being appended to
    domain::Id lastConversationId;
    std::int64_t lastConversationKey = 0;
};

// Inside a guarded body: failures throw, and guarded() maps them.
inline std::optional<std::int64_t> readMeta(SQLite::Statement& meta, const char* key)
{
    sql::StatementUse use(meta);
    meta.bind(1, key);
    if (!meta.executeStep())
        return std::nullopt;
    return meta.getColumn(0).getInt64();
}

inline void writeMeta(SQLite::Statement& setMeta, const char* key, std::int64_t value)
{
    sql::StatementUse use(setMeta);
    setMeta.bind(1, key);
    setMeta.bind(2, std::to_string(value));
    setMeta.exec();
}

inline void clearMeta(SQLite::Database& db, const char* key)
{
    SQLite::Statement clear(db, "DELETE FROM meta WHERE key = ?1");
    clear.bind(1, key);
    clear.exec();
}

} // namespace concord::store
