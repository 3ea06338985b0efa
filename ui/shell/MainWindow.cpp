#include "MainWindow.h"

#include "ConnectionIndicator.h"
#include "ErrorText.h"
#include "ShortcutsDialog.h"
#include "conversation/ConversationActions.h"
#include "conversation/ConversationPane.h"
#include "conversation/NewConversationDialog.h"
#include "customer/CustomerPane.h"
#include "inbox/InboxPane.h"
#include "common/DomainText.h"
#include "session/DeskSession.h"
#include "session/DeskSync.h"
#include "session/PresenceBoard.h"
#include "session/PresenceReporter.h"
#include "store/InboxQuery.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>

namespace concord::ui {
namespace {

const char* const kGeometryKey = "window/geometry";
const char* const kStateKey = "window/state";
const char* const kSplitterKey = "window/splitter";
const char* const kViewKey = "inbox/view";
constexpr int kRefusalShownMs = 15000;

} // namespace

MainWindow::MainWindow(DeskSession& session, const QString& hubLabel, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_hubLabel(hubLabel)
{
    setWindowTitle(tr("Concord Desk"));
    setObjectName(QStringLiteral("MainWindow"));
    buildPanes();
    buildMenus();
    buildStatusBar();
    connectPanes();
    connectSync();
    restoreLayout();
    // Open on work, not on an empty screen: the first conversation of the restored view,
    // once the inbox has been shown.
    QTimer::singleShot(0, this, [this] {
        if (m_inbox->currentConversationId().isEmpty())
            m_inbox->selectNext();
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPanes()
{
    m_inbox = new InboxPane(m_session, this);
    m_conversation = new ConversationPane(m_session.reader(), this);
    m_customer = new CustomerPane(m_session.reader(), this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_inbox);
    m_splitter->addWidget(m_conversation);
    m_splitter->addWidget(m_customer);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setStretchFactor(2, 3);
    setCentralWidget(m_splitter);
}

QAction* MainWindow::addShortcutAction(const QString& text, const QList<QKeySequence>& keys)
{
    auto* action = new QAction(text, this);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    addAction(action);
    m_shortcutActions.append(action);
    return action;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    if (m_session.sync()) {
        m_newConversation = file->addAction(tr("&New conversation with this customer…"), this,
                                            &MainWindow::startConversation);
        m_newConversation->setObjectName(QStringLiteral("newConversationAction"));
        m_newConversation->setShortcut(QKeySequence::New);
        m_newConversation->setEnabled(false); // until a customer is shown
        m_shortcutActions.append(m_newConversation);
        QAction* logOut = file->addAction(tr("&Log out"), this, &MainWindow::logOutRequested);
        logOut->setObjectName(QStringLiteral("logOutAction"));
        file->addSeparator();
    }
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcuts(QKeySequence::Quit);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    QAction* next = addShortcutAction(tr("Next conversation"),
                                      {QKeySequence(Qt::CTRL | Qt::Key_J),
                                       QKeySequence(Qt::ALT | Qt::Key_Down)});
    connect(next, &QAction::triggered, m_inbox, &InboxPane::selectNext);
    QAction* previous = addShortcutAction(tr("Previous conversation"),
                                          {QKeySequence(Qt::CTRL | Qt::Key_K),
                                           QKeySequence(Qt::ALT | Qt::Key_Up)});
    connect(previous, &QAction::triggered, m_inbox, &InboxPane::selectPrevious);
    QAction* search = addShortcutAction(tr("Search conversations"),
                                        {QKeySequence::Find, QKeySequence(Qt::Key_Slash)});
    connect(search, &QAction::triggered, m_inbox, &InboxPane::focusSearch);
    go->addActions({next, previous, search});

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_viewActions = new QActionGroup(this);
    const std::pair<store::InboxView, QString> views[] = {
        {store::InboxView::Mine, tr("Mine")},
        {store::InboxView::Unassigned, tr("Unassigned")},
        {store::InboxView::MyTeams, tr("My teams")},
        {store::InboxView::All, tr("All")},
    };
    int number = 1;
    for (const auto& [inboxView, text] : views) {
        QAction* action = addShortcutAction(tr("Show view: %1").arg(text),
                                            {QKeySequence(Qt::CTRL | (Qt::Key_0 + number++))});
        action->setCheckable(true);
        action->setData(static_cast<int>(inboxView));
        m_viewActions->addAction(action);
        view->addAction(action);
        const store::InboxView target = inboxView;
        connect(action, &QAction::triggered, m_inbox, [this, target] { m_inbox->setView(target); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* shortcuts = addShortcutAction(tr("Keyboard shortcuts"),
                                           {QKeySequence(Qt::Key_F1),
                                            QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    help->addAction(shortcuts);
    help->addAction(tr("&About Concord Desk"), this, &MainWindow::showAbout);
}

void MainWindow::buildStatusBar()
{
    const domain::Agent& agent = m_session.agent();
    auto* who = new QLabel(tr("Signed in as %1 (%2)")
                               .arg(QString::fromStdString(agent.displayName),
                                    DomainText::role(agent.role)),
                           this);
    who->setObjectName(QStringLiteral("agentLabel"));
    statusBar()->addWidget(who);
    if (DeskSync* sync = m_session.sync()) {
        auto* link = new ConnectionIndicator(this);
        link->setStatus(sync->status());
        connect(sync, &DeskSync::statusChanged, link, &ConnectionIndicator::setStatus);
        auto* hub = new QLabel(tr("Hub: %1").arg(m_hubLabel), this);
        hub->setObjectName(QStringLiteral("hubLabel"));
        hub->setTextInteractionFlags(Qt::TextSelectableByMouse);
        statusBar()->addPermanentWidget(link);
        statusBar()->addPermanentWidget(hub);
        return;
    }
    auto* where = new QLabel(tr("Offline cache, read only: %1")
                                 .arg(QDir::toNativeSeparators(
                                     QString::fromStdU16String(m_session.cachePath().u16string()))),
                             this);
    where->setObjectName(QStringLiteral("cacheLabel"));
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(where);
}

void MainWindow::connectPanes()
{
    connect(m_inbox, &InboxPane::conversationActivated, this, &MainWindow::openConversation);
    connect(m_customer, &CustomerPane::conversationRequested, this,
            [this](const QString& conversationId) {
                openConversation(conversationId, m_customer->customerId());
            });
    connect(m_inbox, &InboxPane::viewChanged, this, [this](store::InboxView view) {
        for (QAction* action : m_viewActions->actions())
            action->setChecked(action->data().toInt() == static_cast<int>(view));
    });
    connect(&m_session, &DeskSession::conversationChanged, this,
            &MainWindow::refreshConversation);
    connect(&m_session, &DeskSession::replicaReplaced, this, &MainWindow::reloadPanes);
}

void MainWindow::connectSync()
{
    DeskSync* sync = m_session.sync();
    if (!sync)
        return;
    m_conversation->setAgent(m_session.agent());
    m_conversation->setPendingLookup(
        [this](const QString& id) { return m_session.pendingMessageIds(id); });
    connect(m_conversation, &ConversationPane::replySubmitted, sync, &DeskSync::reply);
    connect(m_conversation, &ConversationPane::noteSubmitted, sync, &DeskSync::addNote);
    ConversationActions* actions = m_conversation->actions();
    connect(actions, &ConversationActions::claimRequested, sync, &DeskSync::claim);
    connect(actions, &ConversationActions::statusRequested, sync, &DeskSync::setStatus);
    connect(actions, &ConversationActions::priorityRequested, sync, &DeskSync::setPriority);
    connect(actions, &ConversationActions::transferRequested, sync, &DeskSync::transfer);
    connect(actions, &ConversationActions::callLogged, sync, &DeskSync::logCall);
    connect(actions, &ConversationActions::visitLogged, sync, &DeskSync::logVisit);
    connect(sync, &DeskSync::writeRefused, this, &MainWindow::showRefusal);
    PresenceBoard* board = m_session.presence();
    connect(board, &PresenceBoard::changed, this, [this, board](const QString& id) {
        if (id == m_conversation->conversationId())
            m_conversation->setPresence(board->on(id));
    });
    connect(m_conversation, &ConversationPane::composerEdited, m_session.presenceReporter(),
            &PresenceReporter::typed);
    // The outbox drained (or grew): the open thread's "waiting to send" marks follow.
    connect(sync, &DeskSync::statusChanged, m_conversation, &ConversationPane::refreshPending);
}

void MainWindow::startConversation()
{
    DeskSync* sync = m_session.sync();
    if (!sync)
        return;
    const auto request = NewConversationDialog::ask(this, m_session.reader(), m_session.agent(),
                                                    m_customer->customerId());
    if (!request)
        return;
    m_openWhenStored = QString::fromStdString(request->conversation.id);
    sync->newConversation(request->conversation, request->firstMessage);
}

void MainWindow::refreshConversation(const QString& conversationId)
{
    if (conversationId == m_openWhenStored) {
        m_openWhenStored.clear();
        m_inbox->refreshRow(conversationId);
        openConversation(conversationId, m_customer->customerId());
        return;
    }
    m_inbox->refreshRow(conversationId);
    if (conversationId != m_conversation->conversationId())
        return;
    m_conversation->showConversation(conversationId); // in place, keeping the scroll
    m_customer->showCustomer(m_customer->customerId(), conversationId);
}

void MainWindow::reloadPanes()
{
    m_inbox->reload();
    const QString open = m_conversation->conversationId();
    if (open.isEmpty()) {
        m_inbox->selectNext(); // the first conversation, once there is one
        return;
    }
    m_conversation->showConversation(open);
    m_customer->showCustomer(m_customer->customerId(), open);
}

void MainWindow::showRefusal(const QString& conversationId, const QString& code,
                             const QString& holder)
{
    const QString text = ErrorText::writeRefused(code, holder);
    if (!conversationId.isEmpty() && conversationId == m_conversation->conversationId())
        m_conversation->showNotice(text);
    statusBar()->showMessage(text, kRefusalShownMs);
}

void MainWindow::openConversation(const QString& conversationId, const QString& customerId)
{
    if (conversationId.isEmpty()) {
        m_conversation->clear();
        m_customer->clear();
        if (PresenceReporter* reporter = m_session.presenceReporter())
            reporter->opened({});
        return;
    }
    m_conversation->showConversation(conversationId);
    m_customer->showCustomer(customerId, conversationId);
    if (m_newConversation)
        m_newConversation->setEnabled(!m_customer->customerId().isEmpty());
    if (PresenceReporter* reporter = m_session.presenceReporter()) {
        reporter->opened(m_conversation->conversationId());
        m_conversation->setPresence(m_session.presence()->on(conversationId));
    }
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(m_shortcutActions, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Concord Desk"),
                       tr("<h3>Concord Desk %1</h3><p>One inbox for e-mail, chat, SMS, social "
                          "messengers, calls and branch visits, with the customer's whole "
                          "history beside the conversation.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1400, 860);
    restoreState(settings.value(kStateKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({560, 520, 320});
    const int view = settings.value(kViewKey, static_cast<int>(store::InboxView::Mine)).toInt();
    const bool known = view >= static_cast<int>(store::InboxView::Mine)
                       && view <= static_cast<int>(store::InboxView::All);
    m_inbox->setView(known ? static_cast<store::InboxView>(view) : store::InboxView::Mine);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kViewKey, static_cast<int>(m_inbox->currentView()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    event->accept();
    emit closed();
}

} // namespace concord::ui
