#include "InboxDelegate.h"

#include "InboxModel.h"
#include "common/Colors.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace concord::ui {

namespace {

constexpr int kPadX = 10;
constexpr int kPadY = 8;
constexpr int kIconSize = 20;
constexpr int kTextLeft = kPadX + kIconSize + 10;
constexpr int kGap = 8;
constexpr int kLineGap = 4;
constexpr int kChipPadX = 7;
constexpr int kStripe = 3;
constexpr int kAssigneeMax = 120;
constexpr int kBarsWidth = 11;

struct Fonts {
    QFont primary;
    QFont strong;
    QFont small;
    QFont chip;
};

Fonts fontsFor(const QFont& base)
{
    Fonts fonts{base, base, base, base};
    fonts.strong.setWeight(QFont::DemiBold);
    if (base.pointSizeF() > 0)
        fonts.small.setPointSizeF(base.pointSizeF() * 0.9);
    else
        fonts.small.setPixelSize(qMax(9, base.pixelSize() * 9 / 10));
    fonts.chip = fonts.small;
    fonts.chip.setWeight(QFont::DemiBold);
    return fonts;
}

// The two inks of a row: its text and a quieter one for secondary facts. The quiet ink is the
// text colour made translucent, so it works on any background, selected or not.
struct Ink {
    QPalette palette;
    bool selected = false;
    QColor text;
    QColor muted;
};

Ink inkFor(const QStyleOptionViewItem& option)
{
    Ink ink;
    ink.palette = option.palette;
    ink.selected = option.state & QStyle::State_Selected;
    QPalette::ColorGroup group = QPalette::Disabled;
    if (option.state & QStyle::State_Enabled)
        group = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    ink.text = option.palette.color(group,
                                    ink.selected ? QPalette::HighlightedText : QPalette::Text);
    ink.muted = ink.text;
    ink.muted.setAlphaF(0.66f);
    return ink;
}

QColor withAlpha(QColor color, float alpha)
{
    color.setAlphaF(alpha);
    return color;
}

int chipWidth(const QFontMetrics& fm, const QString& text)
{
    return fm.horizontalAdvance(text) + 2 * kChipPadX;
}

// A rounded label; `rect` is its full box.
void paintChip(QPainter* painter, const QRect& rect, const QString& text, const QColor& fg,
               const QColor& bg, const QFont& font)
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(bg);
    const qreal radius = rect.height() / 2.0;
    painter->drawRoundedRect(QRectF(rect), radius, radius);
    painter->setFont(font);
    painter->setPen(fg);
    painter->drawText(rect, Qt::AlignCenter, text);
}

// Draws `text` right-aligned ending at `right`, on the line centred at `centerY`; returns the
// left edge it used.
int drawRightText(QPainter* painter, int right, int centerY, const QString& text,
                  const QFont& font, const QColor& color, int maxWidth = 0)
{
    const QFontMetrics fm(font);
    const QString shown = maxWidth > 0 ? fm.elidedText(text, Qt::ElideRight, maxWidth) : text;
    const int width = fm.horizontalAdvance(shown);
    const QRect box(right - width, centerY - fm.height() / 2, width, fm.height());
    painter->setFont(font);
    painter->setPen(color);
    painter->drawText(box, Qt::AlignRight | Qt::AlignVCenter, shown);
    return box.left();
}

void drawLeftText(QPainter* painter, int left, int right, int centerY, const QString& text,
                  const QFont& font, const QColor& color)
{
    if (right <= left || text.isEmpty())
        return;
    const QFontMetrics fm(font);
    const QRect box(left, centerY - fm.height() / 2, right - left, fm.height());
    painter->setFont(font);
    painter->setPen(color);
    painter->drawText(box, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(text, Qt::ElideRight, box.width()));
}

// Four rising bars, as many filled as the priority is high (low = one, urgent = four).
void paintPriorityBars(QPainter* painter, int left, int centerY, int level, const QColor& on,
                       const QColor& off)
{
    painter->setPen(Qt::NoPen);
    for (int bar = 0; bar < 4; ++bar) {
        const int height = 4 + 2 * bar;
        painter->setBrush(bar <= level ? on : off);
        painter->drawRect(QRect(left + bar * 3, centerY + 5 - height, 2, height));
    }
}

struct RowData {
    QString customer;
    QString subject;
    QString preview;
    QString status;
    QString priority;
    QString assignee;
    QString activity;
    QString sla;
    QIcon icon;
    domain::Status statusValue = domain::Status::New;
    domain::Priority priorityValue = domain::Priority::Normal;
    SlaState slaState = SlaState::None;
    bool unassigned = false;
};

RowData rowData(const QModelIndex& index)
{
    auto text = [&index](int column) {
        return index.siblingAtColumn(column).data(Qt::DisplayRole).toString();
    };
    const QModelIndex any = index.siblingAtColumn(InboxModel::ChannelColumn);
    RowData row;
    row.customer = text(InboxModel::CustomerColumn);
    row.preview = any.data(InboxModel::PreviewRole).toString();
    row.subject = text(InboxModel::SubjectColumn);
    if (row.subject == row.preview) // no subject of its own: the preview stands in
        row.preview.clear();
    row.status = text(InboxModel::StatusColumn);
    row.priority = text(InboxModel::PriorityColumn);
    row.assignee = text(InboxModel::AssigneeColumn);
    row.activity = text(InboxModel::ActivityColumn);
    row.sla = text(InboxModel::SlaColumn);
    row.icon = any.data(Qt::DecorationRole).value<QIcon>();
    row.statusValue = static_cast<domain::Status>(any.data(InboxModel::StatusRole).toInt());
    row.priorityValue =
        static_cast<domain::Priority>(any.data(InboxModel::PriorityRole).toInt());
    row.slaState = static_cast<SlaState>(any.data(InboxModel::SlaStateRole).toInt());
    row.unassigned = any.data(InboxModel::AssigneeIdRole).toString().isEmpty();
    return row;
}

