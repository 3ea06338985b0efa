#pragma once
// Draws one row of the customer history in two lines, so it reads well in a narrow side pane:
// channel icon, subject and date on the first; status (in its colour) and survey score on the
// second. The open conversation gets an accent bar. Reads the other columns of the row of a
// CustomerHistoryModel through sibling indexes.

#include <QStyledItemDelegate>

namespace concord::ui {

class HistoryDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    void paintBackground(QPainter* painter, const QStyleOptionViewItem& option,
                         const QModelIndex& index) const;
};

} // namespace concord::ui
