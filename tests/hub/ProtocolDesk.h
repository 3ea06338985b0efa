#pragma once
// The desk's real protocol state machine (sync::DeskProtocol) on a net::Client, over an
// in-memory replica this class keeps itself: proves the hub and the desk keep the same
// contract. Everything runs on the loop's thread; tests read copies under the lock.

#include "net/Client.h"
#include "net/EventLoop.h"
#include "sync/DeskProtocol.h"

#include <atomic>
#include <map>
#include <mutex>
#include <set>
#include <vector>

namespace concord::hubtest {

class ProtocolDesk : private sync::ReplicaStore {
public:
    ProtocolDesk(net::EventLoop& loop, sync::Credentials credentials);
    ~ProtocolDesk() override;

    bool connect(std::uint16_t port) { return m_client.connect("127.0.0.1", port); }
    // Puts a mutation in the outbox (mutationId is filled in) and lets the protocol send it.
    void write(sync::MutationOp op);

    bool live() const { return m_live; }
    std::set<domain::Id> conversationIds() const;
    std::set<domain::Id> messageIds() const;
    std::vector<sync::MutationResult> settled() const;
    std::int64_t cursorSeq() const;
    std::vector<std::string> failures() const;
    const domain::Id& clientId() const { return m_clientId; }

private:
    // sync::ReplicaStore, on the loop's thread.
    domain::Result<std::optional<sync::Cursor>> cursor() override;
    domain::VoidResult beginReset(const sync::Reset& reset) override;
    domain::VoidResult applySnapshot(const sync::Snapshot& batch) override;
    domain::VoidResult finishSnapshot(const sync::Cursor& cursor) override;
    domain::VoidResult applyChanges(const sync::Changes& changes,
                                    const domain::Id& epoch) override;
    domain::Result<std::vector<sync::Mutate>> pendingMutations() override;
    domain::VoidResult settle(const sync::MutationResult& result) override;

    void run(sync::DeskStep step);

    net::EventLoop& m_loop;
    const domain::Id m_clientId;
    mutable std::mutex m_mutex;
    std::optional<sync::Cursor> m_cursor;
    std::map<domain::Id, domain::Conversation> m_conversations;
    std::set<domain::Id> m_messages;
    std::vector<sync::Mutate> m_outbox;
    std::vector<sync::MutationResult> m_settled;
    std::vector<std::string> m_failures;
    std::int64_t m_lastMutationId = 0;
    std::atomic<bool> m_live{false};
    sync::DeskProtocol m_protocol;
    net::Client m_client; // last: destroyed first, so no callback outlives the rest
};

} // namespace concord::hubtest
