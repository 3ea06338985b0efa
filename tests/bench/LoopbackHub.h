#pragma once
// A hub serving a store on 127.0.0.1 and a free port, as the benches run it.

#include "hub/HubService.h"
#include "net/Server.h"

#include <cstdint>
#include <filesystem>
#include <memory>

namespace concord::bench {

class LoopbackHub {
public:
    // nullptr, with the reason on stderr, when the store cannot be served.
    static std::unique_ptr<LoopbackHub> start(const std::filesystem::path& store);
    ~LoopbackHub(); // stops accepting, then the service

    LoopbackHub(const LoopbackHub&) = delete;
    LoopbackHub& operator=(const LoopbackHub&) = delete;

    std::uint16_t port() const { return m_server.port(); }
    hub::HubService& service() { return *m_service; }

private:
    explicit LoopbackHub(std::unique_ptr<hub::HubService> service);

    std::unique_ptr<hub::HubService> m_service;
    net::Server m_server;
};

} // namespace concord::bench
