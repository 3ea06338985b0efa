#include "HubDemoSink.h"

#include "store/HubBulkLoader.h"

namespace concord::hub {
namespace {

// Carries a store error out of the generator's callbacks; never leaves this file.
struct WriteFailed {
    domain::Error error;
};

void ensure(const domain::VoidResult& result)
{
    if (!result)
        throw WriteFailed{result.error()};
}

} // namespace

void HubDemoSink::team(const domain::Team& team)
{
    ensure(m_loader.team(team));
}

void HubDemoSink::agent(const domain::Agent& agent)
{
    ensure(m_loader.agent(agent));
}

void HubDemoSink::customer(const domain::Customer& customer)
{
    ensure(m_loader.customer(customer));
}

void HubDemoSink::conversation(const domain::Conversation& conversation)
{
    ensure(m_loader.conversation(conversation));
}

void HubDemoSink::message(const domain::Message& message)
{
    ensure(m_loader.message(message));
}

domain::Result<SeedResult> seedDemo(store::HubStore& store, const demo::DemoOptions& options,
                                    const std::function<void(std::int64_t)>& progress)
{
    store::HubBulkLoader loader(store);
    if (auto started = loader.start(); !started)
        return started.error();
    SeedResult result;
    try {
        HubDemoSink sink(loader);
        result.stats = demo::generateDemo(options, sink, progress);
    } catch (const WriteFailed& failure) {
        return failure.error; // the loader rolls back what it had not committed
    }
    auto baseline = loader.finish();
    if (!baseline)
        return baseline.error();
    result.baselineSeq = baseline.value();
    return result;
}

} // namespace concord::hub
