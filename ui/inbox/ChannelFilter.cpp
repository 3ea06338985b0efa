#include "ChannelFilter.h"

#include "common/ChannelIcons.h"
#include "common/DomainText.h"

#include <QHBoxLayout>
#include <QToolButton>

namespace concord::ui {

using namespace concord::domain;

ChannelFilter::ChannelFilter(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (Channel channel : kAllChannels) {
        auto* button = new QToolButton(this);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setIcon(channelIcon(channel));
        button->setIconSize({18, 18});
        button->setToolTip(tr("Show %1").arg(DomainText::channel(channel)));
        button->setAccessibleName(DomainText::channel(channel));
        button->setObjectName(QStringLiteral("channelFilter_%1")
                                  .arg(QString::fromLatin1(toKey(channel).data(),
                                                           toKey(channel).size())));
        connect(button, &QToolButton::toggled, this, [this] {
            if (!m_updating)
                emit maskChanged(mask());
        });
        layout->addWidget(button);
        m_buttons.append(button);
    }
}

QToolButton* ChannelFilter::button(Channel channel) const
{
    return m_buttons.value(static_cast<int>(channel));
}

ChannelMask ChannelFilter::mask() const
{
    ChannelMask bits = 0;
    for (Channel channel : kAllChannels)
        if (button(channel)->isChecked())
            bits |= channelBit(channel);
    return bits ? bits : kAnyChannel;
}

bool ChannelFilter::isFiltering() const
{
    return mask() != kAnyChannel;
}

void ChannelFilter::setMask(ChannelMask mask)
{
    const ChannelMask before = this->mask();
    const bool any = (mask & kAnyChannel) == kAnyChannel;
    m_updating = true;
    for (Channel channel : kAllChannels)
        button(channel)->setChecked(!any && (mask & channelBit(channel)));
    m_updating = false;
    if (this->mask() != before)
        emit maskChanged(this->mask());
}

} // namespace concord::ui
