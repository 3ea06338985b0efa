#include "HubSnapshot.h"

#include "Database.h"
#include "HubSchema.h"
#include "RowMapping.h"
#include "SqlError.h"
#include "SqlSupport.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <nlohmann/json.hpp>

#include <charconv>
#include <string>
#include <string_view>

namespace concord::store {
using domain::Error;
using domain::Result;
using sql::StatementUse;

namespace {

// The customers an agent's scope holds: those with a conversation of one of its teams
// (?1: the team ids as a JSON array). Empty for a supervisor, who sees every row.
std::string scopeFilter(const HubScope& scope, const char* customerKeyColumn)
{
    if (scope.everything)
        return {};
    return std::string(" WHERE ") + customerKeyColumn
           + " IN (SELECT DISTINCT sc.customer_key FROM conversations sc "
             "JOIN teams st ON st.key = sc.team_key "
             "WHERE st.id IN (SELECT value FROM json_each(?1)))";
}

void bindScope(SQLite::Statement& s, const HubScope& scope)
{
    if (!scope.everything)
        s.bind(1, nlohmann::json(scope.teamIds).dump());
}

// What a record adds to a frame, roughly: its text plus the JSON around it.
std::size_t sizeOf(const domain::Message& m)
{
    std::size_t size = 250 + m.body.size() + m.authorName.size();
    if (m.email) {
        size += m.email->subject.size() + m.email->from.size() + m.email->to.size()
                + m.email->cc.size();
        for (const auto& [name, value] : m.email->headers)
            size += name.size() + value.size() + 8;
    }
    return size;
}

// Reads the detail column as the store writes it, without building a document: a snapshot
// reads one for every third message, and nlohmann-json spent more time on them than SQLite
// on the rows. Anything it does not expect (a key, a type, a number form) is left to
// rows::detailFromJson, the general reader, so both give the same message.
class DetailReader {
public:
    explicit DetailReader(std::string_view text) : m_text(text) {}

    bool read(domain::Message& m)
    {
        if (!take('{'))
            return false;
        if (take('}'))
            return true;
        do {
            std::string key;
            if (!string(key) || !take(':'))
                return false;
            if (key == "email") {
                if (!email(m.email.emplace()))
                    return false;
            } else if (key == "call") {
                if (!call(m.call.emplace()))
                    return false;
            } else if (key == "visit") {
                if (!visit(m.visit.emplace()))
                    return false;
            } else {
                return false;
            }
        } while (take(','));
        return take('}') && (skipSpace(), m_at == m_text.size());
    }

private:
    // Calls field(key) for each member of an object; field reads the value.
    template <typename Field>
    bool object(Field&& field)
    {
        if (!take('{'))
            return false;
        if (take('}'))
            return true;
        std::string key;
        do {
            if (!string(key) || !take(':') || !field(key))
                return false;
        } while (take(','));
        return take('}');
    }

    bool email(domain::EmailDetail& e)
    {
        return object([&](const std::string& key) {
            if (key == "subject")
                return string(e.subject);
            if (key == "from")
                return string(e.from);
            if (key == "to")
                return string(e.to);
            if (key == "cc")
                return string(e.cc);
            if (key != "headers" || !take('['))
                return false;
            if (take(']'))
                return true;
            do {
                auto& [name, value] = e.headers.emplace_back();
                if (!take('[') || !string(name) || !take(',') || !string(value) || !take(']'))
                    return false;
            } while (take(','));
            return take(']');
        });
    }

    bool call(domain::CallDetail& c)
    {
        return object([&](const std::string& key) {
            if (key == "duration")
                return integer(c.durationSeconds);
            if (key == "queue")
                return string(c.queue);
            if (key == "outcome") {
                std::string outcome;
                if (!string(outcome))
                    return false;
                c.outcome = domain::callOutcomeFromKey(outcome).value_or(
                    domain::CallOutcome::Answered);
                return true;
            }
            if (key != "ivr" || !take('['))
                return false;
            if (take(']'))
                return true;
            do {
                if (!string(c.ivrPath.emplace_back()))
                    return false;
            } while (take(','));
            return take(']');
        });
    }

    bool visit(domain::VisitDetail& v)
    {
        return object([&](const std::string& key) {
            if (key == "branch")
                return string(v.branch);
            if (key == "purpose")
                return string(v.purpose);
            if (key == "minutes")
                return integer(v.durationMinutes);
            return false;
        });
    }

