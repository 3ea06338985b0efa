#include "LoginDialog.h"

#include "common/Colors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace concord::ui {

LoginDialog::LoginDialog(QWidget* parent)
    : QDialog(parent)
    , m_hub(new QLineEdit(this))
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Sign in to Concord"));
    m_hub->setObjectName(QStringLiteral("hubField"));
    m_hub->setPlaceholderText(tr("host:port, e.g. hub.example.com:%1")
                                  .arg(HubAddress::kDefaultPort));
    m_login->setObjectName(QStringLiteral("loginField"));
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Hub:"), m_hub);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(380);

    for (QLineEdit* field : {m_hub, m_login, m_password})
        connect(field, &QLineEdit::textChanged, this, &LoginDialog::updateButton);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::trySignIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButton();
}

void LoginDialog::setHub(const QString& address)
{
    m_hub->setText(address);
    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();
}

void LoginDialog::setLogin(const QString& login)
{
    m_login->setText(login);
    (m_hub->text().isEmpty() ? m_hub : m_password)->setFocus();
}

void LoginDialog::lockIdentity()
{
    m_hub->setReadOnly(true);
    m_login->setReadOnly(true);
    m_password->setFocus();
}

void LoginDialog::trySignIn()
{
    if (m_busy)
        return;
    const auto hub = HubAddress::parse(m_hub->text());
    if (!hub) {
        showError(tr("“%1” is not a hub address. Write it as host or host:port.")
                      .arg(m_hub->text().trimmed()));
        m_hub->setFocus();
        m_hub->selectAll();
        return;
    }
    setBusy(true);
    m_message->setText(tr("Signing in to %1…").arg(hub->toString()));
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_message->show();
    emit signInRequested(*hub, m_login->text().trimmed(), m_password->text());
}

void LoginDialog::showError(const QString& message)
{
    setBusy(false);
    QPalette warning = m_message->palette();
    warning.setColor(QPalette::WindowText, slaColor(SlaState::Breached, palette()));
    m_message->setPalette(warning);
    m_message->setForegroundRole(QPalette::WindowText);
    m_message->setText(message);
    m_message->show();
    m_password->clear();
    m_password->setFocus();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QLineEdit* field : {m_hub, m_login, m_password})
        field->setEnabled(!busy);
    updateButton();
}

void LoginDialog::updateButton()
{
    const bool complete = !m_hub->text().trimmed().isEmpty()
                          && !m_login->text().trimmed().isEmpty() && !m_password->text().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete && !m_busy);
}

} // namespace concord::ui
