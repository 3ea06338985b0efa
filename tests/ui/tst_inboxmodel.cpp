// The inbox model over a real (in-memory) cache: order, paging, filters, search, SLA badges
// and live row refreshes, all under QAbstractItemModelTester.

#include "InboxTestCache.h"
#include "common/Colors.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxRowOrder.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QtTest>

using namespace concord;
using namespace concord::ui;
using concord::test::InboxTestCache;
using store::InboxQuery;
using store::InboxSort;
using store::InboxView;

class TestInboxModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void firstPageIsNewestActivityFirst();
    void fetchMoreBringsNextPageWithoutDuplicates();
    void sortOrders_data();
    void sortOrders();
    void viewsNarrowRows_data();
    void viewsNarrowRows();
    void viewCountsMatchRows();
    void channelStatusAndPriorityFilters();
    void searchFoldsPolish();
    void searchWithNoMatchIsEmpty();
    void slaBadges();
    void refreshMovesChangedRowToTop();
    void refreshDropsRowLeavingFilter();
    void refreshUpdatesRowInPlace();
    void customRolesExposeIds();

private:
    InboxQuery query(InboxView view = InboxView::All) const;
    void fetchAll();
    QStringList loadedIds() const;
    int indexOfConversation(const QString& id) const;

    std::unique_ptr<InboxTestCache> m_cache;
    std::unique_ptr<InboxModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

InboxQuery TestInboxModel::query(InboxView view) const
{
    InboxQuery q;
    q.view = view;
    q.agentId = m_cache->me.id;
    q.teamIds = m_cache->me.teamIds;
    return q;
}

void TestInboxModel::fetchAll()
{
    int guard = 0;
    while (m_model->canFetchMore({}) && guard++ < 100)
        m_model->fetchMore({});
    QVERIFY(!m_model->canFetchMore({}));
}

QStringList TestInboxModel::loadedIds() const
{
    QStringList ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids << m_model->index(row, 0).data(InboxModel::ConversationIdRole).toString();
    return ids;
}

int TestInboxModel::indexOfConversation(const QString& id) const
{
    for (size_t i = 0; i < m_cache->conversations.size(); ++i)
        if (QString::fromStdString(m_cache->conversations[i].id) == id)
            return static_cast<int>(i);
    return -1;
}

void TestInboxModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

// A fresh cache per test: the refresh tests write to it.
void TestInboxModel::init()
{
    m_tester.reset();
    m_model.reset();
    m_cache = test::buildInboxTestCache();
    QVERIFY(m_cache);
    m_model = std::make_unique<InboxModel>(*m_cache->reader);
    m_model->setNow(m_cache->nowDateTime());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestInboxModel::firstPageIsNewestActivityFirst()
{
    m_model->setQuery(query());
    QCOMPARE(m_model->rowCount(), InboxModel::kDefaultPageSize);
    QVERIFY(m_model->canFetchMore({}));
    QVERIFY(m_model->errorText().isEmpty());
    const QStringList ids = loadedIds();
    for (int row = 0; row < ids.size(); ++row)
        QCOMPARE(indexOfConversation(ids[row]), row);
}

void TestInboxModel::fetchMoreBringsNextPageWithoutDuplicates()
{
    m_model->setQuery(query());
    m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), 2 * InboxModel::kDefaultPageSize);
    QCOMPARE(indexOfConversation(loadedIds().at(InboxModel::kDefaultPageSize)),
             InboxModel::kDefaultPageSize);
    fetchAll();
    const QStringList ids = loadedIds();
    QCOMPARE(ids.size(), InboxTestCache::kConversations);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), InboxTestCache::kConversations);
}

void TestInboxModel::sortOrders_data()
{
    QTest::addColumn<InboxSort>("sort");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("activity") << InboxSort::LastActivity << 100;
    QTest::newRow("sla") << InboxSort::SlaDue << 100;
    QTest::newRow("priority") << InboxSort::Priority << 100;
    // Small pages put page edges inside runs of equal keys: the tie-breaks must hold.
    QTest::newRow("sla, pages of 7") << InboxSort::SlaDue << 7;
    QTest::newRow("priority, pages of 7") << InboxSort::Priority << 7;
}

