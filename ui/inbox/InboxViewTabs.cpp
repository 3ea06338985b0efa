#include "InboxViewTabs.h"

#include "common/Formatting.h"

namespace concord::ui {

using store::InboxView;

namespace {

// Tab order is the enum's order, so a tab's index is its view.
constexpr InboxView kViews[] = {InboxView::Mine, InboxView::Unassigned, InboxView::MyTeams,
                                InboxView::All};

std::int64_t countOf(const store::ViewCounts& counts, InboxView view)
{
    switch (view) {
    case InboxView::Mine: return counts.mine;
    case InboxView::Unassigned: return counts.unassigned;
    case InboxView::MyTeams: return counts.myTeams;
    case InboxView::All: return counts.all;
    }
    return 0;
}

} // namespace

InboxViewTabs::InboxViewTabs(QWidget* parent)
    : QTabBar(parent)
{
    setDocumentMode(true);
    setDrawBase(false);
    setExpanding(false);
    setUsesScrollButtons(false);
    setElideMode(Qt::ElideNone);
    for (InboxView view : kViews) {
        addTab(viewName(view));
        setTabToolTip(static_cast<int>(view), tr("Show view: %1").arg(viewName(view)));
    }
    setCurrentIndex(static_cast<int>(InboxView::Mine));
    connect(this, &QTabBar::currentChanged, this,
            [this](int index) { emit viewSelected(static_cast<InboxView>(index)); });
}

QString InboxViewTabs::viewName(InboxView view)
{
    switch (view) {
    case InboxView::Mine: return tr("Mine");
    case InboxView::Unassigned: return tr("Unassigned");
    case InboxView::MyTeams: return tr("My teams");
    case InboxView::All: return tr("All");
    }
    return {};
}

InboxView InboxViewTabs::view() const
{
    return static_cast<InboxView>(currentIndex());
}

void InboxViewTabs::setView(InboxView view)
{
    setCurrentIndex(static_cast<int>(view));
}

void InboxViewTabs::setCounts(const store::ViewCounts& counts)
{
    m_counts = counts;
    for (InboxView view : kViews) {
        setTabText(static_cast<int>(view),
                   tr("%1 %2", "view name, then how many conversations it holds")
                       .arg(viewName(view), Formatting::number(countOf(counts, view))));
    }
}

} // namespace concord::ui
