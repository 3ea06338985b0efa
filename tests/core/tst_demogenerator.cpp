// The demo generator's shape: what a user of the demo desk would notice if it were wrong.

#include "demo/DemoCache.h"
#include "demo/DemoCalendar.h"
#include "demo/DemoGenerator.h"
#include "store/CacheReader.h"
#include "store/Database.h"

#include <QTest>

#include <algorithm>
#include <map>
#include <set>
#include <string>

using namespace concord;
using namespace std::chrono;

namespace {

// Monday 24 November 2025, 10:30 in Warsaw.
const domain::Timestamp kNow = domain::fromEpochMs(1763976600000);

demo::DemoOptions options(std::uint64_t seed = 7, std::int64_t target = 20'000)
{
    demo::DemoOptions o;
    o.seed = seed;
    o.targetMessages = target;
    o.days = 90;
    o.now = kNow;
    return o;
}

// FNV-1a over every field the generator writes.
class Digest {
public:
    void add(std::string_view text)
    {
        for (unsigned char c : text)
            m_hash = (m_hash ^ c) * 1099511628211ULL;
        m_hash = (m_hash ^ 0xff) * 1099511628211ULL;
    }
    void add(std::int64_t v) { add(std::to_string(v)); }
    void add(domain::Timestamp t) { add(domain::toEpochMs(t)); }
    void add(const std::optional<domain::Timestamp>& t) { add(t ? domain::toEpochMs(*t) : -1); }
    void add(const std::optional<int>& v) { add(std::int64_t(v ? *v : -1)); }
    std::uint64_t value() const { return m_hash; }

private:
    std::uint64_t m_hash = 1469598103934665603ULL;
};

struct ConversationFacts {
    domain::Conversation conversation;
    std::vector<domain::Message> messages;
};

// Keeps what the checks need; conversations only as long as the test asks for.
class RecordingSink : public demo::DemoSink {
public:
    void team(const domain::Team& t) override
    {
        teams.push_back(t);
        digest.add(t.id);
        digest.add(t.name);
    }
    void agent(const domain::Agent& a) override
    {
        agents.push_back(a);
        digest.add(a.id);
        digest.add(a.login);
        digest.add(a.displayName);
        for (const auto& t : a.teamIds)
            digest.add(t);
    }
    void customer(const domain::Customer& c) override
    {
        finishCustomer();
        customers[c.id] = c;
        digest.add(c.id);
        digest.add(c.displayName);
        digest.add(c.created);
        digest.add(c.preferredLanguage);
        digest.add(c.notes);
        for (const auto& i : c.identities) {
            digest.add(i.value);
            digest.add(domain::toKey(i.network));
        }
    }
    void conversation(const domain::Conversation& c) override
    {
        conversations.push_back({c, {}});
        const auto& x = c;
        digest.add(x.id);
        digest.add(x.customerId);
        digest.add(x.subject);
        digest.add(domain::toKey(x.status));
        digest.add(domain::toKey(x.priority));
        digest.add(x.teamId);
        digest.add(x.assigneeId);
        digest.add(x.created);
        digest.add(x.firstResponse);
        digest.add(x.resolved);
        digest.add(x.lastActivity);
        digest.add(x.slaDue);
        digest.add(x.survey.csat);
        digest.add(x.survey.nps);
        digest.add(x.survey.ces);
        for (const auto& tag : x.tags)
            digest.add(tag);
    }
    void message(const domain::Message& m) override
    {
        conversations.back().messages.push_back(m);
        ++currentCustomerMessages;
        digest.add(m.id);
        digest.add(m.conversationId);
        digest.add(domain::toKey(m.direction));
        digest.add(m.authorId);
        digest.add(m.body);
        digest.add(m.sentAt);
        if (m.email) {
            digest.add(m.email->subject);
            for (const auto& [name, value] : m.email->headers)
                digest.add(name + value);
        }
        if (m.call) {
            digest.add(m.call->durationSeconds);
            digest.add(m.call->queue);
        }
        if (m.visit)
            digest.add(m.visit->branch);
    }
    void finishCustomer()
    {
        mostMessagesOfOneCustomer = std::max(mostMessagesOfOneCustomer, currentCustomerMessages);
        currentCustomerMessages = 0;
    }

    Digest digest;
    std::vector<domain::Team> teams;
    std::vector<domain::Agent> agents;
    std::map<domain::Id, domain::Customer> customers;
    std::vector<ConversationFacts> conversations;
    std::int64_t currentCustomerMessages = 0;
    std::int64_t mostMessagesOfOneCustomer = 0;
};

const domain::Agent* agentByLogin(const RecordingSink& sink, std::string_view login)
{
    for (const auto& a : sink.agents)
        if (a.login == login)
            return &a;
    return nullptr;
}

std::string teamName(const RecordingSink& sink, const domain::Id& id)
{
    for (const auto& t : sink.teams)
        if (t.id == id)
            return t.name;
    return {};
}

bool hasTag(const domain::Conversation& c, std::string_view tag)
{
    return std::find(c.tags.begin(), c.tags.end(), tag) != c.tags.end();
}

} // namespace

class TestDemoGenerator : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyChannelIsPresent();
    void journeysCrossChannels();
    void sameSeedGivesSameData();
    void differentSeedGivesDifferentData();
    void timesAreConsistent();
    void everyStatusAndPriorityIsPresent();
    void slaAndAssignmentFillTheViews();
    void surveysOnlyOnSettledConversations();
    void targetSizeIsRespected();
    void staffHasDemoAgentAndSupervisor();
    void textIsPolishFirstAndVaried();
    void callsAndVisitsCarryTheirDetail();
    void emailsCarryHeaders();
    void progressIsReported();
    void fillDemoCacheGivesUsableCache();

private:
    RecordingSink m_sink;
    demo::DemoStats m_stats;
};

