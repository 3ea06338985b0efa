#include "RawSqliteSink.h"

#include <nlohmann/json.hpp>

namespace concord::bench {
namespace {

constexpr std::int64_t kRowsPerTransaction = 50'000;
constexpr std::int64_t kProbeCustomer = 100; // any customer will do; not the first

const char* const kTables = R"sql(
CREATE TABLE teams (id TEXT, name TEXT);
CREATE TABLE agents (id TEXT, login TEXT, display_name TEXT, role TEXT);
CREATE TABLE agent_teams (agent_id TEXT, team_id TEXT);
CREATE TABLE customers (id TEXT, display_name TEXT, first_name TEXT, last_name TEXT,
    honorific TEXT, preferred_language TEXT, notes TEXT, created INTEGER, revision INTEGER);
CREATE TABLE identities (id TEXT, customer_id TEXT, kind TEXT, network TEXT, value TEXT,
    is_primary INTEGER);
CREATE TABLE conversations (id TEXT, customer_id TEXT, channel TEXT, network TEXT,
    subject TEXT, status TEXT, priority TEXT, team_id TEXT, assignee_id TEXT, tags TEXT,
    created INTEGER, first_response INTEGER, resolved INTEGER, last_activity INTEGER,
    sla_due INTEGER, csat INTEGER, nps INTEGER, ces INTEGER, revision INTEGER);
CREATE TABLE messages (id TEXT, conversation_id TEXT, direction TEXT, author_id TEXT,
    author_name TEXT, body TEXT, sent_at INTEGER, detail TEXT);
)sql";

template <typename T>
void bindOptional(SQLite::Statement& s, int index, const std::optional<T>& value)
{
    if (value)
        s.bind(index, static_cast<std::int64_t>(*value));
    else
        s.bind(index);
}

void bindTime(SQLite::Statement& s, int index, const std::optional<domain::Timestamp>& t)
{
    if (t)
        s.bind(index, static_cast<std::int64_t>(domain::toEpochMs(*t)));
    else
        s.bind(index);
}

void run(SQLite::Statement& s)
{
    s.exec();
    s.reset();
}

std::string detailJson(const domain::Message& m)
{
    nlohmann::json j;
    if (m.email) {
        nlohmann::json headers = nlohmann::json::array();
        for (const auto& [name, value] : m.email->headers)
            headers.push_back({name, value});
        j["email"] = {{"subject", m.email->subject}, {"from", m.email->from},
                      {"to", m.email->to},           {"cc", m.email->cc},
                      {"headers", headers}};
    } else if (m.call) {
        j["call"] = {{"duration", m.call->durationSeconds},
                     {"ivr", m.call->ivrPath},
                     {"queue", m.call->queue},
                     {"outcome", domain::toKey(m.call->outcome)}};
    } else if (m.visit) {
        j["visit"] = {{"branch", m.visit->branch},
                      {"purpose", m.visit->purpose},
                      {"minutes", m.visit->durationMinutes}};
    } else {
        return {};
    }
    return j.dump();
}

} // namespace

