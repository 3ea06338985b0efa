// ConversationPane offscreen over a real in-memory cache: the empty state, the header and
// thread of an open conversation, an error line for a failed read, copying a message, and a
// 1,000-message thread that opens at its newest message.

#include "PaneTestCache.h"
#include "common/DomainText.h"
#include "conversation/ConversationPane.h"
#include "conversation/ThreadView.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QtTest>

using namespace concord;
using concord::test::PaneTestCache;
using concord::ui::ConversationPane;

class TstConversationPane : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startsWithEmptyState();
    void showsHeaderAndThread();
    void failedReadShowsErrorLine();
    void clearReturnsToEmptyState();
    void ctrlCCopiesCurrentMessage();
    void longThreadOpensAtNewestMessage();
    void benchmarkOpenLongThread();
    void refreshKeepsReadersPlace();
    void narrowerPaneReflowsBubbles();
    void wrappedSubjectPushesFieldsDown();

private:
    QString label(const char* objectName) const;
    ui::ThreadView* view() const;

    std::unique_ptr<PaneTestCache> m_cache;
    std::unique_ptr<ConversationPane> m_pane;
};

void TstConversationPane::initTestCase()
{
    m_cache = test::buildPaneTestCache();
    QVERIFY(m_cache);
}

void TstConversationPane::init()
{
    m_pane = std::make_unique<ConversationPane>(*m_cache->reader);
    m_pane->resize(720, 640);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TstConversationPane::cleanup()
{
    m_pane.reset();
}

QString TstConversationPane::label(const char* objectName) const
{
    const auto* found = m_pane->findChild<QLabel*>(QString::fromLatin1(objectName));
    return found ? found->text() : QStringLiteral("<no label %1>").arg(objectName);
}

ui::ThreadView* TstConversationPane::view() const
{
    return m_pane->findChild<ui::ThreadView*>(QStringLiteral("threadView"));
}

void TstConversationPane::startsWithEmptyState()
{
    auto* empty = m_pane->findChild<QLabel*>(QStringLiteral("emptyState"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QString("Select a conversation"));
    QVERIFY(!view()->isVisible());
}

void TstConversationPane::showsHeaderAndThread()
{
    m_pane->showConversation(PaneTestCache::q(m_cache->email.id));
    QCOMPARE(m_pane->conversationId(), PaneTestCache::q(m_cache->email.id));
    QVERIFY(view()->isVisible());
    QCOMPARE(label("headerSubject"), QString("Cracked kettle lid"));
    QCOMPARE(label("headerCustomer"), QString("Anna Nowak"));
    QCOMPARE(label("headerTeam"), QString("Complaints"));
    QCOMPARE(label("headerAssignee"), QString("Jan Kowalski"));
    QCOMPARE(label("headerStatus"), ui::DomainText::status(domain::Status::Open));
    QCOMPARE(label("headerPriority"), ui::DomainText::priority(domain::Priority::High));
    QCOMPARE(label("headerChannel"), ui::DomainText::channel(domain::Channel::Email));
    QVERIFY(!label("headerSla").isEmpty());
    QCOMPARE(view()->model()->rowCount(), 4);
}

void TstConversationPane::failedReadShowsErrorLine()
{
    m_pane->showConversation(QStringLiteral("00000000-0000-4000-8000-000000000000"));
    auto* error = m_pane->findChild<QLabel*>(QStringLiteral("errorLine"));
    QVERIFY(error);
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(m_pane->conversationId().isEmpty());
    // The pane recovers with the next conversation.
    m_pane->showConversation(PaneTestCache::q(m_cache->call.id));
    QVERIFY(!error->isVisible());
    QCOMPARE(view()->model()->rowCount(), 1);
}

void TstConversationPane::clearReturnsToEmptyState()
{
    m_pane->showConversation(PaneTestCache::q(m_cache->email.id));
    m_pane->clear();
    QVERIFY(m_pane->findChild<QLabel*>(QStringLiteral("emptyState"))->isVisible());
    QCOMPARE(view()->model()->rowCount(), 0);
    QVERIFY(m_pane->conversationId().isEmpty());
}

void TstConversationPane::ctrlCCopiesCurrentMessage()
{
    m_pane->showConversation(PaneTestCache::q(m_cache->email.id));
    QApplication::clipboard()->clear();
    m_pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    view()->setFocus();
    view()->setCurrentIndex(view()->model()->index(1, 0)); // the internal note
    QTest::keySequence(view(), QKeySequence::Copy);
    QTRY_VERIFY(QApplication::clipboard()->text().contains("Check the delivery note"));
}

void TstConversationPane::longThreadOpensAtNewestMessage()
{
    const QString id = PaneTestCache::q(m_cache->longChat.id);
    QElapsedTimer timer;
    timer.start();
    m_pane->showConversation(id); // read 1,000 messages, lay them all out, scroll to the end
    const qint64 elapsed = timer.elapsed();
    qInfo("opening a %d-message thread took %lld ms (target < 100 ms)",
          PaneTestCache::kLongThreadMessages, elapsed);

    QCOMPARE(view()->model()->rowCount(), PaneTestCache::kLongThreadMessages);
    const QScrollBar* bar = view()->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());
    const QRect viewport = view()->viewport()->rect();
    const QModelIndex newest = view()->model()->index(PaneTestCache::kLongThreadMessages - 1, 0);
    QVERIFY(viewport.intersects(view()->visualRect(newest)));
    QVERIFY(!viewport.intersects(view()->visualRect(view()->model()->index(0, 0))));
}

void TstConversationPane::benchmarkOpenLongThread()
{
    const QString id = PaneTestCache::q(m_cache->longChat.id);
    QBENCHMARK {
        m_pane->clear();
        m_pane->showConversation(id);
    }
    QCOMPARE(view()->model()->rowCount(), PaneTestCache::kLongThreadMessages);
}

void TstConversationPane::refreshKeepsReadersPlace()
{
    const QString id = PaneTestCache::q(m_cache->longChat.id);
    m_pane->showConversation(id);
    QScrollBar* bar = view()->verticalScrollBar();
    bar->setValue(bar->maximum() / 3);
    const int place = bar->value();
    m_pane->showConversation(id); // e.g. after the session reports a change
    QCOMPARE(bar->value(), place);
    // Another conversation opens at its newest message again.
    m_pane->showConversation(PaneTestCache::q(m_cache->email.id));
    QCOMPARE(bar->value(), bar->maximum());
}

void TstConversationPane::narrowerPaneReflowsBubbles()
{
    m_pane->showConversation(PaneTestCache::q(m_cache->longChat.id));
    const QModelIndex newest = view()->model()->index(PaneTestCache::kLongThreadMessages - 2, 0);
    const int wideHeight = view()->visualRect(newest).height();
    m_pane->resize(360, 640);
    QTRY_VERIFY(view()->visualRect(newest).height() > wideHeight);
    QTRY_COMPARE(view()->visualRect(newest).width(), view()->viewport()->width());
    // Still at the newest message after the reflow.
    QTRY_COMPARE(view()->verticalScrollBar()->value(), view()->verticalScrollBar()->maximum());
}

// A subject that wraps onto several lines must move the header's fields down, not under it.
void TstConversationPane::wrappedSubjectPushesFieldsDown()
{
    m_pane->resize(360, 640);
    m_pane->showConversation(PaneTestCache::q(m_cache->longChat.id));
    auto rectOf = [this](const char* objectName) {
        auto* widget = m_pane->findChild<QLabel*>(QString::fromLatin1(objectName));
        return widget ? QRect(widget->mapTo(m_pane.get(), QPoint()), widget->size()) : QRect();
    };
    auto* subject = m_pane->findChild<QLabel*>(QStringLiteral("headerSubject"));
    QVERIFY(subject);
    // Wrapped: taller than one line of its font.
    QTRY_VERIFY(subject->height() > QFontMetrics(subject->font()).height() * 3 / 2);
    QTRY_VERIFY(rectOf("headerCustomer").top() >= rectOf("headerSubject").bottom());
    QVERIFY(rectOf("headerCreated").top() >= rectOf("headerCustomer").bottom());
    QVERIFY(view()->geometry().top() >= rectOf("headerCreated").bottom());
}

QTEST_MAIN(TstConversationPane)
#include "tst_conversationpane.moc"
