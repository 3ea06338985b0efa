#pragma once
// A net::Client that records its callbacks, for the transport tests.

#include "net/Client.h"

#include <atomic>
#include <mutex>
#include <string>
#include <vector>

class TestClient
{
public:
    explicit TestClient(concord::net::EventLoop &loop, concord::net::ClientOptions options = {});

    bool connect(std::uint16_t port) { return m_client.connect("127.0.0.1", port); }
    concord::net::Client &client() { return m_client; }

    std::vector<std::string> texts() const;
    int textCount() const;
    int closeCode() const;
    std::string error() const;

    std::atomic<int> opens{0};
    std::atomic<int> closes{0};
    std::atomic<int> errors{0};

private:
    mutable std::mutex m_mutex;
    std::vector<std::string> m_texts;
    concord::net::CloseReason m_close;
    std::string m_error;
    concord::net::Client m_client; // last: destroyed first, so no callback outlives the rest
};
