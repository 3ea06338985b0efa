// Two desk windows synced with one hub, as two people at work would see them: an agent's
// reply shows at once in her thread and appears in the supervisor's open thread; a
// customer's message comes into both inboxes and threads without a reload; a claim shows
// who has the conversation; with the hub gone the desk keeps reading and writing, marks the
// write as waiting, and delivers it once the hub is back.

#include "TestHub.h"
#include "conversation/ConversationActions.h"
#include "conversation/ConversationPane.h"
#include "conversation/ReplyComposer.h"
#include "conversation/ThreadModel.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxPane.h"
#include "session/DeskSession.h"
#include "session/DeskSync.h"
#include "shell/ConnectionIndicator.h"
#include "shell/HubAddress.h"
#include "shell/MainWindow.h"
#include "store/CacheReader.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QTimer>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;
using ui::SyncStatus;

namespace {

constexpr int kSyncMs = 30'000;

struct Desk {
    std::unique_ptr<ui::DeskSession> session;
    std::unique_ptr<ui::MainWindow> window;

    ui::ConversationPane* pane() const { return window->conversationPane(); }
    ui::DeskSync* sync() const { return session->sync(); }
    QAbstractItemModel* thread() const
    {
        return pane()->findChild<QListView*>()->model();
    }
    QString lastBody() const
    {
        QAbstractItemModel* m = thread();
        return m->rowCount() ? m->index(m->rowCount() - 1, 0).data(ui::ThreadModel::BodyRole)
                                   .toString()
                             : QString();
    }
    bool lastIsPending() const
    {
        QAbstractItemModel* m = thread();
        return m->rowCount()
               && m->index(m->rowCount() - 1, 0).data(ui::ThreadModel::PendingRole).toBool();
    }
};

// For looking at what the test saw: CONCORD_SCREENSHOTS=folder saves the window there.
void saveScreen(const Desk& desk, const char* name)
{
    const QString folder = qEnvironmentVariable("CONCORD_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QCoreApplication::processEvents(); // the views' delayed layouts, as a user would see them
    desk.window->grab().save(folder + QLatin1Char('/') + QLatin1String(name) + ".png");
}

} // namespace

class TstDeskWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void firstReplyOpensANewConversation(); // first: the conversation may be m_conversation
    void replyAppearsOnTheOtherDesk();
    void customerMessageArrivesWithoutReload();
    void claimShowsWhoHasTheConversation();
    void presenceShowsWhoIsHereAndWhoIsWriting();
    void deskKeepsWorkingWithoutTheHubAndLosesNothing();
    void loggedCallAppearsOnBothDesks();
    void agentOpensANewConversationWithTheCustomer();
    void transferHandsTheConversationToAnotherTeam();

private:
    bool openDesk(Desk& desk, const QString& login);
    void openOnBoth(const QString& conversationId);

    QTemporaryDir m_dir;
    std::unique_ptr<TestHub> m_hub;
    Desk m_anna;
    Desk m_marek; // the supervisor: sees every team's work
    QString m_conversation; // unassigned, in Anna's teams
    QString m_customer;
    QString m_newConversation; // status New, in Anna's teams
};

bool TstDeskWindow::openDesk(Desk& desk, const QString& login)
{
    const QString file = m_dir.filePath(login + QStringLiteral(".db"));
    auto sync = std::make_unique<ui::DeskSync>(file.toStdString(),
                                               *ui::HubAddress::parse(m_hub->address()));
    QSignalSpy signedIn(sync.get(), &ui::DeskSync::signedIn);
    QSignalSpy caughtUp(sync.get(), &ui::DeskSync::caughtUp);
    sync->start({}, login, QStringLiteral("demo"), {});
    if (!caughtUp.wait(kSyncMs) || signedIn.isEmpty())
        return false;
    const domain::Agent agent = sync->agent();
    auto session = ui::DeskSession::openReplica(file.toStdString(), agent, std::move(sync));
    if (!session)
        return false;
    desk.session = std::move(*session);
    desk.window = std::make_unique<ui::MainWindow>(*desk.session, m_hub->address());
    desk.window->show();
    return QTest::qWaitForWindowExposed(desk.window.get());
}

void TstDeskWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the windows' layout is saved, not the user's
    QVERIFY(m_dir.isValid());
    m_hub = std::make_unique<TestHub>(m_dir.filePath(QStringLiteral("hub.db")));
    QVERIFY(m_hub->isRunning());
    QVERIFY(openDesk(m_anna, QStringLiteral("anna.kowalska")));
    QVERIFY(openDesk(m_marek, QStringLiteral("marek.zielinski")));
    for (Desk* desk : {&m_anna, &m_marek})
        desk->window->resize(1400, 860);

    // Conversations of Anna's teams: an unassigned one she may reply to and claim, and a
    // new one. (The Unassigned view also lists other teams' conversations seen in
    // customers' histories, which she may only read.)
    store::CacheReader& reader = m_anna.session->reader();
    store::InboxQuery ours;
    ours.view = store::InboxView::MyTeams;
    ours.teamIds = m_anna.session->agent().teamIds;
    ours.agentId = m_anna.session->agent().id;
    const auto page = reader.inboxPage(ours, nullptr, 1000);
    QVERIFY(page);
    for (const store::InboxRow& row : *page) {
        const auto conversation = reader.conversation(row.conversationId);
        QVERIFY(conversation);
        if (m_conversation.isEmpty() && conversation->assigneeId.empty()) {
            m_conversation = QString::fromStdString(row.conversationId);
            m_customer = QString::fromStdString(row.customerId);
        }
        if (m_newConversation.isEmpty() && conversation->status == domain::Status::New)
            m_newConversation = QString::fromStdString(row.conversationId);
    }
    QVERIFY(!m_conversation.isEmpty());
    QVERIFY(!m_newConversation.isEmpty());
}

void TstDeskWindow::cleanupTestCase()
{
    m_anna = {};
    m_marek = {};
    m_hub.reset();
}

void TstDeskWindow::openOnBoth(const QString& conversationId)
{
    for (Desk* desk : {&m_anna, &m_marek})
        desk->window->openConversation(conversationId, m_customer);
}

void TstDeskWindow::replyAppearsOnTheOtherDesk()
{
    openOnBoth(m_conversation);
    ui::ReplyComposer* composer = m_anna.pane()->composer();
    QVERIFY(composer->isVisible());
    auto* editor = composer->findChild<QPlainTextEdit*>(QStringLiteral("composerEditor"));
    editor->setFocus();
    editor->insertPlainText(QStringLiteral("Dzień dobry, sprawdzam status zamówienia."));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);

    // Shown on Anna's desk at once (the cache takes it on the sync thread), then...
    QTRY_COMPARE_WITH_TIMEOUT(m_anna.lastBody(), QStringLiteral("Dzień dobry, sprawdzam status zamówienia."), kSyncMs);
    // ...confirmed soon after: the "waiting to send" mark goes.
    QTRY_VERIFY_WITH_TIMEOUT(!m_anna.lastIsPending(), kSyncMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_anna.sync()->status().pendingWrites, 0, kSyncMs);
    // Marek's open thread shows it without him doing anything.
    QTRY_COMPARE_WITH_TIMEOUT(m_marek.lastBody(),
                              QStringLiteral("Dzień dobry, sprawdzam status zamówienia."), kSyncMs);
    saveScreen(m_marek, "supervisor-sees-reply");
}

// A new conversation is open once an agent has answered it, on every desk.
void TstDeskWindow::firstReplyOpensANewConversation()
{
    QCOMPARE(m_marek.session->reader().conversation(m_newConversation.toStdString())->status,
             domain::Status::New);
    m_anna.sync()->reply(m_newConversation, QStringLiteral("Dzień dobry, już sprawdzam."));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_marek.session->reader().conversation(m_newConversation.toStdString())->status,
        domain::Status::Open, kSyncMs);
}

