#pragma once
// Paints the rows of a ThreadModel as chat bubbles, e-mail cards, call and visit event cards
// and small system lines (see MessageLayout). Row heights depend on the view's width; they
// are measured once per row and width and cached, so scrolling a long thread costs nothing.

#include <QStyledItemDelegate>

#include <vector>

class QAbstractItemModel;

namespace concord::ui {

class MessageDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    // Follows `model`'s resets and inserts to keep the size cache in step with its rows.
    explicit MessageDelegate(QAbstractItemModel* model, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // Forgets every measured height (e.g. after a font change).
    void invalidate();
    // The width rows are laid out for (the view sets it; 0 = the item rect's width). Returns
    // whether it changed, in which case every row must be measured again.
    bool setRowWidth(int width);

private:
    int widthFor(const QStyleOptionViewItem& option) const;

    mutable std::vector<QSize> m_sizes; // by row; invalid = not measured yet
    mutable int m_cachedWidth = -1;
    int m_rowWidth = 0;
};

} // namespace concord::ui
