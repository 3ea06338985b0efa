#include "DemoGenerator.h"

#include "CaseFacts.h"
#include "CustomerFactory.h"
#include "DemoCalendar.h"
#include "DemoRandom.h"
#include "JourneyPlanner.h"
#include "StaffRoster.h"
#include "ThreadBuilder.h"

#include <algorithm>
#include <vector>

namespace concord::demo {
namespace {

using namespace std::chrono;

constexpr std::int64_t kProgressEvery = 10'000;

// Streams the demo customer by customer; only one customer's plan and one conversation's
// messages are ever held, so memory stays flat however many messages are asked for.
class DemoRun {
public:
    DemoRun(const DemoOptions& options, DemoSink& sink,
            const std::function<void(std::int64_t)>& progress)
        : m_options(options)
        , m_sink(sink)
        , m_progress(progress)
        , m_random(options.seed)
        , m_calendar(options.now, std::max(1, options.days))
        , m_roster(m_random)
        , m_planner(m_calendar)
        , m_builder(m_calendar, m_roster)
    {
    }

    DemoStats run()
    {
        for (const auto& team : m_roster.teams())
            m_sink.team(team);
        for (const auto& member : m_roster.staff())
            m_sink.agent(member.agent);
        m_stats.teams = static_cast<std::int64_t>(m_roster.teams().size());
        m_stats.agents = static_cast<std::int64_t>(m_roster.staff().size());
        while (m_stats.messages < m_options.targetMessages)
            writeCustomer();
        if (m_progress)
            m_progress(m_stats.messages);
        return m_stats;
    }

private:
    void writeCustomer()
    {
        CustomerProfile customer = CustomerFactory::make(m_random);
        m_planner.plan(m_random, customer, m_cases);
        auto firstContact = m_calendar.now();
        for (const auto& planned : m_cases)
            firstContact = std::min(firstContact, planned.start);
        // Most are long-standing customers; some first came to us with this contact.
        customer.customer.created =
            m_random.chance(0.3) ? firstContact - minutes{m_random.between(1, 60 * 24 * 3)}
                                 : firstContact - days{m_random.between(4, 1500)};
        customer.customer.revision = 1;
        m_sink.customer(customer.customer);
        ++m_stats.customers;
        for (const auto& planned : m_cases)
            writeCase(customer, planned);
    }

    void writeCase(const CustomerProfile& customer, const PlannedCase& planned)
    {
        const CaseFacts facts = CaseFacts::make(m_random, planned.topic, planned.start);
        ContactRequest request;
        request.created = planned.start;
        for (std::size_t i = 0; i < planned.contacts.size(); ++i) {
            const PlannedContact& contact = planned.contacts[i];
            if (i > 0) {
                const auto at = m_planner.followUpTime(m_random, planned, contact.channel,
                                                       m_conversation.lastActivity);
                if (!at)
                    return;
                request.earlier = EarlierContact{request.channel, request.created};
                request.created = *at;
            }
            request.channel = contact.channel;
            request.network = contact.network;
            request.team = (i > 0 && planned.escalate) ? planned.escalateTo : planned.team;
            request.escalate = i == 0 && planned.escalate;
            request.escalateTo = planned.escalateTo;
            writeConversation(customer, facts, request);
        }
    }

    void writeConversation(const CustomerProfile& customer, const CaseFacts& facts,
                           const ContactRequest& request)
    {
        const std::size_t count = m_builder.build(m_random, customer, facts, request,
                                                  m_conversation, m_messages);
        m_sink.conversation(m_conversation);
        ++m_stats.conversations;
        for (std::size_t i = 0; i < count; ++i) {
            m_sink.message(m_messages[i]);
            if (++m_stats.messages % kProgressEvery == 0 && m_progress)
                m_progress(m_stats.messages);
        }
    }

    const DemoOptions& m_options;
    DemoSink& m_sink;
    const std::function<void(std::int64_t)>& m_progress;
    DemoRandom m_random;
    DemoCalendar m_calendar;
    StaffRoster m_roster;
    JourneyPlanner m_planner;
    ThreadBuilder m_builder;
    DemoStats m_stats;
    std::vector<PlannedCase> m_cases;
    domain::Conversation m_conversation;
    std::vector<domain::Message> m_messages;
};

} // namespace

DemoStats generateDemo(const DemoOptions& options, DemoSink& sink,
                       const std::function<void(std::int64_t)>& progress)
{
    DemoRun run(options, sink, progress);
    return run.run();
}

} // namespace concord::demo
