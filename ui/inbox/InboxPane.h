#pragma once
// The unified inbox pane: view tabs with counts, a debounced search over the full-text index,
// channel / status / priority filters, a sort, and the lazily loaded list of conversations.
// It tells the shell which conversation the agent is on; the shell owns the shortcuts and
// calls the slots below.

#include "domain/Agent.h"
#include "store/InboxQuery.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace concord::store {
class CacheReader;
}

namespace concord::ui {

class ChannelFilter;
class DeskSession;
class InboxModel;
class InboxViewTabs;
class MaskMenuButton;
class MenuToolButton;

class InboxPane : public QWidget {
    Q_OBJECT
public:
    explicit InboxPane(DeskSession& session, QWidget* parent = nullptr);
    InboxPane(store::CacheReader& reader, domain::Agent agent, QWidget* parent = nullptr);
    ~InboxPane() override;

    store::InboxView currentView() const;
    store::InboxSort currentSort() const { return m_query.sort; }
    void setSort(store::InboxSort sort);
    // The query the list shows now (view, filters, search, sort).
    const store::InboxQuery& query() const { return m_query; }
    QString currentConversationId() const { return m_activeConversationId; }
    InboxModel* model() const { return m_model; }

public slots:
    void setView(store::InboxView view); // always answers with viewChanged
    void selectNext();
    void selectPrevious();
    void focusSearch();
    void refreshRow(const QString& conversationId);
    // Reads the list again (the cache was loaded anew), keeping the current conversation.
    void reload();
    void clearFilters(); // search, channels, statuses and priorities back to "any"

signals:
    // The current row changed to another conversation (mouse or keyboard). A filter that
    // hides the current conversation does not emit: the agent keeps working on it.
    void conversationActivated(const QString& conversationId, const QString& customerId);
    void viewChanged(store::InboxView view);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildFilterRow();
    MenuToolButton* buildSortButton();
    QWidget* buildEmptyState();
    void applyQuery();
    void refreshCounts();
    void restoreSelection(const QString& conversationId);
    void selectRow(int row);
    void onCurrentChanged(const QModelIndex& current);
    void updateEmptyState();
    bool isFiltering() const;

    store::CacheReader& m_reader;
    domain::Agent m_agent;
    store::InboxQuery m_query;
    InboxModel* m_model = nullptr;
    InboxViewTabs* m_tabs = nullptr;
    QLineEdit* m_search = nullptr;
    ChannelFilter* m_channels = nullptr;
    MaskMenuButton* m_statuses = nullptr;
    MaskMenuButton* m_priorities = nullptr;
    MenuToolButton* m_sort = nullptr;
    QStackedWidget* m_stack = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_emptyTitle = nullptr;
    QLabel* m_emptyText = nullptr;
    QPushButton* m_clearButton = nullptr;
    QTimer* m_searchDebounce = nullptr;
    QTimer* m_countsDebounce = nullptr;
    QTimer* m_clock = nullptr;
    QString m_activeConversationId;
};

} // namespace concord::ui
