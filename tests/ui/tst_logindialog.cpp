// The login dialog as an agent meets it: it will not send an incomplete or malformed form,
// shows that it is working, and after a refusal lets the agent type the password again.

#include "shell/LoginDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using concord::ui::HubAddress;
using concord::ui::LoginDialog;

class TstLoginDialog : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void signInWaitsForACompleteForm();
    void sendsWhatWasTyped();
    void malformedHubIsExplainedNotSent();
    void refusalClearsPasswordAndExplains();
    void prefilledFormFocusesWhatIsMissing();

private:
    QLineEdit* field(const char* name) const
    {
        return m_dialog->findChild<QLineEdit*>(QString::fromLatin1(name));
    }
    QPushButton* signIn() const
    {
        return m_dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    }
    QLabel* message() const { return m_dialog->findChild<QLabel*>(QStringLiteral("loginMessage")); }
    void fill(const QString& hub, const QString& login, const QString& password)
    {
        field("hubField")->setText(hub);
        field("loginField")->setText(login);
        field("passwordField")->setText(password);
    }

    std::unique_ptr<LoginDialog> m_dialog;
};

void TstLoginDialog::init()
{
    m_dialog = std::make_unique<LoginDialog>();
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TstLoginDialog::cleanup()
{
    m_dialog.reset();
}

void TstLoginDialog::signInWaitsForACompleteForm()
{
    QVERIFY(!signIn()->isEnabled());
    fill(QStringLiteral("hub:7420"), QStringLiteral("anna.kowalska"), {});
    QVERIFY(!signIn()->isEnabled());
    field("passwordField")->setText(QStringLiteral("secret"));
    QVERIFY(signIn()->isEnabled());
    QCOMPARE(field("passwordField")->echoMode(), QLineEdit::Password);
}

void TstLoginDialog::sendsWhatWasTyped()
{
    QSignalSpy requested(m_dialog.get(), &LoginDialog::signInRequested);
    fill(QStringLiteral(" 127.0.0.1:7421 "), QStringLiteral(" anna.kowalska "),
         QStringLiteral(" pass with spaces "));
    QTest::mouseClick(signIn(), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    const auto hub = requested.at(0).at(0).value<HubAddress>();
    QCOMPARE(hub.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(int(hub.port), 7421);
    QCOMPARE(requested.at(0).at(1).toString(), QStringLiteral("anna.kowalska"));
    QCOMPARE(requested.at(0).at(2).toString(), QStringLiteral(" pass with spaces "));
    // Busy until the owner answers: nothing editable, nothing sent twice.
    QVERIFY(m_dialog->isBusy());
    QVERIFY(!field("passwordField")->isEnabled());
    QVERIFY(!signIn()->isEnabled());
    QVERIFY(message()->isVisible());
    QVERIFY(message()->text().contains(QStringLiteral("127.0.0.1:7421")));
    QTest::keyClick(m_dialog.get(), Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
}

void TstLoginDialog::malformedHubIsExplainedNotSent()
{
    QSignalSpy requested(m_dialog.get(), &LoginDialog::signInRequested);
    fill(QStringLiteral("hub:99999"), QStringLiteral("anna"), QStringLiteral("secret"));
    QTest::mouseClick(signIn(), Qt::LeftButton);
    QCOMPARE(requested.count(), 0);
    QVERIFY(!m_dialog->isBusy());
    QVERIFY(message()->isVisible());
    QVERIFY(message()->text().contains(QStringLiteral("hub:99999")));
    QTRY_VERIFY(field("hubField")->hasFocus());
}

void TstLoginDialog::refusalClearsPasswordAndExplains()
{
    fill(QStringLiteral("hub"), QStringLiteral("anna"), QStringLiteral("wrong"));
    QTest::mouseClick(signIn(), Qt::LeftButton);
    QVERIFY(m_dialog->isBusy());
    m_dialog->showError(QStringLiteral("The login or the password is wrong."));
    QVERIFY(!m_dialog->isBusy());
    QCOMPARE(message()->text(), QStringLiteral("The login or the password is wrong."));
    QVERIFY(field("passwordField")->text().isEmpty());
    QCOMPARE(field("loginField")->text(), QStringLiteral("anna")); // kept
    QTRY_VERIFY(field("passwordField")->hasFocus());
    QVERIFY(m_dialog->isVisible()); // still there to try again
}

void TstLoginDialog::prefilledFormFocusesWhatIsMissing()
{
    m_dialog->setHub(QStringLiteral("hub:7420"));
    m_dialog->setLogin(QStringLiteral("anna"));
    QTRY_VERIFY(field("passwordField")->hasFocus());
}

QTEST_MAIN(TstLoginDialog)
#include "tst_logindialog.moc"
