#include "LogContactDialog.h"

#include "common/DomainText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace concord::ui {

LogContactDialog::LogContactDialog(Kind kind, QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_summary(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("logContactDialog"));
    auto* form = new QFormLayout;
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("minutesField"));
    m_minutes->setRange(0, kind == Kind::Call ? 600 : 24 * 60);
    m_minutes->setSuffix(tr(" min"));
    if (kind == Kind::Call) {
        setWindowTitle(tr("Log a phone call"));
        m_seconds = new QSpinBox(this);
        m_seconds->setObjectName(QStringLiteral("secondsField"));
        m_seconds->setRange(0, 59);
        m_seconds->setSuffix(tr(" s"));
        auto* duration = new QHBoxLayout;
        duration->addWidget(m_minutes);
        duration->addWidget(m_seconds);
        duration->addStretch(1);
        form->addRow(tr("Duration:"), duration);
        m_outcome = new QComboBox(this);
        m_outcome->setObjectName(QStringLiteral("outcomeField"));
        for (auto outcome : {domain::CallOutcome::Answered, domain::CallOutcome::Missed,
                             domain::CallOutcome::Abandoned, domain::CallOutcome::Callback})
            m_outcome->addItem(DomainText::callOutcome(outcome), int(outcome));
        form->addRow(tr("Outcome:"), m_outcome);
    } else {
        setWindowTitle(tr("Log a branch visit"));
        m_branch = new QLineEdit(this);
        m_branch->setObjectName(QStringLiteral("branchField"));
        m_branch->setPlaceholderText(tr("e.g. Szczecin, Wojska Polskiego 24"));
        m_purpose = new QLineEdit(this);
        m_purpose->setObjectName(QStringLiteral("purposeField"));
        form->addRow(tr("Branch:"), m_branch);
        form->addRow(tr("Purpose:"), m_purpose);
        form->addRow(tr("Duration:"), m_minutes);
        connect(m_branch, &QLineEdit::textChanged, this, &LogContactDialog::updateButton);
    }
    m_summary->setObjectName(QStringLiteral("summaryField"));
    m_summary->setPlaceholderText(tr("What was said and agreed, for whoever reads this next"));
    form->addRow(tr("Summary:"), m_summary);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Log"));
    connect(m_summary, &QPlainTextEdit::textChanged, this, &LogContactDialog::updateButton);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    updateButton();
}

domain::CallDetail LogContactDialog::call() const
{
    domain::CallDetail detail;
    if (m_kind != Kind::Call)
        return detail;
    detail.durationSeconds = m_minutes->value() * 60 + m_seconds->value();
    detail.outcome = static_cast<domain::CallOutcome>(m_outcome->currentData().toInt());
    return detail;
}

domain::VisitDetail LogContactDialog::visit() const
{
    domain::VisitDetail detail;
    if (m_kind != Kind::Visit)
        return detail;
    detail.branch = m_branch->text().trimmed().toStdString();
    detail.purpose = m_purpose->text().trimmed().toStdString();
    detail.durationMinutes = m_minutes->value();
    return detail;
}

QString LogContactDialog::summary() const
{
    return m_summary->toPlainText().trimmed();
}

// A log nobody can read later is no log: a summary is required, and a visit needs its branch.
void LogContactDialog::updateButton()
{
    bool complete = !summary().isEmpty();
    if (m_kind == Kind::Visit)
        complete = complete && !m_branch->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

} // namespace concord::ui
