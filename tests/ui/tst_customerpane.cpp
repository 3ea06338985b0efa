// CustomerPane offscreen over a real in-memory cache: profile and every identity, the summary
// figures, the history newest first, and a click (or Enter) on a history row asking the shell
// to open that conversation.

#include "PaneTestCache.h"
#include "customer/CustomerHistoryModel.h"
#include "common/ElidedLabel.h"
#include "customer/CustomerPane.h"

#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QListView>
#include <QScrollArea>
#include <QtTest>

using namespace concord;
using concord::test::PaneTestCache;
using concord::ui::CustomerPane;

class TstCustomerPane : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startsWithEmptyState();
    void showsProfileAndEveryIdentity();
    void longIdentityGivesWayToPrimaryInANarrowPane();
    void showsSummaryFigures();
    void showsHistoryWithOpenConversationMarked();
    void clickingHistoryRowRequestsConversation();
    void enterOnHistoryRowRequestsConversation();
    void failedReadShowsErrorLine();

private:
    QString label(const QString& objectName) const;
    QListView* history() const;
    void showAnna();

    std::unique_ptr<PaneTestCache> m_cache;
    std::unique_ptr<CustomerPane> m_pane;
};

void TstCustomerPane::initTestCase()
{
    m_cache = test::buildPaneTestCache();
    QVERIFY(m_cache);
}