int lineHeight(const Fonts& fonts)
{
    return qMax(QFontMetrics(fonts.strong).height(), QFontMetrics(fonts.chip).height() + 4);
}

} // namespace

QSize InboxDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const Fonts fonts = fontsFor(option.font);
    return {320, 2 * kPadY + 2 * lineHeight(fonts) + kLineGap};
}

void InboxDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();

    painter->save();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    painter->setRenderHint(QPainter::Antialiasing);

    const RowData row = rowData(index);
    const Ink ink = inkFor(opt);
    const Fonts fonts = fontsFor(option.font); // the view's font; weights are decided here
    const QRect r = opt.rect;
    const bool dark = isDark(opt.palette);
    const float tintAlpha = dark ? 0.24f : 0.14f;

    // A hairline between rows, quieter than any text.
    painter->setPen(withAlpha(opt.palette.color(QPalette::Text), 0.08f));
    painter->drawLine(r.left() + kTextLeft, r.bottom(), r.right(), r.bottom());

    if (row.priorityValue == domain::Priority::High
        || row.priorityValue == domain::Priority::Urgent) {
        painter->fillRect(QRect(r.left(), r.top(), kStripe, r.height()),
                          priorityColor(row.priorityValue, opt.palette));
    }

    const int line = lineHeight(fonts);
    const int line1 = r.top() + kPadY + line / 2;
    const int line2 = line1 + line + kLineGap;
    const int left = r.left() + kTextLeft;
    const int right = r.right() - kPadX;

    // Channel icon, centred on the two lines.
    const QRect iconRect(r.left() + kPadX, r.top() + (r.height() - kIconSize) / 2, kIconSize,
                         kIconSize);
    row.icon.paint(painter, iconRect, Qt::AlignCenter,
                   ink.selected ? QIcon::Selected : QIcon::Normal);

    // Line 1: time, SLA badge, customer.
    int edge = drawRightText(painter, right, line1, row.activity, fonts.small, ink.muted);
    const QFontMetrics chipFm(fonts.chip);
    const int chipHeight = chipFm.height() + 2;
    if (!row.sla.isEmpty()) {
        edge -= kGap;
        if (row.slaState == SlaState::Ok) {
            edge = drawRightText(painter, edge, line1, row.sla, fonts.small, ink.muted);
        } else {
            const QColor color = slaColor(row.slaState, opt.palette);
            const int width = chipWidth(chipFm, row.sla);
            const QRect chip(edge - width, line1 - chipHeight / 2, width, chipHeight);
            if (row.slaState == SlaState::Breached) // the one thing that must jump out
                paintChip(painter, chip, row.sla, dark ? QColor(0x1e1e1e) : QColor(Qt::white),
                          color, fonts.chip);
            else
                paintChip(painter, chip, row.sla, ink.selected ? ink.text : color,
                          withAlpha(ink.selected ? ink.text : color, tintAlpha + 0.06f),
                          fonts.chip);
            edge = chip.left();
        }
    }
    const bool isNew = row.statusValue == domain::Status::New;
    QFont nameFont = fonts.strong;
    if (isNew)
        nameFont.setWeight(QFont::Bold);
    drawLeftText(painter, left, edge - kGap, line1, row.customer, nameFont, ink.text);

    // Line 2: assignee, priority, status chip, then subject and preview in what is left.
    const bool roomy = r.width() > 420;
    edge = right;
    if (roomy) {
        QFont font = fonts.small;
        font.setItalic(row.unassigned);
        edge = drawRightText(painter, edge, line2, row.assignee, font, ink.muted, kAssigneeMax)
               - kGap;
    }
    const QColor priority = ink.selected ? ink.text : priorityColor(row.priorityValue,
                                                                    opt.palette);
    const bool loud = row.priorityValue == domain::Priority::High
                      || row.priorityValue == domain::Priority::Urgent;
    edge = drawRightText(painter, edge, line2, row.priority, fonts.small,
                         loud ? priority : ink.muted);
    edge -= kBarsWidth + 4;
    paintPriorityBars(painter, edge, line2, static_cast<int>(row.priorityValue), priority,
                      withAlpha(ink.text, 0.18f));
    edge -= kGap;

    const QColor status = ink.selected ? ink.text : statusColor(row.statusValue, opt.palette);
    const int statusWidth = chipWidth(chipFm, row.status);
    const QRect statusChip(edge - statusWidth, line2 - chipHeight / 2, statusWidth, chipHeight);
    paintChip(painter, statusChip, row.status, status, withAlpha(status, tintAlpha),
              fonts.chip);
    edge = statusChip.left() - kGap;

    QFont subjectFont = fonts.primary;
    if (isNew)
        subjectFont.setWeight(QFont::DemiBold);
    const QFontMetrics subjectFm(subjectFont);
    const int subjectRoom = edge - left;
    const QString subject = subjectFm.elidedText(row.subject, Qt::ElideRight, subjectRoom);
    drawLeftText(painter, left, edge, line2, subject, subjectFont, ink.text);
    if (!row.preview.isEmpty() && subject == row.subject) {
        const int used = subjectFm.horizontalAdvance(subject);
        drawLeftText(painter, left + used, edge, line2,
                     QStringLiteral(" \u2014 ") + row.preview, fonts.primary, ink.muted);
    }
    painter->restore();
}

} // namespace concord::ui
