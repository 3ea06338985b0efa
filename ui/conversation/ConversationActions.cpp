#include "ConversationActions.h"

#include "LogContactDialog.h"
#include "common/DomainText.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>

namespace concord::ui {

ConversationActions::ConversationActions(QWidget* parent)
    : QWidget(parent)
    , m_claim(new QPushButton(tr("&Take it"), this))
    , m_status(makeMenuButton(QStringLiteral("statusButton")))
    , m_priority(makeMenuButton(QStringLiteral("priorityButton")))
    , m_transfer(makeMenuButton(QStringLiteral("transferButton")))
    , m_log(makeMenuButton(QStringLiteral("logButton")))
    , m_readOnly(new QLabel(tr("Another team's conversation: read only."), this))
{
    setObjectName(QStringLiteral("conversationActions"));
    m_claim->setObjectName(QStringLiteral("claimButton"));
    m_claim->setToolTip(tr("Assign this conversation to yourself"));
    m_readOnly->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnly->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 4, 12, 4);
    layout->addWidget(m_claim);
    layout->addWidget(m_status);
    layout->addWidget(m_priority);
    layout->addWidget(m_transfer);
    layout->addWidget(m_log);
    layout->addWidget(m_readOnly);
    layout->addStretch(1);
    connect(m_claim, &QPushButton::clicked, this, [this] {
        emit claimRequested(QString::fromStdString(m_conversation.id),
                            QString::fromStdString(m_conversation.assigneeId));
    });
    fillStatusMenu();
    fillPriorityMenu();
    m_log->setText(tr("Log"));
    m_log->setToolTip(tr("Log a phone call or a branch visit with this customer"));
    m_log->menu()->addAction(tr("Phone call…"), this, [this] { askForLog(true); });
    m_log->menu()->addAction(tr("Branch visit…"), this, [this] { askForLog(false); });
    m_transfer->setText(tr("Transfer"));
    m_transfer->setToolTip(tr("Hand this conversation to another team"));
}

void ConversationActions::setTeams(std::vector<domain::Team> teams)
{
    m_teams = std::move(teams);
    fillTransferMenu();
}

void ConversationActions::fillTransferMenu()
{
    QMenu* menu = m_transfer->menu();
    menu->clear();
    for (const domain::Team& team : m_teams) {
        QAction* action = menu->addAction(QString::fromStdString(team.name));
        action->setData(QString::fromStdString(team.id));
        action->setEnabled(team.id != m_conversation.teamId);
        connect(action, &QAction::triggered, this, [this, team] { askForTransfer(team); });
    }
}

void ConversationActions::askForLog(bool call)
{
    LogContactDialog dialog(call ? LogContactDialog::Kind::Call : LogContactDialog::Kind::Visit,
                            this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString id = QString::fromStdString(m_conversation.id);
    if (call)
        emit callLogged(id, dialog.call(), dialog.summary());
    else
        emit visitLogged(id, dialog.visit(), dialog.summary());
}

void ConversationActions::askForTransfer(const domain::Team& team)
{
    const QString teamName = QString::fromStdString(team.name);
    bool confirmed = false;
    const QString note = QInputDialog::getMultiLineText(
        this, tr("Transfer to %1").arg(teamName),
        tr("A note for %1 (optional): what has been done, what the customer expects.")
            .arg(teamName),
        QString(), &confirmed);
    if (!confirmed)
        return;
    emit transferRequested(QString::fromStdString(m_conversation.id),
                           QString::fromStdString(team.id),
                           QString::fromStdString(m_conversation.teamId), note.trimmed());
}

QToolButton* ConversationActions::makeMenuButton(const QString& objectName)
{
    auto* button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setMenu(new QMenu(button));
    return button;
}

void ConversationActions::fillStatusMenu()
{
    for (const domain::Status status : domain::kAllStatuses) {
        if (status == domain::Status::New) // only the hub makes a conversation new
            continue;
        QAction* action = m_status->menu()->addAction(DomainText::status(status));
        action->setData(static_cast<int>(status));
        connect(action, &QAction::triggered, this, [this, status] {
            emit statusRequested(QString::fromStdString(m_conversation.id), status);
        });
    }
}

void ConversationActions::fillPriorityMenu()
{
    for (const domain::Priority priority : domain::kAllPriorities) {
        QAction* action = m_priority->menu()->addAction(DomainText::priority(priority));
        action->setData(static_cast<int>(priority));
        connect(action, &QAction::triggered, this, [this, priority] {
            emit priorityRequested(QString::fromStdString(m_conversation.id), priority);
        });
    }
}

void ConversationActions::setConversation(const domain::Conversation& conversation,
                                          const QString& agentId, bool mayChange)
{
    m_conversation = conversation;
    const bool mine = QString::fromStdString(conversation.assigneeId) == agentId;
    m_claim->setVisible(mayChange && !mine);
    m_claim->setEnabled(conversation.assigneeId.empty());
    m_claim->setToolTip(conversation.assigneeId.empty()
                            ? tr("Assign this conversation to yourself")
                            : tr("Someone else has this conversation"));
    m_status->setVisible(mayChange);
    m_transfer->setVisible(mayChange && !m_teams.empty());
    m_log->setVisible(mayChange);
    for (QAction* action : m_transfer->menu()->actions())
        action->setEnabled(action->data().toString()
                           != QString::fromStdString(conversation.teamId));
    m_priority->setVisible(mayChange);
    m_readOnly->setVisible(!mayChange);
    m_status->setText(tr("Status: %1").arg(DomainText::status(conversation.status)));
    m_priority->setText(tr("Priority: %1").arg(DomainText::priority(conversation.priority)));
    for (QAction* action : m_status->menu()->actions())
        action->setEnabled(action->data().toInt() != static_cast<int>(conversation.status));
    for (QAction* action : m_priority->menu()->actions())
        action->setEnabled(action->data().toInt() != static_cast<int>(conversation.priority));
}

} // namespace concord::ui
