// HubService over a real net::Server on loopback, with desks speaking sync::Codec frames.

#include "DeskPeer.h"
#include "HubTestData.h"
#include "ProtocolDesk.h"

#include "hub/AgentAccounts.h"
#include "hub/HubService.h"
#include "net/EventLoop.h"
#include "net/Server.h"
#include "store/CacheReader.h"
#include "store/HubStore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace concord;
using hubtest::DeskPeer;

namespace {

constexpr int kWait = 10000;

domain::Id clientIdOf(const std::string& name)
{
    // Stable per desk name within a run, distinct across names.
    static std::map<std::string, domain::Id> ids;
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    auto [it, fresh] = ids.emplace(name, domain::Id());
    if (fresh)
        it->second = domain::newUuid();
    return it->second;
}

std::string passwordOf(const std::string& login)
{
    return "secret-" + login;
}

} // namespace

class tst_HubService : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void helloIsAnsweredWithWelcome();
    void anotherProtocolIsRefusedAndClosed();
    void silenceWithoutHelloIsClosed();
    void goodLoginOpensASession();
    void badLoginIsRefusedNoSoonerThanASecond();
    void repeatedBadLoginsAreRateLimited();
    void resumeWithAKeptToken();
    void unknownTokenHasExpired();
    void framesBeforeASessionAreUnauthenticated();
    void malformedFrameIsAnsweredAndTheConnectionServes();
    void twentyMalformedFramesClose();
    void freshDeskGetsExactlyItsScope();
    void supervisorGetsEverything();
    void largeSnapshotComesInFramesUnderTheCap();
    void snapshotFramesAreBinaryForADeskThatReadsThem();
    void latestCursorGetsJustOk();
    void oldCursorGetsTheChangesSince();
    void oversizedIngestIsRefusedAndStoresNothing();
    void otherEpochGetsAReset();
    void ingestedMessageReachesSubscribedDesks();
    void replySentTwiceIsAppliedOnce();
    void eachMutationChangesWhatItNames();
    void twoDesksClaimOneConversation();
    void otherTeamsConversationIsForbidden();
    void transferRemovesFromTheOldTeamsDesk();
    void logoutRevokesAndCloses();
    void presenceReachesTheTeam();
    void silentPresenceEnds();
    void shutdownSaysGoingAwayAndKeepsWrites();
    void realDeskProtocolGoesLiveAndSettlesItsReply();

private:
    void startHub(std::chrono::milliseconds helloTimeout = std::chrono::seconds(10),
                  int failedLoginLimit = 10,
                  std::chrono::milliseconds presenceTimeout = std::chrono::seconds(15));
    std::unique_ptr<DeskPeer> connected(net::ClientOptions options = {});
    // Says hello (with or without binaryFrames), signs in and subscribes afresh; true once
    // the subscription is answered.
    bool bootstrap(DeskPeer& desk, const std::string& login, bool binaryFrames);
    std::unique_ptr<DeskPeer> signedIn(const std::string& login, std::string* token = nullptr);
    std::unique_ptr<DeskPeer> subscribed(const std::string& login);
    sync::MutationResult mutate(DeskPeer& desk, const std::string& login,
                                std::int64_t mutationId, sync::MutationOp op);
    std::unique_ptr<store::HubStore> openStore();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::filesystem::path m_file;
    std::unique_ptr<net::EventLoop> m_loop;
    std::unique_ptr<hub::HubService> m_service;
    std::unique_ptr<net::Server> m_server;
    std::int64_t m_req = 0;

    domain::Team m_teamA, m_teamB;
    domain::Agent m_alice, m_bob, m_carol, m_sue;
    domain::Customer m_shared;   // conversations in team A only
    domain::Customer m_loner;    // one conversation in team A
    domain::Customer m_stranger; // team B only
    domain::Conversation m_a1, m_a2, m_a3, m_b1;
    domain::Message m_a1First, m_b1First;
};

// ---- fixture -------------------------------------------------------------------------------

void tst_HubService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = std::filesystem::path(m_dir->path().toStdString()) / "hub.db";
    auto opened = store::HubStore::open(m_file);
    QVERIFY2(opened, opened ? "" : opened.error().detail.c_str());
    store::HubStore& store = *opened.value();

    m_teamA = hubtest::team("Team A");
    m_teamB = hubtest::team("Team B");
    QVERIFY(store.upsertTeam(m_teamA));
    QVERIFY(store.upsertTeam(m_teamB));
    hub::AgentAccounts accounts(store);
    auto add = [&](const std::string& login, domain::Role role, std::vector<domain::Id> teams) {
        auto agent = accounts.add({login, "Agent " + login, role, teams, passwordOf(login)});
        if (!agent)
            qFatal("cannot add %s: %s", login.c_str(), agent.error().detail.c_str());
        return agent.value();
    };
    m_alice = add("alice", domain::Role::Agent, {m_teamA.id});
    m_bob = add("bob", domain::Role::Agent, {m_teamA.id});
    m_carol = add("carol", domain::Role::Agent, {m_teamB.id});
    m_sue = add("sue", domain::Role::Supervisor, {});

    m_shared = hubtest::customer("Shared");
    m_loner = hubtest::customer("Loner");
    m_stranger = hubtest::customer("Stranger");
    for (const auto* c : {&m_shared, &m_loner, &m_stranger})
        QVERIFY(store.upsertCustomer(*c));
    m_a1 = hubtest::conversation(m_shared.id, m_teamA.id, 1'700'000'100'000);
    m_a2 = hubtest::conversation(m_shared.id, m_teamA.id, 1'700'000'200'000);
    m_a3 = hubtest::conversation(m_loner.id, m_teamA.id, 1'700'000'300'000);
    m_b1 = hubtest::conversation(m_stranger.id, m_teamB.id, 1'700'000'400'000);
    for (const auto* c : {&m_a1, &m_a2, &m_a3, &m_b1})
        QVERIFY(store.upsertConversation(*c));
    m_a1First = hubtest::message(m_a1.id, 1'700'000'100'000, "Dzień dobry");
    m_b1First = hubtest::message(m_b1.id, 1'700'000'400'000, "Hello B");
    QVERIFY(store.appendMessage(m_a1First));
    QVERIFY(store.appendMessage(m_b1First));
    QVERIFY(store.appendMessage(hubtest::message(m_a3.id, 1'700'000'300'000, "Loner here")));
    opened.value().reset();

    m_loop = std::make_unique<net::EventLoop>(1);
}