void TestDemoGenerator::initTestCase()
{
    m_stats = demo::generateDemo(options(), m_sink);
    m_sink.finishCustomer();
    QVERIFY(m_stats.conversations > 1000);
}

void TestDemoGenerator::everyChannelIsPresent()
{
    std::map<domain::Channel, int> perChannel;
    std::set<domain::SocialNetwork> networks;
    for (const auto& [c, messages] : m_sink.conversations) {
        ++perChannel[c.channel];
        if (c.channel == domain::Channel::Social) {
            QVERIFY(c.network != domain::SocialNetwork::None);
            networks.insert(c.network);
        } else {
            QCOMPARE(c.network, domain::SocialNetwork::None);
        }
    }
    for (auto channel : domain::kAllChannels)
        QVERIFY2(perChannel[channel] > 50, domain::toKey(channel).data());
    QVERIFY(networks.size() >= 4);
}

void TestDemoGenerator::journeysCrossChannels()
{
    std::map<domain::Id, std::vector<const domain::Conversation*>> byCustomer;
    for (const auto& entry : m_sink.conversations)
        byCustomer[entry.conversation.customerId].push_back(&entry.conversation);

    int multiChannelCustomers = 0;
    std::set<std::pair<domain::Channel, domain::Channel>> crossings;
    for (const auto& [customer, list] : byCustomer) {
        std::set<domain::Channel> channels;
        for (const auto* c : list)
            channels.insert(c->channel);
        multiChannelCustomers += channels.size() >= 2;
        for (const auto* later : list) {
            if (!hasTag(*later, "ponowny kontakt"))
                continue;
            // A follow-up comes after an earlier contact of the same customer on another
            // channel (or e-mail chased by e-mail).
            for (const auto* earlier : list)
                if (earlier != later && earlier->lastActivity <= later->created)
                    crossings.insert({earlier->channel, later->channel});
        }
    }
    QVERIFY(multiChannelCustomers > 100);
    QVERIFY(crossings.count({domain::Channel::Chat, domain::Channel::Voice}));
    QVERIFY(crossings.count({domain::Channel::Voice, domain::Channel::Visit}));
    QVERIFY(crossings.count({domain::Channel::Social, domain::Channel::Email}));
    QVERIFY(crossings.count({domain::Channel::Email, domain::Channel::Voice}));

    // The later contact says so in its words, with the date of the earlier one.
    int referencing = 0;
    int followUps = 0;
    for (const auto& [c, messages] : m_sink.conversations) {
        if (!hasTag(c, "ponowny kontakt"))
            continue;
        ++followUps;
        std::set<std::string> earlierDates;
        for (const auto* earlier : byCustomer[c.customerId]) {
            std::string date;
            demo::DemoCalendar::appendShortDate(date, earlier->created);
            if (earlier->created < c.created)
                earlierDates.insert(date);
        }
        referencing += std::any_of(messages.begin(), messages.end(), [&](const auto& m) {
            return std::any_of(earlierDates.begin(), earlierDates.end(), [&](const auto& d) {
                return m.body.find(d) != std::string::npos;
            });
        });
    }
    QVERIFY(followUps > 50);
    QVERIFY(referencing > followUps * 9 / 10);

    // An e-mail complaint escalated: a transfer event, and the case ends in the new team.
    int escalatedToComplaints = 0;
    for (const auto& [c, messages] : m_sink.conversations) {
        if (c.channel != domain::Channel::Email || !hasTag(c, "eskalacja"))
            continue;
        const bool transferred = std::any_of(messages.begin(), messages.end(), [](auto& m) {
            return m.direction == domain::Direction::Event
                   && m.body.find("Reklamacje") != std::string::npos;
        });
        escalatedToComplaints += transferred && teamName(m_sink, c.teamId) == "Reklamacje";
    }
    QVERIFY(escalatedToComplaints > 5);
}

