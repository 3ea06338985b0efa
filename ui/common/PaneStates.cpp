#include "PaneStates.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace concord::ui {
namespace {

QLabel* makeMutedLabel(const QString& text)
{
    auto* label = new QLabel(text);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

QWidget* makeEmptyStatePage(const QString& title, const QString& hint)
{
    auto* page = new QWidget;
    auto* titleLabel = makeMutedLabel(title);
    titleLabel->setObjectName(QStringLiteral("emptyState"));
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(8);
    layout->addStretch(1);
    layout->addWidget(titleLabel);
    layout->addWidget(makeMutedLabel(hint));
    layout->addStretch(1);
    return page;
}

ErrorStatePage::ErrorStatePage(QWidget* parent)
    : QWidget(parent)
    , m_line(new QLabel)
{
    auto* icon = new QLabel;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    m_line->setObjectName(QStringLiteral("errorLine"));
    m_line->setWordWrap(true);
    m_line->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* line = new QHBoxLayout;
    line->setSpacing(8);
    line->addWidget(icon);
    line->addWidget(m_line, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(line);
    layout->addStretch(1);
}

void ErrorStatePage::setMessage(const QString& text)
{
    m_line->setText(text);
}

} // namespace concord::ui