// The GUI's idea of the order (used to place refreshed rows) must be the cache's.
void TestInboxModel::sortOrders()
{
    QFETCH(InboxSort, sort);
    QFETCH(int, pageSize);
    InboxQuery q = query();
    q.sort = sort;
    m_model->setPageSize(pageSize);
    m_model->setQuery(q);
    fetchAll();
    QCOMPARE(m_model->rowCount(), InboxTestCache::kConversations);
    for (int row = 1; row < m_model->rowCount(); ++row) {
        const auto& previous = m_model->rowAt(row - 1);
        const auto& current = m_model->rowAt(row);
        if (!inboxRowBefore(previous, current, sort))
            QFAIL(qPrintable(QStringLiteral("rows %1 and %2 out of order").arg(row - 1).arg(row)));
    }
    const auto& first = m_model->rowAt(0);
    const auto& last = m_model->rowAt(m_model->rowCount() - 1);
    if (sort == InboxSort::SlaDue) {
        QVERIFY(first.slaDue.has_value());
        QVERIFY(!last.slaDue.has_value()); // no SLA: last
    }
    if (sort == InboxSort::Priority) {
        QCOMPARE(first.priority, domain::Priority::Urgent);
        QCOMPARE(last.priority, domain::Priority::Low);
    }
}

void TestInboxModel::viewsNarrowRows_data()
{
    QTest::addColumn<InboxView>("view");
    QTest::newRow("mine") << InboxView::Mine;
    QTest::newRow("unassigned") << InboxView::Unassigned;
    QTest::newRow("my teams") << InboxView::MyTeams;
    QTest::newRow("all") << InboxView::All;
}

void TestInboxModel::viewsNarrowRows()
{
    QFETCH(InboxView, view);
    const InboxQuery q = query(view);
    m_model->setQuery(q);
    fetchAll();
    const int expected = m_cache->count([&](const domain::Conversation& c) {
        store::InboxRow row;
        row.assigneeId = c.assigneeId;
        row.teamId = c.teamId;
        row.channel = c.channel;
        row.status = c.status;
        row.priority = c.priority;
        return inboxRowMatches(row, q);
    });
    QVERIFY(expected > 0);
    QCOMPARE(m_model->rowCount(), expected);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QVERIFY(inboxRowMatches(m_model->rowAt(row), q));
}

void TestInboxModel::viewCountsMatchRows()
{
    auto counts = m_cache->reader->viewCounts(query());
    QVERIFY(counts.ok());
    const std::pair<InboxView, std::int64_t> expected[] = {{InboxView::Mine, counts->mine},
                                                           {InboxView::Unassigned,
                                                            counts->unassigned},
                                                           {InboxView::MyTeams, counts->myTeams},
                                                           {InboxView::All, counts->all}};
    for (const auto& [view, count] : expected) {
        m_model->setQuery(query(view));
        fetchAll();
        QCOMPARE(m_model->rowCount(), static_cast<int>(count));
    }
    QCOMPARE(counts->all, std::int64_t{InboxTestCache::kConversations});
}

