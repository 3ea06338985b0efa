// Logging a call or a visit: the agent cannot log one without a summary (nor a visit
// without its branch), and what was filled in is what gets logged.

#include "conversation/LogContactDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using concord::ui::LogContactDialog;
namespace domain = concord::domain;

class TstLogContactDialog : public QObject {
    Q_OBJECT
private slots:
    void callNeedsASummaryAndKeepsWhatWasFilled();
    void visitNeedsItsBranch();
};

namespace {
QPushButton* logButton(LogContactDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}
} // namespace

void TstLogContactDialog::callNeedsASummaryAndKeepsWhatWasFilled()
{
    LogContactDialog dialog(LogContactDialog::Kind::Call);
    QVERIFY(!logButton(dialog)->isEnabled());
    dialog.findChild<QSpinBox*>(QStringLiteral("minutesField"))->setValue(4);
    dialog.findChild<QSpinBox*>(QStringLiteral("secondsField"))->setValue(30);
    auto* outcome = dialog.findChild<QComboBox*>(QStringLiteral("outcomeField"));
    outcome->setCurrentIndex(outcome->findData(int(domain::CallOutcome::Callback)));
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("summaryField"))
        ->setPlainText(QStringLiteral("  Oddzwonić jutro w sprawie zwrotu.  "));
    QVERIFY(logButton(dialog)->isEnabled());
    QCOMPARE(dialog.call().durationSeconds, 270);
    QCOMPARE(dialog.call().outcome, domain::CallOutcome::Callback);
    QCOMPARE(dialog.summary(), QStringLiteral("Oddzwonić jutro w sprawie zwrotu."));
    QCOMPARE(dialog.visit(), domain::VisitDetail{}); // a call logs no visit
}

void TstLogContactDialog::visitNeedsItsBranch()
{
    LogContactDialog dialog(LogContactDialog::Kind::Visit);
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("summaryField"))
        ->setPlainText(QStringLiteral("Klient oddał monitor."));
    QVERIFY(!logButton(dialog)->isEnabled());
    dialog.findChild<QLineEdit*>(QStringLiteral("branchField"))
        ->setText(QStringLiteral("Szczecin, Wojska Polskiego 24"));
    dialog.findChild<QLineEdit*>(QStringLiteral("purposeField"))->setText(QStringLiteral("Zwrot"));
    dialog.findChild<QSpinBox*>(QStringLiteral("minutesField"))->setValue(15);
    QVERIFY(logButton(dialog)->isEnabled());
    QCOMPARE(dialog.visit().branch, std::string("Szczecin, Wojska Polskiego 24"));
    QCOMPARE(dialog.visit().purpose, std::string("Zwrot"));
    QCOMPARE(dialog.visit().durationMinutes, 15);
}

QTEST_MAIN(TstLogContactDialog)
#include "tst_logcontactdialog.moc"
