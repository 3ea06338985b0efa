// The unique index of message ids after a large snapshot. Sorting a million uuids into it was
// the largest part of a bootstrap's finish (docs/PERFORMANCE.md), and nothing the agent sees
// needs it: it only tells a message that arrives again from the one already stored. So the
// finish leaves it, the backlog builds it right after the conversations' indexes, and until
// then a message is told apart from those of its own conversation, which
// messages_by_conversation finds.
#include "CacheWriterStatements.h"

#include "Database.h"
#include "Schema.h"
#include "SqlSupport.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <string>

namespace concord::store {
namespace {

// A message id belongs to one conversation at the hub, so the conversation-wide check
// leaves no twin. Should a malformed feed still have left one (the same id in two
// conversations), the first copy stays: the index must exist for every later insert.
void buildMessageIdIndex(SQLite::Database& db)
{
    try {
        db.exec(schema::kCreateMessageIdIndex);
    } catch (const SQLite::Exception& e) {
        if (e.getErrorCode() != SQLITE_CONSTRAINT)
            throw;
        db.exec("DELETE FROM messages WHERE key NOT IN (SELECT min(key) FROM messages "
                "GROUP BY id)");
        db.exec(schema::kCreateMessageIdIndex);
    }
}

// The same parameters as kInsertMessage; skips a message its conversation already holds.
constexpr const char* kInsertMessageNewToItsConversation =
    "INSERT INTO messages(id, conversation_key, direction, author_id, author_name, body, "
    "sent_at, detail) SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8 WHERE NOT EXISTS "
    "(SELECT 1 FROM messages WHERE conversation_key = ?2 AND id = ?1)";

} // namespace

SQLite::Statement& CacheWriter::Statements::insertMessage()
{
    if (insertNewMessage)
        return *insertNewMessage;
    if (!sql::indexExists(db, "messages_by_id") && readMeta(meta, kMessageIdIndexPending)) {
        insertNewMessage.emplace(db, kInsertMessageNewToItsConversation);
        return *insertNewMessage;
    }
    // Also when a bulk load stopped halfway (the desk quit during a bootstrap) and left
    // the cache without the index and without a backlog that would build it.
    buildMessageIdIndex(db);
    insertNewMessage.emplace(db, std::string(kInsertMessage) + " ON CONFLICT(id) DO NOTHING");
    return *insertNewMessage;
}

// Throws (inside the bulk load's end). After leaveSearchBacklog(), which clears the flag.
void CacheWriter::leaveMessageIdIndex()
{
    if (!sql::indexExists(m_db.sql(), "messages_by_id"))
        writeMeta(m_stmts->setMeta, kMessageIdIndexPending, 1);
}

// Throws (inside backlogStep's guard). True when this step built the index.
bool CacheWriter::buildLeftMessageIdIndex()
{
    Statements& st = *m_stmts;
    if (!readMeta(st.meta, kMessageIdIndexPending))
        return false;
    buildMessageIdIndex(m_db.sql());
    clearMeta(m_db.sql(), kMessageIdIndexPending);
    st.insertNewMessage.reset(); // from now on the index tells every message apart
    return true;
}

} // namespace concord::store