void TestInboxModel::channelStatusAndPriorityFilters()
{
    InboxQuery q = query();
    q.channels = domain::channelBit(domain::Channel::Email)
                 | domain::channelBit(domain::Channel::Voice);
    m_model->setQuery(q);
    fetchAll();
    QCOMPARE(m_model->rowCount(), m_cache->count([](const domain::Conversation& c) {
        return c.channel == domain::Channel::Email || c.channel == domain::Channel::Voice;
    }));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const int channel = m_model->index(row, 0).data(InboxModel::ChannelRole).toInt();
        QVERIFY(channel == int(domain::Channel::Email) || channel == int(domain::Channel::Voice));
    }

    q.statuses = store::statusBit(domain::Status::Open);
    q.priorities = store::priorityBit(domain::Priority::Urgent);
    m_model->setQuery(q);
    fetchAll();
    const int expected = m_cache->count([](const domain::Conversation& c) {
        return (c.channel == domain::Channel::Email || c.channel == domain::Channel::Voice)
               && c.status == domain::Status::Open && c.priority == domain::Priority::Urgent;
    });
    QVERIFY(expected > 0);
    QCOMPARE(m_model->rowCount(), expected);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QCOMPARE(m_model->index(row, InboxModel::StatusColumn).data().toString(),
                 QStringLiteral("Open"));
        QCOMPARE(m_model->index(row, InboxModel::PriorityColumn).data().toString(),
                 QStringLiteral("Urgent"));
    }
}

void TestInboxModel::searchFoldsPolish()
{
    InboxQuery q = query();
    q.search = "zlozyc";
    m_model->setQuery(q);
    fetchAll();
    QCOMPARE(m_model->rowCount(), 1);
    const QString expected = QString::fromStdString(
        m_cache->conversations[InboxTestCache::kPolishConversation].id);
    QCOMPARE(m_model->index(0, 0).data(InboxModel::ConversationIdRole).toString(), expected);
    QCOMPARE(m_model->index(0, InboxModel::CustomerColumn).data().toString(),
             QStringLiteral("Zofia Wójcik"));

    q.search = "WÓJC"; // a customer's name, prefix, any case and accent
    m_model->setQuery(q);
    QCOMPARE(m_model->rowCount(), 1);
}

void TestInboxModel::searchWithNoMatchIsEmpty()
{
    InboxQuery q = query();
    q.search = "\"NEAR(* zzzqqq";
    m_model->setQuery(q);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->canFetchMore({}));
    QVERIFY(m_model->errorText().isEmpty());
}

void TestInboxModel::slaBadges()
{
    m_model->setQuery(query());
    fetchAll();
    int breached = 0, dueSoon = 0, none = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex sla = m_model->index(row, InboxModel::SlaColumn);
        const auto state = static_cast<SlaState>(sla.data(InboxModel::SlaStateRole).toInt());
        const domain::Conversation& c =
            m_cache->conversations[static_cast<size_t>(
                indexOfConversation(sla.data(InboxModel::ConversationIdRole).toString()))];
        const qint64 minutesLeft =
            c.slaDue ? std::chrono::duration_cast<std::chrono::minutes>(*c.slaDue - m_cache->now)
                           .count()
                     : 0;
        if (!c.slaDue || !domain::isActive(c.status)) {
            QCOMPARE(state, SlaState::None);
            QVERIFY(sla.data().toString().isEmpty());
            ++none;
        } else if (minutesLeft < 0) {
            QCOMPARE(state, SlaState::Breached);
            QVERIFY(sla.data().toString().startsWith(QStringLiteral("breached")));
            ++breached;
        } else if (minutesLeft <= 60) {
            QCOMPARE(state, SlaState::DueSoon);
            const QString expected = minutesLeft == 0    ? QStringLiteral("due in <1 min")
                                     : minutesLeft == 60 ? QStringLiteral("due in 1 h")
                                                         : QStringLiteral("due in %1 min")
                                                               .arg(minutesLeft);
            QCOMPARE(sla.data().toString(), expected);
            ++dueSoon;
        } else {
            QCOMPARE(state, SlaState::Ok);
        }
    }
    QVERIFY(breached > 0);
    QVERIFY(dueSoon > 0);
    QVERIFY(none > 0);

    // Time passes: a row due in 10 minutes is breached 20 minutes later.
    int row = -1;
    for (int r = 0; r < m_model->rowCount() && row < 0; ++r) {
        const auto& c = m_model->rowAt(r);
        if (domain::isActive(c.status) && c.slaDue
            && *c.slaDue == m_cache->now + std::chrono::minutes(10))
            row = r;
    }
    QVERIFY(row >= 0);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setNow(m_cache->nowDateTime().addSecs(20 * 60));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->index(row, InboxModel::SlaColumn).data().toString(),
             QStringLiteral("breached 10 min ago"));
}

