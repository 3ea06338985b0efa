#pragma once
// The inbox's views (Mine, Unassigned, My teams, All) as a row of tabs, each with its count.

#include "store/InboxQuery.h"

#include <QTabBar>

namespace concord::ui {

class InboxViewTabs : public QTabBar {
    Q_OBJECT
public:
    explicit InboxViewTabs(QWidget* parent = nullptr);

    store::InboxView view() const;
    void setView(store::InboxView view); // emits viewSelected only when it changes
    void setCounts(const store::ViewCounts& counts);
    static QString viewName(store::InboxView view);

signals:
    void viewSelected(store::InboxView view);

private:
    store::ViewCounts m_counts;
};

} // namespace concord::ui
