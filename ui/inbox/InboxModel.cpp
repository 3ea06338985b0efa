#include "InboxModel.h"

#include "InboxRowOrder.h"
#include "common/ChannelIcons.h"
#include "common/DomainText.h"
#include "common/Formatting.h"
#include "store/CacheReader.h"

#include <QFont>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcInbox, "concord.ui.inbox")

namespace concord::ui {

using store::InboxRow;

namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

class NotifyingScope {
public:
    explicit NotifyingScope(bool& flag) : m_flag(flag), m_was(flag) { m_flag = true; }
    ~NotifyingScope() { m_flag = m_was; }
    NotifyingScope(const NotifyingScope&) = delete;
    NotifyingScope& operator=(const NotifyingScope&) = delete;

private:
    bool& m_flag;
    bool m_was;
};

} // namespace

InboxModel::InboxModel(store::CacheReader& reader, QObject* parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
    , m_now(QDateTime::currentDateTime())
{}

void InboxModel::setQuery(const store::InboxQuery& query)
{
    const NotifyingScope notifying(m_notifying);
    beginResetModel();
    m_query = query;
    m_rows.clear();
    m_rowByConversation.clear();
    m_error.clear();
    m_atEnd = false;
    appendUnique(loadPage());
    endResetModel();
}

void InboxModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

void InboxModel::setNow(const QDateTime& now)
{
    m_now = now;
    const NotifyingScope notifying(m_notifying);
    if (!m_rows.empty())
        emit dataChanged(index(0, ActivityColumn), index(rowCount() - 1, SlaColumn));
}

int InboxModel::rowOf(const QString& conversationId) const
{
    const auto it = m_rowByConversation.find(conversationId.toStdString());
    return it == m_rowByConversation.end() ? -1 : it->second;
}

std::vector<InboxRow> InboxModel::loadPage()
{
    const InboxRow* after = m_rows.empty() ? nullptr : &m_rows.back();
    auto page = m_reader.inboxPage(m_query, after, m_pageSize);
    if (!page) {
        fail(tr("The inbox could not be read from the local cache."), page.error().detail);
        return {};
    }
    if (static_cast<int>(page->size()) < m_pageSize)
        m_atEnd = true;
    return std::move(page).value();
}

// Rows already present are skipped: a conversation moved by refreshRow() may come back in a
// later page, and a list must never show it twice.
void InboxModel::appendUnique(std::vector<InboxRow> page)
{
    const size_t before = m_rows.size();
    for (InboxRow& row : page) {
        if (m_rowByConversation.count(row.conversationId))
            continue;
        m_rowByConversation.emplace(row.conversationId, static_cast<int>(m_rows.size()));
        m_rows.push_back(std::move(row));
    }
    // A page of nothing new would make the view ask again forever.
    if (m_rows.size() == before)
        m_atEnd = true;
}

void InboxModel::reindexFrom(int row)
{
    for (int i = row; i < static_cast<int>(m_rows.size()); ++i)
        m_rowByConversation[m_rows[static_cast<size_t>(i)].conversationId] = i;
}

void InboxModel::fail(const QString& what, const std::string& detail)
{
    qCWarning(lcInbox) << what << QString::fromStdString(detail);
    m_error = what;
    m_atEnd = true;
}

bool InboxModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void InboxModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || m_notifying)
        return;
    const NotifyingScope notifying(m_notifying);
    std::vector<InboxRow> page = loadPage();
    std::erase_if(page, [this](const InboxRow& row) {
        return m_rowByConversation.count(row.conversationId) > 0;
    });
    if (page.empty()) {
        m_atEnd = true;
        return;
    }
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    appendUnique(std::move(page));
    endInsertRows();
}

bool InboxModel::before(const InboxRow& a, const InboxRow& b) const
{
    return inboxRowBefore(a, b, m_query.sort);
}

