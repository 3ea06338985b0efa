#include "CacheEraser.h"

#include "Database.h"
#include "RowMapping.h"
#include "Schema.h"
#include "SqlError.h"
#include "SqlSupport.h"
#include "ThreadChange.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <optional>

namespace concord::store {

using domain::Done;
using domain::VoidResult;
using sql::StatementUse;

struct CacheEraser::Statements {
    explicit Statements(SQLite::Database& db)
        : conversationOfMessage(db, "SELECT conversation_key FROM messages WHERE id = ?1"),
          deleteMessage(db, "DELETE FROM messages WHERE id = ?1"),
          remainingMessages(db, std::string("SELECT ") + rows::kMessageColumns
                                    + " FROM messages m WHERE m.conversation_key = ?1"),
          setThread(db, "UPDATE conversations SET message_count = ?2, preview = ?3, "
                        "preview_rank = ?4, preview_at = ?5 WHERE key = ?1"),
          // Messages go with their conversation (ON DELETE CASCADE), and the search triggers
          // take their rows out of the full-text index.
          deleteConversation(db, "DELETE FROM conversations WHERE id = ?1"),
          deleteConversationsOf(db, "DELETE FROM conversations WHERE customer_key = "
                                    "(SELECT key FROM customers WHERE id = ?1)"),
          deleteCustomer(db, "DELETE FROM customers WHERE id = ?1")
    {
    }
    SQLite::Statement conversationOfMessage;
    SQLite::Statement deleteMessage;
    SQLite::Statement remainingMessages;
    SQLite::Statement setThread;
    SQLite::Statement deleteConversation;
    SQLite::Statement deleteConversationsOf;
    SQLite::Statement deleteCustomer;
};

namespace {

void execWith(SQLite::Statement& statement, const domain::Id& id)
{
    StatementUse use(statement);
    statement.bind(1, id);
    statement.exec();
}

// A savepoint, so a removal is whole inside or outside the caller's transaction.
class Savepoint {
public:
    explicit Savepoint(SQLite::Database& db) : m_db(db) { m_db.exec("SAVEPOINT cache_erase"); }
    ~Savepoint()
    {
        if (!m_done) {
            m_db.tryExec("ROLLBACK TO cache_erase");
            m_db.tryExec("RELEASE cache_erase");
        }
    }
    void release()
    {
        m_db.exec("RELEASE cache_erase");
        m_done = true;
    }

private:
    SQLite::Database& m_db;
    bool m_done = false;
};

} // namespace

CacheEraser::CacheEraser(Database& db)
    : m_db(db)
    , m_stmts(std::make_unique<Statements>(db.sql()))
{
}

CacheEraser::~CacheEraser() = default;

VoidResult CacheEraser::removeMessage(const domain::Id& messageId)
{
    return guarded("removeMessage", [&]() -> VoidResult {
        Statements& st = *m_stmts;
        std::optional<std::int64_t> conversationKey;
        {
            StatementUse use(st.conversationOfMessage);
            st.conversationOfMessage.bind(1, messageId);
            if (st.conversationOfMessage.executeStep())
                conversationKey = st.conversationOfMessage.getColumn(0).getInt64();
        }
        if (!conversationKey)
            return Done{};
        Savepoint savepoint(m_db.sql());
        execWith(st.deleteMessage, messageId);
        ThreadChange thread;
        {
            StatementUse use(st.remainingMessages);
            st.remainingMessages.bind(1, static_cast<int64_t>(*conversationKey));
            while (st.remainingMessages.executeStep())
                thread.add(rows::messageAt(st.remainingMessages, 0));
        }
        {
            auto& s = st.setThread;
            StatementUse use(s);
            s.bind(1, static_cast<int64_t>(*conversationKey));
            s.bind(2, thread.added);
            s.bind(3, thread.preview);
            s.bind(4, thread.previewRank);
            s.bind(5, static_cast<int64_t>(thread.previewAt));
            s.exec();
        }
        savepoint.release();
        return Done{};
    });
}

VoidResult CacheEraser::removeConversation(const domain::Id& conversationId)
{
    return guarded("removeConversation", [&]() -> VoidResult {
        execWith(m_stmts->deleteConversation, conversationId);
        return Done{};
    });
}

VoidResult CacheEraser::removeCustomer(const domain::Id& customerId)
{
    return guarded("removeCustomer", [&]() -> VoidResult {
        Savepoint savepoint(m_db.sql());
        execWith(m_stmts->deleteConversationsOf, customerId);
        execWith(m_stmts->deleteCustomer, customerId); // identities cascade
        savepoint.release();
        return Done{};
    });
}

VoidResult CacheEraser::removeAllRecords()
{
    return guarded("removeAllRecords", [&]() -> VoidResult {
        SQLite::Database& db = m_db.sql();
        Savepoint savepoint(db);
        // The full-text indexes are emptied whole (FTS5's delete-all) instead of row by row
        // through the triggers, which would cost as much as the rows they index.
        db.exec(schema::kDropSearchTriggers);
        for (const char* statement :
             {"DELETE FROM messages", "DELETE FROM conversations", "DELETE FROM identities",
              "DELETE FROM customers", "DELETE FROM agent_teams", "DELETE FROM agents",
              "DELETE FROM teams",
              "INSERT INTO messages_fts(messages_fts) VALUES ('delete-all')",
              "INSERT INTO conversations_fts(conversations_fts) VALUES ('delete-all')",
              "INSERT INTO customers_fts(customers_fts) VALUES ('delete-all')"})
            db.exec(statement);
        db.exec(schema::kCreateSearchTriggers);
        savepoint.release();
        return Done{};
    });
}

} // namespace concord::store
