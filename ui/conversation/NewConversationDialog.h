#pragma once
// Opening a conversation from the desk for a customer already known: the agent calls back,
// writes first, or records a walk-in. The agent picks the channel, the team it belongs to
// (one of theirs) and a subject, and may write the first message; the conversation starts
// open and assigned to the agent who opened it.

#include "domain/Agent.h"
#include "domain/Conversation.h"

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace concord::store {
class CacheReader;
}

namespace concord::ui {

class NewConversationDialog : public QDialog {
    Q_OBJECT
public:
    // `teams`: those the agent may open a conversation in.
    NewConversationDialog(const QString& customerName, const std::vector<domain::Team>& teams,
                          QWidget* parent = nullptr);

    struct Request {
        domain::Conversation conversation; // open, assigned to the agent, created now
        QString firstMessage;              // may be empty
    };
    // Asks the agent about a new conversation with `customerId` in one of the agent's teams
    // (any team for a supervisor); nothing when cancelled or the customer is unknown.
    static std::optional<Request> ask(QWidget* parent, store::CacheReader& reader,
                                      const domain::Agent& agent, const QString& customerId);

    domain::Channel channel() const;
    QString teamId() const;
    QString subject() const;
    QString firstMessage() const; // may be empty

private:
    void updateButton();

    QComboBox* m_channel = nullptr;
    QComboBox* m_team = nullptr;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace concord::ui
