#include "DeskStartup.h"

#include "ErrorText.h"
#include "KeptSignIn.h"
#include "LoginDialog.h"
#include "demo/DemoGenerator.h"
#include "hub/DemoAccounts.h"
#include "session/DeskFiles.h"
#include "session/DeskSession.h"
#include "session/DeskSync.h"
#include "session/EmbeddedHub.h"
#include "store/CacheReader.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>

#include <optional>

namespace concord::ui {
namespace {

std::filesystem::path toPath(const QString& path)
{
    return std::filesystem::path(path.toStdU16String()); // native encoding on every OS
}

constexpr int kLogOutWaitMs = 2000;

QString startFailedTitle()
{
    return DeskStartup::tr("Concord Desk cannot start");
}

// The agent a replica already holds for `login`: then the desk can open before the hub
// answers. None for a new replica (the hub's snapshot brings the agent).
std::optional<domain::Agent> agentKnownTo(store::Database& db, const QString& login)
{
    store::CacheReader reader(db);
    auto agent = reader.agentByLogin(login.toStdString());
    if (!agent)
        return std::nullopt;
    return std::move(*agent);
}

} // namespace

struct DeskStartup::Attempt {
    HubAddress hub;
    QString login;
    QString replica;
    std::unique_ptr<DeskSync> sync;
    bool tried = false; // a connection was attempted: Offline now means the hub is away

