#pragma once
// Writes records into the cache: the demo generator today, the sync client tomorrow.
// Upserts are idempotent by id. Callers group writes in transactions (see transaction()).

#include "domain/Agent.h"
#include "domain/Conversation.h"
#include "domain/Customer.h"
#include "domain/Message.h"
#include "domain/Result.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace concord::store {

class Database;

class CacheWriter {
public:
    explicit CacheWriter(Database& db);
    ~CacheWriter();
    CacheWriter(const CacheWriter&) = delete;
    CacheWriter& operator=(const CacheWriter&) = delete;

    // For a caller that rolls its whole transaction back whenever a write fails (the desk's
    // replica): writes then skip the savepoint that otherwise makes each one all or nothing
    // on its own. That savepoint is not free: FTS5 writes out its pending index at every
    // one, so a live frame of 20 messages became 20 index segments to merge later.
    void setAllOrNothing(bool on);

    domain::VoidResult begin();    // BEGIN IMMEDIATE
    domain::VoidResult commit();   // also indexes the messages deferMessageSearch() left
    domain::VoidResult rollback();
    // In an open transaction of many messages: their search index is written at commit, in
    // one statement, not one trigger insert per message (see the .cpp for why).
    domain::VoidResult deferMessageSearch();

    domain::VoidResult upsertTeam(const domain::Team& team);
    domain::VoidResult upsertAgent(const domain::Agent& agent); // with team membership
    domain::VoidResult upsertCustomer(const domain::Customer& customer); // with identities
    domain::VoidResult upsertConversation(const domain::Conversation& conversation);
    // Appends to the thread and refreshes the conversation's preview, message count and
    // last activity. A message id already present is ignored (messages are append-only).
    // The preview is the start (160 characters, whitespace collapsed) of the latest inbound,
    // outbound or note message, or of the latest event while the thread has nothing else;
    // between messages of the same time, the one appended last.
    domain::VoidResult appendMessage(const domain::Message& message);

    domain::VoidResult setMeta(const std::string& key, const std::string& value);

    // WAL checkpoints copy pages back and sync the file: tens of milliseconds that a commit
    // on a live desk (or the hub's writer) should not wait for. setAutoCheckpoint(db, 0)
    // stops that connection's commits from checkpointing (SQLite's default is every 1000
    // pages); checkpoint() then does it from another connection without blocking the writer
    // (PASSIVE). Any WAL database will do, the hub's too.
    static domain::VoidResult setAutoCheckpoint(Database& db, int pages);
    static domain::Result<int> autoCheckpoint(Database& db); // pages; 0 when off
    static domain::VoidResult checkpoint(Database& db);

    // For loading many rows at once: drops the search triggers and secondary indexes;
    // finishBulkLoad() recreates them and rebuilds the search index in one pass.
    domain::VoidResult startBulkLoad();
    domain::VoidResult finishBulkLoad();
    // Like finishBulkLoad(), but the conversations' indexes, the unique index of
    // message ids and the search indexes (customers, subjects, messages) are left to
    // backlogStep(): a large load is complete and usable (inbox, threads) that much
    // sooner. Until the backlog is worked off, the inbox's orders and filters scan the
    // conversations (as they do during the load), a search does not find the rows not yet
    // indexed, and a message is told apart from those of its own conversation only. The
    // backlog is kept in the meta table, so it survives a restart.
    domain::VoidResult finishBulkLoadLeavingSearch();
    // For a store without the inbox and search (the hub's): only the indexes it shares.
    domain::VoidResult finishBulkLoadWithoutInbox();
    // One step of what a large snapshot left: first the conversations' indexes (one a
    // step), then the unique index of message ids (in one go), then up to `maxRows` of the
    // search backlog (customers, then subjects, then messages), then merging the search
    // indexes a little at a time; false once all is done. Call inside a transaction, when
    // nothing more urgent waits.
    domain::Result<bool> backlogStep(int maxRows);
    domain::Result<bool> hasBacklog();

private:
    enum class Table { Teams, Agents, Customers, Conversations };
    std::optional<std::int64_t> keyOf(Table table, const domain::Id& id);
    domain::Result<std::optional<std::int64_t>> optionalKeyOf(Table table, const domain::Id& id,
                                                              const char* what);
    void rememberKey(Table table, const domain::Id& id, std::int64_t key);
    void indexDeferredMessages();
    void leaveSearchBacklog();
    void leaveMessageIdIndex();
    bool buildLeftMessageIdIndex();
    void leaveConversationIndexes();
    bool buildLeftConversationIndex();
    bool searchBacklogLeft();
    bool stepSearchBacklog(int maxRows);
    template <typename Rebuild>
    domain::VoidResult endBulkLoad(const char* what, bool checkpoint, Rebuild&& rebuild);

    struct Statements;
    Database& m_db;
    std::unique_ptr<Statements> m_stmts;
};

} // namespace concord::store
