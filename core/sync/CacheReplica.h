#pragma once
// The desk's cache as the replica the protocol writes (ReplicaStore), and the one door for
// the agent's own writes: enqueue() applies a mutation's effect to the cache at once (the
// agent sees it) and keeps the mutation in the outbox until the hub answers; a refusal puts
// back what the hub has. Runs on one connection: the sync thread's.
//
// Where it stands lives in the cache's meta table: sync.epoch, sync.seq, and sync.client_id
// (created once per cache: with mutation ids it names every write forever).

#include "ReplicaStore.h"
#include "domain/Agent.h"

#include <chrono>
#include <cstddef>
#include <memory>

namespace concord::store {
class CacheEraser;
class CacheReader;
class CacheWriter;
class Database;
class Outbox;
} // namespace concord::store

namespace concord::sync {

class CacheReplica : public ReplicaStore {
public:
    // `author`: the signed-in agent, who the optimistic messages are written by.
    CacheReplica(store::Database& db, domain::Agent author);
    ~CacheReplica() override;

    domain::Result<domain::Id> clientId();
    void setAuthor(domain::Agent author) { m_author = std::move(author); }

    // The agent's write: its local effect and its place in the outbox, in one transaction.
    // Returns the mutation id.
    domain::Result<std::int64_t> enqueue(const MutationOp& op, domain::Timestamp now);
    domain::Result<int> pendingCount();

    // A large snapshot leaves the conversations' indexes, the message ids' index and its
    // search indexes (customers, subjects, messages) to be built afterwards, a step at a
    // time (CacheWriter::finishBulkLoadLeavingSearch); small ones are indexed at once.
    // A search step takes a few milliseconds, an index step up to a second or two at a
    // million messages; false once nothing is left.
    domain::Result<bool> backlogStep();
    domain::Result<bool> hasBacklog();
    // How many messages a snapshot may hold and still be indexed with it (default 20,000).
    void setSearchInlineMessages(std::size_t messages) { m_searchInlineMessages = messages; }
    // How long a group of snapshot batches may stay open before it commits (default 1 s).
    void setSnapshotGroupTime(std::chrono::milliseconds time) { m_groupTime = time; }
    // Live: commits stop checkpointing the WAL, so none waits for one; the caller then
    // checkpoints from another connection (store::CacheWriter::checkpoint).
    domain::VoidResult leaveCheckpointsToOthers();

    // With `hold` on, applyChanges() leaves its transaction open so that the changes frames
    // arriving meanwhile share one commit (each commit writes every page it touched and a
    // search segment); commitHeld() commits them. Any other write commits them first.
    // Nothing is acknowledged before the commit: the cursor is written with the changes.
    void holdChangeCommits(bool hold) { m_holdChanges = hold; }
    bool holdsChanges() const { return m_groupOpen && m_groupIsLive; }
    std::size_t heldItems() const { return holdsChanges() ? m_groupRecords : 0; }
    domain::VoidResult commitHeld();

    domain::Result<std::optional<Cursor>> cursor() override;
    domain::VoidResult beginReset(const Reset& reset) override;
    domain::VoidResult applySnapshot(const Snapshot& batch) override;
    domain::VoidResult finishSnapshot(const Cursor& cursor) override;
    domain::VoidResult applyChanges(const Changes& changes, const domain::Id& epoch) override;
    domain::Result<std::vector<Mutate>> pendingMutations() override;
    domain::VoidResult settle(const MutationResult& result) override;

private:
    domain::VoidResult finishSnapshotWithin(const Cursor& cursor);
    domain::VoidResult applyEffect(const MutationOp& op, domain::Timestamp now);
    domain::VoidResult undoEffect(const MutationOp& op, const MutationResult& result);
    domain::VoidResult applyItem(const ChangeItem& item);
    domain::VoidResult saveCursor(const Cursor& cursor);
    // Runs `body` in one transaction; rolls back if it fails.
    template <typename Body>
    domain::VoidResult inTransaction(Body&& body);
    domain::VoidResult writeRecords(const SnapshotRecords& records);
    // Commits the snapshot batches taken in since the last commit (see applySnapshot).
    domain::VoidResult commitGroup();

    store::Database& m_db;
    domain::Agent m_author;
    std::unique_ptr<store::CacheReader> m_reader;
    std::unique_ptr<store::CacheWriter> m_writer;
    std::unique_ptr<store::CacheEraser> m_eraser;
    std::unique_ptr<store::Outbox> m_outbox;
    bool m_bulkLoading = false; // between a reset and the end of its snapshot
    bool m_groupOpen = false;   // a transaction holding snapshot batches is open
    bool m_groupIsLive = false; // ...holding changes frames instead (holdChangeCommits)
    bool m_holdChanges = false;
    std::size_t m_groupRecords = 0;
    std::size_t m_bulkMessages = 0;
    std::size_t m_searchInlineMessages = 20000;
    std::chrono::steady_clock::time_point m_groupStarted;
    std::chrono::milliseconds m_groupTime{1000};
    int m_groupsCommitted = 0;
};

} // namespace concord::sync
