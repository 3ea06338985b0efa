#pragma once
// How the desk gets to its window: which cache, which hub, who signs in.
// - A cache file (--cache) opens offline and read-only, without a hub.
// - A hub (--hub, or the one used last): a kept token signs in without asking, otherwise the
//   login dialog asks. A replica that already knows its agent opens at once, before the hub
//   answers, so the desk works offline from the first second.
// - Neither: the built-in hub (EmbeddedHub), signed in as a demo agent.
// While a session runs it also answers the hub forgetting the token (the login dialog again,
// over the window) and the agent logging out.

#include "CommandLine.h"
#include "HubAddress.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QProgressDialog;
class QWidget;

namespace concord::domain {
struct Agent;
}

namespace concord::ui {

class DeskSession;
class DeskSync;
class EmbeddedHub;
class LoginDialog;
struct SyncStatus;

class DeskStartup : public QObject {
    Q_OBJECT
public:
    explicit DeskStartup(DeskOptions options, QObject* parent = nullptr);
    ~DeskStartup() override;

    // Starts the way the options and the kept sign-in choose; ends in ready() or finished().
    void begin();
    // After ready(): the session for the window (this keeps serving its sign-in needs).
    std::unique_ptr<DeskSession> takeSession();
    // The window the sign-in dialogs of a running session belong to.
    void setWindow(QWidget* window) { m_window = window; }
    // Forgets the token (here and, when reachable, at the hub), closes `session` and asks who
    // signs in next.
    void logOut(std::unique_ptr<DeskSession> session);
    // "127.0.0.1:41234 (built-in)" or the hub's address; empty for an offline cache file.
    QString hubLabel() const;

signals:
    void ready();
    void finished(int exitCode); // nothing to show: cancelled (0) or failed (1)

private:
    struct Attempt;

    void openOfflineCache();
    void useEmbedded(const QString& login);
    void useHub(const HubAddress& hub, const QString& login);
    void signIn(const HubAddress& hub, const QString& login, const QString& token,
                const QString& password);
    void askForSignIn(const HubAddress& hub, const QString& login, const QString& message);
    void onSignInRequested(const HubAddress& hub, const QString& login, const QString& password);
    void watch(DeskSync* sync);
    void onSignedIn(DeskSync* sync, const QString& token);
    void onSignInRefused(DeskSync* sync, const QString& code);
    void onLink(DeskSync* sync, const SyncStatus& status);
    void openSession(const domain::Agent& agent);
    void askAgainForRunningSession(const QString& message);
    void waitForLogOut(DeskSync& sync);
    void fail(const QString& title, const QString& text);
    QString hubKey(const HubAddress& hub) const;
    QString replicaFile(const HubAddress& hub, const QString& login) const;
    bool isEmbedded(const HubAddress& hub) const;

    DeskOptions m_options;
    std::unique_ptr<EmbeddedHub> m_embedded;
    std::unique_ptr<Attempt> m_attempt;       // a sign-in under way, before a session
    std::unique_ptr<DeskSession> m_ready;     // made, not yet taken by the window
    DeskSync* m_running = nullptr;            // the sync of the session the window shows
    HubAddress m_runningHub;
    QString m_runningLogin;
    QPointer<LoginDialog> m_dialog;
    QPointer<QProgressDialog> m_progress;
    QPointer<QWidget> m_window;
};

} // namespace concord::ui
