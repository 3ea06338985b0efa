// The inbox pane as an agent uses it: view tabs with counts, debounced search, filters that
// keep the selection, keyboard moves, and the empty state.

#include "InboxTestCache.h"
#include "inbox/ChannelFilter.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxPane.h"
#include "inbox/InboxViewTabs.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStackedWidget>
#include <QToolButton>
#include <QtTest>

using namespace concord;
using namespace concord::ui;
using concord::test::InboxTestCache;
using store::InboxView;

class TestInboxPane : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tabsShowCounts();
    void setViewChangesRowsAndSignals();
    void searchIsDebouncedAndFolded();
    void keyboardMovesActivateConversations();
    void filterKeepsSelection();
    void emptyStateWhenNothingMatches();
    void refreshRowFollowsTheCache();

private:
    QLineEdit* search() const { return m_pane->findChild<QLineEdit*>("inboxSearch"); }
    QListView* list() const { return m_pane->findChild<QListView*>("inboxList"); }
    InboxViewTabs* tabs() const { return m_pane->findChild<InboxViewTabs*>("inboxViews"); }
    bool showsEmptyState() const;

    std::unique_ptr<InboxTestCache> m_cache;
    std::unique_ptr<InboxPane> m_pane;
};

void TestInboxPane::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestInboxPane::init()
{
    m_cache = test::buildInboxTestCache();
    QVERIFY(m_cache);
    m_pane = std::make_unique<InboxPane>(*m_cache->reader, m_cache->me);
    m_pane->resize(560, 700);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestInboxPane::cleanup()
{
    m_pane.reset();
    m_cache.reset();
}

bool TestInboxPane::showsEmptyState() const
{
    const auto* empty = m_pane->findChild<QWidget*>("inboxEmptyState");
    return empty && empty->isVisible() && !list()->isVisible();
}

void TestInboxPane::tabsShowCounts()
{
    auto counts = m_cache->reader->viewCounts(m_pane->query());
    QVERIFY(counts.ok());
    QCOMPARE(tabs()->tabText(int(InboxView::Mine)), QStringLiteral("Mine %1").arg(counts->mine));
    QCOMPARE(tabs()->tabText(int(InboxView::All)), QStringLiteral("All 250"));
    QCOMPARE(m_pane->currentView(), InboxView::Mine);
    QCOMPARE(list()->model()->rowCount(), int(counts->mine) > 100 ? 100 : int(counts->mine));
}

void TestInboxPane::setViewChangesRowsAndSignals()
{
    QSignalSpy viewChanged(m_pane.get(), &InboxPane::viewChanged);
    m_pane->setView(InboxView::Unassigned);
    QCOMPARE(viewChanged.count(), 1);
    QCOMPARE(viewChanged.at(0).at(0).value<InboxView>(), InboxView::Unassigned);
    QCOMPARE(tabs()->currentIndex(), int(InboxView::Unassigned));
    for (int row = 0; row < m_pane->model()->rowCount(); ++row)
        QVERIFY(m_pane->model()->rowAt(row).assigneeId.empty());

    tabs()->setCurrentIndex(int(InboxView::All)); // a click on the tab
    QCOMPARE(viewChanged.count(), 2);
    QCOMPARE(m_pane->currentView(), InboxView::All);
}

void TestInboxPane::searchIsDebouncedAndFolded()
{
    m_pane->setView(InboxView::All);
    QTest::keyClicks(search(), QStringLiteral("zlozyc"));
    // Not on every key: the list waits for the typing to pause.
    QCOMPARE(m_pane->model()->rowCount(), 100);
    QTRY_COMPARE(m_pane->model()->rowCount(), 1);
    QCOMPARE(m_pane->model()->index(0, InboxModel::CustomerColumn).data().toString(),
             QStringLiteral("Zofia Wójcik"));
    QCOMPARE(tabs()->tabText(int(InboxView::All)), QStringLiteral("All 1"));

    QTest::keyClick(search(), Qt::Key_Escape); // clears
    QTRY_COMPARE(m_pane->model()->rowCount(), 100);
}

void TestInboxPane::keyboardMovesActivateConversations()
{
    m_pane->setView(InboxView::All);
    QSignalSpy activated(m_pane.get(), &InboxPane::conversationActivated);
    m_pane->selectNext();
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(),
             QString::fromStdString(m_cache->conversations[0].id));
    QCOMPARE(activated.at(0).at(1).toString(),
             QString::fromStdString(m_cache->conversations[0].customerId));
    m_pane->selectNext();
    QCOMPARE(activated.last().at(0).toString(),
             QString::fromStdString(m_cache->conversations[1].id));
    m_pane->selectPrevious();
    QCOMPARE(activated.last().at(0).toString(),
             QString::fromStdString(m_cache->conversations[0].id));

    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_Down);
    QCOMPARE(activated.count(), 4);
    QCOMPARE(m_pane->currentConversationId(),
             QString::fromStdString(m_cache->conversations[1].id));

    // Walking past the loaded page pulls in the next one.
    for (int i = 0; i < 120; ++i)
        m_pane->selectNext();
    QCOMPARE(m_pane->currentConversationId(),
             QString::fromStdString(m_cache->conversations[121].id));

    m_pane->focusSearch();
    QVERIFY(search()->hasFocus());
}

