// The desk as an agent meets it: the main window opens on a generated demo cache, picking a
// conversation shows its thread and the customer's whole history, a history row opens that
// conversation, the last view survives a restart, shortcuts are listed, Polish is spoken.

#include "conversation/ConversationPane.h"
#include "customer/CustomerPane.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxPane.h"
#include "session/DeskSession.h"
#include "shell/MainWindow.h"
#include "shell/ShortcutsDialog.h"
#include "store/CacheReader.h"

#include <QAbstractItemView>
#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <set>

using namespace concord;
using concord::ui::MainWindow;

class MainWindowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void pickingAConversationShowsThreadAndHistory();
    void historyRowOpensThatConversation();
    void lastViewSurvivesARestart();
    void shortcutsDialogListsEveryShortcut();
    void speaksPolish();

private:
    QString selectNextInInbox(MainWindow& window);
    QAbstractItemView* view(QWidget* pane, const char* name);

    QTemporaryDir m_dir;
    std::unique_ptr<ui::DeskSession> m_session;
};

void MainWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ConcordTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    const auto file = std::filesystem::path(m_dir.filePath("desk.sqlite").toStdString());
    auto session = ui::DeskSession::open(file);
    QVERIFY2(session.ok(), session.ok() ? "" : session.error().detail.c_str());
    m_session = std::move(*session);
    QCOMPARE(QString::fromStdString(m_session->agent().login), QStringLiteral("anna.kowalska"));
}

QAbstractItemView* MainWindowTest::view(QWidget* pane, const char* name)
{
    return pane->findChild<QAbstractItemView*>(QLatin1String(name));
}

QString MainWindowTest::selectNextInInbox(MainWindow& window)
{
    window.inboxPane()->selectNext();
    return window.inboxPane()->currentConversationId();
}

void MainWindowTest::pickingAConversationShowsThreadAndHistory()
{
    MainWindow window(*m_session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.inboxPane()->setView(store::InboxView::All);
    QTRY_VERIFY(window.inboxPane()->model()->rowCount() > 0);

    const QString id = selectNextInInbox(window);
    QVERIFY(!id.isEmpty());
    QCOMPARE(window.conversationPane()->conversationId(), id);

    store::CacheReader& reader = m_session->reader();
    auto conversation = reader.conversation(id.toStdString());
    QVERIFY(conversation.ok());
    auto messages = reader.messages(id.toStdString());
    QVERIFY(messages.ok());
    QAbstractItemView* thread = view(window.conversationPane(), "threadView");
    QVERIFY(thread);
    QCOMPARE(thread->model()->rowCount(), int(messages->size()));
    auto* subject = window.conversationPane()->findChild<QLabel*>(QStringLiteral("headerSubject"));
    QVERIFY(subject);
    QCOMPARE(subject->text(), QString::fromStdString(conversation->subject));

    const QString customerId = QString::fromStdString(conversation->customerId);
    QCOMPARE(window.customerPane()->customerId(), customerId);
    auto history = reader.customerHistory(conversation->customerId);
    QVERIFY(history.ok());
    QAbstractItemView* historyView = view(window.customerPane(), "historyView");
    QVERIFY(historyView);
    QCOMPARE(historyView->model()->rowCount(), int(history->size()));
    auto customer = reader.customer(conversation->customerId);
    auto* name = window.customerPane()->findChild<QLabel*>(QStringLiteral("customerName"));
    QVERIFY(name);
    QVERIFY(name->text().contains(QString::fromStdString(customer->displayName)));

    // The next conversation replaces both panes.
    const QString second = selectNextInInbox(window);
    QVERIFY(second != id);
    QCOMPARE(window.conversationPane()->conversationId(), second);
}

void MainWindowTest::historyRowOpensThatConversation()
{
    MainWindow window(*m_session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.inboxPane()->setView(store::InboxView::All);
    QTRY_VERIFY(window.inboxPane()->model()->rowCount() > 0);

    // Walk the inbox to a customer who has come to us on more than one channel.
    store::CacheReader& reader = m_session->reader();
    QString customerId;
    std::vector<store::HistoryRow> history;
    for (int i = 0; i < 300 && customerId.isEmpty(); ++i) {
        const QString id = selectNextInInbox(window);
        auto conversation = reader.conversation(id.toStdString());
        QVERIFY(conversation.ok());
        auto rows = reader.customerHistory(conversation->customerId);
        QVERIFY(rows.ok());
        std::set<domain::Channel> channels;
        for (const auto& row : *rows)
            channels.insert(row.channel);
        if (channels.size() >= 2) {
            customerId = QString::fromStdString(conversation->customerId);
            history = *rows;
        }
    }
    QVERIFY2(!customerId.isEmpty(), "no cross-channel customer among the first 300 rows");

    QAbstractItemView* historyView = view(window.customerPane(), "historyView");
    QVERIFY(historyView);
    const QString open = window.conversationPane()->conversationId();
    int target = 0;
    while (QString::fromStdString(history.at(target).conversationId) == open)
        ++target;
    const QModelIndex index = historyView->model()->index(target, 0);
    historyView->scrollTo(index);
    QTest::mouseClick(historyView->viewport(), Qt::LeftButton, {},
                      historyView->visualRect(index).center());
    QTRY_COMPARE(window.conversationPane()->conversationId(),
                 QString::fromStdString(history.at(target).conversationId));
    QCOMPARE(window.customerPane()->customerId(), customerId);
}

void MainWindowTest::lastViewSurvivesARestart()
{
    {
        MainWindow window(*m_session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.inboxPane()->setView(store::InboxView::Unassigned);
        window.close();
    }
    MainWindow again(*m_session);
    QCOMPARE(again.inboxPane()->currentView(), store::InboxView::Unassigned);
    int checked = 0;
    for (QAction* action : again.shortcutActions())
        if (action->isCheckable() && action->isChecked())
            ++checked;
    QCOMPARE(checked, 1); // exactly the Unassigned entry of the View menu
}

void MainWindowTest::shortcutsDialogListsEveryShortcut()
{
    MainWindow window(*m_session);
    const QList<QAction*> actions = window.shortcutActions();
    QVERIFY(actions.size() >= 8);
    ui::ShortcutsDialog dialog(actions, &window);
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("shortcutsTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), int(actions.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        QVERIFY(!actions.at(row)->shortcuts().isEmpty());
        QVERIFY(table->item(row, 1)->text().contains(
            actions.at(row)->shortcuts().first().toString(QKeySequence::NativeText)));
    }
}

void MainWindowTest::speaksPolish()
{
    QTranslator polish;
    QVERIFY2(polish.load(QStringLiteral(":/i18n/concord_pl.qm")),
             "the Polish translation is not embedded");
    QCoreApplication::installTranslator(&polish);
    {
        MainWindow window(*m_session);
        QCOMPARE(window.windowTitle(), QStringLiteral("Concord Desk"));
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Plik"));
        auto* agent = window.findChild<QLabel*>(QStringLiteral("agentLabel"));
        QVERIFY(agent);
        QVERIFY2(agent->text().startsWith(QStringLiteral("Zalogowano jako")),
                 qPrintable(agent->text()));
    }
    QCoreApplication::removeTranslator(&polish);
}

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
