#include "ChannelIcons.h"

#include "TintedSvgIcon.h"

namespace concord::ui {

using namespace concord::domain;

namespace {

QString channelFile(Channel channel)
{
    switch (channel) {
    case Channel::Email: return QStringLiteral("email");
    case Channel::Chat: return QStringLiteral("chat");
    case Channel::Sms: return QStringLiteral("sms");
    case Channel::Social: return QStringLiteral("social");
    case Channel::Voice: return QStringLiteral("voice");
    case Channel::Visit: return QStringLiteral("visit");
    }
    return QStringLiteral("chat");
}

QString networkFile(SocialNetwork network)
{
    switch (network) {
    case SocialNetwork::Messenger: return QStringLiteral("messenger");
    case SocialNetwork::WhatsApp: return QStringLiteral("whatsapp");
    case SocialNetwork::Instagram: return QStringLiteral("instagram");
    case SocialNetwork::Telegram: return QStringLiteral("telegram");
    case SocialNetwork::X: return QStringLiteral("x");
    case SocialNetwork::None: break;
    }
    return QStringLiteral("social");
}

QIcon fromResource(const QString& name)
{
    return TintedSvgIcon::icon(QStringLiteral(":/icons/%1.svg").arg(name));
}

} // namespace

QIcon channelIcon(Channel channel)
{
    return fromResource(channelFile(channel));
}

QIcon socialNetworkIcon(SocialNetwork network)
{
    return fromResource(networkFile(network));
}

} // namespace concord::ui