void TestDemoGenerator::sameSeedGivesSameData()
{
    RecordingSink again;
    const auto stats = demo::generateDemo(options(), again);
    QCOMPARE(stats.messages, m_stats.messages);
    QCOMPARE(stats.conversations, m_stats.conversations);
    QCOMPARE(again.digest.value(), m_sink.digest.value());
}

void TestDemoGenerator::differentSeedGivesDifferentData()
{
    RecordingSink other;
    demo::generateDemo(options(8), other);
    QVERIFY(other.digest.value() != m_sink.digest.value());
    QVERIFY(other.conversations.front().conversation.id
            != m_sink.conversations.front().conversation.id);
}

void TestDemoGenerator::timesAreConsistent()
{
    const auto start = kNow - days{90};
    for (const auto& [c, messages] : m_sink.conversations) {
        QVERIFY(!messages.empty());
        QVERIFY(c.created >= start);
        QVERIFY(c.created <= kNow);
        auto previous = c.created;
        for (const auto& m : messages) {
            QCOMPARE(m.conversationId, c.id);
            QVERIFY(m.sentAt >= previous); // in order, none before the conversation began
            QVERIFY(m.sentAt <= kNow);
            previous = m.sentAt;
        }
        QCOMPARE(c.lastActivity, messages.back().sentAt);
        if (c.firstResponse) {
            QVERIFY(*c.firstResponse >= c.created);
            QVERIFY(*c.firstResponse <= c.lastActivity);
        }
        QCOMPARE(c.resolved.has_value(), !domain::isActive(c.status));
        if (c.resolved) {
            QVERIFY(*c.resolved >= c.lastActivity);
            QVERIFY(*c.resolved <= kNow);
        }
        QCOMPARE(c.firstResponse.has_value(), c.status != domain::Status::New);
        const auto customer = m_sink.customers.find(c.customerId);
        QVERIFY(customer != m_sink.customers.end());
        QVERIFY(customer->second.created <= c.created);
    }
}

void TestDemoGenerator::everyStatusAndPriorityIsPresent()
{
    std::map<domain::Status, int> statuses;
    std::map<domain::Priority, int> priorities;
    int recentActive = 0;
    int oldSettled = 0;
    int old = 0;
    for (const auto& [c, messages] : m_sink.conversations) {
        ++statuses[c.status];
        ++priorities[c.priority];
        if (kNow - c.created < hours{24})
            recentActive += domain::isActive(c.status);
        if (kNow - c.created > days{14}) {
            ++old;
            oldSettled += !domain::isActive(c.status);
        }
    }
    for (auto s : domain::kAllStatuses)
        QVERIFY2(statuses[s] > 10, domain::toKey(s).data());
    for (auto p : domain::kAllPriorities)
        QVERIFY2(priorities[p] > 10, domain::toKey(p).data());
    QVERIFY(recentActive > 10);
    QVERIFY(oldSettled > old * 8 / 10); // older ones are mostly done
}

void TestDemoGenerator::slaAndAssignmentFillTheViews()
{
    const auto* demoAgent = agentByLogin(m_sink, demo::kDemoAgentLogin);
    QVERIFY(demoAgent);
    int breached = 0, dueSoon = 0, dueLater = 0, mineActive = 0, unassignedActive = 0;
    for (const auto& [c, messages] : m_sink.conversations) {
        if (!domain::isActive(c.status)) {
            QVERIFY(!c.assigneeId.empty()); // someone settled it
            continue;
        }
        mineActive += c.assigneeId == demoAgent->id;
        unassignedActive += c.assigneeId.empty();
        if (!c.slaDue)
            continue;
        QVERIFY(*c.slaDue > c.created);
        if (*c.slaDue < kNow)
            ++breached;
        else if (*c.slaDue <= kNow + hours{1})
            ++dueSoon;
        else
            ++dueLater;
    }
    QVERIFY(breached > 0);
    QVERIFY(dueSoon > 0);
    QVERIFY(dueLater > breached + dueSoon); // most are fine
    QVERIFY(mineActive >= 5);
    QVERIFY(unassignedActive >= 5);
}

