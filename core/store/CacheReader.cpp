#include "CacheReader.h"

#include "Database.h"
#include "InboxSql.h"
#include "RowMapping.h"
#include "SearchHits.h"
#include "SqlError.h"
#include "SqlSupport.h"
#include "search/FtsQuery.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <map>
#include <unordered_map>

namespace concord::store {
using domain::Error;
using domain::ErrorCode;
using domain::Result;
using sql::StatementUse;

namespace {

constexpr std::size_t kMaxCachedInboxStatements = 64;

Error notFound(const char* what, const std::string& id)
{
    return {ErrorCode::NotFound, std::string(what) + " " + id + " is not in the cache"};
}

InboxRow rowFromStatement(SQLite::Statement& s)
{
    InboxRow row;
    row.key = s.getColumn(0).getInt64();
    row.conversationId = sql::textAt(s, 1);
    row.customerId = sql::textAt(s, 2);
    row.customerName = sql::textAt(s, 3);
    row.channel = rows::channelFromCode(s.getColumn(4).getInt());
    row.network = domain::socialNetworkFromKey(sql::textAt(s, 5))
                      .value_or(domain::SocialNetwork::None);
    row.subject = sql::textAt(s, 6);
    row.preview = sql::textAt(s, 7);
    row.status = rows::statusFromCode(s.getColumn(8).getInt());
    row.priority = rows::priorityFromCode(s.getColumn(9).getInt());
    row.assigneeId = sql::textAt(s, 10);
    row.assigneeName = sql::textAt(s, 11);
    row.teamId = sql::textAt(s, 12);
    row.teamName = sql::textAt(s, 13);
    row.lastActivity = sql::timeAt(s, 14);
    row.slaDue = sql::optionalTimeAt(s, 15);
    row.messageCount = s.getColumn(16).getInt();
    return row;
}

domain::Agent agentFromStatement(SQLite::Statement& s)
{
    return rows::agentAt(s, 1);
}

} // namespace

struct CacheReader::Statements {
    explicit Statements(SQLite::Database& db)
        : inboxRow(db, inboxRowSelect("conversations c") + " WHERE c.id = ?1"),
          conversation(db, std::string("SELECT ") + rows::kConversationColumns
                               + " FROM conversations c" + rows::kConversationJoins
                               + " WHERE c.id = ?1"),
          conversationKey(db, "SELECT key FROM conversations WHERE id = ?1"),
          messages(db, std::string("SELECT ") + rows::kMessageColumns
                           + " FROM messages m WHERE m.conversation_key = ?1 "
                             "ORDER BY m.sent_at, m.key"),
          customer(db, std::string("SELECT cu.key, ") + rows::kCustomerColumns
                           + " FROM customers cu WHERE cu.id = ?1"),
          identities(db, std::string("SELECT ") + rows::kIdentityColumns
                             + " FROM identities i WHERE i.customer_key = ?1 ORDER BY i.key"),
          customerKey(db, "SELECT key FROM customers WHERE id = ?1"),
          history(db, "SELECT c.id, c.channel, c.network, c.subject, c.status, c.priority, "
                      "t.name, a.display_name, c.created, c.last_activity, c.csat, c.nps, "
                      "c.ces, c.message_count FROM conversations c "
                      "LEFT JOIN teams t ON t.key = c.team_key "
                      "LEFT JOIN agents a ON a.key = c.assignee_key "
                      "WHERE c.customer_key = ?1 ORDER BY c.last_activity DESC, c.key DESC"),
          summary(db, "SELECT channel, count(*), count(*) FILTER (WHERE (?2 >> status) & 1), "
                      "min(created), max(last_activity), total(csat), count(csat) "
                      "FROM conversations WHERE customer_key = ?1 GROUP BY channel"),
          teams(db, "SELECT id, name FROM teams ORDER BY name, key"),
          agents(db, "SELECT key, id, login, display_name, role FROM agents "
                     "ORDER BY display_name, key"),
          agentByLogin(db, "SELECT key, id, login, display_name, role FROM agents "
                           "WHERE login = ?1"),
          agentTeams(db, "SELECT at.agent_key, t.id FROM agent_teams at "
                         "JOIN teams t ON t.key = at.team_key ORDER BY t.name, t.key"),
          teamsOfAgent(db, "SELECT t.id FROM agent_teams at JOIN teams t ON t.key = at.team_key "
                           "WHERE at.agent_key = ?1 ORDER BY t.name, t.key"),
          agentKey(db, "SELECT key FROM agents WHERE id = ?1"),
          teamKey(db, "SELECT key FROM teams WHERE id = ?1"),
          meta(db, "SELECT value FROM meta WHERE key = ?1"),
          coveringIndexes(db, "SELECT count(*) = 2 FROM sqlite_schema WHERE type = 'index' "
                              "AND name IN ('conversations_search_columns', "
                              "'messages_conversation')")
    {
    }