void TstCustomerPane::init()
{
    m_pane = std::make_unique<CustomerPane>(*m_cache->reader);
    m_pane->resize(360, 800); // about the share the main window gives it
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TstCustomerPane::cleanup()
{
    m_pane.reset();
}

QString TstCustomerPane::label(const QString& objectName) const
{
    const auto* found = m_pane->findChild<QLabel*>(objectName);
    return found ? found->text() : QStringLiteral("<no label %1>").arg(objectName);
}

QListView* TstCustomerPane::history() const
{
    return m_pane->findChild<QListView*>(QStringLiteral("historyView"));
}

void TstCustomerPane::showAnna()
{
    m_pane->showCustomer(PaneTestCache::q(m_cache->anna.id), PaneTestCache::q(m_cache->email.id));
}

void TstCustomerPane::startsWithEmptyState()
{
    auto* empty = m_pane->findChild<QLabel*>(QStringLiteral("emptyState"));
    QVERIFY(empty && empty->isVisible());
    QCOMPARE(empty->text(), QString("Select a conversation"));
    QVERIFY(!history()->isVisible());
    showAnna();
    QVERIFY(!empty->isVisible());
    m_pane->clear();
    QVERIFY(empty->isVisible());
}

void TstCustomerPane::showsProfileAndEveryIdentity()
{
    showAnna();
    QCOMPARE(label("customerName"), QString("Anna Nowak"));
    const QString facts = label("customerFacts");
    QVERIFY2(facts.contains("Ms"), qPrintable(facts));
    QVERIFY2(facts.contains(QStringLiteral("prefers Polish")), qPrintable(facts));
    QCOMPARE(label("customerNotes"), QString("Prefers a call after 16:00."));
    QStringList identities;
    for (const QLabel* value : m_pane->findChildren<QLabel*>(QStringLiteral("identityValue")))
        identities << value->text();
    identities.sort();
    QCOMPARE(identities, QStringList({"+48600100200", "anna.nowak.77", "anna.nowak@example.com"}));
    QCOMPARE(m_pane->findChildren<QLabel*>(QStringLiteral("identityPrimary")).size(), 1);

    // Another customer replaces the identities rather than adding to them.
    m_pane->showCustomer(PaneTestCache::q(m_cache->piotr.id), {});
    QCOMPARE(label("customerName"), QString("Piotr Wiśniewski"));
    QVERIFY(m_pane->findChildren<QLabel*>(QStringLiteral("identityValue")).isEmpty());
}

// Anna's e-mail is her primary identity. In a pane narrower than the address, the address
// gives way (elided, whole in its tooltip and on Copy) and "Primary" stays in view.
void TstCustomerPane::longIdentityGivesWayToPrimaryInANarrowPane()
{
    showAnna();
    m_pane->resize(230, 800);
    QCoreApplication::processEvents();
    const auto* area = m_pane->findChild<QScrollArea*>(QStringLiteral("customerDetails"));
    QVERIFY(area);
    const auto* primary = m_pane->findChild<QLabel*>(QStringLiteral("identityPrimary"));
    QVERIFY(primary && primary->isVisible());
    const QPoint primaryEnd = primary->mapTo(area->viewport(), QPoint(primary->width(), 0));
    QVERIFY2(primaryEnd.x() <= area->viewport()->width(),
             qPrintable(QString("\"Primary\" ends at %1 of %2")
                            .arg(primaryEnd.x())
                            .arg(area->viewport()->width())));
    const ui::ElidedLabel* email = nullptr;
    for (const auto* value : m_pane->findChildren<ui::ElidedLabel*>(QStringLiteral("identityValue")))
        if (value->fullText() == QStringLiteral("anna.nowak@example.com"))
            email = value;
    QVERIFY(email);
    QVERIFY2(email->isElided(), qPrintable(email->text()));
    QVERIFY(email->text().contains(QChar(0x2026))); // …
    QCOMPARE(email->toolTip(), QStringLiteral("anna.nowak@example.com"));
    QVERIFY(email->mapTo(area->viewport(), QPoint(email->width(), 0)).x()
            <= area->viewport()->width());

    m_pane->resize(600, 800); // room again: the whole address comes back
    QCoreApplication::processEvents();
    QVERIFY(!email->isElided());
}

void TstCustomerPane::showsSummaryFigures()
{
    showAnna();
    const QLocale locale;
    QCOMPARE(label("contacts_email"), locale.toString(1));
    QCOMPARE(label("contacts_voice"), locale.toString(1));
    QCOMPARE(label("contacts_visit"), locale.toString(1));
    QCOMPARE(label("contacts_chat"), locale.toString(1));
    QCOMPARE(label("contacts_sms"), locale.toString(0));
    QCOMPARE(label("summaryConversations"), locale.toString(4));
    QCOMPARE(label("summaryOpen"), locale.toString(2)); // open e-mail, pending chat
    const QString csat = label("summaryCsat");
    QVERIFY2(csat.contains(locale.toString(4.5, 'f', 1)), qPrintable(csat)); // (4 + 5) / 2
    QVERIFY2(label("summaryCsatAnswers").contains(locale.toString(2)),
             qPrintable(label("summaryCsatAnswers")));
    QVERIFY(!label("summaryLastContact").isEmpty());
    QVERIFY(!m_pane->findChild<QLabel*>(QStringLiteral("contacts_sms"))->isEnabled());
    // The figures are in view without scrolling, not hidden under the history.
    const auto* area = m_pane->findChild<QScrollArea*>(QStringLiteral("customerDetails"));
    const auto* csatLabel = m_pane->findChild<QLabel*>(QStringLiteral("summaryCsat"));
    QVERIFY(area && csatLabel);
    const QRect inArea(csatLabel->mapTo(area->viewport(), QPoint(0, 0)), csatLabel->size());
    QVERIFY2(area->viewport()->rect().contains(inArea),
             qPrintable(QStringLiteral("figure at %1, details %2 high")
                            .arg(inArea.bottom())
                            .arg(area->viewport()->height())));
}

void TstCustomerPane::showsHistoryWithOpenConversationMarked()
{
    showAnna();
    QListView* view = history();
    QVERIFY(view->isVisible());
    QCOMPARE(view->model()->rowCount(), 4);
    QCOMPARE(view->model()->index(0, 0).data(ui::CustomerHistoryModel::ConversationIdRole),
             QVariant(PaneTestCache::q(m_cache->email.id)));
    QVERIFY(view->model()->index(0, 0).data(ui::CustomerHistoryModel::IsCurrentRole).toBool());
    QVERIFY(label("historyCount").contains(QLocale().toString(4)));
}

void TstCustomerPane::clickingHistoryRowRequestsConversation()
{
    showAnna();
    QListView* view = history();
    QSignalSpy requested(m_pane.get(), &CustomerPane::conversationRequested);
    const QModelIndex visit = view->model()->index(3, 0);
    view->scrollTo(visit);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(visit).center());
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toString(), PaneTestCache::q(m_cache->visit.id));
    QVERIFY(visit.data(ui::CustomerHistoryModel::IsCurrentRole).toBool());
}

void TstCustomerPane::enterOnHistoryRowRequestsConversation()
{
    showAnna();
    QListView* view = history();
    QSignalSpy requested(m_pane.get(), &CustomerPane::conversationRequested);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(1, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toString(), PaneTestCache::q(m_cache->call.id));
}

void TstCustomerPane::failedReadShowsErrorLine()
{
    m_pane->showCustomer(QStringLiteral("00000000-0000-4000-8000-000000000000"), {});
    auto* error = m_pane->findChild<QLabel*>(QStringLiteral("errorLine"));
    QVERIFY(error && error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(m_pane->customerId().isEmpty());
    showAnna();
    QVERIFY(!error->isVisible());
}

QTEST_MAIN(TstCustomerPane)
#include "tst_customerpane.moc"
