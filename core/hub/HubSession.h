#pragma once
// What the hub knows of one desk connection: its sign-in and where its replica stands.
// Kept in the connection's context until it closes. The malformed-frame count is touched on the
// connection's strand, `generation` also by the snapshot reader; everything else only on
// the service's writer thread, so it needs no lock.

#include "net/Connection.h"
#include "store/HubChanges.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <map>
#include <string>

namespace concord::hub {

struct HubSession {
    enum class Sync { Idle, Snapshot, CatchingUp, Live };

    explicit HubSession(net::ConnectionPtr connection)
        : connectionId(connection->id()), m_connection(std::move(connection))
    {
    }

    // The connection's calls, from any thread; no-ops once released.
    bool send(std::string text) const { return send(net::makeSharedText(std::move(text))); }
    bool send(const net::SharedText& text) const
    {
        const std::lock_guard lock(m_mutex);
        return m_connection && m_connection->send(text);
    }
    // A large frame of records: binary when the desk said it reads binary frames (hello),
    // which spares it a second UTF-8 check of every byte; text otherwise.
    bool sendRecords(std::string text) const
    {
        const std::lock_guard lock(m_mutex);
        if (!m_connection)
            return false;
        auto shared = net::makeSharedText(std::move(text));
        return binaryFrames.load() ? m_connection->sendBinary(std::move(shared))
                                   : m_connection->send(std::move(shared));
    }
    void close(std::uint16_t code, std::string reason) const
    {
        const std::lock_guard lock(m_mutex);
        if (m_connection)
            m_connection->close(code, std::move(reason));
    }
    std::size_t queuedBytes() const
    {
        const std::lock_guard lock(m_mutex);
        return m_connection ? m_connection->queuedBytes() : 0;
    }
    bool isOpen() const
    {
        const std::lock_guard lock(m_mutex);
        return m_connection && m_connection->isOpen();
    }
    // On close: a Connection must not outlive its Server, while a session may linger in
    // queued work for a while.
    void release()
    {
        const std::lock_guard lock(m_mutex);
        m_connection.reset();
    }

    const std::uint64_t connectionId;
    std::atomic<int> malformed{0};
    // Bumped by every subscribe, pull and close: a snapshot or catch-up of an older one stops.
    std::atomic<std::uint64_t> generation{0};
    // Said in hello; read by the snapshot reader (sendRecords).
    std::atomic<bool> binaryFrames{false};

    bool open = true;
    bool helloed = false;
    bool authPending = false;
    // Conversations others were told this desk is on, with when it last said so.
    std::map<domain::Id, std::chrono::steady_clock::time_point> presence;
    domain::Id clientId;
    std::optional<domain::Agent> agent;
    store::HubScope scope;
    std::string token;

    Sync sync = Sync::Idle;
    std::int64_t sentSeq = 0;    // the desk's cursor: `after` of the next changes frame
    std::int64_t readSeq = 0;    // every change up to here has been routed to this desk
    std::int64_t catchUpReq = 0; // answered with ok once caught up (0: none)

private:
    mutable std::mutex m_mutex;
    net::ConnectionPtr m_connection;
};

} // namespace concord::hub
