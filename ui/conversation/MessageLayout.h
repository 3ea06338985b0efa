#pragma once
// Where everything of one thread row goes at a given width: the day separator, the bubble (or
// event card, or system line), its header, detail lines and the wrapped body. The delegate
// builds one to measure a row and again to paint it, so size and picture always agree.

#include "ThreadModel.h"

#include <QFont>
#include <QFontMetrics>
#include <QRect>
#include <QString>
#include <QTextLayout>

#include <array>
#include <memory>
#include <optional>
#include <vector>

class QPainter;
class QPalette;
class QStyleOptionViewItem;
class QModelIndex;

namespace concord::ui {

class MessageLayout {
public:
    MessageLayout(const QStyleOptionViewItem& option, const QModelIndex& index, int width);
    ~MessageLayout();
    MessageLayout(const MessageLayout&) = delete;
    MessageLayout& operator=(const MessageLayout&) = delete;

    QSize size() const { return {m_width, m_height}; }
    QRect bubbleRect() const { return m_bubble; } // relative to the row's top-left
    // Paints at `origin` (the row's top-left); `current` outlines the bubble.
    void paint(QPainter* painter, const QPalette& palette, QPoint origin, bool current) const;

private:
    enum class Tone { Normal, Strong, Muted, NoteLabel };
    enum FontKind { Body, Bold, Small, SmallBold, FontCount };
    struct Line {
        QString text;
        FontKind font = Body;
        Tone tone = Tone::Normal;
        QPoint pos; // baseline start, relative to the row
    };

    void makeFonts(const QFont& base);
    void layoutDayBreak(const QModelIndex& index);
    void layoutBubble(const QModelIndex& index, ThreadModel::Kind kind);
    void layoutCard(const QModelIndex& index);
    void layoutSystemLine(const QModelIndex& index);
    // Adds a one-line text elided to `maxWidth`; returns its width (measured once).
    int addLine(const QString& text, FontKind font, Tone tone, int maxWidth);
    // Stacks lines [from, end) downwards from `top`, at x = `left`; returns the bottom.
    int stackLines(std::size_t from, int left, int top);
    // Wraps the body at `maxWidth` and returns the width it really needs.
    int wrapBody(const QString& text, FontKind font, int maxWidth, Qt::Alignment align);
    int bodyHeight() const;
    void finish(QPoint shift);
    QColor toneColor(Tone tone, const QPalette& palette) const;
    void paintBackground(QPainter* painter, const QPalette& palette, QPoint origin,
                         bool current) const;
    void paintDayBreak(QPainter* painter, const QPalette& palette, QPoint origin) const;

    ThreadModel::Kind m_kind = ThreadModel::Kind::Inbound;
    int m_width = 0;
    int m_height = 0;
    int m_top = 0; // where the message starts, below the day separator
    std::array<QFont, FontCount> m_fonts;
    std::array<std::optional<QFontMetrics>, FontCount> m_metrics;
    QString m_dayText;
    QRect m_dayRect;
    QRect m_bubble;
    QRect m_icon;
    std::vector<Line> m_lines;
    std::unique_ptr<QTextLayout> m_body;
    QPoint m_bodyPos;
};

} // namespace concord::ui
