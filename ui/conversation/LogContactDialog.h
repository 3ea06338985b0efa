#pragma once
// Logging a contact that happened outside the desk's channels: a phone call taken or made
// on the desk phone, or a customer's visit to a branch. The agent fills in what a colleague
// will need later (how long, how it ended or where, and a short summary); the log becomes an
// event in the conversation's thread.

#include "domain/Message.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace concord::ui {

class LogContactDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind { Call, Visit };
    explicit LogContactDialog(Kind kind, QWidget* parent = nullptr);

    Kind kind() const { return m_kind; }
    domain::CallDetail call() const;
    domain::VisitDetail visit() const;
    QString summary() const;

private:
    void updateButton();

    Kind m_kind;
    QSpinBox* m_minutes = nullptr;
    QSpinBox* m_seconds = nullptr;
    QComboBox* m_outcome = nullptr;
    QLineEdit* m_branch = nullptr;
    QLineEdit* m_purpose = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace concord::ui
