#pragma once
// The project's own channel icons (SVG in resources/icons), tinted for the current palette.

#include "domain/Channel.h"

#include <QIcon>

namespace concord::ui {

QIcon channelIcon(domain::Channel channel);
QIcon socialNetworkIcon(domain::SocialNetwork network); // falls back to the social icon

} // namespace concord::ui
