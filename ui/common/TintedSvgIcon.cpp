#include "TintedSvgIcon.h"

#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace concord::ui {

namespace {

QColor tintFor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled: return palette.color(QPalette::Disabled, QPalette::Text);
    case QIcon::Selected: return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active: break;
    }
    return palette.color(QPalette::Active, QPalette::Text);
}

} // namespace

QIcon TintedSvgIcon::icon(const QString& resourcePath)
{
    static QHash<QString, QIcon> icons;
    auto it = icons.find(resourcePath);
    if (it == icons.end())
        it = icons.insert(resourcePath, QIcon(new TintedSvgIcon(resourcePath)));
    return *it;
}

TintedSvgIcon::TintedSvgIcon(const QString& resourcePath)
    : m_path(resourcePath)
    , m_renderer(std::make_shared<QSvgRenderer>(resourcePath))
{}

void TintedSvgIcon::paint(QPainter* painter, const QRect& rect, QIcon::Mode mode,
                          QIcon::State state)
{
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap pm = pixmap(rect.size() * dpr, mode, state);
    pm.setDevicePixelRatio(dpr);
    const QSize logical = pm.size() / dpr;
    const QPoint topLeft(rect.x() + (rect.width() - logical.width()) / 2,
                         rect.y() + (rect.height() - logical.height()) / 2);
    painter->drawPixmap(topLeft, pm);
}

QSize TintedSvgIcon::actualSize(const QSize& size, QIcon::Mode, QIcon::State)
{
    const int side = qMin(size.width(), size.height());
    return {side, side};
}

QPixmap TintedSvgIcon::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state)
{
    const QSize square = actualSize(size, mode, state);
    if (square.isEmpty() || !m_renderer->isValid())
        return {};
    const QColor tint = tintFor(mode);
    const QString cacheKey = QStringLiteral("concord-icon|%1|%2|%3")
                                 .arg(m_path)
                                 .arg(square.width())
                                 .arg(tint.rgba());
    QPixmap pm;
    if (QPixmapCache::find(cacheKey, &pm))
        return pm;

    pm = QPixmap(square);
    pm.fill(Qt::transparent);
    QPainter painter(&pm);
    painter.setRenderHint(QPainter::Antialiasing);
    m_renderer->render(&painter, QRectF(QPointF(0, 0), QSizeF(square)));
    // Keep the drawing's coverage, replace its colour.
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(pm.rect(), tint);
    painter.end();
    QPixmapCache::insert(cacheKey, pm);
    return pm;
}

QIconEngine* TintedSvgIcon::clone() const
{
    return new TintedSvgIcon(*this);
}

QString TintedSvgIcon::key() const
{
    return QStringLiteral("concord-tinted-svg");
}

bool TintedSvgIcon::isNull()
{
    return !m_renderer->isValid();
}

} // namespace concord::ui
