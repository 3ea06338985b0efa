#include "InboxRowOrder.h"

#include <algorithm>
#include <tuple>

namespace concord::ui {

using store::InboxRow;
using store::InboxSort;

namespace {

// Newest activity first, then the most recently stored row.
bool newerFirst(const InboxRow& a, const InboxRow& b)
{
    return std::tie(b.lastActivity, b.key) < std::tie(a.lastActivity, a.key);
}

} // namespace

bool inboxRowBefore(const InboxRow& a, const InboxRow& b, InboxSort sort)
{
    switch (sort) {
    case InboxSort::LastActivity:
        return newerFirst(a, b);
    case InboxSort::SlaDue:
        if (a.slaDue.has_value() != b.slaDue.has_value())
            return a.slaDue.has_value(); // rows without an SLA go last
        if (a.slaDue && *a.slaDue != *b.slaDue)
            return *a.slaDue < *b.slaDue;
        return a.key < b.key; // the cache walks its SLA index forward
    case InboxSort::Priority:
        if (a.priority != b.priority)
            return static_cast<int>(a.priority) > static_cast<int>(b.priority);
        return newerFirst(a, b);
    }
    return newerFirst(a, b);
}

bool inboxRowMatches(const InboxRow& row, const store::InboxQuery& query)
{
    if (!(query.channels & domain::channelBit(row.channel)))
        return false;
    if (!(query.statuses & store::statusBit(row.status)))
        return false;
    if (!(query.priorities & store::priorityBit(row.priority)))
        return false;
    switch (query.view) {
    case store::InboxView::Mine:
        return !query.agentId.empty() && row.assigneeId == query.agentId;
    case store::InboxView::Unassigned:
        return row.assigneeId.empty();
    case store::InboxView::MyTeams:
        return std::find(query.teamIds.begin(), query.teamIds.end(), row.teamId)
               != query.teamIds.end();
    case store::InboxView::All:
        return true;
    }
    return true;
}

} // namespace concord::ui
