#pragma once
// The desk's link to its hub: one thread of its own (an Asio event loop) that keeps a
// WebSocket connection up (reconnecting with full-jitter backoff), speaks the protocol
// through DeskProtocol and writes the cache through its own connection (CacheReplica). The
// desk's GUI never waits for it: commands are posted to its thread, and what happens comes
// back through the sinks, on the sync thread, as values the GUI copies to its own thread.

#include "DeskProtocol.h"
#include "Mutation.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

namespace concord::sync {

enum class Link { Offline, Connecting, Online };

struct SyncClientOptions {
    std::string host = "127.0.0.1";
    std::uint16_t port = 0;
    std::chrono::milliseconds backoffBase{500};
    std::chrono::milliseconds backoffCap{30000};
    std::chrono::milliseconds idleTimeout{20000}; // half-open hub detected after this
    // A snapshot with more messages than this searches them only once the desk is live
    // and has indexed them in steps (CacheReplica::setSearchInlineMessages).
    std::size_t searchInlineMessages = 20000;
    std::string clientName = "concord-desk";
};

struct SyncSinks {
    std::function<void(const DeskEvent&)> event;
    std::function<void(Link)> link;
    std::function<void(int pendingWrites)> outbox;
};

class SyncClient {
public:
    // Opens its own connection to the cache at `cache` when started.
    SyncClient(std::filesystem::path cache, SyncClientOptions options, SyncSinks sinks);
    ~SyncClient(); // stop()
    SyncClient(const SyncClient&) = delete;
    SyncClient& operator=(const SyncClient&) = delete;

    // Connects and keeps connecting until stop(). `author` signs optimistic writes until the
    // hub's session names the agent.
    void start(Credentials credentials, domain::Agent author);
    void stop(); // from the owner's thread, not from a sink
    void setCredentials(Credentials credentials);
    // The agent's write: applied to the cache at once and sent when the hub is reachable.
    void write(MutationOp op);
    // What the agent is doing on a conversation (viewing, typing, left), for the others'
    // desks: sent while live and refreshed until `Left` or another conversation replaces it.
    void setPresence(domain::Id conversationId, PresenceState state);
    void logOut();

private:
    struct Impl;
    std::shared_ptr<Impl> m_impl;
    bool m_stopped = false; // stop() runs once: afterwards the loop takes no more work
};

} // namespace concord::sync
