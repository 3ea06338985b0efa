// The whole chain on loopback: a hub service over a seeded store, real WebSocket connections,
// and desks (SyncClient + the desk's cache) signing in as demo agents. What a desk holds after
// bootstrap is exactly the hub's content in its scope; what reaches the hub reaches the desks
// that may see it; a claim race has one winner.

#include "DeskProbe.h"
#include "ScopeContent.h"
#include "demo/DemoGenerator.h"
#include "hub/AgentAccounts.h"
#include "hub/HubDemoSink.h"
#include "hub/HubService.h"
#include "net/Server.h"
#include "store/CacheReader.h"
#include "store/Database.h"
#include "store/HubSnapshot.h"
#include "store/HubStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace concord;
using test::DeskProbe;
using test::deskContent;
using test::deskHasMessage;

namespace {

constexpr int kBootstrapMs = 30'000;
const domain::Timestamp kNow = domain::fromEpochMs(1'795'000'000'000);

} // namespace

class TstHubSync : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void freshDeskHoldsExactlyItsScope();
    void ingestedMessageReachesTheDesk();
    void replyReachesATeammateOnce();
    void claimRaceHasOneWinner();

private:
    std::filesystem::path path(const char* name) const
    {
        return m_dir.filePath(QString::fromLatin1(name)).toStdString();
    }
    // A conversation of Anna's team that her teammate sees too, unassigned if asked.
    domain::Conversation sharedConversation(bool unassigned);

    QTemporaryDir m_dir;
    std::unique_ptr<store::HubStore> m_hub; // the test's own reading connection
    std::unique_ptr<hub::HubService> m_service;
    std::unique_ptr<net::Server> m_server;
    domain::Agent m_anna;
    domain::Agent m_teammate;
    std::unique_ptr<DeskProbe> m_deskA;
    std::unique_ptr<DeskProbe> m_deskB;
    std::set<domain::Id> m_used;
};

void TstHubSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto store = store::HubStore::open(path("hub.db"));
    QVERIFY(store.ok());
    m_hub = std::move(store).value();
    demo::DemoOptions options;
    options.targetMessages = 3000;
    options.now = kNow;
    QVERIFY(hub::seedDemo(*m_hub, options).ok());
    m_anna = m_hub->agentByLogin("anna.kowalska").value();
    const auto agents = m_hub->agents();
    QVERIFY(agents.ok());
    for (const auto& agent : *agents) {
        const bool shares = std::any_of(agent.teamIds.begin(), agent.teamIds.end(),
                                        [&](const domain::Id& team) {
                                            return team == m_anna.teamIds.front();
                                        });
        if (agent.id != m_anna.id && agent.role == domain::Role::Agent && shares) {
            m_teammate = agent;
            break;
        }
    }
    QVERIFY2(!m_teammate.id.empty(), "the demo has no teammate for Anna");
    // Only the two who sign in get passwords: Argon2id is slow on purpose.
    hub::AgentAccounts accounts(*m_hub);
    for (const domain::Agent* agent : {&m_anna, &m_teammate})
        QVERIFY(accounts.passwd(agent->login, "demo").ok());

    hub::HubServiceOptions serviceOptions;
    serviceOptions.database = path("hub.db");
    auto service = hub::HubService::create(serviceOptions);
    QVERIFY2(service.ok(), service.ok() ? "" : service.error().detail.c_str());
    m_service = std::move(service).value();
    m_server = std::make_unique<net::Server>(*m_service);
    std::string error;
    QVERIFY2(m_server->listen("127.0.0.1", 0, &error), error.c_str());

    m_deskA = std::make_unique<DeskProbe>(path("desk-a.db"), m_server->port());
    m_deskA->signIn(m_anna.login, "demo");
    QTRY_VERIFY_WITH_TIMEOUT(m_deskA->caughtUp() >= 1, kBootstrapMs);
}

void TstHubSync::cleanupTestCase()
{
    m_deskA.reset();
    m_deskB.reset();
    if (m_server)
        m_server->stop();
    if (m_service)
        m_service->stop();
}

domain::Conversation TstHubSync::sharedConversation(bool unassigned)
{
    const auto desk = deskContent(path("desk-a.db"));
    for (const auto& id : desk.conversations) {
        if (m_used.count(id))
            continue;
        auto c = m_hub->conversation(id);
        if (!c || c->teamId != m_anna.teamIds.front() || !domain::isActive(c->status))
            continue;
        if (unassigned && !c->assigneeId.empty())
            continue;
        m_used.insert(id);
        return *c;
    }
    return {};
}