    // The sync may be the sender of the signal being handled: delete it later.
    void drop()
    {
        if (sync)
            sync.release()->deleteLater();
    }
};

DeskStartup::DeskStartup(DeskOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

DeskStartup::~DeskStartup()
{
    if (m_attempt)
        m_attempt->sync.reset();
    m_ready.reset();
    m_embedded.reset(); // after every desk of this process has stopped syncing
}

void DeskStartup::begin()
{
    if (!m_options.cachePath.isEmpty())
        return openOfflineCache();
    if (!m_options.hub.isEmpty()) {
        const HubAddress hub = *HubAddress::parse(m_options.hub); // checked by CommandLine
        QString login = m_options.agentLogin;
        if (login.isEmpty() && KeptSignIn::lastHub() == hub.toString())
            login = KeptSignIn::lastLogin();
        return useHub(hub, login);
    }
    const QString last = KeptSignIn::lastHub();
    const bool lastWasEmbedded = last == KeptSignIn::embeddedKey();
    if (!m_options.embedded && !last.isEmpty() && !lastWasEmbedded) {
        if (const auto hub = HubAddress::parse(last)) {
            const QString login = m_options.agentLogin.isEmpty() ? KeptSignIn::lastLogin()
                                                                 : m_options.agentLogin;
            return useHub(*hub, login);
        }
    }
    QString login = m_options.agentLogin;
    if (login.isEmpty() && lastWasEmbedded)
        login = KeptSignIn::lastLogin();
    if (login.isEmpty())
        login = QString::fromLatin1(demo::kDemoAgentLogin);
    useEmbedded(login);
}

std::unique_ptr<DeskSession> DeskStartup::takeSession()
{
    return std::move(m_ready);
}

QString DeskStartup::hubLabel() const
{
    if (!m_running)
        return {};
    if (isEmbedded(m_runningHub))
        return tr("%1 (built-in demo hub)").arg(m_runningHub.toString());
    return m_runningHub.toString();
}

void DeskStartup::openOfflineCache()
{
    QProgressDialog progress(tr("Preparing the demo inbox…"), QString(), 0, 0);
    progress.setWindowTitle(tr("Concord Desk"));
    progress.setMinimumDuration(300);
    auto onProgress = [&progress](std::int64_t) {
        progress.setValue(0);
        QCoreApplication::processEvents();
    };
    auto session = DeskSession::open(toPath(m_options.cachePath), m_options.agentLogin,
                                     onProgress);
    progress.close();
    if (!session)
        return fail(startFailedTitle(), ErrorText::openCache(session.error(), m_options.cachePath));
    m_ready = std::move(*session);
    emit ready();
}

void DeskStartup::useEmbedded(const QString& login)
{
    m_progress = new QProgressDialog(tr("Preparing the demo hub…"), QString(), 0, 0);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setWindowTitle(tr("Concord Desk"));
    m_progress->setMinimumDuration(300);
    const auto onProgress = [this](std::int64_t) {
        m_progress->setValue(0);
        QCoreApplication::processEvents();
    };
    const QString file = DeskFiles::embeddedHubStore();
    auto hub = EmbeddedHub::start(toPath(file), onProgress);
    if (!hub)
        return fail(startFailedTitle(), ErrorText::embeddedHub(hub.error(), file));
    m_embedded = std::move(*hub);
    m_progress->setLabelText(tr("Signing in as %1…").arg(login));
    const HubAddress address{QStringLiteral("127.0.0.1"), m_embedded->port()};
    signIn(address, login, KeptSignIn::token(KeptSignIn::embeddedKey(), login),
           QString::fromLatin1(hub::kDemoPassword));
}

void DeskStartup::useHub(const HubAddress& hub, const QString& login)
{
    const QString token = login.isEmpty() ? QString() : KeptSignIn::token(hubKey(hub), login);
    if (token.isEmpty())
        return askForSignIn(hub, login, {});
    signIn(hub, login, token, {});
}

void DeskStartup::signIn(const HubAddress& hub, const QString& login, const QString& token,
                         const QString& password)
{
    const QString file = replicaFile(hub, login);
    auto db = store::Database::open(toPath(file), store::OpenMode::CreateOrMigrate);
    if (!db) {
        const QString text = ErrorText::openCache(db.error(), file);
        if (m_dialog)
            return m_dialog->showError(text);
        return fail(startFailedTitle(), text);
    }
    const std::optional<domain::Agent> known = agentKnownTo(**db, login);
    (*db).reset(); // the sync thread and the session open their own connections

    m_attempt = std::make_unique<Attempt>();
    m_attempt->hub = hub;
    m_attempt->login = login;
    m_attempt->replica = file;
    m_attempt->sync = std::make_unique<DeskSync>(toPath(file), hub);
    watch(m_attempt->sync.get());
    m_attempt->sync->start(token, login, password, known.value_or(domain::Agent{}));
    // Offline first: a replica that knows its agent opens now, whatever the hub says. A
    // password typed in the dialog is checked before the dialog closes.
    if (known && !m_dialog)
        openSession(*known);
}

void DeskStartup::askForSignIn(const HubAddress& hub, const QString& login,
                               const QString& message)
{
    if (m_progress)
        m_progress->close();
    if (!m_dialog) {
        m_dialog = new LoginDialog(m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &LoginDialog::signInRequested, this, &DeskStartup::onSignInRequested);
        connect(m_dialog, &QDialog::rejected, this, [this] {
            if (m_attempt) {
                m_attempt->drop();
                m_attempt.reset();
            }
            if (!m_running) // cancelled before any session: nothing to show
                emit finished(0);
        });
        m_dialog->setHub(hub.toString());
        m_dialog->setLogin(login);
        m_dialog->show();
    }
    if (!message.isEmpty())
        m_dialog->showError(message);
}

void DeskStartup::onSignInRequested(const HubAddress& hub, const QString& login,
                                    const QString& password)
{
    if (m_running) { // signing in again to the session shown: hub and login are locked
        m_running->setPassword(login, password);
        return;
    }
    if (m_attempt) {
        m_attempt->drop();
        m_attempt.reset();
    }
    signIn(hub, login, {}, password);
}

void DeskStartup::watch(DeskSync* sync)
{
    connect(sync, &DeskSync::signedIn, this,
            [this, sync](const QString& token) { onSignedIn(sync, token); });
    connect(sync, &DeskSync::signInRefused, this,
            [this, sync](const QString& code) { onSignInRefused(sync, code); });
    connect(sync, &DeskSync::signInNeeded, this,
            [this, sync] { onSignInRefused(sync, QStringLiteral("session_expired")); });
    connect(sync, &DeskSync::statusChanged, this,
            [this, sync](const SyncStatus& status) { onLink(sync, status); });
}

void DeskStartup::onSignedIn(DeskSync* sync, const QString& token)
{
    const bool attempt = m_attempt && m_attempt->sync.get() == sync;
    if (!attempt && sync != m_running)
        return;
    const HubAddress hub = attempt ? m_attempt->hub : m_runningHub;
    const QString login = attempt ? m_attempt->login : m_runningLogin;
    KeptSignIn::remember(hubKey(hub), login, token);
    if (attempt)
        openSession(sync->agent());
    else if (m_dialog)
        m_dialog->accept(); // signed in again
}

void DeskStartup::onSignInRefused(DeskSync* sync, const QString& code)
{
    const QString message = ErrorText::signIn(code);
    if (m_attempt && m_attempt->sync.get() == sync) {
        const HubAddress hub = m_attempt->hub;
        const QString login = m_attempt->login;
        m_attempt->drop();
        m_attempt.reset();
        KeptSignIn::forget(hubKey(hub), login);
        return askForSignIn(hub, login, message);
    }
    if (sync == m_running) {
        KeptSignIn::forget(hubKey(m_runningHub), m_runningLogin);
        askAgainForRunningSession(message);
    }
}

void DeskStartup::onLink(DeskSync* sync, const SyncStatus& status)
{
    if (!m_attempt || m_attempt->sync.get() != sync)
        return;
    if (status.link == SyncStatus::Link::Connecting) {
        m_attempt->tried = true;
        return;
    }
    if (status.link != SyncStatus::Link::Offline || !m_attempt->tried)
        return;
    // The first connection failed before any session: say so where the agent can act.
    const HubAddress hub = m_attempt->hub;
    const QString login = m_attempt->login;
    m_attempt->drop();
    m_attempt.reset();
    askForSignIn(hub, login, ErrorText::hubUnreachable(hub.toString()));
}

void DeskStartup::openSession(const domain::Agent& agent)
{
    std::unique_ptr<Attempt> attempt = std::move(m_attempt);
    DeskSync* sync = attempt->sync.get();
    auto session = DeskSession::openReplica(toPath(attempt->replica), agent,
                                            std::move(attempt->sync));
    if (!session)
        return fail(startFailedTitle(), ErrorText::openCache(session.error(), attempt->replica));
    m_running = sync;
    m_runningHub = attempt->hub;
    m_runningLogin = attempt->login;
    if (m_dialog)
        m_dialog->accept();
    if (m_progress)
        m_progress->close();
    m_ready = std::move(*session);
    emit ready();
}

void DeskStartup::askAgainForRunningSession(const QString& message)
{
    if (!m_dialog) {
        m_dialog = new LoginDialog(m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_dialog->setHub(m_runningHub.toString());
        m_dialog->setLogin(m_runningLogin);
        m_dialog->lockIdentity();
        connect(m_dialog, &LoginDialog::signInRequested, this, &DeskStartup::onSignInRequested);
        // Cancelled: the desk stays open offline; writes wait in the outbox.
        m_dialog->show();
    }
    m_dialog->showError(message);
}

void DeskStartup::logOut(std::unique_ptr<DeskSession> session)
{
    if (DeskSync* sync = session ? session->sync() : nullptr)
        waitForLogOut(*sync);
    const HubAddress hub = m_runningHub;
    const QString login = m_runningLogin;
    KeptSignIn::forget(hubKey(hub), login);
    m_running = nullptr;
    session.reset(); // the sync thread stops; the replica and its outbox stay
    m_window = nullptr;
    askForSignIn(hub, login, {});
}

// The hub revokes the token when `logout` reaches it and then ends the connection. Give it
// a moment to, so the token dies at the hub and not only here; an unreachable hub is not
// waited for (the token is forgotten here either way and expires there).
void DeskStartup::waitForLogOut(DeskSync& sync)
{
    if (sync.status().link != SyncStatus::Link::Online)
        return;
    QEventLoop loop;
    connect(&sync, &DeskSync::statusChanged, &loop, [&loop](const SyncStatus& status) {
        if (status.link != SyncStatus::Link::Online)
            loop.quit();
    });
    QTimer::singleShot(kLogOutWaitMs, &loop, &QEventLoop::quit);
    sync.logOut();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

void DeskStartup::fail(const QString& title, const QString& text)
{
    if (m_progress)
        m_progress->close();
    qCritical("concord-desk: %s", qPrintable(text));
    QMessageBox::critical(m_window, title, text);
    emit finished(1);
}

bool DeskStartup::isEmbedded(const HubAddress& hub) const
{
    return m_embedded && hub.host == QLatin1String("127.0.0.1")
           && hub.port == m_embedded->port();
}

QString DeskStartup::hubKey(const HubAddress& hub) const
{
    return isEmbedded(hub) ? KeptSignIn::embeddedKey() : hub.toString();
}

QString DeskStartup::replicaFile(const HubAddress& hub, const QString& login) const
{
    return isEmbedded(hub) ? DeskFiles::embeddedReplica(login)
                           : DeskFiles::replica(hub.host, hub.port, login);
}

} // namespace concord::ui
