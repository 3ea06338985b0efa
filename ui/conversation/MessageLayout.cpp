#include "MessageLayout.h"

#include "ColorMix.h"
#include "common/ChannelIcons.h"
#include "common/Colors.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QStyleOptionViewItem>
#include <QTextLine>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace concord::ui {
namespace {

// The house grid: 4 px steps, 8 between blocks, 12 at the sides.
constexpr int kSide = 12;       // from the view's edges to the bubbles
constexpr int kGap = 4;         // above and below every row
constexpr int kPadH = 12;       // inside a bubble, left and right
constexpr int kPadV = 8;        // inside a bubble, top and bottom
constexpr int kLineGap = 2;     // between the lines of a header block
constexpr int kBodyGap = 6;     // between the header block and the body
constexpr int kPieceGap = 8;    // between the pieces of one header row
constexpr int kRadius = 10;
constexpr int kIcon = 20;
constexpr int kMaxBubble = 680;
constexpr int kMaxCard = 560;
constexpr int kMinCard = 280;
constexpr int kMaxSystemLine = 600;
constexpr int kMinInner = 40;
constexpr int kNoteBar = 3;

QColor amber(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xf0, 0xc0, 0x40) : QColor(0xd9, 0x96, 0x00);
}

int ceilWidth(qreal w)
{
    return int(std::ceil(w));
}

} // namespace

MessageLayout::MessageLayout(const QStyleOptionViewItem& option, const QModelIndex& index,
                             int width)
    : m_width(std::max(width, 2 * kSide + 2 * kPadH + kMinInner))
{
    makeFonts(option.font);
    m_kind = ThreadModel::Kind(index.data(ThreadModel::KindRole).toInt());
    if (index.data(ThreadModel::DayBreakRole).toBool())
        layoutDayBreak(index);
    switch (m_kind) {
    case ThreadModel::Kind::Inbound:
    case ThreadModel::Kind::Outbound:
    case ThreadModel::Kind::Note: layoutBubble(index, m_kind); break;
    case ThreadModel::Kind::CallEvent:
    case ThreadModel::Kind::VisitEvent: layoutCard(index); break;
    case ThreadModel::Kind::SystemEvent: layoutSystemLine(index); break;
    }
}

MessageLayout::~MessageLayout() = default;

void MessageLayout::makeFonts(const QFont& base)
{
    QFont small = base;
    if (base.pointSizeF() > 0)
        small.setPointSizeF(base.pointSizeF() * 0.88);
    else
        small.setPixelSize(std::max(8, base.pixelSize() * 88 / 100));
    m_fonts = {base, base, small, small};
    m_fonts[Bold].setBold(true);
    m_fonts[SmallBold].setBold(true);
    for (int f = 0; f < FontCount; ++f)
        m_metrics[f].emplace(m_fonts[f]);
}

void MessageLayout::layoutDayBreak(const QModelIndex& index)
{
    m_dayText = index.data(ThreadModel::DayTextRole).toString();
    m_dayRect = QRect(0, 2 * kGap + kPadV / 2, m_width, m_metrics[SmallBold]->height());
    m_top = m_dayRect.bottom() + 1 + kGap;
}

int MessageLayout::addLine(const QString& text, FontKind font, Tone tone, int maxWidth)
{
    const QFontMetrics& fm = *m_metrics[font];
    int width = fm.horizontalAdvance(text);
    if (width <= maxWidth) {
        m_lines.push_back({text, font, tone, {}});
        return width;
    }
    const QString shown = fm.elidedText(text, Qt::ElideRight, maxWidth);
    m_lines.push_back({shown, font, tone, {}});
    return fm.horizontalAdvance(shown);
}

int MessageLayout::stackLines(std::size_t from, int left, int top)
{
    int y = top;
    for (std::size_t i = from; i < m_lines.size(); ++i) {
        const QFontMetrics& fm = *m_metrics[m_lines[i].font];
        y += kLineGap;
        m_lines[i].pos = QPoint(left, y + fm.ascent());
        y += fm.height();
    }
    return y;
}

