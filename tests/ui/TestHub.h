#pragma once
// A hub for desk tests: a small seeded demo store served on 127.0.0.1 at a free port, every
// demo account with the password "demo". Runs in the test's process, like the desk's
// embedded hub, so a test can also ingest customer messages at it.

#include "domain/Message.h"
#include "domain/Result.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <string>

namespace concord::hub {
class HubService;
}
namespace concord::net {
class Server;
}

class TestHub {
public:
    // Seeds `file` with about `messages` demo messages and serves it; check isRunning().
    TestHub(const QString& file, std::int64_t messages = 2000);
    ~TestHub();

    bool isRunning() const { return m_server != nullptr; }
    // The hub goes away (desks are told "going away") and comes back on the same port, as
    // after a network cut or a restart.
    void stop();
    bool restart();
    std::uint16_t port() const { return m_port; }
    QString address() const; // "127.0.0.1:port"
    concord::hub::HubService& service() { return *m_service; }

    // A customer writes into `conversationId`; returns once the hub has committed it.
    bool ingest(const std::string& conversationId, const std::string& customerId,
                const std::string& body, std::string* messageId = nullptr);

private:
    bool serve(std::uint16_t port);

    QString m_file;
    std::uint16_t m_port = 0;
    std::unique_ptr<concord::hub::HubService> m_service;
    std::unique_ptr<concord::net::Server> m_server;
};
