// How the desk gets to its window, as a user meets it: the first run starts the built-in
// hub and signs in as the demo agent; a restart opens the replica at once with the kept
// token; logging out forgets the token and asks; a hub that does not answer, or a wrong
// password, is said in the login dialog, which stays open until the sign-in works.

#include "TestHub.h"
#include "session/DeskFiles.h"
#include "session/DeskSession.h"
#include "session/DeskSync.h"
#include "shell/DeskStartup.h"
#include "shell/HubAddress.h"
#include "shell/KeptSignIn.h"
#include "shell/LoginDialog.h"
#include "store/CacheReader.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;
using ui::DeskStartup;
using ui::KeptSignIn;
using ui::SyncStatus;

namespace {

constexpr int kFirstRunMs = 120'000; // seeding the demo hub, 17 Argon2id hashes, bootstrap
constexpr int kSignInMs = 30'000;

ui::LoginDialog* visibleLoginDialog()
{
    for (QWidget* widget : QApplication::topLevelWidgets())
        if (auto* dialog = qobject_cast<ui::LoginDialog*>(widget); dialog && dialog->isVisible())
            return dialog;
    return nullptr;
}

QString dialogMessage(ui::LoginDialog* dialog)
{
    auto* label = dialog->findChild<QLabel*>(QStringLiteral("loginMessage"));
    return label && label->isVisible() ? label->text() : QString();
}

void typeAndSignIn(ui::LoginDialog* dialog, const QString& login, const QString& password)
{
    dialog->findChild<QLineEdit*>(QStringLiteral("loginField"))->setText(login);
    dialog->findChild<QLineEdit*>(QStringLiteral("passwordField"))->setText(password);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
}

int inboxRows(ui::DeskSession& session)
{
    store::InboxQuery all;
    all.view = store::InboxView::All;
    const auto page = session.reader().inboxPage(all, nullptr, 50);
    return page ? int(page->size()) : -1;
}

} // namespace

class TstDeskStartup : public QObject {
    Q_OBJECT
private slots:
    void firstRunSignsInToTheBuiltInHub();
    void restartOpensTheReplicaAtOnce();
    void logOutForgetsTheTokenAndAsks();
    void hubThatDoesNotAnswerIsSaidInTheDialog();
    void wrongPasswordIsSaidThenTheRightOneSignsIn(); // and the desk opens with the hub down
};

void TstDeskStartup::firstRunSignsInToTheBuiltInHub()
{
    QVERIFY(!QFile::exists(ui::DeskFiles::embeddedHubStore()));
    DeskStartup startup({});
    QSignalSpy ready(&startup, &DeskStartup::ready);
    startup.begin();
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, kFirstRunMs);
    QVERIFY(!visibleLoginDialog()); // the demo agent signs in by itself
    auto session = startup.takeSession();
    QVERIFY(session && session->sync());
    QCOMPARE(session->agent().login, std::string("anna.kowalska"));
    QVERIFY(startup.hubLabel().startsWith(QLatin1String("127.0.0.1:")));
    QTRY_COMPARE_WITH_TIMEOUT(session->sync()->status().link, SyncStatus::Link::Online,
                              kSignInMs);
    QVERIFY(inboxRows(*session) > 0);
    QVERIFY(QFile::exists(ui::DeskFiles::embeddedHubStore()));
    QVERIFY(QFile::exists(ui::DeskFiles::embeddedReplica(QStringLiteral("anna.kowalska"))));
    QVERIFY(!KeptSignIn::token(KeptSignIn::embeddedKey(), QStringLiteral("anna.kowalska"))
                 .isEmpty());
#ifdef Q_OS_UNIX
    // The kept token signs in without a password: other users of the machine cannot read it.
    const QFile::Permissions permissions = QFile::permissions(QSettings().fileName());
    QVERIFY(permissions & QFile::ReadOwner);
    QVERIFY(!(permissions & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup
                             | QFile::WriteOther)));
#endif
}

// The second run finds the hub seeded, the replica full and the token kept: the window can
// open before the hub has said a word.
void TstDeskStartup::restartOpensTheReplicaAtOnce()
{
    DeskStartup startup({});
    QSignalSpy ready(&startup, &DeskStartup::ready);
    startup.begin();
    QCOMPARE(ready.count(), 1);
    auto session = startup.takeSession();
    QVERIFY(inboxRows(*session) > 0);
    QVERIFY(!visibleLoginDialog());
    QTRY_COMPARE_WITH_TIMEOUT(session->sync()->status().link, SyncStatus::Link::Online,
                              kSignInMs);
}