    void skipSpace()
    {
        while (m_at < m_text.size()
               && (m_text[m_at] == ' ' || m_text[m_at] == '\n' || m_text[m_at] == '\t'
                   || m_text[m_at] == '\r'))
            ++m_at;
    }
    bool take(char c)
    {
        skipSpace();
        if (m_at < m_text.size() && m_text[m_at] == c) {
            ++m_at;
            return true;
        }
        return false;
    }
    bool integer(int& out)
    {
        skipSpace();
        const char* begin = m_text.data() + m_at;
        const char* end = m_text.data() + m_text.size();
        const auto [next, error] = std::from_chars(begin, end, out);
        if (error != std::errc() || next == begin)
            return false;
        m_at += std::size_t(next - begin);
        // 1.5 or 1e3 is a number nlohmann-json reads differently: not ours to guess.
        return m_at >= m_text.size()
               || (m_text[m_at] != '.' && m_text[m_at] != 'e' && m_text[m_at] != 'E');
    }
    // Plain text is copied in runs; escapes other than \uXXXX go to the general reader.
    bool string(std::string& out)
    {
        if (!take('"'))
            return false;
        out.clear();
        while (m_at < m_text.size()) {
            const std::size_t run = m_text.find_first_of("\"\\", m_at);
            if (run == std::string_view::npos)
                return false;
            out.append(m_text, m_at, run - m_at);
            m_at = run + 1;
            if (m_text[run] == '"')
                return true;
            if (m_at >= m_text.size())
                return false;
            const char e = m_text[m_at++];
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            default: return false; // \u: rare enough for the general reader
            }
        }
        return false;
    }

    std::string_view m_text;
    std::size_t m_at = 0;
};

// rows::messageAt, written into a message the batch already holds.
void readMessage(SQLite::Statement& s, domain::Message& m)
{
    auto text = [&](int column, std::string& out) {
        const SQLite::Column value = s.getColumn(column);
        out.assign(static_cast<const char*>(value.getBlob()), std::size_t(value.getBytes()));
    };
    text(0, m.id);
    m.direction = rows::directionFromCode(s.getColumn(1).getInt());
    text(2, m.authorId);
    text(3, m.authorName);
    text(4, m.body);
    m.sentAt = sql::timeAt(s, 5);
    if (s.isColumnNull(6))
        return;
    const SQLite::Column detail = s.getColumn(6);
    const std::string_view json(static_cast<const char*>(detail.getBlob()),
                                std::size_t(detail.getBytes()));
    if (!DetailReader(json).read(m)) {
        m.email.reset();
        m.call.reset();
        m.visit.reset();
        rows::detailFromJson(json, m);
    }
}

} // namespace

std::size_t SnapshotBatch::records() const
{
    return teams.size() + agents.size() + customers.size() + conversations.size()
           + messages.size();
}

struct HubSnapshot::Statements {
    Statements(SQLite::Database& db, const HubScope& scope)
        : teams(db, "SELECT id, name FROM teams ORDER BY key"),
          agents(db, std::string("SELECT a.key, ") + rows::kAgentColumns
                         + " FROM agents a ORDER BY a.key"),
          teamsOfAgent(db, "SELECT t.id FROM agent_teams at JOIN teams t ON t.key = at.team_key "
                           "WHERE at.agent_key = ?1 ORDER BY t.name, t.key"),
          customers(db, std::string("SELECT cu.key, ") + rows::kCustomerColumns
                            + " FROM customers cu" + scopeFilter(scope, "cu.key")
                            + " ORDER BY cu.key"),
          identities(db, std::string("SELECT ") + rows::kIdentityColumns
                             + " FROM identities i WHERE i.customer_key = ?1 ORDER BY i.key"),
          conversations(db, std::string("SELECT ") + rows::kConversationColumns
                                + " FROM conversations c" + rows::kConversationJoins
                                + scopeFilter(scope, "c.customer_key")
                                + " ORDER BY c.last_activity DESC, c.key DESC"),
          threads(db, "SELECT c.key, c.id FROM conversations c"
                          + scopeFilter(scope, "c.customer_key")
                          + " ORDER BY c.last_activity DESC, c.key DESC"),
          messages(db, std::string("SELECT ") + rows::kMessageColumns
                           + " FROM messages m WHERE m.conversation_key = ?1 "
                             "ORDER BY m.sent_at DESC, m.key DESC")
    {
        bindScope(customers, scope);
        bindScope(conversations, scope);
        bindScope(threads, scope);
    }

    SQLite::Statement teams;
    SQLite::Statement agents;
    SQLite::Statement teamsOfAgent;
    SQLite::Statement customers;
    SQLite::Statement identities;
    SQLite::Statement conversations;
    // Messages go thread by thread, in the conversations' order: one index walk per thread
    // instead of sorting every message of the scope before the first one can be sent.
    SQLite::Statement threads;
    SQLite::Statement messages;
    bool inThread = false;
    domain::Id threadId;

    domain::Agent agentAtRow()
    {
        domain::Agent agent = rows::agentAt(agents, 1);
        StatementUse use(teamsOfAgent);
        teamsOfAgent.bind(1, agents.getColumn(0).getInt64());
        while (teamsOfAgent.executeStep())
            agent.teamIds.push_back(sql::textAt(teamsOfAgent, 0));
        return agent;
    }

