#include "MessageDelegate.h"

#include "MessageLayout.h"

#include <QAbstractItemModel>
#include <QPainter>

namespace concord::ui {

MessageDelegate::MessageDelegate(QAbstractItemModel* model, QObject* parent)
    : QStyledItemDelegate(parent)
{
    connect(model, &QAbstractItemModel::modelReset, this, &MessageDelegate::invalidate);
    connect(model, &QAbstractItemModel::layoutChanged, this, &MessageDelegate::invalidate);
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) {
                if (std::size_t(first) <= m_sizes.size())
                    m_sizes.insert(m_sizes.begin() + first, std::size_t(last - first + 1), {});
            });
    connect(model, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex&, int first, int last) {
                if (std::size_t(last) < m_sizes.size())
                    m_sizes.erase(m_sizes.begin() + first, m_sizes.begin() + last + 1);
                else
                    invalidate();
            });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                    if (std::size_t(row) < m_sizes.size())
                        m_sizes[std::size_t(row)] = {};
                }
            });
}

void MessageDelegate::invalidate()
{
    m_sizes.clear();
}

bool MessageDelegate::setRowWidth(int width)
{
    if (width == m_rowWidth)
        return false;
    m_rowWidth = width;
    invalidate();
    return true;
}

int MessageDelegate::widthFor(const QStyleOptionViewItem& option) const
{
    return m_rowWidth > 0 ? m_rowWidth : option.rect.width();
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    const int width = widthFor(option);
    if (width != m_cachedWidth) {
        m_sizes.clear();
        m_cachedWidth = width;
    }
    const auto row = std::size_t(index.row());
    if (row >= m_sizes.size())
        m_sizes.resize(row + 1);
    QSize& cached = m_sizes[row];
    if (!cached.isValid())
        cached = MessageLayout(option, index, width).size();
    return cached;
}

void MessageDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const
{
    // No whole-row selection highlight: the current message gets an outline instead.
    const bool current = option.state.testFlag(QStyle::State_Selected);
    const MessageLayout layout(option, index, widthFor(option));
    layout.paint(painter, option.palette, option.rect.topLeft(), current);
}

} // namespace concord::ui