void tst_HubService::startHub(std::chrono::milliseconds helloTimeout, int failedLoginLimit,
                              std::chrono::milliseconds presenceTimeout)
{
    hub::HubServiceOptions options;
    options.database = m_file;
    options.helloTimeout = helloTimeout;
    options.failedLoginLimit = failedLoginLimit;
    options.presenceTimeout = presenceTimeout;
    auto service = hub::HubService::create(options);
    QVERIFY2(service, service ? "" : service.error().detail.c_str());
    m_service = std::move(service).value();
    m_server = std::make_unique<net::Server>(*m_service);
    std::string error;
    QVERIFY2(m_server->listen("127.0.0.1", 0, &error), error.c_str());
}

void tst_HubService::cleanup()
{
    if (m_server)
        m_server->stop();
    m_server.reset();
    m_service.reset();
    m_loop.reset();
    m_dir.reset();
}

std::unique_ptr<store::HubStore> tst_HubService::openStore()
{
    auto opened = store::HubStore::open(m_file, store::OpenMode::ExistingOnly);
    return opened ? std::move(opened).value() : nullptr;
}

std::unique_ptr<DeskPeer> tst_HubService::connected(net::ClientOptions options)
{
    if (!m_server)
        startHub();
    auto desk = std::make_unique<DeskPeer>(*m_loop, std::move(options));
    if (!desk->connect(m_server->port()) || !QTest::qWaitFor([&] { return desk->opens > 0; }))
        return nullptr;
    return desk;
}

std::unique_ptr<DeskPeer> tst_HubService::signedIn(const std::string& login, std::string* token)
{
    auto desk = connected();
    if (!desk)
        return nullptr;
    desk->send(sync::Hello{sync::kProtocolVersion, "tst/1", clientIdOf(login)});
    const std::int64_t req = ++m_req;
    desk->send(sync::Login{req, login, passwordOf(login)});
    if (!QTest::qWaitFor([&] { return desk->answer<sync::Session>(req).has_value(); }, kWait))
        return nullptr;
    if (token)
        *token = desk->answer<sync::Session>(req)->token;
    return desk;
}

std::unique_ptr<DeskPeer> tst_HubService::subscribed(const std::string& login)
{
    auto desk = signedIn(login);
    if (!desk)
        return nullptr;
    const std::int64_t req = ++m_req;
    desk->send(sync::Subscribe{req, std::nullopt});
    if (!QTest::qWaitFor([&] { return desk->answer<sync::Ok>(req).has_value(); }, kWait))
        return nullptr;
    return desk;
}

bool tst_HubService::bootstrap(DeskPeer& desk, const std::string& login, bool binaryFrames)
{
    desk.send(sync::Hello{sync::kProtocolVersion, "tst/1", clientIdOf(login), binaryFrames});
    const std::int64_t signIn = ++m_req;
    desk.send(sync::Login{signIn, login, passwordOf(login)});
    if (!QTest::qWaitFor([&] { return desk.answer<sync::Session>(signIn).has_value(); }, kWait))
        return false;
    const std::int64_t subscribe = ++m_req;
    desk.send(sync::Subscribe{subscribe, std::nullopt});
    return QTest::qWaitFor([&] { return desk.answer<sync::Ok>(subscribe).has_value(); }, kWait);
}

sync::MutationResult tst_HubService::mutate(DeskPeer& desk, const std::string& login,
                                            std::int64_t mutationId, sync::MutationOp op)
{
    const domain::Id clientId = clientIdOf(login);
    desk.send(sync::Mutate{clientId, mutationId, std::move(op)});
    auto result = [&]() -> std::optional<sync::MutationResult> {
        for (const auto& r : desk.all<sync::MutationResult>())
            if (r.clientId == clientId && r.mutationId == mutationId)
                return r;
        return std::nullopt;
    };
    if (QTest::qWaitFor([&] { return result().has_value(); }, kWait))
        return *result();
    sync::MutationResult none;
    none.ok = false;
    none.message = "no answer";
    return none;
}

// ---- the session ---------------------------------------------------------------------------

void tst_HubService::helloIsAnsweredWithWelcome()
{
    auto desk = connected();
    QVERIFY(desk);
    desk->send(sync::Hello{1, "tst/1", domain::newUuid()});
    QTRY_COMPARE_WITH_TIMEOUT(desk->count<sync::Welcome>(), 1, kWait);
    const auto welcome = desk->all<sync::Welcome>().front();
    QCOMPARE(welcome.protocol, 1);
    QCOMPARE(welcome.epoch, m_service->epoch());
    QVERIFY(!welcome.hub.empty());
}

