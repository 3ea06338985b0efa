#include "LoopbackHub.h"

#include <cstdio>
#include <string>

namespace concord::bench {

std::unique_ptr<LoopbackHub> LoopbackHub::start(const std::filesystem::path& store)
{
    hub::HubServiceOptions options;
    options.database = store;
    auto service = hub::HubService::create(options);
    if (!service) {
        std::fprintf(stderr, "hub service: %s\n", service.error().detail.c_str());
        return nullptr;
    }
    std::unique_ptr<LoopbackHub> hub(new LoopbackHub(std::move(*service)));
    std::string error;
    if (!hub->m_server.listen("127.0.0.1", 0, &error)) {
        std::fprintf(stderr, "hub listen: %s\n", error.c_str());
        return nullptr;
    }
    return hub;
}

LoopbackHub::LoopbackHub(std::unique_ptr<hub::HubService> service)
    : m_service(std::move(service)), m_server(*m_service)
{
}

LoopbackHub::~LoopbackHub()
{
    m_server.stop();
    m_service->stop();
}

} // namespace concord::bench
