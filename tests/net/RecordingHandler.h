#pragma once
// A ConnectionHandler for the transport tests: remembers what happened to every connection
// and, unless told otherwise, echoes each text frame back to its sender.

#include "net/ConnectionHandler.h"

#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <vector>

class RecordingHandler : public concord::net::ConnectionHandler
{
public:
    void onOpen(const concord::net::ConnectionPtr &connection) override;
    void onText(const concord::net::ConnectionPtr &connection, std::string text) override;
    void onClose(const concord::net::ConnectionPtr &connection,
                 const concord::net::CloseReason &reason) override;

    std::vector<concord::net::ConnectionPtr> openConnections() const;
    std::optional<concord::net::CloseReason> closeOf(std::uint64_t id) const;
    std::vector<concord::net::CloseReason> allCloses() const;

    std::atomic<bool> echo{true};
    std::atomic<int> opens{0};
    std::atomic<int> texts{0};
    std::atomic<int> closes{0};
    // Calls that broke the handler contract (a second onClose, text after close).
    std::atomic<int> contractBreaks{0};

private:
    mutable std::mutex m_mutex;
    std::map<std::uint64_t, concord::net::ConnectionPtr> m_open;
    std::map<std::uint64_t, concord::net::CloseReason> m_closed;
};
