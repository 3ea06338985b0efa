#pragma once
// Sign in to a hub: its address, the agent's login and password. The dialog checks what it
// can (a well-formed address, nothing empty) and asks its owner to sign in; it stays open,
// busy, until the owner accepts it or reports why the hub said no.

#include "HubAddress.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace concord::ui {

class LoginDialog : public QDialog {
    Q_OBJECT
public:
    explicit LoginDialog(QWidget* parent = nullptr);

    // Pre-fills the form, e.g. with the last hub and login used; focus goes to what is missing.
    void setHub(const QString& address);
    void setLogin(const QString& login);
    // Signing in again to the same desk: hub and login are shown but cannot be changed.
    void lockIdentity();

    // The owner's answer to signInRequested: back to an editable form showing `message`, the
    // password cleared and focused (the hub refuses quietly; the agent types again).
    void showError(const QString& message);
    bool isBusy() const { return m_busy; }

signals:
    void signInRequested(const concord::ui::HubAddress& hub, const QString& login,
                         const QString& password);

private:
    void trySignIn();
    void setBusy(bool busy);
    void updateButton();

    QLineEdit* m_hub = nullptr;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_busy = false;
};

} // namespace concord::ui
