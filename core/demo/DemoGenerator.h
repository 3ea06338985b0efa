#pragma once
// A deterministic, seeded generator of a realistic contact centre: teams, agents, customers
// with several identities, and conversations on all six channels over the last N days,
// including journeys that cross channels. The same seed and options give the same data.

#include "domain/Agent.h"
#include "domain/Conversation.h"
#include "domain/Customer.h"
#include "domain/Message.h"
#include "domain/Time.h"

#include <cstdint>
#include <functional>

namespace concord::demo {

// Where generated records go, in dependency order: teams, agents, then per customer the
// customer, each of its conversations and that conversation's messages.
class DemoSink {
public:
    virtual ~DemoSink() = default;
    virtual void team(const domain::Team& team) = 0;
    virtual void agent(const domain::Agent& agent) = 0;
    virtual void customer(const domain::Customer& customer) = 0;
    virtual void conversation(const domain::Conversation& conversation) = 0;
    virtual void message(const domain::Message& message) = 0;
};

struct DemoOptions {
    std::uint64_t seed = 20261123;
    std::int64_t targetMessages = 40'000; // the generator stops at the first customer past it
    int days = 90;                       // history reaches this far back from `now`
    domain::Timestamp now{};             // required: fixes "today" so runs are reproducible
};

struct DemoStats {
    std::int64_t teams = 0;
    std::int64_t agents = 0;
    std::int64_t customers = 0;
    std::int64_t conversations = 0;
    std::int64_t messages = 0;
};

// The login of the demo agent the desk opens as, and of the demo supervisor.
inline constexpr const char* kDemoAgentLogin = "anna.kowalska";
inline constexpr const char* kDemoSupervisorLogin = "marek.zielinski";

// Produces the data into the sink. `progress` (optional) gets messages written so far.
DemoStats generateDemo(const DemoOptions& options, DemoSink& sink,
                       const std::function<void(std::int64_t)>& progress = {});

} // namespace concord::demo
