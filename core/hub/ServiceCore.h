#pragma once
// The inside of HubService (see HubService.h for the threads). Session handling lives in
// ServiceCore.cpp, sync (catch-up, snapshot, live push), mutations and ingest in
// ServiceSync.cpp. Everything named on*/handle* and below runs on the writer thread unless
// it says otherwise.

#include "HubService.h"
#include "HubSession.h"
#include "net/EventLoop.h"
#include "sync/Protocol.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace concord::store {
class HubStore;
}

namespace concord::hub {

class AgentAccounts;
class MutationApplier;
class TokenService;

class ServiceCore {
public:
    ServiceCore(HubServiceOptions options, std::unique_ptr<store::HubStore> store,
                std::unique_ptr<store::HubStore> authStore);
    ~ServiceCore();

    const std::string& epoch() const { return m_epoch; }

    // From the server's strands.
    void opened(const net::ConnectionPtr& connection);
    void received(const net::ConnectionPtr& connection, std::string text);
    void closed(const net::ConnectionPtr& connection);

    std::future<domain::Result<std::int64_t>> ingestInbound(domain::Message message);
    void stop();

private:
    using SessionPtr = std::shared_ptr<HubSession>;

    // ServiceCore.cpp: the session.
    void handle(const SessionPtr& session, const sync::Frame& frame);
    void startHelloTimer(const SessionPtr& session);
    void onHello(const SessionPtr& session, const sync::Hello& hello);
    void onLogin(const SessionPtr& session, const sync::Login& login);
    bool lockedOut(const std::string& login, domain::Timestamp at);
    void onResume(const SessionPtr& session, const sync::Resume& resume);
    void onLogout(const SessionPtr& session, const sync::Logout& logout);
    bool sessionStillValid(const SessionPtr& session);
    void signIn(const SessionPtr& session, std::int64_t req, domain::Agent agent,
                std::string token, domain::Timestamp expiresAt);
    void refuseLater(const SessionPtr& session, std::int64_t req, sync::ErrorCode code,
                     std::string message, std::chrono::steady_clock::time_point notBefore);
    void onPresence(const SessionPtr& session, const sync::Presence& presence);
    void sweepPresence();
    void endPresence(const SessionPtr& session, domain::Id conversationId);
    void relayPresence(const SessionPtr& from, const domain::Conversation& conversation,
                       sync::PresenceState state);
    void sendError(const SessionPtr& session, std::int64_t req, sync::ErrorCode code,
                   std::string message);
    void send(const SessionPtr& session, const sync::Frame& frame);

    // ServiceSync.cpp: bringing a desk up to date and keeping it there.
    void startSync(const SessionPtr& session, std::int64_t req,
                   const std::optional<sync::Cursor>& cursor);
    void startSnapshot(const SessionPtr& session, std::uint64_t generation);
    void snapshotDone(const SessionPtr& session, std::uint64_t generation,
                      std::optional<std::int64_t> seq);
    void catchUp(const SessionPtr& session, std::uint64_t generation);
    bool sendCatchUpBatch(const SessionPtr& session);
    void goLive(const SessionPtr& session);
    void fallBehind(const SessionPtr& session);
    void schedulePush();
    void pushLive();
    void pushFrom(std::int64_t from, std::int64_t latest, std::vector<SessionPtr>& group);
    void onMutate(const SessionPtr& session, const sync::Mutate& mutate);
    void scheduleIngest(); // now, or once kIngestInterval has passed since the last
    void ingestQueued();   // every queued ingest in one transaction
    void failQueuedIngests(); // on stop: refused, not forgotten
    domain::Result<std::int64_t> ingest(const domain::Message& message); // alone
    // Inside an open transaction; `partial`: a failure left the message without its
    // conversation's update, so the transaction must be rolled back.
    domain::Result<std::int64_t> ingestWrite(const domain::Message& message, bool& partial);
    void later(std::chrono::steady_clock::duration delay, std::function<void()> task);
    void checkpointLater(); // the auth thread: the WAL, every kCheckpointInterval

    HubServiceOptions m_options;
    std::string m_epoch;
    std::unique_ptr<store::HubStore> m_store;     // the writer's connection
    std::unique_ptr<store::HubStore> m_authStore; // the auth thread's connection
    std::unique_ptr<MutationApplier> m_mutations;
    std::unique_ptr<AgentAccounts> m_accounts;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<TokenService> m_writerTokens; // the same on the writer's connection

    // Writer thread only.
    std::unordered_map<std::uint64_t, SessionPtr> m_sessions;
    bool m_pushScheduled = false;
    std::chrono::steady_clock::time_point m_lastIngest; // when ingestQueued last ran
    std::vector<std::pair<SessionPtr, std::string>> m_heldResults; // sent after the push

    // Any thread: ingests waiting for the writer.
    struct QueuedIngest {
        domain::Message message;
        std::shared_ptr<std::promise<domain::Result<std::int64_t>>> promise;
    };
    std::mutex m_ingestMutex;
    std::vector<QueuedIngest> m_ingestQueue;
    bool m_ingestPosted = false;

    std::atomic<bool> m_stopped{false};
    // Last: stopped (and joined) before anything above goes away.
    net::EventLoop m_writer{1, "hub-writer"};
    net::EventLoop m_auth{1, "hub-auth"};
    net::EventLoop m_reader{1, "hub-reader"};
};

} // namespace concord::hub