void TstDeskWindow::customerMessageArrivesWithoutReload()
{
    openOnBoth(m_conversation);
    ui::InboxPane* inbox = m_anna.window->inboxPane();
    inbox->setView(store::InboxView::MyTeams);
    QVERIFY(m_hub->ingest(m_conversation.toStdString(), m_customer.toStdString(),
                          "Czy mogę jeszcze zmienić adres dostawy?"));
    for (Desk* desk : {&m_anna, &m_marek})
        QTRY_COMPARE_WITH_TIMEOUT(desk->lastBody(),
                                  QStringLiteral("Czy mogę jeszcze zmienić adres dostawy?"),
                                  kSyncMs);
    // The newest activity: Anna's inbox has the conversation on top, with the new words.
    QTRY_COMPARE_WITH_TIMEOUT(inbox->model()->rowOf(m_conversation), 0, kSyncMs);
    saveScreen(m_anna, "dbg-after-ingest");
    const QString preview = inbox->model()->index(0, 0).data(ui::InboxModel::PreviewRole).toString();
    QVERIFY2(preview.contains(QStringLiteral("Czy mogę jeszcze")), qPrintable(preview));
}

// Marek takes the conversation first; Anna, whose desk had not heard yet, tries too.
void TstDeskWindow::claimShowsWhoHasTheConversation()
{
    openOnBoth(m_conversation);
    const QString agentId = QString::fromStdString(m_anna.session->agent().id);
    m_marek.sync()->claim(m_conversation, QString());
    m_anna.sync()->claim(m_conversation, QString());
    // One of the two wins; the desk of the one who lost says who won, on the conversation.
    auto* annaNotice = m_anna.pane()->findChild<QLabel*>(QStringLiteral("conversationNotice"));
    auto* marekNotice = m_marek.pane()->findChild<QLabel*>(QStringLiteral("conversationNotice"));
    QTRY_VERIFY_WITH_TIMEOUT(annaNotice->isVisible() != marekNotice->isVisible(), kSyncMs);
    const bool annaLost = annaNotice->isVisible();
    const QString winner = annaLost ? QStringLiteral("Marek Zieliński")
                                    : QStringLiteral("Anna Kowalska");
    QVERIFY2((annaLost ? annaNotice : marekNotice)->text().contains(winner),
             qPrintable((annaLost ? annaNotice : marekNotice)->text()));
    // Both desks end up showing the winner as the assignee, and no write is left waiting.
    saveScreen(m_anna, "dbg-after-claim");
    const std::string winnerId = annaLost ? m_marek.session->agent().id : agentId.toStdString();
    for (Desk* desk : {&m_anna, &m_marek}) {
        QTRY_COMPARE_WITH_TIMEOUT(
            desk->session->reader().conversation(m_conversation.toStdString())->assigneeId,
            winnerId, kSyncMs);
        QTRY_COMPARE_WITH_TIMEOUT(desk->sync()->status().pendingWrites, 0, kSyncMs);
    }
}