    std::optional<SearchHits> hits; // prepared on the first search
    bool hitsCovered = false;        // ...through the covering indexes
    SQLite::Statement coveringIndexes; // whether they exist now
    SQLite::Statement inboxRow;
    SQLite::Statement conversation;
    SQLite::Statement conversationKey;
    SQLite::Statement messages;
    SQLite::Statement customer;
    SQLite::Statement identities;
    SQLite::Statement customerKey;
    SQLite::Statement history;
    SQLite::Statement summary;
    SQLite::Statement teams;
    SQLite::Statement agents;
    SQLite::Statement agentByLogin;
    SQLite::Statement agentTeams;
    SQLite::Statement teamsOfAgent;
    SQLite::Statement agentKey;
    SQLite::Statement teamKey;
    SQLite::Statement meta;
    // The inbox's statements, one per query shape, keyed by their SQL text.
    std::unordered_map<std::string, std::unique_ptr<SQLite::Statement>> inbox;

    SQLite::Statement& inboxStatement(SQLite::Database& db, const InboxSql& built)
    {
        auto it = inbox.find(built.text);
        if (it == inbox.end()) {
            if (inbox.size() >= kMaxCachedInboxStatements)
                inbox.clear();
            it = inbox.emplace(built.text, std::make_unique<SQLite::Statement>(db, built.text))
                     .first;
        }
        SQLite::Statement& statement = *it->second;
        for (std::size_t i = 0; i < built.values.size(); ++i)
            statement.bind(static_cast<int>(i + 1), static_cast<int64_t>(built.values[i]));
        return statement;
    }

    std::optional<std::int64_t> keyOf(SQLite::Statement& statement, const std::string& id)
    {
        StatementUse use(statement);
        statement.bind(1, id);
        if (!statement.executeStep())
            return std::nullopt;
        return statement.getColumn(0).getInt64();
    }

    InboxKeys keysFor(const InboxQuery& query)
    {
        InboxKeys keys;
        if (!query.agentId.empty())
            keys.agentKey = keyOf(agentKey, query.agentId);
        for (const domain::Id& teamId : query.teamIds)
            if (auto key = keyOf(teamKey, teamId))
                keys.teamKeys.push_back(*key);
        return keys;
    }