void tst_HubService::anotherProtocolIsRefusedAndClosed()
{
    auto desk = connected();
    QVERIFY(desk);
    desk->send(sync::Hello{2, "tst/2", domain::newUuid()});
    QTRY_COMPARE_WITH_TIMEOUT(desk->closes.load(), 1, kWait);
    QCOMPARE(desk->closeCode(), 4003);
    const auto errors = desk->all<sync::ErrorReply>();
    QCOMPARE(errors.size(), std::size_t(1));
    QCOMPARE(errors.front().code, sync::ErrorCode::UnsupportedProtocol);
    QCOMPARE(desk->count<sync::Welcome>(), 0);
}

void tst_HubService::silenceWithoutHelloIsClosed()
{
    startHub(std::chrono::milliseconds(300));
    auto desk = connected();
    QVERIFY(desk);
    QTRY_COMPARE_WITH_TIMEOUT(desk->closes.load(), 1, kWait);
    QCOMPARE(desk->closeCode(), 4001);
}

void tst_HubService::goodLoginOpensASession()
{
    auto desk = connected();
    QVERIFY(desk);
    desk->send(sync::Hello{1, "tst/1", clientIdOf("alice")});
    desk->send(sync::Login{41, "alice", passwordOf("alice")});
    QTRY_VERIFY_WITH_TIMEOUT(desk->answer<sync::Session>(41).has_value(), kWait);
    const auto session = *desk->answer<sync::Session>(41);
    QCOMPARE(session.agent.id, m_alice.id);
    QCOMPARE(session.agent.login, std::string("alice"));
    QVERIFY(session.token.size() >= 40);
    QVERIFY(session.expiresAt > std::chrono::system_clock::now());
}

void tst_HubService::badLoginIsRefusedNoSoonerThanASecond()
{
    auto desk = connected();
    QVERIFY(desk);
    auto other = signedIn("bob"); // a second desk keeps being served meanwhile
    QVERIFY(other);
    desk->send(sync::Hello{1, "tst/1", domain::newUuid()});
    QElapsedTimer clock;
    clock.start();
    desk->send(sync::Login{7, "alice", "wrong password"});
    other->send(sync::Subscribe{99, std::nullopt});
    QTRY_VERIFY_WITH_TIMEOUT(desk->answer<sync::ErrorReply>(7).has_value(), kWait);
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(desk->answer<sync::ErrorReply>(7)->code, sync::ErrorCode::BadCredentials);
    QVERIFY2(elapsed >= 990, std::to_string(elapsed).c_str());
    QVERIFY(!desk->answer<sync::Session>(7));
    // The other desk was not made to wait for the delay.
    QVERIFY(other->answer<sync::Ok>(99).has_value());
    // The connection still serves: the right password now works.
    desk->send(sync::Login{8, "alice", passwordOf("alice")});
    QTRY_VERIFY_WITH_TIMEOUT(desk->answer<sync::Session>(8).has_value(), kWait);
}

void tst_HubService::repeatedBadLoginsAreRateLimited()
{
    startHub(std::chrono::seconds(10), 2);
    auto desk = connected();
    QVERIFY(desk);
    desk->send(sync::Hello{1, "tst/1", domain::newUuid()});
    for (std::int64_t req = 1; req <= 2; ++req) {
        desk->send(sync::Login{req, "alice", "guess " + std::to_string(req)});
        QTRY_VERIFY_WITH_TIMEOUT(desk->answer<sync::ErrorReply>(req).has_value(), kWait);
        QCOMPARE(desk->answer<sync::ErrorReply>(req)->code, sync::ErrorCode::BadCredentials);
    }
    desk->send(sync::Login{3, "alice", passwordOf("alice")}); // right, but too late
    QTRY_VERIFY_WITH_TIMEOUT(desk->answer<sync::ErrorReply>(3).has_value(), kWait);
    QCOMPARE(desk->answer<sync::ErrorReply>(3)->code, sync::ErrorCode::RateLimited);
    QVERIFY(!desk->answer<sync::Session>(3));
    QVERIFY(signedIn("bob")); // other accounts are not held up
}

void tst_HubService::resumeWithAKeptToken()
{
    std::string token;
    auto first = signedIn("alice", &token);
    QVERIFY(first);
    QVERIFY(!token.empty());
    auto desk = connected();
    QVERIFY(desk);
    desk->send(sync::Hello{1, "tst/1", clientIdOf("alice")});
    desk->send(sync::Resume{5, token});
    QTRY_VERIFY_WITH_TIMEOUT(desk->answer<sync::Session>(5).has_value(), kWait);
    QCOMPARE(desk->answer<sync::Session>(5)->agent.id, m_alice.id);
    desk->send(sync::Subscribe{6, std::nullopt});
    QTRY_VERIFY_WITH_TIMEOUT(desk->answer<sync::Ok>(6).has_value(), kWait);
}

void tst_HubService::unknownTokenHasExpired()
{
    auto desk = connected();
    QVERIFY(desk);
    desk->send(sync::Hello{1, "tst/1", domain::newUuid()});
    desk->send(sync::Resume{5, "bm90LWEtdG9rZW4tYXQtYWxsLWJ1dC1sb25nLWVub3VnaC14eA"});
    QTRY_VERIFY_WITH_TIMEOUT(desk->answer<sync::ErrorReply>(5).has_value(), kWait);
    QCOMPARE(desk->answer<sync::ErrorReply>(5)->code, sync::ErrorCode::SessionExpired);
}

