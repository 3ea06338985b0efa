#include "HistoryDelegate.h"

#include "CustomerHistoryModel.h"

#include <QApplication>
#include <QPainter>

namespace concord::ui {
namespace {

constexpr int kPadH = 12;
constexpr int kPadV = 6;
constexpr int kIcon = 16;
constexpr int kGap = 8;
constexpr int kLineGap = 2;
constexpr int kAccent = 3;

QFont smallFont(const QFont& base)
{
    QFont small = base;
    if (base.pointSizeF() > 0)
        small.setPointSizeF(base.pointSizeF() * 0.88);
    return small;
}

QString columnText(const QModelIndex& index, int column)
{
    return index.siblingAtColumn(column).data().toString();
}

} // namespace

QSize HistoryDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    QFont bold = option.font;
    bold.setBold(true);
    const int height = QFontMetrics(bold).height() + kLineGap
                       + QFontMetrics(smallFont(option.font)).height() + 2 * kPadV;
    return {option.rect.width(), height};
}

void HistoryDelegate::paintBackground(QPainter* painter, const QStyleOptionViewItem& option,
                                      const QModelIndex& index) const
{
    // The style draws hover and selection; the model's BackgroundRole tints the open row.
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    if (index.data(CustomerHistoryModel::IsCurrentRole).toBool()) {
        painter->fillRect(QRect(option.rect.left(), option.rect.top(), kAccent,
                                option.rect.height()),
                          option.palette.color(QPalette::Highlight));
    }
}

void HistoryDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const
{
    painter->save();
    paintBackground(painter, option, index);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette& pal = option.palette;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = selected ? text : pal.color(QPalette::PlaceholderText);

    const QRect area = option.rect.adjusted(kPadH, kPadV, -kPadH, -kPadV);
    QFont titleFont = option.font;
    titleFont.setBold(index.data(CustomerHistoryModel::IsCurrentRole).toBool());
    const QFont small = smallFont(option.font);
    const QFontMetrics titleFm(titleFont);
    const QFontMetrics smallFm(small);

    const auto icon = index.data(Qt::DecorationRole).value<QIcon>();
    const int lineH = titleFm.height();
    icon.paint(painter, QRect(area.left(), area.top() + (lineH - kIcon) / 2, kIcon, kIcon));
    const int x = area.left() + kIcon + kGap;

    const QString date = columnText(index, CustomerHistoryModel::DateColumn);
    const int dateW = smallFm.horizontalAdvance(date);
    const QRect dateRect(area.right() - dateW, area.top(), dateW, lineH);
    painter->setFont(small);
    painter->setPen(muted);
    painter->drawText(dateRect, Qt::AlignRight | Qt::AlignVCenter, date);

    const QString subject = columnText(index, CustomerHistoryModel::SubjectColumn);
    const int subjectW = std::max(0, dateRect.left() - kGap - x);
    painter->setFont(titleFont);
    painter->setPen(text);
    painter->drawText(QRect(x, area.top(), subjectW, lineH), Qt::AlignLeft | Qt::AlignVCenter,
                      titleFm.elidedText(subject, Qt::ElideRight, subjectW));

    // Second line: status in its colour, then "channel · survey" muted.
    const int y = area.top() + lineH + kLineGap;
    const QModelIndex statusIndex = index.siblingAtColumn(CustomerHistoryModel::StatusColumn);
    const QString status = statusIndex.data().toString();
    const QVariant statusBrush = statusIndex.data(Qt::ForegroundRole);
    painter->setFont(small);
    painter->setPen(selected || !statusBrush.isValid() ? text
                                                      : statusBrush.value<QBrush>().color());
    const int statusW = smallFm.horizontalAdvance(status);
    painter->drawText(QRect(x, y, statusW, smallFm.height()), Qt::AlignLeft, status);

    QStringList rest{columnText(index, CustomerHistoryModel::ChannelColumn)};
    if (const QString survey = columnText(index, CustomerHistoryModel::SurveyColumn);
        !survey.isEmpty())
        rest << survey;
    const QString restText = QStringLiteral(" · ") + rest.join(QStringLiteral(" · "));
    const int restW = std::max(0, area.right() - (x + statusW));
    painter->setPen(muted);
    painter->drawText(QRect(x + statusW, y, restW, smallFm.height()), Qt::AlignLeft,
                      smallFm.elidedText(restText, Qt::ElideRight, restW));
    painter->restore();
}

} // namespace concord::ui
