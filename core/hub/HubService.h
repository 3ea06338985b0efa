#pragma once
// The hub's service: the net::ConnectionHandler that speaks docs/PROTOCOL.md over a HubStore.
// Per connection: hello (else 4001 after helloTimeout), login or resume, then subscribe or
// pull (reset + snapshot, or changes from the cursor, then ok), live changes after every
// commit, mutations applied exactly once, presence relayed, logout.
//
// Threads: the net::Server's strands only decode frames and hand them over. One writer
// thread owns the store's write connection and every session's state: it applies mutations
// and ingests (so the change sequence and the live push follow commit order), serves
// catch-ups and pushes live changes. An auth thread checks passwords (Argon2id is slow) and
// tokens on its own connection; a reader thread streams snapshots, each on its own read
// connection, paced by the connection's send queue.
//
// Shutdown: stop the net::Server first (it closes every connection with 1001), then stop()
// (or destroy) the service, which finishes the writes already queued.

#include "domain/Message.h"
#include "domain/Result.h"
#include "net/ConnectionHandler.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <future>
#include <memory>
#include <string>

namespace concord::hub {

class ServiceCore;

struct HubServiceOptions {
    // The hub's store, a file: snapshots read it through connections of their own.
    std::filesystem::path database;
    std::string hubName = "concord-hub/0.1.0";
    std::chrono::milliseconds helloTimeout{10000};
    // A refused login is answered no sooner than this after it arrived.
    std::chrono::milliseconds failedLoginDelay{1000};
    // After this many failed logins in a row, a login is refused (rate_limited, even with
    // the right password) until `failedLoginLockout` has passed since the last failure.
    int failedLoginLimit = 10;
    std::chrono::milliseconds failedLoginLockout{60000};
    // A desk's presence on a conversation that it has not refreshed for this long is `left`.
    std::chrono::milliseconds presenceTimeout{15000};
    int malformedLimit = 20; // malformed frames on one connection before closing with 1008
    // A snapshot or catch-up makes its next frame only while the send queue holds less.
    std::size_t syncQueueBytes = 1024 * 1024;
};

class HubService final : public net::ConnectionHandler {
public:
    // Opens the store (it must exist: HubStore::open made it, seeded or empty).
    static domain::Result<std::unique_ptr<HubService>> create(HubServiceOptions options);
    ~HubService() override; // stop()

    HubService(const HubService&) = delete;
    HubService& operator=(const HubService&) = delete;

    const std::string& epoch() const;

    void onOpen(const net::ConnectionPtr& connection) override;
    void onText(const net::ConnectionPtr& connection, std::string text) override;
    void onClose(const net::ConnectionPtr& connection, const net::CloseReason& reason) override;

    // An inbound customer message from a channel (or a test, or the demo): appended through
    // the writer, moving its conversation's activity on (and reopening it when it was
    // resolved or closed), then pushed live. The future holds the last sequence logged;
    // NotFound for an unknown conversation, InvalidArgument for a message id already stored.
    std::future<domain::Result<std::int64_t>> ingestInbound(domain::Message message);

    // Finishes the queued writes and stops the service's threads; later frames are ignored.
    // Idempotent. Not from a handler.
    void stop();

private:
    explicit HubService(std::unique_ptr<ServiceCore> core);

    std::unique_ptr<ServiceCore> m_core;
};

} // namespace concord::hub
