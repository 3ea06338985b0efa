#pragma once
// The demo generator's output kept in memory, in the order it was produced, so that a
// baseline can be timed on storing the rows alone: generating them is not part of what a
// raw insert or a bootstrap costs (the hub's store is seeded before the clock starts).

#include "demo/DemoGenerator.h"

#include <variant>
#include <vector>

namespace concord::bench {

class RecordedDemo : public demo::DemoSink {
public:
    static RecordedDemo generate(const demo::DemoOptions& options);

    void team(const domain::Team& team) override { m_records.emplace_back(team); }
    void agent(const domain::Agent& agent) override { m_records.emplace_back(agent); }
    void customer(const domain::Customer& customer) override { m_records.emplace_back(customer); }
    void conversation(const domain::Conversation& conversation) override
    {
        m_records.emplace_back(conversation);
    }
    void message(const domain::Message& message) override { m_records.emplace_back(message); }

    // Hands every record to `sink` in the generator's order; counts what it handed over.
    demo::DemoStats replay(demo::DemoSink& sink) const;

private:
    using Record = std::variant<domain::Team, domain::Agent, domain::Customer,
                                domain::Conversation, domain::Message>;
    std::vector<Record> m_records;
};

} // namespace concord::bench
