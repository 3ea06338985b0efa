#include "RecordedDemo.h"

namespace concord::bench {

RecordedDemo RecordedDemo::generate(const demo::DemoOptions& options)
{
    RecordedDemo recorded;
    recorded.m_records.reserve(std::size_t(options.targetMessages) * 5 / 4);
    demo::generateDemo(options, recorded);
    return recorded;
}

demo::DemoStats RecordedDemo::replay(demo::DemoSink& sink) const
{
    demo::DemoStats stats;
    for (const Record& record : m_records) {
        std::visit(
            [&](const auto& r) {
                using T = std::decay_t<decltype(r)>;
                if constexpr (std::is_same_v<T, domain::Team>) {
                    sink.team(r);
                    ++stats.teams;
                } else if constexpr (std::is_same_v<T, domain::Agent>) {
                    sink.agent(r);
                    ++stats.agents;
                } else if constexpr (std::is_same_v<T, domain::Customer>) {
                    sink.customer(r);
                    ++stats.customers;
                } else if constexpr (std::is_same_v<T, domain::Conversation>) {
                    sink.conversation(r);
                    ++stats.conversations;
                } else {
                    sink.message(r);
                    ++stats.messages;
                }
            },
            record);
    }
    return stats;
}

} // namespace concord::bench
