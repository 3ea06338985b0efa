#include "ElidedLabel.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QtMath>

namespace concord::ui {

ElidedLabel::ElidedLabel(const QString& text, QWidget* parent) : QLabel(text, parent), m_full(text)
{
    setTextFormat(Qt::PlainText); // customers' own text: never read as markup
    setToolTip(text);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    // Selecting would pick up the ellipsis; the menu copies what the label stands for.
    auto* copy = new QAction(tr("Copy"), this);
    connect(copy, &QAction::triggered, this,
            [this] { QGuiApplication::clipboard()->setText(m_full); });
    addAction(copy);
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

// Room for a few characters around the ellipsis; the layout gives more when it has it.
QSize ElidedLabel::minimumSizeHint() const
{
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(QStringLiteral("mmmm…")), QLabel::minimumSizeHint().height()};
}

// The whole text with what surrounds it, rounded up: elide() compares exact widths, and a
// hint rounded down would elide text that fits.
QSize ElidedLabel::sizeHint() const
{
    const QFontMetricsF metrics(font());
    const QMargins around = contentsMargins();
    const int width = qCeil(metrics.horizontalAdvance(m_full)) + 2 * margin() + around.left()
                      + around.right();
    return {width, QLabel::sizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        elide();
}

void ElidedLabel::elide()
{
    const QFontMetrics metrics(font());
    const QString shown =
        metrics.elidedText(m_full, Qt::ElideMiddle, contentsRect().width() - 2 * margin());
    if (shown != text())
        setText(shown);
}

} // namespace concord::ui
