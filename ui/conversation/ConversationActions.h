#pragma once
// What the agent can do to the open conversation besides writing: take it (a claim, which
// the hub lets only one agent win), and set its status or priority. Shown only for
// conversations the agent may change; another team's conversation reads "read only".

#include "domain/Agent.h"
#include "domain/Conversation.h"
#include "domain/Message.h"

#include <vector>

#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;

namespace concord::ui {

class ConversationActions : public QWidget {
    Q_OBJECT
public:
    explicit ConversationActions(QWidget* parent = nullptr);

    // `agentId`: who is at the desk; `mayChange`: the conversation is in the agent's teams
    // (or the agent supervises).
    void setConversation(const domain::Conversation& conversation, const QString& agentId,
                         bool mayChange);
    // The teams a conversation can be transferred to.
    void setTeams(std::vector<domain::Team> teams);

signals:
    // A phone call or branch visit the agent logged (confirmed in a dialog).
    void callLogged(const QString& conversationId, const concord::domain::CallDetail& call,
                    const QString& summary);
    void visitLogged(const QString& conversationId, const concord::domain::VisitDetail& visit,
                     const QString& summary);
    // Take the conversation, provided it is still assigned to `expectedAssigneeId` (empty:
    // unassigned); the hub refuses it when someone was faster.
    void claimRequested(const QString& conversationId, const QString& expectedAssigneeId);
    void statusRequested(const QString& conversationId, concord::domain::Status status);
    void priorityRequested(const QString& conversationId, concord::domain::Priority priority);
    // Hand the conversation to another team, with a note for them (may be empty); refused
    // when it moved meanwhile. The agent confirms in a dialog first.
    void transferRequested(const QString& conversationId, const QString& teamId,
                           const QString& expectedTeamId, const QString& note);

private:
    QToolButton* makeMenuButton(const QString& objectName);
    void fillStatusMenu();
    void fillPriorityMenu();
    void fillTransferMenu();
    void askForTransfer(const domain::Team& team);
    void askForLog(bool call);

    domain::Conversation m_conversation;
    QPushButton* m_claim = nullptr;
    QToolButton* m_status = nullptr;
    QToolButton* m_priority = nullptr;
    QToolButton* m_transfer = nullptr;
    QToolButton* m_log = nullptr;
    std::vector<domain::Team> m_teams;
    QLabel* m_readOnly = nullptr;
};

} // namespace concord::ui
