#include "CacheWriter.h"

#include "ThreadChange.h"

#include "Database.h"
#include "DetailJsonText.h"
#include "RowMapping.h"
#include "Schema.h"
#include "SqlError.h"
#include "SqlSupport.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <algorithm>
#include <limits>
#include <optional>
#include <string>
#include <utility>

namespace concord::store {
using domain::Done;
using domain::Error;
using domain::ErrorCode;
using domain::VoidResult;
using sql::StatementUse;
using jsontext::detailJson;
using jsontext::tagsJson;

namespace {

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

const char* const kClearBacklog =
    "DELETE FROM meta WHERE key IN ('search.backlog_from', 'search.backlog_to', "
    "'search.merging')";

const char* const kInsertMessage =
    "INSERT INTO messages(id, conversation_key, direction, author_id, author_name, body, "
    "sent_at, detail) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";

// Pages of the search index one step merges once the backlog is indexed ('merge', FTS5).
constexpr int kMergePages = 64;

} // namespace

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
                  "ces = excluded.ces, revision = excluded.revision"),
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
    // Outside a bulk load a message already there is skipped; inside one, messages_by_id is
    // gone (it is built again at the end), so the insert cannot ask, and a snapshot holds
    // each message once. Prepared on first use, after the index is made sure of: a bulk
    // load stopped halfway (the desk quit during a bootstrap) leaves the cache without it.
    SQLite::Statement& insertMessage()
    {
        if (!insertNewMessage) {
            db.exec("CREATE UNIQUE INDEX IF NOT EXISTS messages_by_id ON messages(id)");
            insertNewMessage.emplace(db, std::string(kInsertMessage)
                                             + " ON CONFLICT(id) DO NOTHING");
        }
        return *insertNewMessage;
    }
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
    bool allOrNothing = false;
    std::optional<std::int64_t> deferredFrom; // deferMessageSearch(): the first key deferred
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

// Inside a guarded body: failures throw, and guarded() maps them.
void writeMeta(SQLite::Statement& setMeta, const char* key, std::int64_t value)
{
    StatementUse use(setMeta);
    setMeta.bind(1, key);
    setMeta.bind(2, std::to_string(value));
    setMeta.exec();
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
        indexDeferredMessages();
        m_db.sql().exec("COMMIT");
        return Done{};
    });
}

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

VoidResult CacheWriter::setAutoCheckpoint(Database& db, int pages)
{
    return guarded("setAutoCheckpoint", [&]() -> VoidResult {
        db.sql().exec("PRAGMA wal_autocheckpoint = " + std::to_string(std::max(pages, 0)));
        return Done{};
    });
}

VoidResult CacheWriter::checkpoint(Database& db)
{
    return guarded("checkpoint", [&]() -> VoidResult {
        db.sql().exec("PRAGMA wal_checkpoint(PASSIVE)");
        return Done{};
    });
}

VoidResult CacheWriter::rollback()
{
    m_stmts->pending = {};
    m_stmts->deferredFrom.reset();
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
        std::optional<WriteScope> scope;
        m_stmts->openScope(scope);
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
        if (scope)
            scope->release();
        return Done{};
    });
}

