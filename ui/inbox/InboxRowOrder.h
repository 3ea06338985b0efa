#pragma once
// The inbox's order and filters re-stated on the GUI side, so one changed conversation can be
// moved, added or dropped in the loaded rows without reloading the list. Must agree with
// CacheReader::inboxPage (tie-breaks included); tst_inboxmodel checks that it does.

#include "store/InboxQuery.h"

namespace concord::ui {

// True when `a` comes before `b` in the inbox under `sort`.
bool inboxRowBefore(const store::InboxRow& a, const store::InboxRow& b, store::InboxSort sort);

// True when the row passes the query's view, channel, status and priority filters. The search
// text is not judged here: only the cache's full-text index can.
bool inboxRowMatches(const store::InboxRow& row, const store::InboxQuery& query);

} // namespace concord::ui