void tst_HubService::framesBeforeASessionAreUnauthenticated()
{
    auto desk = connected();
    QVERIFY(desk);
    desk->send(sync::Login{3, "alice", passwordOf("alice")}); // before hello
    QTRY_VERIFY_WITH_TIMEOUT(desk->answer<sync::ErrorReply>(3).has_value(), kWait);
    QCOMPARE(desk->answer<sync::ErrorReply>(3)->code, sync::ErrorCode::Unauthenticated);
    desk->send(sync::Hello{1, "tst/1", domain::newUuid()});
    desk->send(sync::Subscribe{4, std::nullopt}); // after hello, before login
    QTRY_VERIFY_WITH_TIMEOUT(desk->answer<sync::ErrorReply>(4).has_value(), kWait);
    QCOMPARE(desk->answer<sync::ErrorReply>(4)->code, sync::ErrorCode::Unauthenticated);
    QCOMPARE(desk->count<sync::Reset>(), 0);
    QCOMPARE(desk->count<sync::Snapshot>(), 0);
}

void tst_HubService::malformedFrameIsAnsweredAndTheConnectionServes()
{
    auto desk = connected();
    QVERIFY(desk);
    desk->sendText("{not json");
    desk->sendText(R"({"type":"subscribe","req":17,"cursor":5})");
    desk->sendText(R"({"type":"teleport","req":18})");
    QTRY_COMPARE_WITH_TIMEOUT(desk->count<sync::ErrorReply>(), 3, kWait);
    const auto errors = desk->all<sync::ErrorReply>();
    QCOMPARE(errors[0].code, sync::ErrorCode::Malformed);
    QCOMPARE(errors[1].code, sync::ErrorCode::Malformed);
    QCOMPARE(errors[1].req, std::int64_t(17));
    QCOMPARE(errors[2].code, sync::ErrorCode::UnknownType);
    QCOMPARE(errors[2].req, std::int64_t(18));
    desk->send(sync::Hello{1, "tst/1", domain::newUuid()});
    QTRY_COMPARE_WITH_TIMEOUT(desk->count<sync::Welcome>(), 1, kWait);
    QVERIFY(desk->isOpen());
}

void tst_HubService::twentyMalformedFramesClose()
{
    auto desk = connected();
    QVERIFY(desk);
    for (int i = 0; i < 19; ++i)
        desk->sendText("[1, 2, 3]");
    QTRY_COMPARE_WITH_TIMEOUT(desk->count<sync::ErrorReply>(), 19, kWait);
    QVERIFY(desk->isOpen());
    desk->sendText("[4]");
    QTRY_COMPARE_WITH_TIMEOUT(desk->closes.load(), 1, kWait);
    QCOMPARE(desk->closeCode(), 1008);
}

// ---- sync ----------------------------------------------------------------------------------

void tst_HubService::freshDeskGetsExactlyItsScope()
{
    auto desk = signedIn("alice");
    QVERIFY(desk);
    desk->send(sync::Subscribe{21, std::nullopt});
    QTRY_VERIFY_WITH_TIMEOUT(desk->answer<sync::Ok>(21).has_value(), kWait);

    // reset, then snapshot batches, then snapshot_end, then ok: in that order.
    const auto frames = desk->frames();
    auto indexOf = [&](auto predicate) {
        for (std::size_t i = 0; i < frames.size(); ++i)
            if (predicate(frames[i]))
                return int(i);
        return -1;
    };
    const int reset =
        indexOf([](const auto& f) { return std::holds_alternative<sync::Reset>(f); });
    const int snapshot =
        indexOf([](const auto& f) { return std::holds_alternative<sync::Snapshot>(f); });
    const int end =
        indexOf([](const auto& f) { return std::holds_alternative<sync::SnapshotEnd>(f); });
    const int ok = indexOf([](const auto& f) { return std::holds_alternative<sync::Ok>(f); });
    QVERIFY(reset >= 0 && reset < snapshot && snapshot < end && end < ok);
    QCOMPARE(desk->all<sync::Reset>().front().epoch, m_service->epoch());
    QCOMPARE(desk->all<sync::Reset>().front().seq, desk->all<sync::SnapshotEnd>().front().seq);

    const std::set<domain::Id> conversations{m_a1.id, m_a2.id, m_a3.id};
    QCOMPARE(desk->conversationIds(), conversations);
    const std::set<domain::Id> customers{m_shared.id, m_loner.id};
    QCOMPARE(desk->customerIds(), customers);
    QVERIFY(desk->messageIds().count(m_a1First.id));
    QVERIFY(!desk->messageIds().count(m_b1First.id));
    const auto snapshots = desk->all<sync::Snapshot>();
    int teams = 0, agents = 0;
    for (const auto& s : snapshots) {
        teams += int(s.records.teams.size());
        agents += int(s.records.agents.size());
    }
    QCOMPARE(teams, 2);  // every team and agent record is in every scope
    QCOMPARE(agents, 4);
}

void tst_HubService::supervisorGetsEverything()
{
    auto desk = subscribed("sue");
    QVERIFY(desk);
    const std::set<domain::Id> conversations{m_a1.id, m_a2.id, m_a3.id, m_b1.id};
    QCOMPARE(desk->conversationIds(), conversations);
    QVERIFY(desk->messageIds().count(m_b1First.id));
}

