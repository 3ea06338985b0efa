#include "net/Connection.h"

namespace concord::net {

Connection::Connection(std::uint64_t id, std::string remote)
    : m_id(id)
    , m_remote(std::move(remote))
{}

Connection::~Connection() = default;

void Connection::setContext(std::shared_ptr<void> context)
{
    const std::lock_guard lock(m_contextMutex);
    m_context = std::move(context);
}

std::shared_ptr<void> Connection::context() const
{
    const std::lock_guard lock(m_contextMutex);
    return m_context;
}

} // namespace concord::net
