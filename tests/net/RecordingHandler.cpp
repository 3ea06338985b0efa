#include "RecordingHandler.h"

using namespace concord::net;

void RecordingHandler::onOpen(const ConnectionPtr &connection)
{
    {
        const std::lock_guard lock(m_mutex);
        m_open[connection->id()] = connection;
    }
    ++opens;
}

void RecordingHandler::onText(const ConnectionPtr &connection, std::string text)
{
    {
        const std::lock_guard lock(m_mutex);
        if (!m_open.count(connection->id()))
            ++contractBreaks;
    }
    ++texts;
    if (echo)
        connection->send(std::move(text));
}

void RecordingHandler::onClose(const ConnectionPtr &connection, const CloseReason &reason)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_open.erase(connection->id()) == 0)
            ++contractBreaks;
        m_closed[connection->id()] = reason;
    }
    ++closes;
}

std::vector<ConnectionPtr> RecordingHandler::openConnections() const
{
    const std::lock_guard lock(m_mutex);
    std::vector<ConnectionPtr> connections;
    for (const auto &entry : m_open)
        connections.push_back(entry.second);
    return connections;
}

std::optional<CloseReason> RecordingHandler::closeOf(std::uint64_t id) const
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_closed.find(id);
    if (it == m_closed.end())
        return std::nullopt;
    return it->second;
}

std::vector<CloseReason> RecordingHandler::allCloses() const
{
    const std::lock_guard lock(m_mutex);
    std::vector<CloseReason> closes;
    for (const auto &entry : m_closed)
        closes.push_back(entry.second);
    return closes;
}