    domain::Customer customerAtRow()
    {
        domain::Customer customer = rows::customerAt(customers, 1);
        StatementUse use(identities);
        identities.bind(1, customers.getColumn(0).getInt64());
        while (identities.executeStep()) {
            domain::Identity& identity =
                customer.identities.emplace_back(rows::identityAt(identities, 0));
            identity.customerId = customer.id;
        }
        return customer;
    }

    // The next message in thread order, into `message` (fresh); false when every thread is
    // done.
    bool nextMessage(domain::Message& message)
    {
        while (true) {
            if (inThread && messages.executeStep()) {
                readMessage(messages, message);
                message.conversationId = threadId;
                return true;
            }
            messages.reset();
            inThread = false;
            if (!threads.executeStep())
                return false;
            messages.bind(1, threads.getColumn(0).getInt64());
            threadId = sql::textAt(threads, 1);
            inThread = true;
        }
    }
};

Result<std::unique_ptr<HubSnapshot>> HubSnapshot::open(Database& db, const HubScope& scope)
{
    return guarded("opening a snapshot", [&]() -> Result<std::unique_ptr<HubSnapshot>> {
        SQLite::Database& sql = db.sql();
        // A snapshot walks the messages thread by thread, all over the file: mapped pages
        // are read without a system call and a copy each.
        sql.exec("PRAGMA mmap_size = 4294967296");
        sql.exec("BEGIN");
        try {
            // The first read fixes the snapshot that every later read of this transaction sees.
            const std::int64_t seq = sql.execAndGet(hubschema::kLatestSeqSql).getInt64();
            auto statements = std::make_unique<Statements>(sql, scope);
            return std::unique_ptr<HubSnapshot>(
                new HubSnapshot(db, seq, std::move(statements)));
        } catch (...) {
            sql.tryExec("ROLLBACK");
            throw;
        }
    });
}

HubSnapshot::HubSnapshot(Database& db, std::int64_t seq, std::unique_ptr<Statements> statements)
    : m_db(db), m_seq(seq), m_stmts(std::move(statements))
{
}

HubSnapshot::~HubSnapshot()
{
    m_stmts.reset(); // finalize the statements before ending the transaction
    m_db.sql().tryExec("COMMIT");
}

Result<SnapshotBatch> HubSnapshot::next(std::size_t maxRecords, std::size_t maxBytes)
{
    return guarded("reading a snapshot", [&]() -> Result<SnapshotBatch> {
        SnapshotBatch batch;
        if (m_phase == Phase::Messages || m_phase == Phase::Conversations)
            batch.messages.reserve(maxRecords); // growing would move every message again
        fill(batch, std::max<std::size_t>(maxRecords, 1), maxBytes);
        return batch;
    });
}

// Steps the phase's statement until the batch is full or every phase is done.
bool HubSnapshot::fill(SnapshotBatch& batch, std::size_t maxRecords, std::size_t maxBytes)
{
    Statements& st = *m_stmts;
    std::size_t bytes = 0;
    while (m_phase != Phase::Done && batch.records() < maxRecords
           && (batch.records() == 0 || bytes < maxBytes)) {
        switch (m_phase) {
        case Phase::Teams:
            if (!st.teams.executeStep()) {
                m_phase = Phase::Agents;
                break;
            }
            batch.teams.push_back({sql::textAt(st.teams, 0), sql::textAt(st.teams, 1)});
            bytes += 100 + batch.teams.back().name.size();
            break;
        case Phase::Agents:
            if (!st.agents.executeStep()) {
                m_phase = Phase::Customers;
                break;
            }
            batch.agents.push_back(st.agentAtRow());
            bytes += 200 + 40 * batch.agents.back().teamIds.size();
            break;
        case Phase::Customers:
            if (!st.customers.executeStep()) {
                m_phase = Phase::Conversations;
                break;
            }
            batch.customers.push_back(st.customerAtRow());
            bytes += 300 + batch.customers.back().notes.size()
                     + 120 * batch.customers.back().identities.size();
            break;
        case Phase::Conversations:
            if (!st.conversations.executeStep()) {
                m_phase = Phase::Messages;
                break;
            }
            batch.conversations.push_back(rows::conversationAt(st.conversations, 0));
            bytes += 450 + batch.conversations.back().subject.size();
            break;
        case Phase::Messages: {
            domain::Message& message = batch.messages.emplace_back();
            if (!st.nextMessage(message)) {
                batch.messages.pop_back();
                m_phase = Phase::Done;
                break;
            }
            bytes += sizeOf(message);
            break;
        }
        case Phase::Done:
            break;
        }
    }
    return batch.records() > 0;
}

} // namespace concord::store
