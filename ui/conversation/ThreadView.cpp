#include "ThreadView.h"

#include "MessageDelegate.h"
#include "ThreadModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QResizeEvent>
#include <QScrollBar>

namespace concord::ui {

ThreadView::ThreadView(ThreadModel* model, QWidget* parent)
    : QListView(parent)
    , m_delegate(new MessageDelegate(model, this))
{
    setModel(model);
    setItemDelegate(m_delegate);
    setObjectName(QStringLiteral("threadView"));
    setAccessibleName(tr("Conversation thread"));
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUniformItemSizes(false);
    // Rows are re-measured in resizeEvent when the width changes; QListView's own Adjust mode
    // reacts only to height changes in a top-to-bottom list.
    setResizeMode(Fixed);
    setSelectionMode(SingleSelection);
    setEditTriggers(NoEditTriggers);
    setFrameShape(NoFrame);
    setMouseTracking(false);
    verticalScrollBar()->setSingleStep(24);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { m_pinnedToBottom = isAtBottom(); });

    auto* copy = new QAction(tr("Copy message"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, [this] {
        if (currentIndex().isValid())
            copyMessage(currentIndex().row());
    });
    addAction(copy);
}

void ThreadView::copyMessage(int row) const
{
    const QModelIndex index = model()->index(row, 0);
    if (!index.isValid())
        return;
    QApplication::clipboard()->setText(index.data(ThreadModel::CopyTextRole).toString());
}

bool ThreadView::isAtBottom() const
{
    const QScrollBar* bar = verticalScrollBar();
    return bar->value() >= bar->maximum();
}

void ThreadView::scrollToNewest()
{
    m_pinnedToBottom = true;
    scrollToBottom();
}

void ThreadView::updateGeometries()
{
    const bool pinned = m_pinnedToBottom;
    QListView::updateGeometries();
    if (pinned)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    m_pinnedToBottom = pinned || isAtBottom();
}

// Rows are laid out as if the scroll bar were always there, so it appearing or going away
// does not make every row of a long thread be measured again.
int ThreadView::rowWidth() const
{
    const QScrollBar* bar = verticalScrollBar();
    if (style()->styleHint(QStyle::SH_ScrollBar_Transient, nullptr, bar))
        return viewport()->width();
    return contentsRect().width() - style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, bar);
}

void ThreadView::resizeEvent(QResizeEvent* event)
{
    QListView::resizeEvent(event);
    if (m_delegate->setRowWidth(rowWidth()))
        scheduleDelayedItemsLayout();
}

void ThreadView::contextMenuEvent(QContextMenuEvent* event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(tr("Copy message"), this, [this, row = index.row()] { copyMessage(row); });
    menu.exec(event->globalPos());
}

void ThreadView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_delegate->invalidate();
        m_delegate->setRowWidth(rowWidth());
        scheduleDelayedItemsLayout();
    }
    QListView::changeEvent(event);
}

} // namespace concord::ui