void TestInboxModel::refreshMovesChangedRowToTop()
{
    m_model->setQuery(query());
    domain::Conversation c = m_cache->conversations[42];
    const QString id = QString::fromStdString(c.id);
    QCOMPARE(m_model->rowOf(id), 42);
    const QPersistentModelIndex selected = m_model->index(42, 0);

    c.lastActivity = m_cache->now; // a new message just came in
    QVERIFY(m_cache->update(c));
    m_model->refreshRow(id);

    QCOMPARE(m_model->rowOf(id), 0);
    QCOMPARE(selected.row(), 0); // the selection follows the conversation
    QCOMPARE(m_model->rowCount(), InboxModel::kDefaultPageSize);
    fetchAll();
    const QStringList ids = loadedIds();
    QCOMPARE(ids.size(), InboxTestCache::kConversations);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), InboxTestCache::kConversations);
}

void TestInboxModel::refreshDropsRowLeavingFilter()
{
    InboxQuery q = query();
    q.statuses = store::statusBit(domain::Status::Open);
    m_model->setQuery(q);
    const int before = m_model->rowCount();
    QVERIFY(before > 2);
    const QString id = m_model->index(1, 0).data(InboxModel::ConversationIdRole).toString();
    domain::Conversation c = m_cache->conversations[static_cast<size_t>(indexOfConversation(id))];
    c.status = domain::Status::Resolved;
    QVERIFY(m_cache->update(c));
    m_model->refreshRow(id);
    QCOMPARE(m_model->rowCount(), before - 1);
    QCOMPARE(m_model->rowOf(id), -1);

    // And back: reopened, it returns to its place.
    c.status = domain::Status::Open;
    QVERIFY(m_cache->update(c));
    m_model->refreshRow(id);
    QCOMPARE(m_model->rowOf(id), 1);
}

void TestInboxModel::refreshUpdatesRowInPlace()
{
    m_model->setQuery(query());
    domain::Conversation c = m_cache->conversations[5];
    c.assigneeId = m_cache->colleague.id;
    c.priority = domain::Priority::Urgent;
    QVERIFY(m_cache->update(c));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->refreshRow(QString::fromStdString(c.id));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->rowOf(QString::fromStdString(c.id)), 5);
    QCOMPARE(m_model->index(5, InboxModel::AssigneeColumn).data().toString(),
             QStringLiteral("Piotr Nowak"));
    QCOMPARE(m_model->index(5, InboxModel::PriorityColumn).data().toString(),
             QStringLiteral("Urgent"));
}

void TestInboxModel::customRolesExposeIds()
{
    m_model->setQuery(query());
    const domain::Conversation& c = m_cache->conversations[3];
    const QModelIndex index = m_model->index(3, InboxModel::SubjectColumn);
    QCOMPARE(index.data(InboxModel::ConversationIdRole).toString(), QString::fromStdString(c.id));
    QCOMPARE(index.data(InboxModel::CustomerIdRole).toString(),
             QString::fromStdString(c.customerId));
    QCOMPARE(index.data().toString(), QStringLiteral("Order 3"));
    // A chat without a subject shows the start of its latest message instead.
    QCOMPARE(m_model->index(1, InboxModel::SubjectColumn).data().toString(),
             QStringLiteral("Question number 1"));
    const QIcon icon = m_model->index(0, InboxModel::ChannelColumn)
                           .data(Qt::DecorationRole)
                           .value<QIcon>();
    QVERIFY(!icon.isNull());
    QVERIFY(!icon.pixmap(16, 16).isNull());
}

QTEST_MAIN(TestInboxModel)
#include "tst_inboxmodel.moc"
