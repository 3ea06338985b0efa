#include "CacheWriterStatements.h"

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
#include <optional>
#include <string>

namespace concord::store {
using domain::Done;
using domain::Error;
using domain::ErrorCode;
using domain::VoidResult;
using sql::StatementUse;
using jsontext::detailJson;
using jsontext::tagsJson;

namespace {

std::optional<std::int64_t> lookupKey(SQLite::Statement& statement, const domain::Id& id)
{
    StatementUse use(statement);
    statement.bind(1, id);
    if (!statement.executeStep())
        return std::nullopt;
    return statement.getColumn(0).getInt64();
}

} // namespace

// A bulk load remembers the keys it has seen (BulkKeys); other writes ask SQLite each time,
// so a row another connection removed is never taken for present.
std::optional<std::int64_t> CacheWriter::keyOf(Table table, const domain::Id& id)
{
    Statements& st = *m_stmts;
    auto [memo, lookup] = st.keysOf(table);
    return st.bulk ? BulkKeys::find(memo, lookup, id) : lookupKey(lookup, id);
}

void CacheWriter::rememberKey(Table table, const domain::Id& id, std::int64_t key)
{
    if (m_stmts->bulk)
        m_stmts->keysOf(table).memo.insert_or_assign(id, key);
}

// Resolves an optional reference: empty id is "none", an unknown id is an error.
domain::Result<std::optional<std::int64_t>> CacheWriter::optionalKeyOf(Table table,
                                                                       const domain::Id& id,
                                                                       const char* what)
{
    if (id.empty())
        return std::optional<std::int64_t>{};
    if (auto key = keyOf(table, id))
        return std::optional<std::int64_t>{key};
    return Error{ErrorCode::NotFound, std::string(what) + " " + id + " is not in the cache"};
}

namespace {

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

VoidResult CacheWriter::setAutoCheckpoint(Database& db, int pages)
{
    return guarded("setAutoCheckpoint", [&]() -> VoidResult {
        db.sql().exec("PRAGMA wal_autocheckpoint = " + std::to_string(std::max(pages, 0)));
        return Done{};
    });
}

domain::Result<int> CacheWriter::autoCheckpoint(Database& db)
{
    return guarded("autoCheckpoint", [&]() -> domain::Result<int> {
        return db.sql().execAndGet("PRAGMA wal_autocheckpoint").getInt();
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
    m_stmts->bulkKeys.clear(); // the keys the transaction gave out are gone with it
    // The transaction may have been the one that built messages_by_id again (the end of a
    // bulk load): make sure of it before the next upsert, not only before the first.
    m_stmts->insertNewMessage.reset();
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
            auto key = keyOf(Table::Teams, teamId);
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
        rememberKey(Table::Agents, agent.id, agentKey);
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
        rememberKey(Table::Customers, customer.id, customerKey);
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
        const auto customerKey = keyOf(Table::Customers, c.customerId);
        if (!customerKey)
            return Error{ErrorCode::NotFound, "customer " + c.customerId + " is not in the cache"};
        auto teamKey = optionalKeyOf(Table::Teams, c.teamId, "team");
        if (!teamKey)
            return teamKey.error();
        auto assigneeKey = optionalKeyOf(Table::Agents, c.assigneeId, "agent");
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
        if (s.executeStep())
            rememberKey(Table::Conversations, c.id, s.getColumn(0).getInt64());
        return Done{};
    });
}

VoidResult CacheWriter::appendMessage(const domain::Message& message)
{
    return guarded("appendMessage", [&]() -> VoidResult {
        Statements& st = *m_stmts;
        if (message.conversationId != st.lastConversationId) {
            const auto key = keyOf(Table::Conversations, message.conversationId);
            if (!key)
                return Error{ErrorCode::NotFound,
                             "conversation " + message.conversationId + " is not in the cache"};
            st.lastConversationId = message.conversationId;
            st.lastConversationKey = *key;
        }
        std::optional<WriteScope> scope;
        st.openScope(scope);
        {
            auto& s = st.bulk && st.loadWithoutIdIndex ? st.loadMessage : st.insertMessage();
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
        for (const schema::NamedIndex& index : schema::kConversationIndexes)
            db.exec(std::string("DROP INDEX IF EXISTS ") + index.name);
        // Into an empty table every id is new: the unique index is built at the end, not by
        // a random insert per message. Into messages already there (a seed run again after
        // it stopped halfway) ids must be checked as they come, which needs the index.
        m_stmts->loadWithoutIdIndex =
            db.execAndGet("SELECT NOT EXISTS (SELECT 1 FROM messages)").getInt() != 0;
        if (m_stmts->loadWithoutIdIndex)
            db.exec("DROP INDEX IF EXISTS messages_by_id");
        db.exec(kClearBacklog); // everything is indexed again at the end
        m_stmts->insertNewMessage.reset(); // prepared again for the index as it will be
        // Without messages_by_id the random inserts go to the small uuid indexes of customers,
        // identities and conversations, which 64 MB holds; a larger cache only costs page
        // faults as it grows (256 MB made a 1M load and its finish 3-4 s slower, PERFORMANCE.md).
        // With the id index kept, its 60 MB of random inserts at a million messages need room.
        db.exec(m_stmts->loadWithoutIdIndex ? "PRAGMA cache_size = -65536"
                                            : "PRAGMA cache_size = -262144");
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
        m_stmts->bulkKeys.clear();
        return Done{};
    });
}

VoidResult CacheWriter::finishBulkLoad()
{
    return endBulkLoad("finishBulkLoad", true, [](SQLite::Database& db) {
        db.exec(schema::kCreateMessageIdIndex);
        db.exec(schema::kCreateSharedIndexes);
        db.exec(schema::kCreateInboxIndexes);
        db.exec(schema::kCreateSearchTriggers);
        db.exec(schema::kRebuildSearch);
    });
}

VoidResult CacheWriter::finishBulkLoadWithoutInbox()
{
    return endBulkLoad("finishBulkLoadWithoutInbox", true, [](SQLite::Database& db) {
        db.exec(schema::kCreateMessageIdIndex);
        db.exec(schema::kCreateSharedIndexes);
    });
}

VoidResult CacheWriter::finishBulkLoadLeavingSearch()
{
    return endBulkLoad("finishBulkLoadLeavingSearch", false, [this](SQLite::Database& db) {
        db.exec(schema::kCreateThreadIndexes); // kept through the load: only if missing
        leaveSearchBacklog();
        leaveConversationIndexes(); // the backlog's first steps build them
        leaveMessageIdIndex(); // and then this one
        db.exec(schema::kCreateSearchTriggers); // they skip the backlog's ranges
    });
}

} // namespace concord::store
