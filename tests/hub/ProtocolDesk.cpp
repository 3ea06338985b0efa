#include "ProtocolDesk.h"

#include "sync/Codec.h"

#include <future>
#include <type_traits>

namespace concord::hubtest {
using domain::Done;

ProtocolDesk::ProtocolDesk(net::EventLoop& loop, sync::Credentials credentials)
    : m_loop(loop),
      m_clientId(domain::newUuid()),
      m_protocol(*this, m_clientId, "tst-protocol-desk/1"),
      m_client(loop, net::Client::Callbacks{
                         [this] { run(m_protocol.connected()); },
                         [this](std::string text) {
                             auto decoded = sync::decode(text);
                             if (decoded)
                                 run(m_protocol.received(decoded.frame()));
                         },
                         [this](const net::CloseReason&) {
                             m_live = false;
                             m_protocol.disconnected();
                         },
                         [](const std::string&) {}})
{
    m_protocol.setCredentials(std::move(credentials)); // not connected yet: nothing to send
}

ProtocolDesk::~ProtocolDesk() = default;

void ProtocolDesk::run(sync::DeskStep step)
{
    for (const sync::Frame& frame : step.send)
        m_client.send(sync::encode(frame));
    for (const sync::DeskEvent& event : step.events) {
        if (std::holds_alternative<sync::event::CaughtUp>(event))
            m_live = true;
        if (const auto* failed = std::get_if<sync::event::Failed>(&event)) {
            const std::lock_guard lock(m_mutex);
            m_failures.push_back(failed->what);
        }
    }
    if (step.close)
        m_client.close(sync::toWire(*step.close));
}

void ProtocolDesk::write(sync::MutationOp op)
{
    std::promise<void> done;
    m_loop.post([&] {
        {
            const std::lock_guard lock(m_mutex);
            m_outbox.push_back(sync::Mutate{m_clientId, ++m_lastMutationId, std::move(op)});
        }
        run(m_protocol.outboxChanged());
        done.set_value();
    });
    done.get_future().wait();
}

std::set<domain::Id> ProtocolDesk::conversationIds() const
{
    const std::lock_guard lock(m_mutex);
    std::set<domain::Id> ids;
    for (const auto& [id, c] : m_conversations)
        ids.insert(id);
    return ids;
}

std::set<domain::Id> ProtocolDesk::messageIds() const
{
    const std::lock_guard lock(m_mutex);
    return m_messages;
}

std::vector<sync::MutationResult> ProtocolDesk::settled() const
{
    const std::lock_guard lock(m_mutex);
    return m_settled;
}

std::int64_t ProtocolDesk::cursorSeq() const
{
    const std::lock_guard lock(m_mutex);
    return m_cursor ? m_cursor->seq : -1;
}

std::vector<std::string> ProtocolDesk::failures() const
{
    const std::lock_guard lock(m_mutex);
    return m_failures;
}

// ---- the replica ---------------------------------------------------------------------------

domain::Result<std::optional<sync::Cursor>> ProtocolDesk::cursor()
{
    const std::lock_guard lock(m_mutex);
    return m_cursor;
}

domain::VoidResult ProtocolDesk::beginReset(const sync::Reset&)
{
    const std::lock_guard lock(m_mutex);
    m_cursor.reset();
    m_conversations.clear();
    m_messages.clear();
    return Done{};
}

domain::VoidResult ProtocolDesk::applySnapshot(const sync::Snapshot& batch)
{
    const std::lock_guard lock(m_mutex);
    for (const auto& c : batch.records.conversations)
        m_conversations[c.id] = c;
    for (const auto& m : batch.records.messages)
        m_messages.insert(m.id);
    return Done{};
}

domain::VoidResult ProtocolDesk::finishSnapshot(const sync::Cursor& cursor)
{
    const std::lock_guard lock(m_mutex);
    m_cursor = cursor;
    return Done{};
}

domain::VoidResult ProtocolDesk::applyChanges(const sync::Changes& changes,
                                              const domain::Id& epoch)
{
    const std::lock_guard lock(m_mutex);
    for (const sync::ChangeItem& item : changes.items) {
        std::visit(
            [this](const auto& record) {
                using T = std::decay_t<decltype(record)>;
                if constexpr (std::is_same_v<T, domain::Conversation>)
                    m_conversations[record.id] = record;
                else if constexpr (std::is_same_v<T, domain::Message>)
                    m_messages.insert(record.id);
                else if constexpr (std::is_same_v<T, sync::Removed>)
                    if (record.kind == sync::RecordKind::Conversation)
                        m_conversations.erase(record.id);
            },
            item.record);
    }
    m_cursor = sync::Cursor{epoch, changes.upTo};
    return Done{};
}

domain::Result<std::vector<sync::Mutate>> ProtocolDesk::pendingMutations()
{
    const std::lock_guard lock(m_mutex);
    return m_outbox;
}

domain::VoidResult ProtocolDesk::settle(const sync::MutationResult& result)
{
    const std::lock_guard lock(m_mutex);
    std::erase_if(m_outbox,
                  [&](const sync::Mutate& m) { return m.mutationId == result.mutationId; });
    m_settled.push_back(result);
    return Done{};
}

} // namespace concord::hubtest
