#pragma once
// A desk as the hub's tests need one: a net::Client that speaks sync::Codec frames and
// records what arrives (decoded, under a lock, so tests can wait with QTRY_*), with a small
// replica built from snapshots and changes as a desk would apply them.

#include "net/Client.h"
#include "sync/Codec.h"

#include <atomic>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace concord::hubtest {

class DeskPeer {
public:
    explicit DeskPeer(net::EventLoop& loop, net::ClientOptions options = {});

    bool connect(std::uint16_t port) { return m_client.connect("127.0.0.1", port); }
    bool send(const sync::Frame& frame) { return m_client.send(sync::encode(frame)); }
    bool sendText(std::string text) { return m_client.send(std::move(text)); }
    bool isOpen() const { return m_client.isOpen(); }

    std::vector<sync::Frame> frames() const;
    int frameCount() const;
    int closeCode() const;

    template <typename T>
    std::vector<T> all() const
    {
        std::vector<T> found;
        for (const sync::Frame& frame : frames())
            if (const T* message = std::get_if<T>(&frame))
                found.push_back(*message);
        return found;
    }
    template <typename T>
    int count() const
    {
        return int(all<T>().size());
    }
    // The first frame of type T answering `req` (for frames with a req).
    template <typename T>
    std::optional<T> answer(std::int64_t req) const
    {
        for (const T& message : all<T>())
            if (message.req == req)
                return message;
        return std::nullopt;
    }

    // The replica, as applied so far.
    std::set<domain::Id> conversationIds() const;
    std::set<domain::Id> customerIds() const;
    std::set<domain::Id> messageIds() const;
    std::optional<domain::Conversation> conversation(const domain::Id& id) const;
    std::int64_t cursor() const;
    bool sawGap() const { return m_gap; }

    std::atomic<std::size_t> largestFrame{0}; // bytes of the largest text received
    std::atomic<int> opens{0};
    std::atomic<int> closes{0};

private:
    void received(std::string text);
    void apply(const sync::Frame& frame);
    void apply(const sync::ChangeItem& item);

    mutable std::mutex m_mutex;
    std::vector<sync::Frame> m_frames;
    std::map<domain::Id, domain::Conversation> m_conversations;
    std::set<domain::Id> m_customers;
    std::map<domain::Id, domain::Id> m_messages; // id -> conversation id
    std::int64_t m_cursor = 0;
    std::atomic<bool> m_gap{false};
    int m_closeCode = 0;
    net::Client m_client; // last: destroyed first, so no callback outlives the rest
};

} // namespace concord::hubtest