VoidResult CacheWriter::upsertCustomer(const domain::Customer& customer)
{
    return guarded("upsertCustomer", [&]() -> VoidResult {
        std::optional<WriteScope> scope;
        m_stmts->openScope(scope);
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
        if (scope)
            scope->release();
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
        const std::string network(domain::toKey(c.network));
        const std::string tags = tagsJson(c.tags);
        auto bindAll = [&](SQLite::Statement& s) {
            s.bindNoCopy(1, c.id);
            s.bind(2, static_cast<int64_t>(*customerKey));
            s.bind(3, rows::channelCode(c.channel));
            s.bindNoCopy(4, network);
            s.bindNoCopy(5, c.subject);
            s.bind(6, rows::statusCode(c.status));
            s.bind(7, rows::priorityCode(c.priority));
            sql::bindKey(s, 8, teamKey.value());
            sql::bindKey(s, 9, assigneeKey.value());
            s.bindNoCopy(10, tags);
            sql::bindTime(s, 11, c.created);
            sql::bindTime(s, 12, c.firstResponse);
            sql::bindTime(s, 13, c.resolved);
            sql::bindTime(s, 14, c.lastActivity);
            sql::bindTime(s, 15, c.slaDue);
            sql::bindInt(s, 16, c.survey.csat);
            sql::bindInt(s, 17, c.survey.nps);
            sql::bindInt(s, 18, c.survey.ces);
            s.bind(19, static_cast<int64_t>(c.revision));
        };
        // A live change rarely touches the subject: updating the row without naming it
        // spares the search trigger a delete and an insert in the subject index.
        if (!m_stmts->bulk) {
            auto& s = m_stmts->updateConversationSameSubject;
            StatementUse use(s);
            bindAll(s);
            if (s.exec() > 0)
                return Done{};
        }
        auto& s = m_stmts->upsertConversation;
        StatementUse use(s);
        bindAll(s);
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
        st.openScope(scope);
        {
            auto& s = st.bulk ? st.loadMessage : st.insertMessage();
            StatementUse use(s);
            // Bound without a copy: every value outlives the statement's one step.
            const auto detail = detailJson(message);
            s.bindNoCopy(1, message.id);
            s.bind(2, static_cast<int64_t>(st.lastConversationKey));
            s.bind(3, rows::directionCode(message.direction));
            s.bindNoCopy(4, message.authorId);
            s.bindNoCopy(5, message.authorName);
            s.bindNoCopy(6, message.body);
            sql::bindTime(s, 7, message.sentAt);
            if (detail)
                s.bindNoCopy(8, *detail);
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
        if (scope)
            scope->release();
        return Done{};
    });
}

void CacheWriter::setAllOrNothing(bool on)
{
    m_stmts->allOrNothing = on;
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
        db.exec(kClearBacklog); // everything is indexed again at the end
        // The uuid indexes take random inserts: at a million messages theirs alone is 60 MB.
        db.exec("PRAGMA cache_size = -262144");
        m_stmts->bulk = true;
        return Done{};
    });
}

// Ends a bulk load: the thread counters still pending, then `rebuild` (indexes, search) in
// one transaction of its own unless the caller holds one, then the normal cache size.
template <typename Rebuild>
VoidResult CacheWriter::endBulkLoad(const char* what, bool checkpoint, Rebuild&& rebuild)
{
    return guarded(what, [&]() -> VoidResult {
        SQLite::Database& db = m_db.sql();
        if (m_stmts->pending.added > 0) {
            applyChange(m_stmts->applyThreadChange, m_stmts->pending);
            m_stmts->pending = {};
        }
        const bool ownTransaction = sqlite3_get_autocommit(db.getHandle()) != 0;
        if (ownTransaction)
            db.exec("BEGIN IMMEDIATE");
        try {
            rebuild(db);
            if (ownTransaction)
                db.exec("COMMIT");
        } catch (...) {
            if (ownTransaction)
                db.tryExec("ROLLBACK");
            throw;
        }
        if (ownTransaction && checkpoint)
            db.tryExec("PRAGMA wal_checkpoint(TRUNCATE)"); // best effort: readers may hold it
        db.exec("PRAGMA cache_size = -16384");
        m_stmts->bulk = false;
        return Done{};
    });
}

VoidResult CacheWriter::finishBulkLoad()
{
    return endBulkLoad("finishBulkLoad", true, [](SQLite::Database& db) {
        db.exec(schema::kCreateSharedIndexes);
        db.exec(schema::kCreateInboxIndexes);
        db.exec(schema::kCreateSearchTriggers);
        db.exec(schema::kRebuildSearch);
    });
}

VoidResult CacheWriter::finishBulkLoadWithoutInbox()
{
    return endBulkLoad("finishBulkLoadWithoutInbox", true, [](SQLite::Database& db) {
        db.exec(schema::kCreateSharedIndexes);
    });
}

VoidResult CacheWriter::finishBulkLoadLeavingSearch()
{
    return endBulkLoad("finishBulkLoadLeavingSearch", false, [this](SQLite::Database& db) {
        SQLite::Statement range(db, "SELECT min(key), max(key) FROM messages");
        range.executeStep();
        const std::int64_t from = range.getColumn(0).getInt64();
        const std::int64_t to = range.getColumn(1).getInt64();
        db.exec(schema::kCreateSharedIndexes);
        db.exec(schema::kCreateInboxIndexes);
        db.exec(kClearBacklog);
        if (!range.isColumnNull(0)) {
            writeMeta(m_stmts->setMeta, "search.backlog_from", from);
            writeMeta(m_stmts->setMeta, "search.backlog_to", to);
        }
        db.exec(schema::kCreateSearchTriggers); // they skip the backlog's range
        db.exec("INSERT INTO conversations_fts(conversations_fts) VALUES ('rebuild');"
                "INSERT INTO conversations_fts(conversations_fts) VALUES ('optimize');"
                "INSERT INTO customers_fts(customers_fts) VALUES ('rebuild');"
                "INSERT INTO customers_fts(customers_fts) VALUES ('optimize');");
    });
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
