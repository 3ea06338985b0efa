#pragma once
// A row of checkable channel icons. Checked ones narrow the inbox to those channels, several
// at once; with none checked every channel shows.

#include "domain/Channel.h"

#include <QWidget>

class QToolButton;

namespace concord::ui {

class ChannelFilter : public QWidget {
    Q_OBJECT
public:
    explicit ChannelFilter(QWidget* parent = nullptr);

    domain::ChannelMask mask() const; // kAnyChannel when none is checked
    void setMask(domain::ChannelMask mask);
    bool isFiltering() const;
    QToolButton* button(domain::Channel channel) const;

signals:
    void maskChanged(domain::ChannelMask mask);

private:
    QList<QToolButton*> m_buttons; // in kAllChannels order
    bool m_updating = false;
};

} // namespace concord::ui