void InboxModel::refreshRow(const QString& conversationId)
{
    const NotifyingScope notifying(m_notifying);
    const int at = rowOf(conversationId);
    auto fresh = m_reader.inboxRow(conversationId.toStdString());
    if (!fresh) {
        if (fresh.error().code != domain::ErrorCode::NotFound)
            qCWarning(lcInbox) << "cannot re-read" << conversationId
                               << QString::fromStdString(fresh.error().detail);
        else if (at >= 0)
            removeAt(at);
        return;
    }
    if (!m_query.search.empty()) {
        // Only the index can tell whether it still matches the search; keep it where it is.
        if (at >= 0) {
            m_rows[static_cast<size_t>(at)] = std::move(fresh).value();
            emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
        }
        return;
    }
    const bool belongs = inboxRowMatches(*fresh, m_query);
    if (at >= 0 && !belongs)
        removeAt(at);
    else if (at >= 0)
        placeChanged(at, std::move(fresh).value());
    else if (belongs)
        insertSorted(std::move(fresh).value());
}

void InboxModel::removeAt(int row)
{
    beginRemoveRows({}, row, row);
    m_rowByConversation.erase(m_rows[static_cast<size_t>(row)].conversationId);
    m_rows.erase(m_rows.begin() + row);
    reindexFrom(row);
    endRemoveRows();
}