int MessageLayout::wrapBody(const QString& text, FontKind font, int maxWidth,
                            Qt::Alignment align)
{
    QString shown = text;
    shown.replace(QLatin1Char('\n'), QChar::LineSeparator);
    m_body = std::make_unique<QTextLayout>(shown, m_fonts[font]);
    QTextOption textOption(align);
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_body->setTextOption(textOption);
    m_body->setCacheEnabled(true);
    qreal y = 0;
    qreal natural = 0;
    m_body->beginLayout();
    for (QTextLine line = m_body->createLine(); line.isValid(); line = m_body->createLine()) {
        line.setLineWidth(maxWidth);
        line.setPosition(QPointF(0, y));
        y += line.height();
        natural = std::max(natural, line.naturalTextWidth());
    }
    m_body->endLayout();
    return ceilWidth(natural);
}

int MessageLayout::bodyHeight() const
{
    return m_body ? ceilWidth(m_body->boundingRect().height()) : 0;
}

// Moves everything laid out in content coordinates to its place in the row.
void MessageLayout::finish(QPoint shift)
{
    for (Line& line : m_lines)
        line.pos += shift;
    m_bodyPos += shift;
    m_height = m_bubble.bottom() + 1 + kGap;
}

void MessageLayout::layoutBubble(const QModelIndex& index, ThreadModel::Kind kind)
{
    const bool note = kind == ThreadModel::Kind::Note;
    const int avail = m_width - 2 * kSide;
    const int maxOuter = note ? avail : std::min(avail * 4 / 5, kMaxBubble);
    const int maxInner = std::max(maxOuter - 2 * kPadH - (note ? kNoteBar : 0), kMinInner);

    // Header row: ["Internal note"] author, then the time, on one baseline.
    const QString author = index.data(ThreadModel::AuthorRole).toString();
    const QString time = index.data(ThreadModel::TimeTextRole).toString();
    const int timeWidth = m_metrics[Small]->horizontalAdvance(time);
    int x = 0;
    auto piece = [&](const QString& text, FontKind font, Tone tone, int room) {
        if (text.isEmpty())
            return;
        const int w = addLine(text, font, tone, std::max(room, kMinInner));
        m_lines.back().pos = QPoint(x, 0);
        x += w + kPieceGap;
    };
    if (note)
        piece(ThreadModel::tr("Internal note"), SmallBold, Tone::NoteLabel, maxInner);
    piece(author, Bold, Tone::Strong, maxInner - x - timeWidth - kPieceGap);
    if (!time.isEmpty()) {
        m_lines.push_back({time, Small, Tone::Muted, QPoint(x, 0)});
        x += timeWidth + kPieceGap;
    }
    int contentW = std::max(0, x - kPieceGap);
    const int ascent = m_metrics[Bold]->ascent();
    for (Line& line : m_lines)
        line.pos.setY(ascent);
    int y = m_metrics[Bold]->height();

    // E-mail: subject and From/To/Cc under the header.
    const std::size_t headerEnd = m_lines.size();
    const QString subject = index.data(ThreadModel::TitleRole).toString();
    if (!subject.isEmpty())
        contentW = std::max(contentW, addLine(subject, Bold, Tone::Strong, maxInner));
    const QStringList details = index.data(ThreadModel::DetailLinesRole).toStringList();
    for (const QString& detail : details)
        contentW = std::max(contentW, addLine(detail, Small, Tone::Muted, maxInner));
    y = stackLines(headerEnd, 0, y);

    const QString body = index.data(ThreadModel::BodyRole).toString();
    if (!body.isEmpty()) {
        y += kBodyGap;
        contentW = std::max(contentW, wrapBody(body, Body, maxInner, Qt::AlignLeft));
        m_bodyPos = QPoint(0, y);
        y += bodyHeight();
    }

    const int outerW = note ? avail : std::min(contentW + 2 * kPadH, maxOuter);
    const int left = kind == ThreadModel::Kind::Outbound ? m_width - kSide - outerW : kSide;
    m_bubble = QRect(left, m_top + kGap, outerW, y + 2 * kPadV);
    finish(QPoint(left + kPadH + (note ? kNoteBar : 0), m_top + kGap + kPadV));
}

