#pragma once
// One scope's content at one sequence S, read in batches inside one read transaction, in the
// order PROTOCOL.md asks: teams, agents, customers, conversations newest first, then messages
// newest first (conversation by conversation, newest conversations first, so the inbox fills
// before old history). After the last batch the desk continues with changesAfter(S).

#include "HubChanges.h"
#include "domain/Result.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace concord::store {

class Database;

struct SnapshotBatch {
    std::vector<domain::Team> teams;
    std::vector<domain::Agent> agents;
    std::vector<domain::Customer> customers;
    std::vector<domain::Conversation> conversations;
    std::vector<domain::Message> messages;
    std::size_t records() const;
};

class HubSnapshot {
public:
    // Begins the read transaction on `db` and fixes S. `db` must not write until destroyed.
    static domain::Result<std::unique_ptr<HubSnapshot>> open(Database& db,
                                                             const HubScope& scope);
    ~HubSnapshot(); // ends the read transaction
    HubSnapshot(const HubSnapshot&) = delete;
    HubSnapshot& operator=(const HubSnapshot&) = delete;

    std::int64_t seq() const { return m_seq; }
    // The next batch: at most `maxRecords` records and roughly `maxBytes` of text (a batch
    // always holds at least one record). An empty batch means the snapshot is complete.
    domain::Result<SnapshotBatch> next(std::size_t maxRecords, std::size_t maxBytes);
    bool done() const { return m_phase == Phase::Done; }

private:
    enum class Phase { Teams, Agents, Customers, Conversations, Messages, Done };
    struct Statements;

    HubSnapshot(Database& db, std::int64_t seq, std::unique_ptr<Statements> statements);
    bool fill(SnapshotBatch& batch, std::size_t maxRecords, std::size_t maxBytes);

    Database& m_db;
    std::int64_t m_seq = 0;
    Phase m_phase = Phase::Teams;
    std::unique_ptr<Statements> m_stmts;
};

} // namespace concord::store
