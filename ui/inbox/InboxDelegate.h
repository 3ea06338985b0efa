#pragma once
// Paints one inbox conversation as a two-line card that reads well in a narrow pane:
//   [icon] Customer                                   [SLA badge]  time
//          Subject — preview                 [Status]  ▂▄▆ Priority  Assignee
// High and urgent rows carry a coloured stripe on the left edge. Every row has the same
// height, so the view can lay out a million rows without measuring them.

#include <QStyledItemDelegate>

namespace concord::ui {

class InboxDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace concord::ui