    // True when the query searches: its text has a searchable word. Text without one (only
    // punctuation, say) does not filter, just as an empty search box does not.
    bool prepareSearch(SQLite::Database& db, const InboxQuery& query)
    {
        if (query.search.empty())
            return false;
        const std::string match = search::buildFtsMatch(query.search);
        if (match.empty())
            return false;
        // Asked at every search: a bulk load drops the covering indexes (a statement that
        // names one would then fail), and a large snapshot's backlog builds them again soon
        // after the desk goes live (CacheWriterConversationIndexes.cpp).
        const bool covered = [&] {
            sql::StatementUse use(coveringIndexes);
            return coveringIndexes.executeStep() && coveringIndexes.getColumn(0).getInt() != 0;
        }();
        if (!hits || hitsCovered != covered) {
            hits.emplace(db, covered);
            hitsCovered = covered;
        }
        hits->prepare(match);
        return true;
    }
};

CacheReader::CacheReader(Database& db)
    : m_db(db), m_stmts(std::make_unique<Statements>(db.sql()))
{
}

CacheReader::~CacheReader() = default;

Result<std::vector<InboxRow>> CacheReader::inboxPage(const InboxQuery& query,
                                                     const InboxRow* after, int limit)
{
    return guarded("inboxPage", [&]() -> Result<std::vector<InboxRow>> {
        if (limit <= 0)
            return std::vector<InboxRow>{};
        const bool searching = m_stmts->prepareSearch(m_db.sql(), query);
        const InboxSql built =
            inboxPageSql(query, m_stmts->keysFor(query), after, limit, searching);
        SQLite::Statement& s = m_stmts->inboxStatement(m_db.sql(), built);
        StatementUse use(s);
        std::vector<InboxRow> page;
        page.reserve(static_cast<std::size_t>(std::min(limit, 1000)));
        while (s.executeStep())
            page.push_back(rowFromStatement(s));
        return page;
    });
}

Result<ViewCounts> CacheReader::viewCounts(const InboxQuery& query)
{
    return guarded("viewCounts", [&]() -> Result<ViewCounts> {
        const bool searching = m_stmts->prepareSearch(m_db.sql(), query);
        const InboxSql built = viewCountsSql(query, m_stmts->keysFor(query), searching);
        SQLite::Statement& s = m_stmts->inboxStatement(m_db.sql(), built);
        StatementUse use(s);
        ViewCounts counts;
        if (s.executeStep()) {
            counts.mine = s.getColumn(0).getInt64();
            counts.unassigned = s.getColumn(1).getInt64();
            counts.myTeams = s.getColumn(2).getInt64();
            counts.all = s.getColumn(3).getInt64();
        }
        return counts;
    });
}

Result<InboxRow> CacheReader::inboxRow(const domain::Id& conversationId)
{
    return guarded("inboxRow", [&]() -> Result<InboxRow> {
        auto& s = m_stmts->inboxRow;
        StatementUse use(s);
        s.bind(1, conversationId);
        if (!s.executeStep())
            return notFound("conversation", conversationId);
        return rowFromStatement(s);
    });
}

Result<domain::Conversation> CacheReader::conversation(const domain::Id& conversationId)
{
    return guarded("conversation", [&]() -> Result<domain::Conversation> {
        auto& s = m_stmts->conversation;
        StatementUse use(s);
        s.bind(1, conversationId);
        if (!s.executeStep())
            return notFound("conversation", conversationId);
        return rows::conversationAt(s, 0);
    });
}

Result<std::vector<domain::Message>> CacheReader::messages(const domain::Id& conversationId)
{
    return guarded("messages", [&]() -> Result<std::vector<domain::Message>> {
        const auto key = m_stmts->keyOf(m_stmts->conversationKey, conversationId);
        if (!key)
            return notFound("conversation", conversationId);
        auto& s = m_stmts->messages;
        StatementUse use(s);
        s.bind(1, static_cast<int64_t>(*key));
        std::vector<domain::Message> thread;
        while (s.executeStep()) {
            domain::Message& m = thread.emplace_back(rows::messageAt(s, 0));
            m.conversationId = conversationId;
        }
        return thread;
    });
}

Result<domain::Customer> CacheReader::customer(const domain::Id& customerId)
{
    return guarded("customer", [&]() -> Result<domain::Customer> {
        domain::Customer c;
        std::int64_t key = 0;
        {
            auto& s = m_stmts->customer;
            StatementUse use(s);
            s.bind(1, customerId);
            if (!s.executeStep())
                return notFound("customer", customerId);
            key = s.getColumn(0).getInt64();
            c = rows::customerAt(s, 1);
        }
        auto& s = m_stmts->identities;
        StatementUse use(s);
        s.bind(1, static_cast<int64_t>(key));
        while (s.executeStep()) {
            domain::Identity& identity = c.identities.emplace_back(rows::identityAt(s, 0));
            identity.customerId = c.id;
        }
        return c;
    });
}

Result<std::vector<HistoryRow>> CacheReader::customerHistory(const domain::Id& customerId)
{
    return guarded("customerHistory", [&]() -> Result<std::vector<HistoryRow>> {
        const auto key = m_stmts->keyOf(m_stmts->customerKey, customerId);
        if (!key)
            return notFound("customer", customerId);
        auto& s = m_stmts->history;
        StatementUse use(s);
        s.bind(1, static_cast<int64_t>(*key));
        std::vector<HistoryRow> history;
        while (s.executeStep()) {
            HistoryRow& row = history.emplace_back();
            row.conversationId = sql::textAt(s, 0);
            row.channel = rows::channelFromCode(s.getColumn(1).getInt());
            row.network = domain::socialNetworkFromKey(sql::textAt(s, 2))
                              .value_or(domain::SocialNetwork::None);
            row.subject = sql::textAt(s, 3);
            row.status = rows::statusFromCode(s.getColumn(4).getInt());
            row.priority = rows::priorityFromCode(s.getColumn(5).getInt());
            row.teamName = sql::textAt(s, 6);
            row.assigneeName = sql::textAt(s, 7);
            row.created = sql::timeAt(s, 8);
            row.lastActivity = sql::timeAt(s, 9);
            row.survey = {sql::optionalIntAt(s, 10), sql::optionalIntAt(s, 11),
                          sql::optionalIntAt(s, 12)};
            row.messageCount = s.getColumn(13).getInt();
        }
        return history;
    });
}

Result<CustomerSummary> CacheReader::customerSummary(const domain::Id& customerId)
{
    return guarded("customerSummary", [&]() -> Result<CustomerSummary> {
        const auto key = m_stmts->keyOf(m_stmts->customerKey, customerId);
        if (!key)
            return notFound("customer", customerId);
        unsigned active = 0;
        for (domain::Status status : domain::kAllStatuses)
            if (domain::isActive(status))
                active |= statusBit(status);
        auto& s = m_stmts->summary;
        StatementUse use(s);
        s.bind(1, static_cast<int64_t>(*key));
        s.bind(2, static_cast<int64_t>(rows::statusCodeMask(active)));
        CustomerSummary summary;
        double csatTotal = 0;
        while (s.executeStep()) {
            const auto channel = rows::channelFromCode(s.getColumn(0).getInt());
            const int count = s.getColumn(1).getInt();
            summary.contactsPerChannel[static_cast<std::size_t>(channel)] += count;
            summary.conversations += count;
            summary.openConversations += s.getColumn(2).getInt();
            const auto first = sql::timeAt(s, 3);
            const auto last = sql::timeAt(s, 4);
            summary.firstContact = summary.firstContact ? std::min(*summary.firstContact, first)
                                                        : first;
            summary.lastContact = summary.lastContact ? std::max(*summary.lastContact, last)
                                                      : last;
            csatTotal += s.getColumn(5).getDouble();
            summary.csatAnswers += s.getColumn(6).getInt();
        }
        if (summary.csatAnswers > 0)
            summary.averageCsat = csatTotal / summary.csatAnswers;
        return summary;
    });
}

Result<std::vector<domain::Team>> CacheReader::teams()
{
    return guarded("teams", [&]() -> Result<std::vector<domain::Team>> {
        auto& s = m_stmts->teams;
        StatementUse use(s);
        std::vector<domain::Team> teams;
        while (s.executeStep())
            teams.push_back({sql::textAt(s, 0), sql::textAt(s, 1)});
        return teams;
    });
}

Result<std::vector<domain::Agent>> CacheReader::agents()
{
    return guarded("agents", [&]() -> Result<std::vector<domain::Agent>> {
        std::map<std::int64_t, std::vector<domain::Id>> teamsByAgent;
        {
            auto& s = m_stmts->agentTeams;
            StatementUse use(s);
            while (s.executeStep())
                teamsByAgent[s.getColumn(0).getInt64()].push_back(sql::textAt(s, 1));
        }
        auto& s = m_stmts->agents;
        StatementUse use(s);
        std::vector<domain::Agent> agents;
        while (s.executeStep()) {
            domain::Agent agent = agentFromStatement(s);
            agent.teamIds = std::move(teamsByAgent[s.getColumn(0).getInt64()]);
            agents.push_back(std::move(agent));
        }
        return agents;
    });
}

Result<domain::Agent> CacheReader::agentByLogin(const std::string& login)
{
    return guarded("agentByLogin", [&]() -> Result<domain::Agent> {
        domain::Agent agent;
        std::int64_t key = 0;
        {
            auto& s = m_stmts->agentByLogin;
            StatementUse use(s);
            s.bind(1, login);
            if (!s.executeStep())
                return notFound("agent with login", login);
            key = s.getColumn(0).getInt64();
            agent = agentFromStatement(s);
        }
        auto& s = m_stmts->teamsOfAgent;
        StatementUse use(s);
        s.bind(1, static_cast<int64_t>(key));
        while (s.executeStep())
            agent.teamIds.push_back(sql::textAt(s, 0));
        return agent;
    });
}

std::optional<std::string> CacheReader::meta(const std::string& key)
{
    try {
        auto& s = m_stmts->meta;
        StatementUse use(s);
        s.bind(1, key);
        if (!s.executeStep())
            return std::nullopt;
        return sql::textAt(s, 0);
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

} // namespace concord::store
