#include "PaneLabels.h"

#include <QLabel>

namespace concord::ui::customer {
namespace {

constexpr qreal kSmall = 0.88;

void scaleFont(QLabel* label, qreal factor, bool bold)
{
    QFont font = label->font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    label->setFont(font);
}

} // namespace

QLabel* makeSectionTitle(const QString& text)
{
    auto* label = new QLabel(text);
    scaleFont(label, 1.0, true);
    return label;
}

QLabel* makeCaption(const QString& text)
{
    auto* label = new QLabel(text);
    scaleFont(label, kSmall, false);
    // QLabel paints with its foreground role, so this follows palette changes by itself.
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel* makeMuted(const QString& text)
{
    auto* label = new QLabel(text);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setWordWrap(true);
    return label;
}

QLabel* makeFigure(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    scaleFont(label, 1.0, true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace concord::ui::customer