// Marek opens the conversation Anna has open, starts writing, then moves on.
void TstDeskWindow::presenceShowsWhoIsHereAndWhoIsWriting()
{
    m_anna.window->openConversation(m_conversation, m_customer);
    m_marek.window->openConversation(QString(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(m_anna.pane()->presenceText(), QString(), kSyncMs);

    m_marek.window->openConversation(m_conversation, m_customer);
    QTRY_COMPARE_WITH_TIMEOUT(m_anna.pane()->presenceText(), QStringLiteral("Also here: Marek Zieliński"), kSyncMs);
    // Anna is there too, on Marek's desk; nobody is shown their own presence.
    QTRY_COMPARE_WITH_TIMEOUT(m_marek.pane()->presenceText(), QStringLiteral("Also here: Anna Kowalska"), kSyncMs);

    auto* editor = m_marek.pane()->composer()->findChild<QPlainTextEdit*>(
        QStringLiteral("composerEditor"));
    editor->setFocus();
    // Marek keeps typing (a key a second) while Anna's desk is watched: "writing a reply"
    // lasts a few seconds after the last key, and a loaded machine may take longer.
    QTimer typing;
    connect(&typing, &QTimer::timeout, editor, [editor] { editor->insertPlainText(QStringLiteral(".")); });
    editor->insertPlainText(QStringLiteral("Proszę o cierpliwość"));
    typing.start(1000);
    QTRY_COMPARE_WITH_TIMEOUT(m_anna.pane()->presenceText(),
                              QStringLiteral("Writing a reply: Marek Zieliński"), kSyncMs);
    typing.stop();

    const auto other = m_marek.session->reader().inboxPage(store::InboxQuery{}, nullptr, 2);
    QVERIFY(other && other->size() == 2);
    const auto& next = other->front().conversationId == m_conversation.toStdString()
                           ? other->back()
                           : other->front();
    m_marek.window->openConversation(QString::fromStdString(next.conversationId),
                                     QString::fromStdString(next.customerId));
    QTRY_COMPARE_WITH_TIMEOUT(m_anna.pane()->presenceText(), QString(), kSyncMs);
    editor->clear();
}

void TstDeskWindow::deskKeepsWorkingWithoutTheHubAndLosesNothing()
{
    openOnBoth(m_conversation);
    saveScreen(m_anna, "dbg-before-stop");
    m_hub->stop();
    QTRY_VERIFY_WITH_TIMEOUT(m_anna.sync()->status().link != SyncStatus::Link::Online, kSyncMs);
    auto* indicator = m_anna.window->findChild<ui::ConnectionIndicator*>();
    QVERIFY(indicator);
    QTRY_VERIFY_WITH_TIMEOUT(indicator->status().link != SyncStatus::Link::Online, kSyncMs);

    // Reading and searching go on from the cache.
    store::InboxQuery search;
    search.view = store::InboxView::All;
    search.search = "adres dostawy";
    const auto found = m_anna.session->reader().inboxPage(search, nullptr, 10);
    QVERIFY(found && !found->empty());

    // A note written now is shown at once, marked as waiting, and counted in the status bar.
    m_anna.sync()->addNote(m_conversation, QStringLiteral("Klient zadzwoni po 15:00."));
    QTRY_COMPARE_WITH_TIMEOUT(m_anna.lastBody(), QStringLiteral("Klient zadzwoni po 15:00."), kSyncMs);
    QVERIFY(m_anna.lastIsPending());
    QTRY_COMPARE_WITH_TIMEOUT(indicator->status().pendingWrites, 1, kSyncMs);
    auto* pending = indicator->findChild<QLabel*>(QStringLiteral("connectionPending"));
    QVERIFY(pending->isVisible());
    saveScreen(m_anna, "desk-offline-pending");

    // The hub is back: the note goes out once, the mark and the count go, Marek sees it.
    QVERIFY(m_hub->restart());
    QTRY_COMPARE_WITH_TIMEOUT(indicator->status().link, SyncStatus::Link::Online, 60'000);
    QTRY_COMPARE_WITH_TIMEOUT(indicator->status().pendingWrites, 0, kSyncMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_anna.lastIsPending(), kSyncMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_marek.lastBody(), QStringLiteral("Klient zadzwoni po 15:00."),
                              60'000);
    const auto thread = m_marek.session->reader().messages(m_conversation.toStdString());
    QVERIFY(thread);
    const auto copies = std::count_if(thread->begin(), thread->end(), [](const auto& m) {
        return m.body == "Klient zadzwoni po 15:00.";
    });
    QCOMPARE(copies, 1);
}

void TstDeskWindow::loggedCallAppearsOnBothDesks()
{
    openOnBoth(m_conversation);
    domain::CallDetail call;
    call.durationSeconds = 185;
    call.outcome = domain::CallOutcome::Answered;
    emit m_anna.pane()->actions()->callLogged(m_conversation, call,
                                              QStringLiteral("Potwierdzono adres dostawy."));
    for (Desk* desk : {&m_anna, &m_marek}) {
        QTRY_COMPARE_WITH_TIMEOUT(desk->lastBody(), QStringLiteral("Potwierdzono adres dostawy."),
                                  kSyncMs);
        QAbstractItemModel* thread = desk->thread();
        const QModelIndex last = thread->index(thread->rowCount() - 1, 0);
        QCOMPARE(last.data(ui::ThreadModel::CallDurationRole).toInt(), 185);
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_anna.sync()->status().pendingWrites, 0, kSyncMs);
}

void TstDeskWindow::agentOpensANewConversationWithTheCustomer()
{
    openOnBoth(m_conversation);
    auto* action = m_anna.window->findChild<QAction*>(QStringLiteral("newConversationAction"));
    QVERIFY(action && action->isEnabled());
    // The dialog is modal: fill it in once it is up, as the agent would.
    QTimer::singleShot(0, this, [] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(QStringLiteral("subjectField"))
            ->setText(QStringLiteral("Oddzwonienie w sprawie zwrotu"));
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("firstMessageField"))
            ->setPlainText(QStringLiteral("Dzień dobry, wracam z informacją o zwrocie."));
        dialog->accept();
    });
    action->trigger();

    // Anna's desk opens it at once, hers and open; Marek's desk receives it.
    QTRY_VERIFY_WITH_TIMEOUT(m_anna.pane()->conversationId() != m_conversation, kSyncMs);
    const QString created = m_anna.pane()->conversationId();
    QVERIFY(!created.isEmpty());
    QCOMPARE(m_anna.lastBody(), QStringLiteral("Dzień dobry, wracam z informacją o zwrocie."));
    QTRY_COMPARE_WITH_TIMEOUT(m_anna.sync()->status().pendingWrites, 0, kSyncMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_marek.session->reader().conversation(created.toStdString()).ok(),
                             kSyncMs);
    const auto seen = m_marek.session->reader().conversation(created.toStdString());
    QCOMPARE(seen->subject, std::string("Oddzwonienie w sprawie zwrotu"));
    QCOMPARE(seen->customerId, m_customer.toStdString());
    QCOMPARE(seen->assigneeId, m_anna.session->agent().id);
    QCOMPARE(seen->status, domain::Status::Open);
}

// Anna hands the conversation to a team she is not in, with a note for them.
void TstDeskWindow::transferHandsTheConversationToAnotherTeam()
{
    openOnBoth(m_conversation);
    const auto teams = m_anna.session->reader().teams();
    QVERIFY(teams);
    const auto& mine = m_anna.session->agent().teamIds;
    const auto other = std::find_if(teams->begin(), teams->end(), [&](const domain::Team& t) {
        return std::find(mine.begin(), mine.end(), t.id) == mine.end();
    });
    QVERIFY(other != teams->end());
    const QString before = QString::fromStdString(
        m_anna.session->reader().conversation(m_conversation.toStdString())->teamId);
    emit m_anna.pane()->actions()->transferRequested(
        m_conversation, QString::fromStdString(other->id), before,
        QStringLiteral("Klient pyta o fakturę korygującą."));

    QTRY_COMPARE_WITH_TIMEOUT(
        m_marek.session->reader().conversation(m_conversation.toStdString())->teamId,
        other->id, kSyncMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_marek.lastBody(),
                              QStringLiteral("Klient pyta o fakturę korygującą."), kSyncMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_anna.sync()->status().pendingWrites, 0, kSyncMs);
    // Not Anna's team any more: her desk drops it, or keeps it in the customer's history to
    // read only, without the composer.
    auto* readOnly = m_anna.pane()->findChild<QLabel*>(QStringLiteral("readOnlyLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_anna.session->reader().conversation(m_conversation.toStdString())
            || (readOnly->isVisible() && !m_anna.pane()->composer()->isVisible()),
        kSyncMs);
}

QTEST_MAIN(TstDeskWindow)
#include "tst_deskwindow.moc"
