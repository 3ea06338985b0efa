#include "NewConversationDialog.h"

#include "common/DomainText.h"
#include "store/CacheReader.h"

#include <QDateTime>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace concord::ui {

NewConversationDialog::NewConversationDialog(const QString& customerName,
                                             const std::vector<domain::Team>& teams,
                                             QWidget* parent)
    : QDialog(parent)
    , m_channel(new QComboBox(this))
    , m_team(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_message(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newConversationDialog"));
    setWindowTitle(tr("New conversation with %1").arg(customerName));
    m_channel->setObjectName(QStringLiteral("channelField"));
    // Social messengers need the customer to write first; the rest the desk can start.
    for (auto channel : {domain::Channel::Email, domain::Channel::Sms, domain::Channel::Voice,
                         domain::Channel::Visit, domain::Channel::Chat})
        m_channel->addItem(DomainText::channel(channel), int(channel));
    m_team->setObjectName(QStringLiteral("teamField"));
    for (const domain::Team& team : teams)
        m_team->addItem(QString::fromStdString(team.name), QString::fromStdString(team.id));
    m_subject->setObjectName(QStringLiteral("subjectField"));
    m_subject->setPlaceholderText(tr("What it is about, e.g. Callback about order MC-1234"));
    m_message->setObjectName(QStringLiteral("firstMessageField"));
    m_message->setPlaceholderText(tr("First message to the customer (optional)"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Open conversation"));

    auto* form = new QFormLayout;
    form->addRow(tr("Channel:"), m_channel);
    form->addRow(tr("Team:"), m_team);
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("Message:"), m_message);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    connect(m_subject, &QLineEdit::textChanged, this, &NewConversationDialog::updateButton);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButton();
}

std::optional<NewConversationDialog::Request>
NewConversationDialog::ask(QWidget* parent, store::CacheReader& reader,
                           const domain::Agent& agent, const QString& customerId)
{
    const auto customer = reader.customer(customerId.toStdString());
    if (!customer)
        return std::nullopt;
    std::vector<domain::Team> teams;
    if (auto all = reader.teams())
        for (domain::Team& team : *all)
            if (agent.role == domain::Role::Supervisor
                || std::find(agent.teamIds.begin(), agent.teamIds.end(), team.id)
                       != agent.teamIds.end())
                teams.push_back(std::move(team));
    NewConversationDialog dialog(QString::fromStdString(customer->displayName), teams, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    Request request;
    domain::Conversation& c = request.conversation;
    c.id = domain::newUuid();
    c.customerId = customer->id;
    c.channel = dialog.channel();
    c.subject = dialog.subject().toStdString();
    c.status = domain::Status::Open; // the agent is already on it
    c.teamId = dialog.teamId().toStdString();
    c.assigneeId = agent.id;
    c.created = domain::fromEpochMs(QDateTime::currentMSecsSinceEpoch());
    c.lastActivity = c.created;
    request.firstMessage = dialog.firstMessage();
    return request;
}

domain::Channel NewConversationDialog::channel() const
{
    return static_cast<domain::Channel>(m_channel->currentData().toInt());
}

QString NewConversationDialog::teamId() const
{
    return m_team->currentData().toString();
}

QString NewConversationDialog::subject() const
{
    return m_subject->text().trimmed();
}

QString NewConversationDialog::firstMessage() const
{
    return m_message->toPlainText().trimmed();
}

void NewConversationDialog::updateButton()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!subject().isEmpty() && m_team->count() > 0);
}

} // namespace concord::ui
