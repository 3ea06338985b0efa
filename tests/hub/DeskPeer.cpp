#include "DeskPeer.h"

#include <type_traits>

namespace concord::hubtest {

DeskPeer::DeskPeer(net::EventLoop& loop, net::ClientOptions options)
    : m_client(loop, net::Client::Callbacks{
                         [this] { ++opens; },
                         [this](std::string text) { received(std::move(text)); },
                         [this](const net::CloseReason& reason) {
                             {
                                 const std::lock_guard lock(m_mutex);
                                 m_closeCode = reason.code;
                             }
                             ++closes;
                         },
                         [this](const std::string&) { ++closes; }},
               std::move(options))
{
}

void DeskPeer::received(std::string text)
{
    if (text.size() > largestFrame)
        largestFrame = text.size();
    sync::DecodeResult decoded = sync::decode(text);
    if (!decoded)
        return; // the hub sent something undecodable: the tests see it as missing
    const std::lock_guard lock(m_mutex);
    apply(decoded.frame());
    m_frames.push_back(std::move(decoded).frame());
}

void DeskPeer::apply(const sync::Frame& frame)
{
    if (const auto* reset = std::get_if<sync::Reset>(&frame)) {
        m_conversations.clear();
        m_customers.clear();
        m_messages.clear();
        m_cursor = reset->seq;
    } else if (const auto* snapshot = std::get_if<sync::Snapshot>(&frame)) {
        for (const auto& c : snapshot->records.customers)
            m_customers.insert(c.id);
        for (const auto& c : snapshot->records.conversations)
            m_conversations[c.id] = c;
        for (const auto& m : snapshot->records.messages)
            m_messages[m.id] = m.conversationId;
    } else if (const auto* changes = std::get_if<sync::Changes>(&frame)) {
        if (changes->after != m_cursor) {
            m_gap = true;
            return;
        }
        for (const sync::ChangeItem& item : changes->items)
            apply(item);
        m_cursor = changes->upTo;
    }
}

void DeskPeer::apply(const sync::ChangeItem& item)
{
    std::visit(
        [this](const auto& record) {
            using T = std::decay_t<decltype(record)>;
            if constexpr (std::is_same_v<T, domain::Customer>) {
                m_customers.insert(record.id);
            } else if constexpr (std::is_same_v<T, domain::Conversation>) {
                m_conversations[record.id] = record;
            } else if constexpr (std::is_same_v<T, domain::Message>) {
                m_messages[record.id] = record.conversationId;
            } else if constexpr (std::is_same_v<T, sync::Removed>) {
                if (record.kind == sync::RecordKind::Conversation) {
                    m_conversations.erase(record.id);
                    std::erase_if(m_messages,
                                  [&](const auto& entry) { return entry.second == record.id; });
                } else if (record.kind == sync::RecordKind::Customer) {
                    m_customers.erase(record.id);
                }
            }
        },
        item.record);
}

std::vector<sync::Frame> DeskPeer::frames() const
{
    const std::lock_guard lock(m_mutex);
    return m_frames;
}

int DeskPeer::frameCount() const
{
    const std::lock_guard lock(m_mutex);
    return int(m_frames.size());
}

int DeskPeer::closeCode() const
{
    const std::lock_guard lock(m_mutex);
    return m_closeCode;
}

std::set<domain::Id> DeskPeer::conversationIds() const
{
    const std::lock_guard lock(m_mutex);
    std::set<domain::Id> ids;
    for (const auto& [id, c] : m_conversations)
        ids.insert(id);
    return ids;
}

std::set<domain::Id> DeskPeer::customerIds() const
{
    const std::lock_guard lock(m_mutex);
    return m_customers;
}

std::set<domain::Id> DeskPeer::messageIds() const
{
    const std::lock_guard lock(m_mutex);
    std::set<domain::Id> ids;
    for (const auto& [id, conversation] : m_messages)
        ids.insert(id);
    return ids;
}

std::optional<domain::Conversation> DeskPeer::conversation(const domain::Id& id) const
{
    const std::lock_guard lock(m_mutex);
    auto it = m_conversations.find(id);
    if (it == m_conversations.end())
        return std::nullopt;
    return it->second;
}

std::int64_t DeskPeer::cursor() const
{
    const std::lock_guard lock(m_mutex);
    return m_cursor;
}

} // namespace concord::hubtest
