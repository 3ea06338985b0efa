#pragma once
// Private to core/net. What the listener, the sessions and the Server share: the handler,
// the options, the TLS context (if any) and the registry of live sessions that stop() waits
// on.

#include "net/Server.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace boost::asio::ssl {
class context;
}

namespace concord::net {
class ConnectionHandler;
}

namespace concord::net::detail {

class ServerSessionBase;

class ServerState
{
public:
    ServerState(ConnectionHandler &handler, ServerOptions options);
    ~ServerState();

    ConnectionHandler &handler() const { return m_handler; }
    const ServerOptions &options() const { return m_options; }
    std::uint64_t nextId() { return m_nextId.fetch_add(1); }
    // Null for plain WebSocket. Set once, before listening.
    const std::shared_ptr<boost::asio::ssl::context> &tls() const { return m_tls; }
    void setTls(std::shared_ptr<boost::asio::ssl::context> tls) { m_tls = std::move(tls); }

    bool stopping() const { return m_stopping.load(); }
    void setStopping() { m_stopping = true; }

    void add(std::uint64_t id, const std::shared_ptr<ServerSessionBase> &session);
    void remove(std::uint64_t id);
    std::size_t count() const;
    std::vector<std::shared_ptr<ServerSessionBase>> snapshot() const;
    // True once the registry is empty; false if the deadline passed first.
    bool waitUntilEmpty(std::chrono::milliseconds limit);

private:
    ConnectionHandler &m_handler;
    const ServerOptions m_options;
    std::shared_ptr<boost::asio::ssl::context> m_tls;
    std::atomic<std::uint64_t> m_nextId{1};
    std::atomic<bool> m_stopping{false};
    mutable std::mutex m_mutex;
    std::condition_variable m_emptied;
    std::unordered_map<std::uint64_t, std::weak_ptr<ServerSessionBase>> m_sessions;
};

} // namespace concord::net::detail