// The loaded rows are always a prefix of the cache's order (so the last one is a valid paging
// cursor); a changed row either stays, moves within that prefix, or leaves it.
void InboxModel::placeChanged(int row, InboxRow fresh)
{
    const auto at = static_cast<size_t>(row);
    const bool afterPrevious = row == 0 || !before(fresh, m_rows[at - 1]);
    const bool beforeNext = at + 1 < m_rows.size() ? !before(m_rows[at + 1], fresh)
                                                   : (m_atEnd || !before(m_rows[at], fresh));
    if (afterPrevious && beforeNext) {
        m_rows[at] = std::move(fresh);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    // Where it goes among the other rows (indices of the list without it): above its old
    // place when it now sorts before its predecessor, below otherwise.
    const auto less = [this](const InboxRow& a, const InboxRow& b) { return before(a, b); };
    const auto begin = m_rows.begin();
    const int target =
        !afterPrevious
            ? static_cast<int>(std::lower_bound(begin, begin + row, fresh, less) - begin)
            : static_cast<int>(std::lower_bound(begin + row + 1, m_rows.end(), fresh, less)
                               - begin)
                  - 1;
    const int others = static_cast<int>(m_rows.size()) - 1;
    if (target == others && !m_atEnd) {
        removeAt(row); // beyond the loaded range: a later page brings it back
        return;
    }
    if (target == row) {
        m_rows[at] = std::move(fresh);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    // A move (not remove + insert) keeps the selection on the conversation.
    beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
    m_rows[at] = std::move(fresh);
    if (target > row)
        std::rotate(m_rows.begin() + row, m_rows.begin() + row + 1,
                    m_rows.begin() + target + 1);
    else
        std::rotate(m_rows.begin() + target, m_rows.begin() + row, m_rows.begin() + row + 1);
    reindexFrom(std::min(row, target));
    endMoveRows();
}

void InboxModel::insertSorted(InboxRow fresh)
{
    const auto pos = std::lower_bound(
        m_rows.begin(), m_rows.end(), fresh,
        [this](const InboxRow& a, const InboxRow& b) { return before(a, b); });
    if (pos == m_rows.end() && !m_atEnd)
        return; // not loaded yet; fetchMore will bring it in its turn
    const int row = static_cast<int>(pos - m_rows.begin());
    beginInsertRows({}, row, row);
    m_rows.insert(pos, std::move(fresh));
    reindexFrom(row);
    endInsertRows();
}

int InboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int InboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags InboxModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

SlaState InboxModel::slaOf(const InboxRow& row) const
{
    // A resolved conversation owes nobody an answer: no badge, whatever its due time was.
    if (!domain::isActive(row.status))
        return SlaState::None;
    return slaState(row.slaDue, m_now);
}

QVariant InboxModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InboxRow& row = m_rows[static_cast<size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return displayText(row, column);
    case Qt::ToolTipRole: return toolTip(row, column);
    case Qt::AccessibleTextRole: return accessibleSummary(row);
    case Qt::DecorationRole:
        if (column != ChannelColumn)
            return {};
        return row.channel == domain::Channel::Social ? socialNetworkIcon(row.network)
                                                      : channelIcon(row.channel);
    case Qt::FontRole:
        if (row.status == domain::Status::New
            && (column == CustomerColumn || column == SubjectColumn)) {
            QFont font;
            font.setBold(true); // nobody has answered yet: it reads like unread mail
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == ActivityColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case ConversationIdRole: return qs(row.conversationId);
    case CustomerIdRole: return qs(row.customerId);
    case ChannelRole: return static_cast<int>(row.channel);
    case StatusRole: return static_cast<int>(row.status);
    case PriorityRole: return static_cast<int>(row.priority);
    case SlaStateRole: return static_cast<int>(slaOf(row));
    case PreviewRole: return qs(row.preview);
    case LastActivityRole: return Formatting::toDateTime(row.lastActivity);
    case AssigneeIdRole: return qs(row.assigneeId);
    default: return {};
    }
}

QVariant InboxModel::displayText(const InboxRow& row, int column) const
{
    switch (column) {
    case ChannelColumn: return DomainText::channel(row.channel, row.network);
    case CustomerColumn: return qs(row.customerName);
    case SubjectColumn: return qs(row.subject.empty() ? row.preview : row.subject);
    case StatusColumn: return DomainText::status(row.status);
    case PriorityColumn: return DomainText::priority(row.priority);
    case AssigneeColumn:
        return row.assigneeName.empty() ? tr("Unassigned") : qs(row.assigneeName);
    case ActivityColumn: return Formatting::compactDateTime(row.lastActivity, m_now);
    case SlaColumn:
        if (slaOf(row) == SlaState::None)
            return {};
        return Formatting::slaText(*row.slaDue, m_now);
    default: return {};
    }
}

// Screen readers get the whole card, as the delegate paints it, from whichever cell.
QString InboxModel::accessibleSummary(const InboxRow& row) const
{
    QStringList parts;
    for (int column = ChannelColumn; column < ColumnCount; ++column) {
        const QString text = displayText(row, column).toString();
        if (!text.isEmpty())
            parts << text;
    }
    return parts.join(QStringLiteral(", "));
}

QVariant InboxModel::toolTip(const InboxRow& row, int column) const
{
    switch (column) {
    case ChannelColumn: return DomainText::channel(row.channel, row.network);
    case SubjectColumn:
        if (row.subject.empty())
            return qs(row.preview);
        return row.preview.empty() ? qs(row.subject)
                                   : QStringLiteral("%1\n%2").arg(qs(row.subject),
                                                                  qs(row.preview));
    case AssigneeColumn:
        return row.teamName.empty() ? QVariant() : tr("Team: %1").arg(qs(row.teamName));
    case ActivityColumn:
        return tr("Last activity: %1").arg(Formatting::longDateTime(row.lastActivity));
    case SlaColumn:
        if (!row.slaDue)
            return tr("No SLA");
        return tr("SLA due: %1").arg(Formatting::longDateTime(*row.slaDue));
    default: return {};
    }
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == ChannelColumn)
        return tr("Channel");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ChannelColumn: return QString(); // the icons speak for themselves
    case CustomerColumn: return tr("Customer");
    case SubjectColumn: return tr("Subject");
    case StatusColumn: return tr("Status");
    case PriorityColumn: return tr("Priority");
    case AssigneeColumn: return tr("Assignee");
    case ActivityColumn: return tr("Last activity");
    case SlaColumn: return tr("SLA");
    default: return {};
    }
}

} // namespace concord::ui
