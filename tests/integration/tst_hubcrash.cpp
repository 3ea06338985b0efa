// concord-hub killed outright (SIGKILL: no goodbye, no finished writes) at the worst moments,
// then restarted on the same store and port: in the middle of a desk's first bootstrap, and in
// the middle of a burst of writes from two desks. What the agents must not notice afterwards:
// a desk holding more or less than its scope, a message shown twice, an acknowledged write
// lost, a write refused because its resend was taken for a second one, an outbox that never
// drains. The kill comes from the desk's own sync thread (a tap on its events), so it lands at
// an exact moment rather than after a guessed pause.

#include "DeskProbe.h"
#include "HubProcess.h"
#include "ScopeContent.h"
#include "demo/DemoGenerator.h"
#include "store/CacheReader.h"
#include "store/Database.h"
#include "store/HubStore.h"

#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <mutex>
#include <set>

using namespace concord;
using test::DeskProbe;
using test::HubProcess;
using test::ScopeContent;

namespace {

constexpr int kSeedMessages = 20'000; // the supervisor's snapshot takes many batches
constexpr int kWaitMs = 45'000;
constexpr int kBurst = 200;                // writes per desk
constexpr int kRound = 10;                 // writes per desk between two looks at the acks
constexpr int kWindow = 40;                // writes a desk may have unacknowledged
constexpr int kKillAfterAcks = kBurst;     // acknowledged writes of both when the hub dies
const char* const kPassword = "demo";

std::string burstBody(char desk, int index)
{
    char body[32];
    std::snprintf(body, sizeof body, "burst-%c-%03d", desk, index);
    return body;
}

std::set<std::int64_t> okMutationIds(const std::vector<sync::MutationResult>& results)
{
    std::set<std::int64_t> ids;
    for (const auto& result : results)
        if (result.ok)
            ids.insert(result.mutationId);
    return ids;
}

int refusals(const std::vector<sync::MutationResult>& results)
{
    return int(std::count_if(results.begin(), results.end(),
                             [](const sync::MutationResult& r) { return !r.ok; }));
}

std::set<domain::Id> threadIds(const std::filesystem::path& cache, const domain::Id& conversation)
{
    std::set<domain::Id> ids;
    auto db = store::Database::open(cache, store::OpenMode::ExistingOnly);
    if (!db)
        return ids;
    auto thread = store::CacheReader(**db).messages(conversation);
    if (thread)
        for (const auto& m : *thread)
            ids.insert(m.id);
    return ids;
}

} // namespace

class TstHubCrash : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void killDuringBootstrap();
    void killDuringAWriteBurst();

private:
    std::filesystem::path path(const char* name) const
    {
        return m_dir.filePath(QString::fromLatin1(name)).toStdString();
    }
    ScopeContent hubScope(const domain::Agent& agent);

    QTemporaryDir m_dir;
    std::unique_ptr<HubProcess> m_hub;
    std::uint16_t m_port = 0;
    domain::Agent m_anna;
    domain::Agent m_teammate;
    domain::Agent m_supervisor;
    std::vector<domain::Id> m_shared; // active conversations both Anna and her teammate see
};

void TstHubCrash::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_hub = std::make_unique<HubProcess>(QStringLiteral(CONCORD_HUB_BINARY),
                                         QString::fromStdString(path("hub.db").string()));
    QVERIFY(m_hub->seed(kSeedMessages));
    m_port = HubProcess::freePort();

    auto hub = store::HubStore::open(path("hub.db"), store::OpenMode::ExistingOnly);
    QVERIFY(hub.ok());
    m_anna = (*hub)->agentByLogin(demo::kDemoAgentLogin).value();
    m_supervisor = (*hub)->agentByLogin(demo::kDemoSupervisorLogin).value();
    m_teammate = (*hub)->agentByLogin("katarzyna.nowak").value(); // first line only, like Anna
    QCOMPARE(m_teammate.teamIds.size(), std::size_t(1));
    const domain::Id team = m_teammate.teamIds.front();
    QVERIFY(std::count(m_anna.teamIds.begin(), m_anna.teamIds.end(), team) == 1);
    for (const auto& id : hubScope(m_teammate).conversations) {
        auto c = (*hub)->conversation(id);
        if (c && c->teamId == team && domain::isActive(c->status) && m_shared.size() < 2)
            m_shared.push_back(id);
    }
    QCOMPARE(m_shared.size(), std::size_t(2));
}

void TstHubCrash::cleanup()
{
    if (m_hub->running())
        QVERIFY(m_hub->terminate());
}

ScopeContent TstHubCrash::hubScope(const domain::Agent& agent)
{
    auto hub = store::HubStore::open(path("hub.db"), store::OpenMode::ExistingOnly);
    return hub ? test::hubContent(**hub, store::HubScope::of(agent)) : ScopeContent{};
}