void MessageLayout::layoutCard(const QModelIndex& index)
{
    const int avail = m_width - 2 * kSide;
    const int maxOuter = std::min(avail, kMaxCard);
    const int maxInner = std::max(maxOuter - 2 * kPadH, kMinInner);
    const int indent = kIcon + kPieceGap;

    // Title row: icon, "Incoming call · Answered", and on the right "author · time".
    const QString author = index.data(ThreadModel::AuthorRole).toString();
    const QString time = index.data(ThreadModel::TimeTextRole).toString();
    const QString when = author.isEmpty() ? time : ThreadModel::tr("%1 · %2").arg(author, time);
    const QFontMetrics& boldFm = *m_metrics[Bold];
    const int rowH = std::max(kIcon, boldFm.height());
    const int baseline = (rowH - boldFm.height()) / 2 + boldFm.ascent();
    const QString title = index.data(ThreadModel::TitleRole).toString();
    const int whenW = addLine(when, Small, Tone::Muted, maxInner / 2);
    const int titleRoom = std::max(maxInner - indent - whenW - 2 * kPieceGap, kMinInner);
    const int titleW = addLine(title, Bold, Tone::Strong, titleRoom);
    m_lines.back().pos = QPoint(indent, baseline);
    int contentW = indent + titleW + 2 * kPieceGap + whenW;

    const std::size_t detailsStart = m_lines.size();
    const QStringList details = index.data(ThreadModel::DetailLinesRole).toStringList();
    for (const QString& detail : details)
        contentW = std::max(contentW, indent + addLine(detail, Body, Tone::Normal,
                                                       maxInner - indent));
    int y = stackLines(detailsStart, indent, rowH);
    const QString body = index.data(ThreadModel::BodyRole).toString();
    if (!body.isEmpty()) {
        y += kBodyGap;
        const int bodyW = wrapBody(body, Body, std::max(maxInner - indent, kMinInner),
                                   Qt::AlignLeft);
        contentW = std::max(contentW, indent + bodyW);
        m_bodyPos = QPoint(indent, y);
        y += bodyHeight();
    }

    const int outerW = std::clamp(contentW + 2 * kPadH, std::min(avail, kMinCard), maxOuter);
    const int left = (m_width - outerW) / 2;
    m_bubble = QRect(left, m_top + kGap, outerW, y + 2 * kPadV);
    // "when" sits at the card's right edge, on the title's baseline.
    m_lines.front().pos = QPoint(outerW - 2 * kPadH - whenW, baseline);
    const QPoint shift(left + kPadH, m_top + kGap + kPadV);
    m_icon = QRect(shift + QPoint(0, (rowH - kIcon) / 2), QSize(kIcon, kIcon));
    finish(shift);
}

void MessageLayout::layoutSystemLine(const QModelIndex& index)
{
    const QString body = index.data(ThreadModel::BodyRole).toString();
    const QString time = index.data(ThreadModel::TimeTextRole).toString();
    const QString text = body.isEmpty() ? time : ThreadModel::tr("%1 · %2").arg(body, time);
    const int maxW = std::min(m_width - 2 * kSide, kMaxSystemLine);
    const int textW = wrapBody(text, Small, maxW, Qt::AlignHCenter);
    const int left = (m_width - maxW) / 2;
    m_bodyPos = QPoint(left, m_top + kGap + kLineGap);
    const int bubbleW = textW + 2 * kPieceGap;
    m_bubble = QRect((m_width - bubbleW) / 2, m_top + kGap, bubbleW,
                     bodyHeight() + 2 * kLineGap);
    finish({});
}

