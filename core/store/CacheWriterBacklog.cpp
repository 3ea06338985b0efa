// What a large snapshot leaves for after going live, worked off a step at a time between
// live changes, in this order: the conversations' indexes, one a step
// (CacheWriterConversationIndexes.cpp); the message ids' index (CacheWriterMessageIds.cpp);
// then search, customers, subjects and messages, a range of rows a step, and its merges
// (CacheWriterSearch.cpp). Each part keeps what is left in the meta table.
#include "CacheWriterStatements.h"

#include "SqlError.h"

namespace concord::store {

domain::Result<bool> CacheWriter::hasBacklog()
{
    return guarded("hasBacklog", [&]() -> domain::Result<bool> {
        Statements& st = *m_stmts;
        return readMeta(st.meta, kConversationIndexesPending).has_value()
               || readMeta(st.meta, kMessageIdIndexPending).has_value() || searchBacklogLeft();
    });
}

domain::Result<bool> CacheWriter::backlogStep(int maxRows)
{
    return guarded("backlogStep", [&]() -> domain::Result<bool> {
        return buildLeftConversationIndex() || buildLeftMessageIdIndex()
               || stepSearchBacklog(maxRows);
    });
}

} // namespace concord::store
