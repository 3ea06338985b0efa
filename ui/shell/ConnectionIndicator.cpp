#include "ConnectionIndicator.h"

#include "common/Colors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace concord::ui {
namespace {

constexpr int kDotSize = 10;

QColor linkColor(SyncStatus::Link link, const QPalette& palette)
{
    // The SLA colours already mean "fine" and "watch out" on both palettes.
    switch (link) {
    case SyncStatus::Link::Online: return slaColor(SlaState::Ok, palette);
    case SyncStatus::Link::Connecting: return slaColor(SlaState::DueSoon, palette);
    case SyncStatus::Link::Offline: break;
    }
    return palette.color(QPalette::PlaceholderText);
}

QPixmap dot(const QColor& color, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(kDotSize, kDotSize) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1, 1, kDotSize - 2, kDotSize - 2));
    return pixmap;
}

QString linkText(SyncStatus::Link link)
{
    switch (link) {
    case SyncStatus::Link::Online: return ConnectionIndicator::tr("Online");
    case SyncStatus::Link::Connecting: return ConnectionIndicator::tr("Connecting…");
    case SyncStatus::Link::Offline: break;
    }
    return ConnectionIndicator::tr("Offline");
}

} // namespace

ConnectionIndicator::ConnectionIndicator(QWidget* parent)
    : QWidget(parent)
    , m_dot(new QLabel(this))
    , m_link(new QLabel(this))
    , m_pending(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionIndicator"));
    m_link->setObjectName(QStringLiteral("connectionLink"));
    m_pending->setObjectName(QStringLiteral("connectionPending"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_dot);
    layout->addWidget(m_link);
    layout->addWidget(m_pending);
    refresh();
}

void ConnectionIndicator::setStatus(const SyncStatus& status)
{
    if (status == m_status)
        return;
    m_status = status;
    refresh();
}

void ConnectionIndicator::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh();
}

void ConnectionIndicator::refresh()
{
    m_dot->setPixmap(dot(linkColor(m_status.link, palette()), devicePixelRatioF()));
    if (m_status.loadedRecords >= 0) // a snapshot streams in (the link is not yet live)
        m_link->setText(tr("Loading the inbox: %L1 records…").arg(m_status.loadedRecords));
    else
        m_link->setText(linkText(m_status.link));
    m_pending->setText(tr("%n change(s) waiting to be sent", nullptr, m_status.pendingWrites));
    m_pending->setVisible(m_status.pendingWrites > 0);
    setToolTip(m_status.hub.isEmpty() ? tr("No hub configured: this desk works on its own cache.")
                                      : tr("Hub: %1").arg(m_status.hub));
}

} // namespace concord::ui
