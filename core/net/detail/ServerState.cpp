#include "net/detail/ServerState.h"

#include "net/detail/ServerSessionBase.h"

#include <boost/asio/ssl/context.hpp>

namespace concord::net::detail {

ServerState::ServerState(ConnectionHandler &handler, ServerOptions options)
    : m_handler(handler)
    , m_options(std::move(options))
{}

ServerState::~ServerState() = default;

void ServerState::add(std::uint64_t id, const std::shared_ptr<ServerSessionBase> &session)
{
    const std::lock_guard lock(m_mutex);
    m_sessions.emplace(id, session);
}

void ServerState::remove(std::uint64_t id)
{
    const std::lock_guard lock(m_mutex);
    if (m_sessions.erase(id) > 0 && m_sessions.empty())
        m_emptied.notify_all();
}

std::size_t ServerState::count() const
{
    const std::lock_guard lock(m_mutex);
    return m_sessions.size();
}

std::vector<std::shared_ptr<ServerSessionBase>> ServerState::snapshot() const
{
    std::vector<std::shared_ptr<ServerSessionBase>> sessions;
    const std::lock_guard lock(m_mutex);
    sessions.reserve(m_sessions.size());
    for (const auto &entry : m_sessions) {
        if (auto session = entry.second.lock())
            sessions.push_back(std::move(session));
    }
    return sessions;
}

bool ServerState::waitUntilEmpty(std::chrono::milliseconds limit)
{
    std::unique_lock lock(m_mutex);
    return m_emptied.wait_for(lock, limit, [this] { return m_sessions.empty(); });
}

} // namespace concord::net::detail
