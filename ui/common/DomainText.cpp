#include "DomainText.h"

#include <QLocale>

namespace concord::ui {

using namespace concord::domain;

QString DomainText::channel(Channel channel)
{
    switch (channel) {
    case Channel::Email: return tr("E-mail");
    case Channel::Chat: return tr("Chat");
    case Channel::Sms: return tr("SMS");
    case Channel::Social: return tr("Social");
    case Channel::Voice: return tr("Phone");
    case Channel::Visit: return tr("Visit");
    }
    return {};
}

QString DomainText::channel(Channel channel, SocialNetwork network)
{
    if (channel == Channel::Social && network != SocialNetwork::None)
        return DomainText::network(network);
    return DomainText::channel(channel);
}

QString DomainText::network(SocialNetwork network)
{
    // Brand names stay as they are in every language; translators may still adapt them.
    switch (network) {
    case SocialNetwork::None: return tr("Social");
    case SocialNetwork::Messenger: return tr("Messenger");
    case SocialNetwork::WhatsApp: return tr("WhatsApp");
    case SocialNetwork::Instagram: return tr("Instagram");
    case SocialNetwork::Telegram: return tr("Telegram");
    case SocialNetwork::X: return tr("X");
    }
    return {};
}

QString DomainText::status(Status status)
{
    switch (status) {
    case Status::New: return tr("New");
    case Status::Open: return tr("Open");
    case Status::Pending: return tr("Pending");
    case Status::Resolved: return tr("Resolved");
    case Status::Closed: return tr("Closed");
    }
    return {};
}

QString DomainText::priority(Priority priority)
{
    switch (priority) {
    case Priority::Low: return tr("Low");
    case Priority::Normal: return tr("Normal");
    case Priority::High: return tr("High");
    case Priority::Urgent: return tr("Urgent");
    }
    return {};
}

QString DomainText::direction(Direction direction)
{
    switch (direction) {
    case Direction::Inbound: return tr("Inbound");
    case Direction::Outbound: return tr("Outbound");
    case Direction::Note: return tr("Internal note");
    case Direction::Event: return tr("Event");
    }
    return {};
}

QString DomainText::callOutcome(CallOutcome outcome)
{
    switch (outcome) {
    case CallOutcome::Answered: return tr("Answered");
    case CallOutcome::Abandoned: return tr("Abandoned");
    case CallOutcome::Missed: return tr("Missed");
    case CallOutcome::Callback: return tr("Callback");
    }
    return {};
}

QString DomainText::identityKind(IdentityKind kind)
{
    switch (kind) {
    case IdentityKind::Email: return tr("E-mail");
    case IdentityKind::Phone: return tr("Phone");
    case IdentityKind::Social: return tr("Social");
    }
    return {};
}

QString DomainText::role(Role role)
{
    switch (role) {
    case Role::Agent: return tr("Agent");
    case Role::Supervisor: return tr("Supervisor");
    }
    return {};
}

QString DomainText::language(const std::string& tag)
{
    const QLocale locale(QString::fromStdString(tag));
    switch (locale.language()) {
    case QLocale::Polish: return tr("Polish");
    case QLocale::English: return tr("English");
    case QLocale::German: return tr("German");
    case QLocale::Ukrainian: return tr("Ukrainian");
    case QLocale::C: return QString::fromStdString(tag);
    default: return QLocale::languageToString(locale.language());
    }
}

} // namespace concord::ui
