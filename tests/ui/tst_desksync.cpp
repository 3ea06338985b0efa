// DeskSync as the desk's GUI thread sees it, against a hub service on loopback: signing in
// brings the desk online with its inbox, a reply is shown at once and confirmed, and a wrong
// password is reported so the login dialog can ask again.

#include "hub/AgentAccounts.h"
#include "hub/HubDemoSink.h"
#include "hub/HubService.h"
#include "net/Server.h"
#include "session/DeskSync.h"
#include "shell/HubAddress.h"
#include "store/CacheReader.h"
#include "store/Database.h"
#include "store/HubStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;
using ui::DeskSync;
using ui::SyncStatus;

class TstDeskSync : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void signsInAndGoesOnline();
    void replyIsShownAtOnceThenConfirmed();
    void wrongPasswordIsReported();
    void replyOutsideTheTeamIsRefusedAndUndone();

private:
    ui::HubAddress hub() const { return {QStringLiteral("127.0.0.1"), m_server->port()}; }

    QTemporaryDir m_dir;
    std::unique_ptr<hub::HubService> m_service;
    std::unique_ptr<net::Server> m_server;
    std::unique_ptr<DeskSync> m_desk;
};

void TstDeskSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const std::string file = m_dir.filePath("hub.db").toStdString();
    {
        auto store = store::HubStore::open(file);
        QVERIFY(store.ok());
        demo::DemoOptions options;
        options.targetMessages = 2000;
        options.now = domain::fromEpochMs(1'795'000'000'000);
        QVERIFY(hub::seedDemo(**store, options).ok());
        QVERIFY(hub::AgentAccounts(**store).passwd("anna.kowalska", "demo").ok());
    }
    hub::HubServiceOptions options;
    options.database = file;
    options.failedLoginDelay = std::chrono::milliseconds(100);
    auto service = hub::HubService::create(options);
    QVERIFY(service.ok());
    m_service = std::move(service).value();
    m_server = std::make_unique<net::Server>(*m_service);
    QVERIFY(m_server->listen("127.0.0.1", 0));
}

void TstDeskSync::cleanupTestCase()
{
    m_desk.reset();
    m_server->stop();
    m_service->stop();
}

void TstDeskSync::signsInAndGoesOnline()
{
    m_desk = std::make_unique<DeskSync>(m_dir.filePath("desk.db").toStdString(), hub());
    QSignalSpy signedIn(m_desk.get(), &DeskSync::signedIn);
    QSignalSpy replaced(m_desk.get(), &DeskSync::replicaReplaced);
    QCOMPARE(m_desk->status().link, SyncStatus::Link::Offline);
    QCOMPARE(m_desk->status().hub, hub().toString());
    m_desk->start({}, QStringLiteral("anna.kowalska"), QStringLiteral("demo"), {});
    QTRY_VERIFY_WITH_TIMEOUT(m_desk->status().link == SyncStatus::Link::Online, 20'000);
    QCOMPARE(signedIn.count(), 1);
    QVERIFY(!signedIn.at(0).at(0).toString().isEmpty()); // the token to keep
    QCOMPARE(replaced.count(), 1);
}

void TstDeskSync::replyIsShownAtOnceThenConfirmed()
{
    QVERIFY(m_desk);
    auto cache = store::Database::open(m_dir.filePath("desk.db").toStdString(),
                                       store::OpenMode::ExistingOnly);
    QVERIFY(cache.ok());
    store::CacheReader reader(**cache);
    // One of Anna's teams' conversations: other teams' (seen in customers' histories) are
    // read-only, and the hub would refuse the reply.
    const auto anna = reader.agentByLogin("anna.kowalska");
    QVERIFY(anna.ok());
    store::InboxQuery mine;
    mine.view = store::InboxView::MyTeams;
    mine.agentId = anna->id;
    mine.teamIds = anna->teamIds;
    const auto page = reader.inboxPage(mine, nullptr, 1);
    QVERIFY(page.ok() && !page->empty());
    const QString conversation = QString::fromStdString(page->front().conversationId);

    QSignalSpy changed(m_desk.get(), &DeskSync::conversationsChanged);
    QSignalSpy refused(m_desk.get(), &DeskSync::writeRefused);
    m_desk->reply(conversation, QStringLiteral("Paczka wyszła dziś rano."));
    QTRY_VERIFY(!changed.isEmpty());
    QVERIFY(changed.at(0).at(0).toStringList().contains(conversation));
    const auto thread = reader.messages(conversation.toStdString());
    QVERIFY(thread.ok());
    QCOMPARE(thread->back().body, std::string("Paczka wyszła dziś rano."));
    QTRY_COMPARE(m_desk->status().pendingWrites, 0);
    QCOMPARE(refused.count(), 0);
}

void TstDeskSync::wrongPasswordIsReported()
{
    DeskSync other(m_dir.filePath("other.db").toStdString(), hub());
    QSignalSpy refused(&other, &DeskSync::signInRefused);
    other.start({}, QStringLiteral("anna.kowalska"), QStringLiteral("wrong"), {});
    QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 10'000);
    QCOMPARE(refused.at(0).at(0).toString(), QStringLiteral("bad_credentials"));
    QVERIFY(other.status().link != SyncStatus::Link::Online);
}

// A conversation Anna sees only in a customer's history belongs to another team: the reply
// shows at once, the hub refuses it, and the desk takes it back out.
void TstDeskSync::replyOutsideTheTeamIsRefusedAndUndone()
{
    QVERIFY(m_desk);
    auto cache = store::Database::open(m_dir.filePath("desk.db").toStdString(),
                                       store::OpenMode::ExistingOnly);
    QVERIFY(cache.ok());
    store::CacheReader reader(**cache);
    const auto anna = reader.agentByLogin("anna.kowalska");
    QVERIFY(anna.ok());
    store::InboxQuery all;
    all.view = store::InboxView::All;
    const auto page = reader.inboxPage(all, nullptr, 1000);
    QVERIFY(page.ok());
    QString foreign;
    for (const auto& row : *page) {
        const auto c = reader.conversation(row.conversationId);
        if (c && std::find(anna->teamIds.begin(), anna->teamIds.end(), c->teamId)
                     == anna->teamIds.end()) {
            foreign = QString::fromStdString(row.conversationId);
            break;
        }
    }
    if (foreign.isEmpty())
        QSKIP("the demo gave Anna no other team's history to try");
    const auto before = reader.messages(foreign.toStdString())->size();
    QSignalSpy refused(m_desk.get(), &DeskSync::writeRefused);
    m_desk->reply(foreign, QStringLiteral("To nie moja sprawa"));
    QTRY_COMPARE(refused.count(), 1);
    QCOMPARE(refused.at(0).at(1).toString(), QStringLiteral("forbidden"));
    QCOMPARE(reader.messages(foreign.toStdString())->size(), before);
    QTRY_COMPARE(m_desk->status().pendingWrites, 0);
}

QTEST_GUILESS_MAIN(TstDeskSync)
#include "tst_desksync.moc"
