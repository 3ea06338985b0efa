#include "MenuToolButton.h"

#include <QStyleOptionToolButton>
#include <QStylePainter>

namespace concord::ui {

MenuToolButton::MenuToolButton(QWidget* parent)
    : QToolButton(parent)
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setAutoRaise(true);
}

void MenuToolButton::setLabel(const QString& label)
{
    m_label = label;
    setText(label + QStringLiteral(" \u25BE"));
}

void MenuToolButton::paintEvent(QPaintEvent*)
{
    QStylePainter painter(this);
    QStyleOptionToolButton option;
    initStyleOption(&option);
    option.features &= ~QStyleOptionToolButton::HasMenu; // our arrow is in the text
    painter.drawComplexControl(QStyle::CC_ToolButton, option);
}

} // namespace concord::ui
