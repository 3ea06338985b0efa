// concord-hub as a process, the way an operator runs it: seeded and served from the command
// line, stopped with SIGTERM (desks are told "going away", the process exits 0), and killed
// outright while a desk has written offline: after a restart the write arrives exactly once.

#include "DeskProbe.h"
#include "store/CacheReader.h"
#include "store/Database.h"
#include "store/HubStore.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;
using test::DeskProbe;

namespace {

constexpr int kStartMs = 30'000;

// A port nobody listens on now, so the hub can be restarted on the same one.
std::uint16_t freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

int countMessages(const std::string& hubDb, const domain::Id& id)
{
    auto store = store::HubStore::open(hubDb, store::OpenMode::ExistingOnly);
    return store && (*store)->message(id).ok() ? 1 : 0;
}

} // namespace

class TstHubProcess : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void sigtermStopsCleanly();
    void offlineWriteArrivesOnceAfterAKill();

private:
    // Starts `concord-hub serve` and waits until it says it is serving.
    bool serve(QProcess& hub, std::uint16_t port);
    std::string hubDb() const { return m_dir.filePath("hub.db").toStdString(); }

    QTemporaryDir m_dir;
};

void TstHubProcess::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QProcess seed;
    seed.start(QStringLiteral(CONCORD_HUB_BINARY),
               {"seed-demo", "--db", QString::fromStdString(hubDb()), "--messages", "2000"});
    QVERIFY(seed.waitForFinished(120'000));
    QCOMPARE(seed.exitCode(), 0);
    QVERIFY(seed.readAllStandardOutput().contains("anna.kowalska"));
}

bool TstHubProcess::serve(QProcess& hub, std::uint16_t port)
{
    hub.start(QStringLiteral(CONCORD_HUB_BINARY),
              {"serve", "--db", QString::fromStdString(hubDb()), "--listen",
               QStringLiteral("127.0.0.1:%1").arg(port)});
    if (!hub.waitForStarted())
        return false;
    QByteArray said;
    QDeadlineTimer deadline(kStartMs);
    while (!said.contains("/sync") && !deadline.hasExpired() && hub.state() == QProcess::Running)
        if (hub.waitForReadyRead(200))
            said += hub.readAllStandardOutput();
    return said.contains(QStringLiteral("127.0.0.1:%1/sync").arg(port).toUtf8());
}

void TstHubProcess::sigtermStopsCleanly()
{
    const std::uint16_t port = freePort();
    QProcess hub;
    QVERIFY(serve(hub, port));
    DeskProbe desk(m_dir.filePath("desk-term.db").toStdString(), port);
    desk.signIn("anna.kowalska", "demo");
    QTRY_VERIFY_WITH_TIMEOUT(desk.caughtUp() >= 1, kStartMs);

    hub.terminate(); // SIGTERM
    QVERIFY(hub.waitForFinished(10'000));
    QCOMPARE(hub.exitStatus(), QProcess::NormalExit);
    QCOMPARE(hub.exitCode(), 0);
    QVERIFY(hub.readAllStandardOutput().contains("stopped"));
    QTRY_VERIFY(!desk.online()); // told, and trying to come back
}

void TstHubProcess::offlineWriteArrivesOnceAfterAKill()
{
    const std::uint16_t port = freePort();
    auto hub = std::make_unique<QProcess>();
    QVERIFY(serve(*hub, port));
    DeskProbe desk(m_dir.filePath("desk-kill.db").toStdString(), port);
    desk.signIn("anna.kowalska", "demo");
    QTRY_VERIFY_WITH_TIMEOUT(desk.caughtUp() >= 1, kStartMs);

    hub->kill(); // SIGKILL: no goodbye, no finished writes
    QVERIFY(hub->waitForFinished(10'000));
    QTRY_VERIFY(!desk.online());

    // Written while the hub is gone: kept in the outbox, shown as pending.
    auto cache = store::Database::open(desk.cache(), store::OpenMode::ExistingOnly);
    QVERIFY(cache.ok());
    // One of Anna's teams' conversations: another team's, seen in a customer's history,
    // would rightly be refused.
    store::CacheReader reader(**cache);
    const auto anna = reader.agentByLogin("anna.kowalska");
    QVERIFY(anna.ok());
    store::InboxQuery ours;
    ours.view = store::InboxView::MyTeams;
    ours.agentId = anna->id;
    ours.teamIds = anna->teamIds;
    const auto page = reader.inboxPage(ours, nullptr, 1);
    QVERIFY(page.ok() && !page->empty());
    const domain::Id conversation = page->front().conversationId;
    const domain::Id note = domain::newUuid();
    desk.write(sync::Note{conversation, note, "Zapisane bez połączenia",
                          domain::fromEpochMs(1'795'000'000'000)});
    QTRY_COMPARE(desk.pendingWrites(), 1);
    QCOMPARE(countMessages(hubDb(), note), 0);

    hub = std::make_unique<QProcess>();
    QVERIFY(serve(*hub, port));
    QTRY_VERIFY_WITH_TIMEOUT(desk.online(), kStartMs);
    QTRY_COMPARE(desk.pendingWrites(), 0);
    QCOMPARE(countMessages(hubDb(), note), 1);
    const auto settled = desk.settled();
    QCOMPARE(std::count_if(settled.begin(), settled.end(),
                           [](const sync::MutationResult& r) { return r.ok; }),
             std::ptrdiff_t(1));
    hub->terminate();
    QVERIFY(hub->waitForFinished(10'000));
}

QTEST_GUILESS_MAIN(TstHubProcess)
#include "tst_hubprocess.moc"