// hello's binaryFrames: a desk that says it reads binary frames gets its snapshot records
// so, the same as a desk that did not say it gets them in text frames. A peer that says it
// but refuses binary frames shows which ones came so: it gets the reset, then closes with
// 1003 at the first frame of records.
void tst_HubService::snapshotFramesAreBinaryForADeskThatReadsThem()
{
    auto textDesk = connected();
    QVERIFY(textDesk);
    QVERIFY(bootstrap(*textDesk, "alice", false));
    QVERIFY(textDesk->isOpen());

    net::ClientOptions readsBinary;
    readsBinary.channel.acceptBinary = true;
    auto binaryDesk = connected(readsBinary);
    QVERIFY(binaryDesk);
    QVERIFY(bootstrap(*binaryDesk, "alice", true));
    QVERIFY(binaryDesk->isOpen());
    QVERIFY(!textDesk->conversationIds().empty());
    QCOMPARE(binaryDesk->conversationIds(), textDesk->conversationIds());
    QCOMPARE(binaryDesk->messageIds(), textDesk->messageIds());
    QCOMPARE(binaryDesk->customerIds(), textDesk->customerIds());

    auto refusesBinary = connected();
    QVERIFY(refusesBinary);
    QVERIFY(!bootstrap(*refusesBinary, "alice", true));
    QTRY_COMPARE(refusesBinary->closeCode(), 1003);
    QCOMPARE(refusesBinary->count<sync::Reset>(), 1);
    QCOMPARE(refusesBinary->count<sync::Snapshot>(), 0);
}

void tst_HubService::largeSnapshotComesInFramesUnderTheCap()
{
    constexpr int kMessages = 2500;
    std::set<domain::Id> expected;
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(store->begin());
        const std::string body(1000, 'x');
        for (int i = 0; i < kMessages; ++i) {
            auto m = hubtest::message(m_a2.id, 1'700'000'200'000 + i, body);
            expected.insert(m.id);
            QVERIFY(store->appendMessage(m));
        }
        QVERIFY(store->commit());
    }
    auto alice = subscribed("alice");
    auto bob = subscribed("bob");
    QVERIFY(alice && bob);
    QVERIFY(alice->all<sync::Snapshot>().size() >= 3);
    QVERIFY(alice->largestFrame <= sync::kMaxFrameBytes);
    const auto received = alice->messageIds();
    QVERIFY(std::includes(received.begin(), received.end(), expected.begin(), expected.end()));
    QCOMPARE(received.size(), expected.size() + 2); // with a1's and a3's first messages
    QCOMPARE(bob->messageIds(), received);
}

void tst_HubService::latestCursorGetsJustOk()
{
    auto first = subscribed("alice");
    QVERIFY(first);
    const sync::Cursor cursor{m_service->epoch(), first->cursor()};
    auto desk = signedIn("bob");
    QVERIFY(desk);
    const int before = desk->frameCount();
    desk->send(sync::Subscribe{31, cursor});
    QTRY_VERIFY_WITH_TIMEOUT(desk->answer<sync::Ok>(31).has_value(), kWait);
    QCOMPARE(desk->frameCount(), before + 1);
    QCOMPARE(desk->count<sync::Reset>(), 0);
    QCOMPARE(desk->count<sync::Changes>(), 0);
}

void tst_HubService::oldCursorGetsTheChangesSince()
{
    auto first = subscribed("alice");
    QVERIFY(first);
    const sync::Cursor cursor{m_service->epoch(), first->cursor()};
    first.reset();
    const domain::Message inbound = hubtest::message(m_a2.id, 1'700'000'500'000, "Still there?");
    auto ingested = m_service->ingestInbound(inbound).get();
    QVERIFY(ingested);
    auto desk = signedIn("alice");
    QVERIFY(desk);
    desk->send(sync::Pull{32, cursor});
    QTRY_VERIFY_WITH_TIMEOUT(desk->answer<sync::Ok>(32).has_value(), kWait);
    QCOMPARE(desk->count<sync::Reset>(), 0);
    const auto changes = desk->all<sync::Changes>();
    QCOMPARE(changes.size(), std::size_t(1));
    QCOMPARE(changes.front().after, cursor.seq);
    QCOMPARE(changes.front().upTo, ingested.value());
}

// A channel hands the hub a message too large to ever travel to a desk: it is refused with a
// reason before anything is written, and the conversation's next message goes through.
void tst_HubService::oversizedIngestIsRefusedAndStoresNothing()
{
    startHub();
    auto store = openStore();
    QVERIFY(store);
    const std::int64_t before = store->latestSeq().value();
    domain::Message huge = hubtest::message(m_a2.id, 1'700'000'600'000, "");
    huge.body.assign(sync::kMaxFrameBytes * 3 / 4, 'x');
    const auto refused = m_service->ingestInbound(huge).get();
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, domain::ErrorCode::InvalidArgument);
    QVERIFY2(refused.error().detail.find("too large") != std::string::npos,
             refused.error().detail.c_str());
    QCOMPARE(store->latestSeq().value(), before);
    QVERIFY(!store->message(huge.id)); // nothing of it was written
    const domain::Message next = hubtest::message(m_a2.id, 1'700'000'600'001, "Hello again");
    const auto accepted = m_service->ingestInbound(next).get();
    QVERIFY(accepted);
    QVERIFY(accepted.value() > before);
    QVERIFY(store->message(next.id));
}

void tst_HubService::otherEpochGetsAReset()
{
    auto desk = signedIn("alice");
    QVERIFY(desk);
    desk->send(sync::Subscribe{33, sync::Cursor{domain::newUuid(), 1}});
    QTRY_VERIFY_WITH_TIMEOUT(desk->answer<sync::Ok>(33).has_value(), kWait);
    QCOMPARE(desk->count<sync::Reset>(), 1);
    QCOMPARE(desk->count<sync::SnapshotEnd>(), 1);
}

