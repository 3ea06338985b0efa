#include "DeskProbe.h"

namespace concord::test {

DeskProbe::DeskProbe(std::filesystem::path cache, std::uint16_t port)
    : m_cache(std::move(cache))
{
    sync::SyncClientOptions options;
    options.port = port;
    options.backoffBase = std::chrono::milliseconds(20);
    options.backoffCap = std::chrono::milliseconds(200);
    sync::SyncSinks sinks{
        [this](const sync::DeskEvent& e) {
            if (m_tap)
                m_tap(e);
            std::lock_guard lock(m_mutex);
            m_caughtUp += std::holds_alternative<sync::event::CaughtUp>(e);
            m_snapshotBatches += std::holds_alternative<sync::event::Bootstrapping>(e);
            m_replaced += std::holds_alternative<sync::event::ReplicaReplaced>(e);
            if (const auto* settled = std::get_if<sync::event::MutationSettled>(&e))
                m_settled.push_back(settled->result);
        },
        [this](sync::Link link) {
            std::lock_guard lock(m_mutex);
            m_drops += m_link == sync::Link::Online && link != sync::Link::Online;
            m_link = link;
        },
        [this](int pending) {
            std::lock_guard lock(m_mutex);
            m_pending = pending;
        }};
    m_client = std::make_unique<sync::SyncClient>(m_cache, options, std::move(sinks));
}

DeskProbe::~DeskProbe()
{
    m_client->stop();
}

void DeskProbe::setTap(std::function<void(const sync::DeskEvent&)> tap)
{
    m_tap = std::move(tap); // read only by the sync thread, which starts in signIn()
}

void DeskProbe::signIn(const std::string& login, const std::string& password)
{
    domain::Agent unknown; // the hub's session names the agent
    m_client->start({{}, login, password}, unknown);
}

bool DeskProbe::online()
{
    std::lock_guard lock(m_mutex);
    return m_link == sync::Link::Online;
}

int DeskProbe::caughtUp()
{
    std::lock_guard lock(m_mutex);
    return m_caughtUp;
}

int DeskProbe::pendingWrites()
{
    std::lock_guard lock(m_mutex);
    return m_pending;
}

int DeskProbe::drops()
{
    std::lock_guard lock(m_mutex);
    return m_drops;
}

int DeskProbe::snapshotBatches()
{
    std::lock_guard lock(m_mutex);
    return m_snapshotBatches;
}

int DeskProbe::replicaReplaced()
{
    std::lock_guard lock(m_mutex);
    return m_replaced;
}

std::vector<sync::MutationResult> DeskProbe::settled()
{
    std::lock_guard lock(m_mutex);
    return m_settled;
}

} // namespace concord::test