void TestDemoGenerator::surveysOnlyOnSettledConversations()
{
    int answered = 0, settled = 0;
    double csatSum = 0;
    for (const auto& [c, messages] : m_sink.conversations) {
        settled += !domain::isActive(c.status);
        const auto& s = c.survey;
        if (!s.csat && !s.nps && !s.ces)
            continue;
        QVERIFY(!domain::isActive(c.status));
        QVERIFY(s.csat && *s.csat >= 1 && *s.csat <= 5);
        if (s.nps)
            QVERIFY(*s.nps >= 0 && *s.nps <= 10);
        if (s.ces)
            QVERIFY(*s.ces >= 1 && *s.ces <= 7);
        ++answered;
        csatSum += *s.csat;
    }
    QVERIFY(answered > settled / 5);
    QVERIFY(answered < settled / 2);
    QVERIFY(csatSum / answered > 3.6); // skewed positive
}

void TestDemoGenerator::targetSizeIsRespected()
{
    const std::int64_t target = options().targetMessages;
    QVERIFY(m_stats.messages >= target);
    QVERIFY(m_stats.messages - target <= m_sink.mostMessagesOfOneCustomer);
    std::int64_t counted = 0;
    for (const auto& entry : m_sink.conversations)
        counted += static_cast<std::int64_t>(entry.messages.size());
    QCOMPARE(counted, m_stats.messages);
    QCOMPARE(std::int64_t(m_sink.customers.size()), m_stats.customers);

    RecordingSink small;
    const auto stats = demo::generateDemo(options(7, 500), small);
    QVERIFY(stats.messages >= 500);
    QVERIFY(stats.messages < 700);
}

void TestDemoGenerator::staffHasDemoAgentAndSupervisor()
{
    QVERIFY(m_sink.teams.size() >= 3);
    QVERIFY(m_sink.agents.size() >= 12 && m_sink.agents.size() <= 20);
    const auto* agent = agentByLogin(m_sink, demo::kDemoAgentLogin);
    const auto* supervisor = agentByLogin(m_sink, demo::kDemoSupervisorLogin);
    QVERIFY(agent && supervisor);
    QCOMPARE(agent->role, domain::Role::Agent);
    QCOMPARE(supervisor->role, domain::Role::Supervisor);
    std::set<std::string> agentTeams;
    for (const auto& id : agent->teamIds)
        agentTeams.insert(teamName(m_sink, id));
    QCOMPARE(agentTeams, (std::set<std::string>{"Pierwsza linia", "Reklamacje"}));
}

void TestDemoGenerator::textIsPolishFirstAndVaried()
{
    int english = 0;
    int withDiacritics = 0;
    for (const auto& [id, c] : m_sink.customers) {
        english += c.preferredLanguage == "en";
        withDiacritics += std::any_of(c.displayName.begin(), c.displayName.end(), [](char ch) {
            return static_cast<unsigned char>(ch) > 127;
        });
        QVERIFY(c.honorific != domain::Honorific::Unknown || c.preferredLanguage == "en");
        QVERIFY(!c.identities.empty());
        for (const auto& identity : c.identities) {
            QCOMPARE(identity.customerId, c.id);
            if (identity.kind == domain::IdentityKind::Phone)
                QVERIFY(identity.value.rfind("+", 0) == 0);
            if (identity.kind == domain::IdentityKind::Email)
                QVERIFY(identity.value.find('@') != std::string::npos);
        }
    }
    const auto customers = static_cast<int>(m_sink.customers.size());
    QVERIFY(english > customers / 20 && english < customers / 4);
    QVERIFY(withDiacritics > customers / 4);

    std::set<std::string> bodies;
    int complaints = 0, unrendered = 0;
    for (const auto& [c, messages] : m_sink.conversations) {
        for (const auto& m : messages) {
            bodies.insert(m.body);
            complaints += m.body.find("Chcę złożyć reklamację") != std::string::npos;
            unrendered += m.body.find_first_of("{}[]<>|") != std::string::npos;
        }
        QVERIFY(c.subject.find('{') == std::string::npos);
    }
    QVERIFY(complaints > 20);
    QCOMPARE(unrendered, 0);
    QVERIFY(bodies.size() > 2000);
}

