#include "HubService.h"

#include "ServiceCore.h"
#include "store/HubStore.h"

namespace concord::hub {

domain::Result<std::unique_ptr<HubService>> HubService::create(HubServiceOptions options)
{
    auto store = store::HubStore::open(options.database, store::OpenMode::ExistingOnly);
    if (!store)
        return store.error();
    auto authStore = store::HubStore::open(options.database, store::OpenMode::ExistingOnly);
    if (!authStore)
        return authStore.error();
    auto core = std::make_unique<ServiceCore>(std::move(options), std::move(store).value(),
                                              std::move(authStore).value());
    return std::unique_ptr<HubService>(new HubService(std::move(core)));
}

HubService::HubService(std::unique_ptr<ServiceCore> core) : m_core(std::move(core)) {}

HubService::~HubService()
{
    stop();
}

const std::string& HubService::epoch() const
{
    return m_core->epoch();
}

void HubService::onOpen(const net::ConnectionPtr& connection)
{
    m_core->opened(connection);
}

void HubService::onText(const net::ConnectionPtr& connection, std::string text)
{
    m_core->received(connection, std::move(text));
}

void HubService::onClose(const net::ConnectionPtr& connection, const net::CloseReason&)
{
    m_core->closed(connection);
}

std::future<domain::Result<std::int64_t>> HubService::ingestInbound(domain::Message message)
{
    return m_core->ingestInbound(std::move(message));
}

void HubService::stop()
{
    m_core->stop();
}

} // namespace concord::hub
