#pragma once
// Fills a hub store with the demo (seed-demo): the generator writes through a DemoSink into
// store::HubBulkLoader, so the load is fast and counts as one baseline sequence (see
// HubBulkLoader.h). Run it before the hub serves.

#include "demo/DemoGenerator.h"
#include "domain/Result.h"

#include <cstdint>
#include <functional>

namespace concord::store {
class HubBulkLoader;
class HubStore;
} // namespace concord::store

namespace concord::hub {

class HubDemoSink : public demo::DemoSink {
public:
    explicit HubDemoSink(store::HubBulkLoader& loader) : m_loader(loader) {}

    void team(const domain::Team& team) override;
    void agent(const domain::Agent& agent) override;
    void customer(const domain::Customer& customer) override;
    void conversation(const domain::Conversation& conversation) override;
    void message(const domain::Message& message) override;

private:
    store::HubBulkLoader& m_loader;
};

struct SeedResult {
    demo::DemoStats stats;
    std::int64_t baselineSeq = 0;
};

// Writes the demo into `store` (expected without demo data). Agents get no password here:
// the caller adds the demo accounts' passwords (hub::AgentAccounts::passwd).
domain::Result<SeedResult> seedDemo(store::HubStore& store, const demo::DemoOptions& options,
                                    const std::function<void(std::int64_t)>& progress = {});

} // namespace concord::hub