RawSqliteSink::RawSqliteSink(const std::filesystem::path& file)
    : m_db(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE)
{
    m_db.exec("PRAGMA journal_mode = WAL");
    m_db.exec("PRAGMA synchronous = NORMAL");
    m_db.exec(kTables);
    auto prepare = [&](const char* sql) { return std::make_unique<SQLite::Statement>(m_db, sql); };
    m_team = prepare("INSERT INTO teams VALUES (?, ?)");
    m_agent = prepare("INSERT INTO agents VALUES (?, ?, ?, ?)");
    m_agentTeam = prepare("INSERT INTO agent_teams VALUES (?, ?)");
    m_customer = prepare("INSERT INTO customers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_identity = prepare("INSERT INTO identities VALUES (?, ?, ?, ?, ?, ?)");
    m_conversation = prepare("INSERT INTO conversations VALUES "
                             "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_message = prepare("INSERT INTO messages VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    m_db.exec("BEGIN");
}

RawSqliteSink::~RawSqliteSink() = default;

void RawSqliteSink::counted()
{
    if (++m_rows % kRowsPerTransaction == 0) {
        m_db.exec("COMMIT");
        m_db.exec("BEGIN");
    }
}

void RawSqliteSink::finish() { m_db.exec("COMMIT"); }

void RawSqliteSink::team(const domain::Team& t)
{
    m_team->bind(1, t.id);
    m_team->bind(2, t.name);
    run(*m_team);
    counted();
}

void RawSqliteSink::agent(const domain::Agent& a)
{
    auto& s = *m_agent;
    s.bind(1, a.id);
    s.bind(2, a.login);
    s.bind(3, a.displayName);
    s.bind(4, std::string(domain::toKey(a.role)));
    run(s);
    for (const auto& team : a.teamIds) {
        m_agentTeam->bind(1, a.id);
        m_agentTeam->bind(2, team);
        run(*m_agentTeam);
    }
    counted();
}

void RawSqliteSink::customer(const domain::Customer& c)
{
    auto& s = *m_customer;
    s.bind(1, c.id);
    s.bind(2, c.displayName);
    s.bind(3, c.firstName);
    s.bind(4, c.lastName);
    s.bind(5, std::string(domain::toKey(c.honorific)));
    s.bind(6, c.preferredLanguage);
    s.bind(7, c.notes);
    s.bind(8, static_cast<std::int64_t>(domain::toEpochMs(c.created)));
    s.bind(9, c.revision);
    run(s);
    for (const auto& i : c.identities) {
        auto& id = *m_identity;
        id.bind(1, i.id);
        id.bind(2, i.customerId);
        id.bind(3, std::string(domain::toKey(i.kind)));
        id.bind(4, std::string(domain::toKey(i.network)));
        id.bind(5, i.value);
        id.bind(6, i.primary ? 1 : 0);
        run(id);
    }
    notice(c);
    counted();
}

void RawSqliteSink::conversation(const domain::Conversation& c)
{
    auto& s = *m_conversation;
    s.bind(1, c.id);
    s.bind(2, c.customerId);
    s.bind(3, std::string(domain::toKey(c.channel)));
    s.bind(4, std::string(domain::toKey(c.network)));
    s.bind(5, c.subject);
    s.bind(6, std::string(domain::toKey(c.status)));
    s.bind(7, std::string(domain::toKey(c.priority)));
    s.bind(8, c.teamId);
    s.bind(9, c.assigneeId);
    s.bind(10, nlohmann::json(c.tags).dump());
    s.bind(11, static_cast<std::int64_t>(domain::toEpochMs(c.created)));
    bindTime(s, 12, c.firstResponse);
    bindTime(s, 13, c.resolved);
    s.bind(14, static_cast<std::int64_t>(domain::toEpochMs(c.lastActivity)));
    bindTime(s, 15, c.slaDue);
    bindOptional(s, 16, c.survey.csat);
    bindOptional(s, 17, c.survey.nps);
    bindOptional(s, 18, c.survey.ces);
    s.bind(19, c.revision);
    run(s);
    counted();
}

void RawSqliteSink::message(const domain::Message& m)
{
    auto& s = *m_message;
    s.bind(1, m.id);
    s.bind(2, m.conversationId);
    s.bind(3, std::string(domain::toKey(m.direction)));
    s.bind(4, m.authorId);
    s.bind(5, m.authorName);
    s.bind(6, m.body);
    s.bind(7, static_cast<std::int64_t>(domain::toEpochMs(m.sentAt)));
    const std::string detail = detailJson(m);
    if (detail.empty())
        s.bind(8);
    else
        s.bind(8, detail);
    run(s);
    notice(m);
    counted();
}

void RawSqliteSink::notice(const domain::Customer& c)
{
    if (++m_customers < kProbeCustomer || !m_probes.customerId.empty()
        || c.preferredLanguage != "pl")
        return;
    for (const auto& i : c.identities) {
        if (i.kind != domain::IdentityKind::Email)
            continue;
        m_probes.customerId = c.id;
        m_probes.surname = c.lastName;
        m_probes.fullName = c.displayName;
        m_probes.email = i.value;
        return;
    }
}

void RawSqliteSink::notice(const domain::Message& m)
{
    if (!m_probes.order.empty() || m_probes.customerId.empty())
        return;
    const auto at = m.body.find("MC-");
    if (at != std::string::npos)
        m_probes.order = m.body.substr(at, 11);
}

} // namespace concord::bench