void TestInboxPane::filterKeepsSelection()
{
    m_pane->setView(InboxView::All);
    // Conversation 6 is an e-mail (channels rotate from e-mail).
    const QString id = QString::fromStdString(m_cache->conversations[6].id);
    for (int i = 0; i < 7; ++i)
        m_pane->selectNext();
    QCOMPARE(m_pane->currentConversationId(), id);

    QSignalSpy activated(m_pane.get(), &InboxPane::conversationActivated);
    auto* channels = m_pane->findChild<ChannelFilter*>("inboxChannels");
    channels->button(domain::Channel::Email)->click();
    QCOMPARE(m_pane->query().channels, domain::channelBit(domain::Channel::Email));
    QCOMPARE(list()->currentIndex().data(InboxModel::ConversationIdRole).toString(), id);
    QCOMPARE(list()->currentIndex().row(), 1);
    QCOMPARE(activated.count(), 0); // same conversation: the shell need not reload it
    for (int row = 0; row < m_pane->model()->rowCount(); ++row)
        QCOMPARE(m_pane->model()->rowAt(row).channel, domain::Channel::Email);

    channels->button(domain::Channel::Voice)->click(); // several at once
    QCOMPARE(m_pane->query().channels, domain::channelBit(domain::Channel::Email)
                                           | domain::channelBit(domain::Channel::Voice));
}

void TestInboxPane::emptyStateWhenNothingMatches()
{
    QVERIFY(!showsEmptyState());
    search()->setText(QStringLiteral("nothingmatchesthis"));
    QTRY_VERIFY(showsEmptyState());
    const auto* title = m_pane->findChild<QLabel*>("inboxEmptyTitle");
    QCOMPARE(title->text(), QStringLiteral("No results"));
    m_pane->clearFilters();
    QVERIFY(!showsEmptyState());
    QVERIFY(search()->text().isEmpty());
}

void TestInboxPane::refreshRowFollowsTheCache()
{
    m_pane->setView(InboxView::Mine);
    auto before = m_cache->reader->viewCounts(m_pane->query());
    QVERIFY(before.ok());
    // Conversation 1 is the colleague's; it is handed to me.
    domain::Conversation c = m_cache->conversations[1];
    c.assigneeId = m_cache->me.id;
    QVERIFY(m_cache->update(c));
    m_pane->refreshRow(QString::fromStdString(c.id));
    QCOMPARE(m_pane->model()->rowOf(QString::fromStdString(c.id)), 1);
    QTRY_COMPARE(tabs()->tabText(int(InboxView::Mine)),
                 QStringLiteral("Mine %1").arg(before->mine + 1));
}

QTEST_MAIN(TestInboxPane)
#include "tst_inboxpane.moc"