void TestDemoGenerator::callsAndVisitsCarryTheirDetail()
{
    std::set<domain::CallOutcome> outcomes;
    int summarised = 0;
    for (const auto& [c, messages] : m_sink.conversations) {
        if (c.channel == domain::Channel::Voice) {
            QVERIFY(messages.front().call.has_value());
            for (const auto& m : messages) {
                if (m.call) {
                    outcomes.insert(m.call->outcome);
                    QVERIFY(!m.call->queue.empty());
                    QCOMPARE(m.direction, domain::Direction::Event);
                }
                summarised += m.direction == domain::Direction::Note;
            }
        }
        if (c.channel == domain::Channel::Visit) {
            QVERIFY(messages.front().visit.has_value());
            QVERIFY(!messages.front().visit->branch.empty());
            QVERIFY(!messages.front().visit->purpose.empty());
        }
    }
    QCOMPARE(outcomes.size(), std::size_t(4));
    QVERIFY(summarised > 100);
}

void TestDemoGenerator::emailsCarryHeaders()
{
    int checked = 0;
    for (const auto& [c, messages] : m_sink.conversations) {
        if (c.channel != domain::Channel::Email)
            continue;
        for (const auto& m : messages) {
            if (m.direction != domain::Direction::Inbound
                && m.direction != domain::Direction::Outbound) {
                QVERIFY(!m.email);
                continue;
            }
            QVERIFY(m.email.has_value());
            QVERIFY(m.email->subject.find(c.subject) != std::string::npos);
            QVERIFY(!m.email->from.empty() && !m.email->to.empty());
            QCOMPARE(m.email->headers.front().first, std::string("Message-ID"));
            ++checked;
        }
    }
    QVERIFY(checked > 500);
}

void TestDemoGenerator::progressIsReported()
{
    struct NullSink : demo::DemoSink {
        void team(const domain::Team&) override {}
        void agent(const domain::Agent&) override {}
        void customer(const domain::Customer&) override {}
        void conversation(const domain::Conversation&) override {}
        void message(const domain::Message&) override {}
    } sink;
    std::vector<std::int64_t> reports;
    const auto stats = demo::generateDemo(options(), sink,
                                          [&](std::int64_t n) { reports.push_back(n); });
    QVERIFY(reports.size() >= 2);
    QCOMPARE(reports.front(), std::int64_t(10'000));
    QCOMPARE(reports.back(), stats.messages);
    QVERIFY(std::is_sorted(reports.begin(), reports.end()));
}

void TestDemoGenerator::fillDemoCacheGivesUsableCache()
{
    auto db = store::Database::openInMemory();
    QVERIFY2(db.ok(), db.ok() ? "" : db.error().detail.c_str());
    const auto stats = demo::fillDemoCache(**db, options(7, 5'000));
    QVERIFY2(stats.ok(), stats.ok() ? "" : stats.error().detail.c_str());
    QVERIFY(stats->messages >= 5'000);

    store::CacheReader reader(**db);
    const auto login = reader.meta("desk.agent_login");
    QCOMPARE(login.value_or(""), std::string(demo::kDemoAgentLogin));
    const auto agent = reader.agentByLogin(*login);
    QVERIFY(agent.ok());

    store::InboxQuery query;
    query.agentId = agent->id;
    query.teamIds = agent->teamIds;
    for (auto view : {store::InboxView::Mine, store::InboxView::Unassigned,
                      store::InboxView::MyTeams, store::InboxView::All}) {
        query.view = view;
        const auto page = reader.inboxPage(query, nullptr, 100);
        QVERIFY(page.ok());
        QVERIFY2(!page->empty(), std::to_string(int(view)).c_str());
    }
    query.view = store::InboxView::All;
    const auto counts = reader.viewCounts(query);
    QVERIFY(counts.ok());
    QCOMPARE(counts->all, stats->conversations);

    query.search = "zlozyc reklamacje";
    const auto found = reader.inboxPage(query, nullptr, 100);
    QVERIFY(found.ok());
    QVERIFY(!found->empty());

    const auto first = reader.inboxPage(store::InboxQuery{}, nullptr, 1);
    QVERIFY(first.ok() && first->size() == 1);
    const auto thread = reader.messages(first->front().conversationId);
    QVERIFY(thread.ok());
    QCOMPARE(int(thread->size()), first->front().messageCount);
    const auto history = reader.customerHistory(first->front().customerId);
    QVERIFY(history.ok() && !history->empty());
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