void TstHubCrash::killDuringBootstrap()
{
    QVERIFY(m_hub->serve(m_port));
    const ScopeContent expected = hubScope(m_supervisor);
    QVERIFY(expected.messageCount >= std::size_t(kSeedMessages / 2));

    // The supervisor sees everything: the largest snapshot there is. The hub dies as soon as
    // the first batch is in the desk's cache (the desk commits it on its own, so the inbox
    // shows something at once).
    const auto hubPid = pid_t(m_hub->pid());
    std::atomic<int> signIns{0};
    std::atomic<bool> killed{false};
    std::atomic<int> completedInSession{0};
    DeskProbe desk(path("desk-boot.db"), m_port); // after what its tap uses: stopped first
    desk.setTap([&](const sync::DeskEvent& e) {
        if (std::holds_alternative<sync::event::SignedIn>(e))
            ++signIns;
        const auto* batch = std::get_if<sync::event::Bootstrapping>(&e);
        if (batch && !killed.exchange(true))
            ::kill(hubPid, SIGKILL);
        if (std::holds_alternative<sync::event::ReplicaReplaced>(e))
            completedInSession = signIns.load();
    });
    desk.signIn(demo::kDemoSupervisorLogin, kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(killed.load(), kWaitMs);
    QVERIFY(m_hub->kill());
    QCOMPARE(desk.caughtUp(), 0);
    const ScopeContent atKill = test::deskContent(desk.cache());
    QVERIFY(!atKill.conversations.empty()); // the inbox had begun to fill
    QVERIFY(atKill.conversations.size() < expected.conversations.size()
            || atKill.messages.size() < expected.messages.size());

    QVERIFY(m_hub->serve(m_port)); // the same store, the same port
    QTRY_VERIFY_WITH_TIMEOUT(desk.caughtUp() >= 1, kWaitMs);
    QVERIFY(desk.online());
    // The first bootstrap was really cut short: only the one after the restart completed.
    QCOMPARE(completedInSession.load(), 2);
    QCOMPARE(desk.replicaReplaced(), 1);

    const ScopeContent held = test::deskContent(desk.cache());
    QCOMPARE(held.customers.size(), expected.customers.size());
    QCOMPARE(held.conversations.size(), expected.conversations.size());
    QCOMPARE(held.messages.size(), expected.messages.size());
    QCOMPARE(held.messageCount, held.messages.size()); // no message twice
    QVERIFY(held == expected);
}

void TstHubCrash::killDuringAWriteBurst()
{
    QVERIFY(m_hub->serve(m_port));
    DeskProbe a(path("burst-a.db"), m_port);
    DeskProbe b(path("burst-b.db"), m_port);
    const auto hubPid = pid_t(m_hub->pid());
    // Each desk writes as fast as the hub acknowledges, kWindow writes ahead of it: kWindow
    // at once, then one more for each acknowledgement, made on the desk's sync thread as it
    // arrives, until the hub is killed halfway. So the kill finds writes applied and
    // answered, applied but unanswered, sent but not applied, and not made yet.
    const auto sentAt = domain::fromEpochMs(1'795'000'000'000);
    std::atomic<bool> killed{false};
    std::atomic<int> acked{0};
    struct Writer {
        DeskProbe& desk;
        char name;
        std::mutex mutex; // an index is taken and its write queued in one step
        int written = 0;
    };
    Writer writerA{a, 'a', {}, 0};
    Writer writerB{b, 'b', {}, 0};
    const auto writeNext = [&](Writer& w) {
        std::lock_guard lock(w.mutex);
        if (w.written == kBurst)
            return;
        const int i = w.written++;
        const domain::Id& conversation = m_shared[(i + (w.name == 'a' ? 0 : 1)) % 2];
        if (w.name == 'a')
            w.desk.write(sync::Note{conversation, domain::newUuid(), burstBody('a', i), sentAt});
        else
            w.desk.write(sync::Reply{conversation, domain::newUuid(), burstBody('b', i), sentAt,
                                     {}});
    };
    const auto written = [](Writer& w) {
        std::lock_guard lock(w.mutex);
        return w.written;
    };
    const auto pace = [&](Writer& w, const sync::DeskEvent& e) {
        const auto* settled = std::get_if<sync::event::MutationSettled>(&e);
        if (killed || !settled || !settled->result.ok)
            return;
        if (++acked == kKillAfterAcks && !killed.exchange(true))
            ::kill(hubPid, SIGKILL);
        else
            writeNext(w);
    };
    // The taps use what is declared above: the desks' threads stop before it goes away.
    const auto stopDesks = qScopeGuard([&] {
        a.stop();
        b.stop();
    });
    a.setTap([&](const sync::DeskEvent& e) { pace(writerA, e); });
    b.setTap([&](const sync::DeskEvent& e) { pace(writerB, e); });
    a.signIn(m_anna.login, kPassword);
    b.signIn(m_teammate.login, kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(a.caughtUp() >= 1 && b.caughtUp() >= 1, kWaitMs);
    for (int n = 0; n < kWindow; ++n) {
        writeNext(writerA);
        writeNext(writerB);
    }
    QTRY_VERIFY_WITH_TIMEOUT(killed.load(), kWaitMs);
    QVERIFY(m_hub->kill());
    QTRY_VERIFY(!a.online() && !b.online());
    const std::set<std::int64_t> ackedA = okMutationIds(a.settled());
    const std::set<std::int64_t> ackedB = okMutationIds(b.settled());
    QCOMPARE(refusals(a.settled()) + refusals(b.settled()), 0);
    // The agents write on while the hub is down.
    while (written(writerA) < kBurst)
        writeNext(writerA);
    while (written(writerB) < kBurst)
        writeNext(writerB);
    QTRY_COMPARE(a.pendingWrites(), kBurst - int(ackedA.size()));
    QTRY_COMPARE(b.pendingWrites(), kBurst - int(ackedB.size()));

    std::map<std::string, int> atKill;
    {
        auto hub = store::HubStore::open(path("hub.db"), store::OpenMode::ExistingOnly);
        QVERIFY(hub.ok());
        atKill = test::bodiesStartingWith((*hub)->database(), "burst-");
    }
    QVERIFY2(int(atKill.size()) < 2 * kBurst, "the burst was over before the kill");
    QVERIFY(ackedA.size() + ackedB.size() >= std::size_t(kKillAfterAcks));

    QVERIFY(m_hub->serve(m_port));
    QTRY_VERIFY_WITH_TIMEOUT(a.online() && b.online(), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(a.pendingWrites(), 0, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(b.pendingWrites(), 0, kWaitMs);

    // Every write settled, none refused (a resend taken for a second write would be refused
    // as a duplicate id, and the agent would see a delivered note rolled back).
    QCOMPARE(refusals(a.settled()) + refusals(b.settled()), 0);
    const std::set<std::int64_t> allA = okMutationIds(a.settled());
    const std::set<std::int64_t> allB = okMutationIds(b.settled());
    QCOMPARE(int(allA.size()), kBurst);
    QCOMPARE(int(allB.size()), kBurst);

    // What was acknowledged before the kill had been committed then: mutation ids grow in
    // outbox order, so the n-th smallest id is the n-th write.
    const auto checkAcked = [&](const std::set<std::int64_t>& all,
                                const std::set<std::int64_t>& acknowledged, char desk) {
        int index = 0;
        for (const std::int64_t id : all) {
            if (acknowledged.count(id) && !atKill.count(burstBody(desk, index)))
                return burstBody(desk, index);
            ++index;
        }
        return std::string();
    };
    for (const auto& lost : {checkAcked(allA, ackedA, 'a'), checkAcked(allB, ackedB, 'b')})
        QVERIFY2(lost.empty(), ("acknowledged, then lost: " + lost).c_str());

    // Each write is at the hub once, and on both desks once.
    const auto everyBodyOnce = [](const std::map<std::string, int>& bodies) {
        return int(bodies.size()) == 2 * kBurst
               && std::all_of(bodies.begin(), bodies.end(),
                              [](const auto& entry) { return entry.second == 1; });
    };
    {
        auto hub = store::HubStore::open(path("hub.db"), store::OpenMode::ExistingOnly);
        QVERIFY(hub.ok());
        QVERIFY(everyBodyOnce(test::bodiesStartingWith((*hub)->database(), "burst-")));
    }
    QTRY_VERIFY_WITH_TIMEOUT(everyBodyOnce(test::deskBodiesStartingWith(a.cache(), "burst-")),
                             kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(everyBodyOnce(test::deskBodiesStartingWith(b.cache(), "burst-")),
                             kWaitMs);

    // Both desks converge: each holds its scope as the hub has it, and the two threads they
    // both wrote to are the same on both.
    const ScopeContent hubA = hubScope(m_anna);
    const ScopeContent hubB = hubScope(m_teammate);
    QTRY_VERIFY_WITH_TIMEOUT(test::deskContent(a.cache()) == hubA, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(test::deskContent(b.cache()) == hubB, kWaitMs);
    for (const domain::Id& conversation : m_shared)
        QCOMPARE(threadIds(a.cache(), conversation), threadIds(b.cache(), conversation));
    QCOMPARE(a.drops(), 1);
    QCOMPARE(b.drops(), 1);
}

QTEST_GUILESS_MAIN(TstHubCrash)
#include "tst_hubcrash.moc"