void TstHubSync::freshDeskHoldsExactlyItsScope()
{
    QVERIFY(m_deskA->online());
    const auto hub = test::hubContent(*m_hub, store::HubScope::of(m_anna));
    const auto desk = deskContent(path("desk-a.db"));
    QVERIFY(!hub.conversations.empty());
    QCOMPARE(desk.conversations.size(), hub.conversations.size());
    QVERIFY(desk.conversations == hub.conversations);
    QCOMPARE(desk.messageCount, hub.messageCount);
    QVERIFY(desk == hub);
    // And it is not everything: another team's work stayed at the hub.
    QVERIFY(test::hubContent(*m_hub, store::HubScope::all()).conversations.size()
            > desk.conversations.size());
}

void TstHubSync::ingestedMessageReachesTheDesk()
{
    const domain::Conversation c = sharedConversation(false);
    QVERIFY(!c.id.empty());
    domain::Message inbound;
    inbound.id = domain::newUuid();
    inbound.conversationId = c.id;
    inbound.direction = domain::Direction::Inbound;
    inbound.authorId = c.customerId;
    inbound.authorName = "Klient";
    inbound.body = "Czy paczka już wyszła?";
    inbound.sentAt = domain::fromEpochMs(domain::toEpochMs(kNow) + 60'000);
    auto ingested = m_service->ingestInbound(inbound).get();
    QVERIFY2(ingested.ok(), ingested.ok() ? "" : ingested.error().detail.c_str());
    QTRY_VERIFY(deskHasMessage(path("desk-a.db"), c.id, inbound.id));
}

void TstHubSync::replyReachesATeammateOnce()
{
    m_deskB = std::make_unique<DeskProbe>(path("desk-b.db"), m_server->port());
    m_deskB->signIn(m_teammate.login, "demo");
    QTRY_VERIFY_WITH_TIMEOUT(m_deskB->caughtUp() >= 1, kBootstrapMs);

    const domain::Conversation c = sharedConversation(false);
    QVERIFY(!c.id.empty());
    const domain::Id reply = domain::newUuid();
    const auto settledBefore = m_deskA->settled().size();
    m_deskA->write(sync::Reply{c.id, reply, "Sprawdziłam: paczka wyszła dziś.",
                               domain::fromEpochMs(domain::toEpochMs(kNow) + 120'000), {}});
    QTRY_VERIFY(deskHasMessage(path("desk-b.db"), c.id, reply));
    QTRY_COMPARE(m_deskA->settled().size(), settledBefore + 1);
    QVERIFY(m_deskA->settled().back().ok);
    QTRY_COMPARE(m_deskA->pendingWrites(), 0);
    auto stored = m_hub->message(reply);
    QVERIFY(stored.ok());
    QCOMPARE(stored->authorId, m_anna.id); // the hub signs it with the sender, not the desk
}

void TstHubSync::claimRaceHasOneWinner()
{
    QVERIFY(m_deskB);
    const domain::Conversation c = sharedConversation(true);
    QVERIFY2(!c.id.empty(), "no unassigned conversation in Anna's team");
    const auto beforeA = m_deskA->settled().size();
    const auto beforeB = m_deskB->settled().size();
    m_deskA->write(sync::Claim{c.id, {}});
    m_deskB->write(sync::Claim{c.id, {}});
    QTRY_COMPARE(m_deskA->settled().size(), beforeA + 1);
    QTRY_COMPARE(m_deskB->settled().size(), beforeB + 1);
    const auto a = m_deskA->settled().back();
    const auto b = m_deskB->settled().back();
    QVERIFY(a.ok != b.ok);
    const auto& loser = a.ok ? b : a;
    const auto& winner = a.ok ? m_anna : m_teammate;
    QCOMPARE(loser.code, sync::ErrorCode::AlreadyClaimed);
    QVERIFY(loser.holder);
    QCOMPARE(loser.holder->displayName, winner.displayName);
    QCOMPARE(m_hub->conversation(c.id)->assigneeId, winner.id);
}

QTEST_GUILESS_MAIN(TstHubSync)
#include "tst_hubsync.moc"