void TstDeskStartup::logOutForgetsTheTokenAndAsks()
{
    DeskStartup startup({});
    QSignalSpy ready(&startup, &DeskStartup::ready);
    QSignalSpy finished(&startup, &DeskStartup::finished);
    startup.begin();
    QCOMPARE(ready.count(), 1);
    auto session = startup.takeSession();
    QTRY_COMPARE_WITH_TIMEOUT(session->sync()->status().link, SyncStatus::Link::Online,
                              kSignInMs);

    const QString token =
        KeptSignIn::token(KeptSignIn::embeddedKey(), QStringLiteral("anna.kowalska"));
    QVERIFY(!token.isEmpty());
    startup.logOut(std::move(session));
    QVERIFY(KeptSignIn::token(KeptSignIn::embeddedKey(), QStringLiteral("anna.kowalska"))
                .isEmpty());
    ui::LoginDialog* dialog = visibleLoginDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("loginField"))->text(),
             QStringLiteral("anna.kowalska"));
    QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("hubField"))
                ->text()
                .startsWith(QLatin1String("127.0.0.1:")));
    // The replica and its outbox stay for the next sign-in.
    QVERIFY(QFile::exists(ui::DeskFiles::embeddedReplica(QStringLiteral("anna.kowalska"))));

    // The hub revoked the token too: it no longer signs anyone in.
    QTemporaryDir elsewhere;
    const auto hub = ui::HubAddress::parse(
        dialog->findChild<QLineEdit*>(QStringLiteral("hubField"))->text());
    QVERIFY(hub);
    ui::DeskSync stale(elsewhere.filePath(QStringLiteral("desk.db")).toStdString(), *hub);
    QSignalSpy needed(&stale, &ui::DeskSync::signInNeeded);
    QSignalSpy refused(&stale, &ui::DeskSync::signInRefused);
    QSignalSpy signedIn(&stale, &ui::DeskSync::signedIn);
    stale.start(token, QStringLiteral("anna.kowalska"), QString(), {});
    QTRY_VERIFY_WITH_TIMEOUT(!needed.isEmpty() || !refused.isEmpty(), kSignInMs);
    QCOMPARE(signedIn.count(), 0);

    dialog->reject();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), 0);
}

void TstDeskStartup::hubThatDoesNotAnswerIsSaidInTheDialog()
{
    ui::DeskOptions options;
    options.hub = QStringLiteral("127.0.0.1:1"); // nobody listens on port 1
    DeskStartup startup(options);
    QSignalSpy ready(&startup, &DeskStartup::ready);
    startup.begin();
    ui::LoginDialog* dialog = visibleLoginDialog();
    QVERIFY(dialog); // no token for this hub: ask
    typeAndSignIn(dialog, QStringLiteral("anna.kowalska"), QStringLiteral("demo"));
    QTRY_VERIFY_WITH_TIMEOUT(dialogMessage(dialog).contains(QLatin1String("does not answer")),
                             kSignInMs);
    QVERIFY(!dialog->isBusy()); // the agent can correct the address and try again
    QCOMPARE(ready.count(), 0);
    dialog->reject();
}

void TstDeskStartup::wrongPasswordIsSaidThenTheRightOneSignsIn()
{
    QTemporaryDir dir;
    TestHub hub(dir.filePath(QStringLiteral("hub.db")));
    QVERIFY(hub.isRunning());
    ui::DeskOptions options;
    options.hub = hub.address();
    options.agentLogin = QStringLiteral("michal.dabrowski");
    DeskStartup startup(options);
    QSignalSpy ready(&startup, &DeskStartup::ready);
    startup.begin();
    ui::LoginDialog* dialog = visibleLoginDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("hubField"))->text(), hub.address());

    typeAndSignIn(dialog, QStringLiteral("michal.dabrowski"), QStringLiteral("wrong"));
    QTRY_VERIFY_WITH_TIMEOUT(dialogMessage(dialog).contains(QLatin1String("password is wrong")),
                             kSignInMs);
    QCOMPARE(ready.count(), 0);

    typeAndSignIn(dialog, QStringLiteral("michal.dabrowski"), QStringLiteral("demo"));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, kSignInMs);
    auto session = startup.takeSession();
    QCOMPARE(session->agent().login, std::string("michal.dabrowski"));
    QCOMPARE(KeptSignIn::lastHub(), hub.address());
    QVERIFY(!KeptSignIn::token(hub.address(), QStringLiteral("michal.dabrowski")).isEmpty());
    QVERIFY(QFile::exists(
        ui::DeskFiles::replica(QStringLiteral("127.0.0.1"), hub.port(),
                               QStringLiteral("michal.dabrowski"))));
    QTRY_COMPARE_WITH_TIMEOUT(session->sync()->status().link, SyncStatus::Link::Online,
                              kSignInMs);
    QTRY_VERIFY_WITH_TIMEOUT(inboxRows(*session) > 0, kSignInMs);
    session.reset();

    // The next morning the hub is down: the desk still opens, at once, on what it has.
    hub.stop();
    DeskStartup restart(options);
    QSignalSpy restarted(&restart, &DeskStartup::ready);
    restart.begin();
    QCOMPARE(restarted.count(), 1);
    QVERIFY(!visibleLoginDialog());
    auto offline = restart.takeSession();
    QVERIFY(inboxRows(*offline) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(offline->sync()->status().link == SyncStatus::Link::Offline,
                             kSignInMs);
}

// The desk's files and settings go to a fresh home of their own, never the user's.
int main(int argc, char** argv)
{
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Concord"));
    QApplication::setApplicationName(QStringLiteral("concord-desk"));
    QApplication::setQuitOnLastWindowClosed(false);
    TstDeskStartup test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_deskstartup.moc"
