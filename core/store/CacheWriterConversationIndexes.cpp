// The conversations' six secondary indexes after a large snapshot (the inbox's orders and
// filters, a customer's history, search's covering columns). A bulk load drops them (every
// conversation would otherwise move inside six indexes as its thread arrives), and building
// them again was most of what stood between the last batch and going live (about a second
// at a million messages, docs/PERFORMANCE.md). Nothing needs them to be right, only fast:
// the queries scan the conversations without them, as they do during the load. So the
// finish leaves them, and the backlog builds them first, one a step, the inbox's default
// order first, each step queued behind whatever the hub sent meanwhile.
#include "CacheWriterStatements.h"

#include "Database.h"
#include "Schema.h"
#include "SqlSupport.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace concord::store {
namespace {

const schema::NamedIndex* firstMissing(SQLite::Database& db)
{
    for (const schema::NamedIndex& index : schema::kConversationIndexes)
        if (!sql::indexExists(db, index.name))
            return &index;
    return nullptr;
}

} // namespace

// Throws (inside the bulk load's end). After leaveSearchBacklog(), which clears the flag.
void CacheWriter::leaveConversationIndexes()
{
    if (firstMissing(m_db.sql()))
        writeMeta(m_stmts->setMeta, kConversationIndexesPending, 1);
}

// Throws (inside backlogStep's guard). True when this step built an index.
bool CacheWriter::buildLeftConversationIndex()
{
    Statements& st = *m_stmts;
    if (!readMeta(st.meta, kConversationIndexesPending))
        return false;
    SQLite::Database& db = m_db.sql();
    const schema::NamedIndex* index = firstMissing(db);
    if (index)
        db.exec(index->create);
    if (!firstMissing(db))
        clearMeta(db, kConversationIndexesPending);
    return index != nullptr;
}

} // namespace concord::store