void tst_HubService::ingestedMessageReachesSubscribedDesks()
{
    auto alice = subscribed("alice");
    auto carol = subscribed("carol");
    QVERIFY(alice && carol);
    const domain::Message forA = hubtest::message(m_a1.id, 1'700'000'600'000, "Where is it?");
    QVERIFY(m_service->ingestInbound(forA).get());
    QTRY_VERIFY_WITH_TIMEOUT(alice->messageIds().count(forA.id), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(alice->conversation(m_a1.id)->lastActivity, forA.sentAt, kWait);
    // carol's team does not see team A's conversation; her next news is her own team's.
    const domain::Message forB = hubtest::message(m_b1.id, 1'700'000'700'000, "And mine?");
    QVERIFY(m_service->ingestInbound(forB).get());
    QTRY_VERIFY_WITH_TIMEOUT(carol->messageIds().count(forB.id), kWait);
    QVERIFY(!carol->messageIds().count(forA.id));
    QVERIFY(!carol->conversation(m_a1.id));
    QVERIFY(!carol->sawGap());
    QVERIFY(!alice->sawGap());
    QCOMPARE(alice->count<sync::Changes>(), 1); // nothing for the team-B message
}

void tst_HubService::replySentTwiceIsAppliedOnce()
{
    auto alice = subscribed("alice");
    auto bob = subscribed("bob");
    QVERIFY(alice && bob);
    const sync::Reply reply{m_a1.id, domain::newUuid(), "We are on it.",
                            domain::fromEpochMs(1'700'000'800'000), std::nullopt};
    const auto first = mutate(*alice, "alice", 1, reply);
    QVERIFY2(first.ok, first.message.c_str());
    QVERIFY(first.seq > 0);
    alice->send(sync::Mutate{clientIdOf("alice"), 1, reply}); // resent, as after a reconnect
    QTRY_COMPARE_WITH_TIMEOUT(alice->count<sync::MutationResult>(), 2, kWait);
    QCOMPARE(alice->all<sync::MutationResult>().back(), first);

    QTRY_VERIFY_WITH_TIMEOUT(bob->messageIds().count(reply.messageId), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(bob->conversation(m_a1.id)->firstResponse.has_value(), kWait);
    auto store = openStore();
    QVERIFY(store);
    auto thread = store->reader().messages(m_a1.id);
    QVERIFY(thread);
    const auto copies = std::count_if(thread->begin(), thread->end(),
                                      [&](const auto& m) { return m.id == reply.messageId; });
    QCOMPARE(int(copies), 1);
    auto written = store->message(reply.messageId);
    QVERIFY(written);
    QCOMPARE(written->direction, domain::Direction::Outbound);
    QCOMPARE(written->authorId, m_alice.id);
    QCOMPARE(store->latestSeq().value(), first.seq); // the resend logged nothing
    // Another desk cannot replay alice's mutation ids under her client id.
    bob->send(sync::Mutate{clientIdOf("alice"), 1, reply});
    QTRY_COMPARE_WITH_TIMEOUT(bob->count<sync::MutationResult>(), 1, kWait);
    QCOMPARE(bob->all<sync::MutationResult>().front().code, sync::ErrorCode::Forbidden);
}

void tst_HubService::eachMutationChangesWhatItNames()
{
    auto alice = subscribed("alice");
    auto sue = subscribed("sue");
    QVERIFY(alice && sue);
    std::int64_t id = 0;
    auto ok = [&](DeskPeer& desk, const std::string& login, sync::MutationOp op) {
        const auto result = mutate(desk, login, ++id, std::move(op));
        if (!result.ok)
            qWarning("refused: %s", result.message.c_str());
        return result.ok;
    };
    const auto at = domain::fromEpochMs(1'700'000'900'000);
    QVERIFY(ok(*alice, "alice", sync::SetStatus{m_a1.id, domain::Status::Resolved}));
    QVERIFY(ok(*alice, "alice", sync::SetPriority{m_a1.id, domain::Priority::Urgent}));
    QVERIFY(ok(*alice, "alice", sync::SetTags{m_a1.id, {"vip", "refund"}}));
    QVERIFY(ok(*alice, "alice", sync::Claim{m_a1.id, {}}));
    QVERIFY(ok(*alice, "alice", sync::Assign{m_a1.id, m_bob.id, m_alice.id}));
    QVERIFY(ok(*sue, "sue", sync::Unassign{m_a1.id, m_bob.id}));
    domain::CallDetail call;
    call.durationSeconds = 95;
    call.queue = "Billing";
    const domain::Id callId = domain::newUuid();
    QVERIFY(ok(*alice, "alice", sync::LogCall{m_a1.id, callId, at, call, "Called back"}));
    domain::VisitDetail visit{"Kraków Rynek", "documents", 15};
    const domain::Id visitId = domain::newUuid();
    QVERIFY(ok(*alice, "alice", sync::LogVisit{m_a1.id, visitId, at, visit, "Came by"}));
    domain::Conversation fresh = hubtest::conversation(m_shared.id, m_teamA.id, 1'700'001'000'000);
    domain::Message first = hubtest::message(fresh.id, 1'700'001'000'000, "Opened by phone");
    first.direction = domain::Direction::Outbound;
    QVERIFY(ok(*alice, "alice", sync::NewConversation{fresh, first}));

    // An agent may not hand over someone else's conversation, nor open one for a stranger.
    const auto handOver = mutate(*alice, "alice", ++id, sync::Assign{m_a2.id, m_bob.id, {}});
    QCOMPARE(handOver.code, sync::ErrorCode::Forbidden);
    const auto stranger = hubtest::conversation(m_stranger.id, m_teamA.id, 1'700'001'100'000);
    const auto opened = mutate(*alice, "alice", ++id, sync::NewConversation{stranger, {}});
    QCOMPARE(opened.code, sync::ErrorCode::Forbidden);
    const auto twice = mutate(*alice, "alice", ++id,
                              sync::Note{m_a1.id, callId, "same id", at});
    QCOMPARE(twice.code, sync::ErrorCode::DuplicateId);

    auto store = openStore();
    QVERIFY(store);
    const auto a1 = store->conversation(m_a1.id).value();
    QCOMPARE(a1.status, domain::Status::Resolved);
    QVERIFY(a1.resolved.has_value());
    QCOMPARE(a1.priority, domain::Priority::Urgent);
    QCOMPARE(a1.tags, (std::vector<std::string>{"vip", "refund"}));
    QVERIFY(a1.assigneeId.empty());
    QCOMPARE(a1.lastActivity, at);
    const auto logged = store->message(callId).value();
    QCOMPARE(logged.direction, domain::Direction::Event);
    QCOMPARE(logged.call, std::optional<domain::CallDetail>(call));
    QCOMPARE(store->message(visitId).value().visit, std::optional<domain::VisitDetail>(visit));
    const auto created = store->conversation(fresh.id);
    QVERIFY(created);
    QCOMPARE(created->firstResponse, std::optional<domain::Timestamp>(first.sentAt));
    QCOMPARE(store->message(first.id).value().authorId, m_alice.id);
    QVERIFY(!store->conversation(stranger.id));
    // The supervisor's desk saw it all arrive.
    QTRY_VERIFY_WITH_TIMEOUT(sue->conversation(fresh.id).has_value(), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(sue->conversation(m_a1.id)->priority, domain::Priority::Urgent,
                              kWait);
    QVERIFY(!sue->sawGap());
}

void tst_HubService::twoDesksClaimOneConversation()
{
    auto alice = subscribed("alice");
    auto bob = subscribed("bob");
    QVERIFY(alice && bob);
    alice->send(sync::Mutate{clientIdOf("alice"), 1, sync::Claim{m_a2.id, {}}});
    bob->send(sync::Mutate{clientIdOf("bob"), 1, sync::Claim{m_a2.id, {}}});
    QTRY_COMPARE_WITH_TIMEOUT(alice->count<sync::MutationResult>(), 1, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(bob->count<sync::MutationResult>(), 1, kWait);
    const auto a = alice->all<sync::MutationResult>().front();
    const auto b = bob->all<sync::MutationResult>().front();
    QVERIFY(a.ok != b.ok);
    const auto& loser = a.ok ? b : a;
    const auto& winner = a.ok ? m_alice : m_bob;
    QCOMPARE(loser.code, sync::ErrorCode::AlreadyClaimed);
    QVERIFY(loser.holder.has_value());
    QCOMPARE(loser.holder->id, winner.id);
    QCOMPARE(loser.holder->displayName, winner.displayName);
    // Both desks end up showing the winner as the assignee.
    QTRY_COMPARE_WITH_TIMEOUT(alice->conversation(m_a2.id)->assigneeId, winner.id, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(bob->conversation(m_a2.id)->assigneeId, winner.id, kWait);
}

void tst_HubService::otherTeamsConversationIsForbidden()
{
    auto alice = subscribed("alice");
    QVERIFY(alice);
    auto store = openStore();
    QVERIFY(store);
    const std::int64_t before = store->latestSeq().value();
    const auto status =
        mutate(*alice, "alice", 1, sync::SetStatus{m_b1.id, domain::Status::Closed});
    QVERIFY(!status.ok);
    QCOMPARE(status.code, sync::ErrorCode::Forbidden);
    QVERIFY(!status.current); // a refusal tells nothing of another team's conversation
    const auto note = mutate(*alice, "alice", 2,
                             sync::Note{m_b1.id, domain::newUuid(), "peek",
                                        domain::fromEpochMs(1)});
    QCOMPARE(note.code, sync::ErrorCode::Forbidden);
    const auto claim = mutate(*alice, "alice", 3, sync::Claim{m_b1.id, {}});
    QCOMPARE(claim.code, sync::ErrorCode::Forbidden);
    QCOMPARE(store->latestSeq().value(), before);
    const auto b1 = store->conversation(m_b1.id);
    QVERIFY(b1);
    QCOMPARE(b1->status, m_b1.status);
    QVERIFY(b1->assigneeId.empty());
    QCOMPARE(store->reader().messages(m_b1.id)->size(), std::size_t(1));
}

void tst_HubService::transferRemovesFromTheOldTeamsDesk()
{
    auto alice = subscribed("alice");
    auto carol = subscribed("carol");
    QVERIFY(alice && carol);
    QVERIFY(!carol->conversation(m_a3.id));
    const domain::Id noteId = domain::newUuid();
    const auto result = mutate(*alice, "alice", 1,
                               sync::Transfer{m_a3.id, m_teamB.id, m_teamA.id, noteId,
                                              "Billing question, over to B"});
    QVERIFY2(result.ok, result.message.c_str());
    QTRY_VERIFY_WITH_TIMEOUT(!alice->conversation(m_a3.id), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!alice->customerIds().count(m_loner.id), kWait);
    bool removed = false;
    for (const auto& changes : alice->all<sync::Changes>())
        for (const auto& item : changes.items)
            if (const auto* gone = std::get_if<sync::Removed>(&item.record))
                removed |= gone->kind == sync::RecordKind::Conversation && gone->id == m_a3.id;
    QVERIFY(removed);
    // The receiving team gets the conversation, its customer, its history and the note.
    QTRY_VERIFY_WITH_TIMEOUT(carol->conversation(m_a3.id).has_value(), kWait);
    QCOMPARE(carol->conversation(m_a3.id)->teamId, m_teamB.id);
    QTRY_VERIFY_WITH_TIMEOUT(carol->messageIds().count(noteId), kWait);
    QVERIFY(carol->customerIds().count(m_loner.id));
    QCOMPARE(carol->messageIds().size(), std::size_t(3)); // b1's, a3's and the note
    // A stale transfer is refused.
    const auto stale = mutate(*carol, "carol", 1,
                              sync::Transfer{m_a3.id, m_teamA.id, m_teamA.id,
                                             domain::newUuid(), "Back to A"});
    QVERIFY(!stale.ok);
    QCOMPARE(stale.code, sync::ErrorCode::StalePrecondition);
    QVERIFY(stale.current.has_value()); // so the desk can put the team back
    QCOMPARE(stale.current->teamId, m_teamB.id);
}

void tst_HubService::logoutRevokesAndCloses()
{
    std::string token;
    auto desk = signedIn("alice", &token);
    QVERIFY(desk);
    desk->send(sync::Logout{51});
    QTRY_VERIFY_WITH_TIMEOUT(desk->answer<sync::Ok>(51).has_value(), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(desk->closes.load(), 1, kWait);
    QCOMPARE(desk->closeCode(), 1000);
    auto again = connected();
    QVERIFY(again);
    again->send(sync::Hello{1, "tst/1", domain::newUuid()});
    again->send(sync::Resume{52, token});
    QTRY_VERIFY_WITH_TIMEOUT(again->answer<sync::ErrorReply>(52).has_value(), kWait);
    QCOMPARE(again->answer<sync::ErrorReply>(52)->code, sync::ErrorCode::SessionExpired);
}

void tst_HubService::presenceReachesTheTeam()
{
    auto alice = subscribed("alice");
    auto bob = subscribed("bob");
    auto carol = subscribed("carol");
    QVERIFY(alice && bob && carol);
    alice->send(sync::Presence{m_a1.id, sync::PresenceState::Typing, {}, {}});
    QTRY_COMPARE_WITH_TIMEOUT(bob->count<sync::Presence>(), 1, kWait);
    const auto seen = bob->all<sync::Presence>().front();
    QCOMPARE(seen.agentId, m_alice.id);
    QCOMPARE(seen.displayName, m_alice.displayName);
    QCOMPARE(seen.state, sync::PresenceState::Typing);
    alice.reset(); // gone: the hub says so
    QTRY_COMPARE_WITH_TIMEOUT(bob->count<sync::Presence>(), 2, kWait);
    QCOMPARE(bob->all<sync::Presence>().back().state, sync::PresenceState::Left);
    QCOMPARE(carol->count<sync::Presence>(), 0);
}

void tst_HubService::silentPresenceEnds()
{
    startHub(std::chrono::seconds(10), 10, std::chrono::milliseconds(300));
    auto alice = subscribed("alice");
    auto bob = subscribed("bob");
    QVERIFY(alice && bob);
    alice->send(sync::Presence{m_a1.id, sync::PresenceState::Viewing, {}, {}});
    QTRY_COMPARE_WITH_TIMEOUT(bob->count<sync::Presence>(), 1, kWait);
    // alice stays connected but stops refreshing: the hub says she left.
    QTRY_COMPARE_WITH_TIMEOUT(bob->count<sync::Presence>(), 2, kWait);
    QCOMPARE(bob->all<sync::Presence>().back().state, sync::PresenceState::Left);
    QCOMPARE(bob->all<sync::Presence>().back().agentId, m_alice.id);
    QVERIFY(alice->isOpen());
}

void tst_HubService::shutdownSaysGoingAwayAndKeepsWrites()
{
    auto alice = subscribed("alice");
    QVERIFY(alice);
    const domain::Message late = hubtest::message(m_a2.id, 1'700'002'000'000, "Last words");
    auto ingested = m_service->ingestInbound(late); // queued as the hub goes down
    m_server->stop();
    QTRY_COMPARE_WITH_TIMEOUT(alice->closes.load(), 1, kWait);
    QCOMPARE(alice->closeCode(), 1001);
    m_service->stop();
    m_service->stop(); // idempotent
    QVERIFY(ingested.get());
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->message(late.id));
    QVERIFY(!m_service->ingestInbound(late).get()); // refused once stopped
}

// The desk's own state machine against the hub: both keep the same contract.
void tst_HubService::realDeskProtocolGoesLiveAndSettlesItsReply()
{
    startHub();
    hubtest::ProtocolDesk desk(*m_loop, sync::Credentials{{}, "alice", passwordOf("alice")});
    QVERIFY(desk.connect(m_server->port()));
    QTRY_VERIFY_WITH_TIMEOUT(desk.live(), kWait);
    QCOMPARE(desk.conversationIds(), (std::set<domain::Id>{m_a1.id, m_a2.id, m_a3.id}));
    auto bob = subscribed("bob");
    QVERIFY(bob);
    const domain::Id replyId = domain::newUuid();
    desk.write(sync::Reply{m_a1.id, replyId, "Sorted.", domain::fromEpochMs(1'700'003'000'000),
                           std::nullopt});
    QTRY_COMPARE_WITH_TIMEOUT(desk.settled().size(), std::size_t(1), kWait);
    const sync::MutationResult result = desk.settled().front();
    QVERIFY2(result.ok, result.message.c_str());
    QVERIFY(desk.messageIds().count(replyId)); // its change came before its answer
    QCOMPARE(desk.cursorSeq(), result.seq);
    QTRY_VERIFY_WITH_TIMEOUT(bob->messageIds().count(replyId), kWait);
    QVERIFY(desk.failures().empty());
}

QTEST_GUILESS_MAIN(tst_HubService)
#include "tst_hubservice.moc"