QColor MessageLayout::toneColor(Tone tone, const QPalette& palette) const
{
    switch (tone) {
    case Tone::Normal:
    case Tone::Strong: return palette.color(QPalette::Text);
    case Tone::Muted: return palette.color(QPalette::PlaceholderText);
    case Tone::NoteLabel:
        // Darkened on light palettes: amber text on a pale amber bubble needs the contrast.
        return isDark(palette) ? amber(palette)
                               : mixColors(amber(palette), palette.color(QPalette::Text), 0.4);
    }
    return palette.color(QPalette::Text);
}

void MessageLayout::paintDayBreak(QPainter* painter, const QPalette& palette,
                                  QPoint origin) const
{
    const QRect rect = m_dayRect.translated(origin);
    const int textW = m_metrics[SmallBold]->horizontalAdvance(m_dayText);
    const int textLeft = rect.center().x() - textW / 2;
    const int midY = rect.center().y();
    painter->setPen(mixColors(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.15));
    painter->drawLine(rect.left() + kSide, midY, textLeft - kPieceGap, midY);
    painter->drawLine(textLeft + textW + kPieceGap, midY, rect.right() - kSide, midY);
    painter->setFont(m_fonts[SmallBold]);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    painter->drawText(rect, Qt::AlignCenter, m_dayText);
}

void MessageLayout::paintBackground(QPainter* painter, const QPalette& palette, QPoint origin,
                                    bool current) const
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool dark = isDark(palette);
    const QRectF rect = QRectF(m_bubble.translated(origin)).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(rect, kRadius, kRadius);
    QPen border(Qt::NoPen);
    switch (m_kind) {
    case ThreadModel::Kind::Inbound:
        painter->fillPath(path, mixColors(base, text, dark ? 0.12 : 0.06));
        break;
    case ThreadModel::Kind::Outbound:
        painter->fillPath(path,
                          mixColors(base, palette.color(QPalette::Highlight), dark ? 0.30 : 0.16));
        break;
    case ThreadModel::Kind::Note: {
        painter->fillPath(path, mixColors(base, amber(palette), dark ? 0.18 : 0.20));
        QPainterPath bar;
        bar.addRoundedRect(QRectF(rect.left(), rect.top(), kNoteBar * 2, rect.height()), 2, 2);
        painter->fillPath(bar.intersected(path), amber(palette));
        break;
    }
    case ThreadModel::Kind::CallEvent:
    case ThreadModel::Kind::VisitEvent:
        painter->fillPath(path, mixColors(base, text, 0.03));
        border = QPen(mixColors(base, text, 0.20), 1);
        break;
    case ThreadModel::Kind::SystemEvent: break;
    }
    if (current)
        border = QPen(palette.color(QPalette::Highlight), 1.5);
    if (border.style() != Qt::NoPen) {
        painter->setPen(border);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);
    }
}

void MessageLayout::paint(QPainter* painter, const QPalette& palette, QPoint origin,
                          bool current) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    if (!m_dayText.isEmpty())
        paintDayBreak(painter, palette, origin);
    paintBackground(painter, palette, origin, current);
    if (!m_icon.isNull()) {
        const auto channel = m_kind == ThreadModel::Kind::CallEvent ? domain::Channel::Voice
                                                                    : domain::Channel::Visit;
        channelIcon(channel).paint(painter, m_icon.translated(origin));
    }
    for (const Line& line : m_lines) {
        painter->setFont(m_fonts[line.font]);
        painter->setPen(toneColor(line.tone, palette));
        painter->drawText(line.pos + origin, line.text);
    }
    if (m_body) {
        const bool muted = m_kind == ThreadModel::Kind::SystemEvent;
        painter->setPen(palette.color(muted ? QPalette::PlaceholderText : QPalette::Text));
        m_body->draw(painter, QPointF(m_bodyPos + origin));
    }
    painter->restore();
}

} // namespace concord::ui
