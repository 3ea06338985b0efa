#pragma once
// The unified inbox as a table: one row per conversation across every channel, in the query's
// order. Loads lazily, a page at a time, by keyset paging on the cache, so a cache of a million
// messages opens at once; rows are kept as InboxRow values and worded only in data().

#include "common/Colors.h"
#include "store/InboxQuery.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <unordered_map>
#include <vector>

namespace concord::store {
class CacheReader;
}

namespace concord::ui {

class InboxModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ChannelColumn,
        CustomerColumn,
        SubjectColumn,
        StatusColumn,
        PriorityColumn,
        AssigneeColumn,
        ActivityColumn,
        SlaColumn,
        ColumnCount
    };

    enum Role {
        ConversationIdRole = Qt::UserRole + 1, // QString
        CustomerIdRole,                        // QString
        ChannelRole,                           // int: domain::Channel
        StatusRole,                            // int: domain::Status
        PriorityRole,                          // int: domain::Priority
        SlaStateRole,                          // int: ui::SlaState (None once resolved)
        PreviewRole,                           // QString: start of the latest message
        LastActivityRole,                      // QDateTime, local time
        AssigneeIdRole                         // QString, empty when unassigned
    };

    static constexpr int kDefaultPageSize = 100;

    explicit InboxModel(store::CacheReader& reader, QObject* parent = nullptr);

    // Resets the model to the query's first page.
    void setQuery(const store::InboxQuery& query);
    const store::InboxQuery& query() const { return m_query; }
    void setPageSize(int rows);

    // The moment SLA badges and compact dates are judged against; refreshed by the pane's
    // clock, fixed by tests.
    void setNow(const QDateTime& now);
    QDateTime now() const { return m_now; }

    // Row of a loaded conversation, or -1.
    int rowOf(const QString& conversationId) const;
    const store::InboxRow& rowAt(int row) const { return m_rows.at(static_cast<size_t>(row)); }
    // Non-empty when the cache could not be read; worded for the user.
    QString errorText() const { return m_error; }

    // Re-reads one conversation: updates it in place, moves it to its new place in the order,
    // adds it if it now belongs to the loaded range, or drops it if it no longer matches.
    void refreshRow(const QString& conversationId);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    std::vector<store::InboxRow> loadPage(); // the page after the last loaded row
    void appendUnique(std::vector<store::InboxRow> page);
    void reindexFrom(int row);
    void removeAt(int row);
    void placeChanged(int row, store::InboxRow fresh);
    void insertSorted(store::InboxRow fresh);
    bool before(const store::InboxRow& a, const store::InboxRow& b) const;
    void fail(const QString& what, const std::string& detail);
    SlaState slaOf(const store::InboxRow& row) const;
    QVariant displayText(const store::InboxRow& row, int column) const;
    QVariant toolTip(const store::InboxRow& row, int column) const;
    QString accessibleSummary(const store::InboxRow& row) const;

    store::CacheReader& m_reader;
    store::InboxQuery m_query;
    std::vector<store::InboxRow> m_rows;
    std::unordered_map<std::string, int> m_rowByConversation;
    int m_pageSize = kDefaultPageSize;
    bool m_atEnd = true;
    QDateTime m_now;
    QString m_error;
    // Set while the model announces a change: a listener (a view, a proxy, the model tester)
    // asking for more rows then must wait, or inserts would nest inside the change.
    bool m_notifying = false;
};

} // namespace concord::ui
