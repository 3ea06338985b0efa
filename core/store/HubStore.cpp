#include "HubStoreDetail.h"

#include "CacheReader.h"
#include "CacheWriter.h"
#include "HubCredentials.h"
#include "HubMutationLog.h"
#include "HubSchema.h"
#include "HubSnapshot.h"
#include "Migrations.h"
#include "RowMapping.h"
#include "SqlError.h"
#include "SqlSupport.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <stdexcept>
#include <unordered_map>

namespace concord::store {
using domain::Done;
using domain::Error;
using domain::ErrorCode;
using domain::Result;
using domain::VoidResult;
using sql::StatementUse;
using hubdetail::addUnique;
using hubdetail::orNothing;

namespace {

std::int64_t nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::vector<domain::Id> minus(const std::vector<domain::Id>& a, const std::vector<domain::Id>& b)
{
    std::vector<domain::Id> out;
    for (const domain::Id& id : a)
        if (std::find(b.begin(), b.end(), id) == b.end())
            out.push_back(id);
    return out;
}

// Reads what one statement returns in its first column, as text.
std::vector<std::string> column(SQLite::Statement& s, const std::string& key)
{
    StatementUse use(s);
    s.bind(1, key);
    std::vector<std::string> values;
    while (s.executeStep())
        values.push_back(sql::textAt(s, 0));
    return values;
}

} // namespace

// A write of its own (BEGIN IMMEDIATE, so the sequence is taken under the write lock) or a
// savepoint inside the caller's transaction.
class HubStore::WriteTransaction {
public:
    explicit WriteTransaction(SQLite::Database& db)
        : m_db(db), m_own(sqlite3_get_autocommit(db.getHandle()) != 0)
    {
        m_db.exec(m_own ? "BEGIN IMMEDIATE" : "SAVEPOINT hub_write");
    }
    ~WriteTransaction()
    {
        if (m_done)
            return;
        if (m_own) {
            m_db.tryExec("ROLLBACK");
        } else {
            m_db.tryExec("ROLLBACK TO hub_write");
            m_db.tryExec("RELEASE hub_write");
        }
    }
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    void commit()
    {
        m_db.exec(m_own ? "COMMIT" : "RELEASE hub_write");
        m_done = true;
    }

private:
    SQLite::Database& m_db;
    bool m_own;
    bool m_done = false;
};

// ---- opening -------------------------------------------------------------------------------

namespace {

Result<std::string> readEpoch(Database& db)
{
    return guarded("reading the epoch", [&]() -> Result<std::string> {
        SQLite::Statement s(db.sql(), "SELECT value FROM meta WHERE key = ?1");
        s.bind(1, hubschema::kEpochKey);
        if (!s.executeStep())
            return Error{ErrorCode::NotADatabase, "the hub store has no epoch"};
        return sql::textAt(s, 0);
    });
}

} // namespace

Result<std::unique_ptr<HubStore>> HubStore::open(const std::filesystem::path& file, OpenMode mode)
{
    auto db = Database::open(file, mode, hubSchemaPlan());
    if (!db)
        return db.error();
    auto epoch = readEpoch(*db.value());
    if (!epoch)
        return epoch.error();
    return guarded("opening the hub store", [&]() -> Result<std::unique_ptr<HubStore>> {
        return std::unique_ptr<HubStore>(
            new HubStore(std::move(db).value(), std::move(epoch).value()));
    });
}

Result<std::unique_ptr<HubStore>> HubStore::openInMemory()
{
    auto db = Database::openInMemory(hubSchemaPlan());
    if (!db)
        return db.error();
    auto epoch = readEpoch(*db.value());
    if (!epoch)
        return epoch.error();
    return guarded("opening the hub store", [&]() -> Result<std::unique_ptr<HubStore>> {
        return std::unique_ptr<HubStore>(
            new HubStore(std::move(db).value(), std::move(epoch).value()));
    });
}

HubStore::HubStore(std::unique_ptr<Database> db, std::string epoch)
    : m_db(std::move(db)),
      m_epoch(std::move(epoch)),
      m_writer(std::make_unique<CacheWriter>(*m_db)),
      m_reader(std::make_unique<CacheReader>(*m_db)),
      m_stmts(std::make_unique<Statements>(m_db->sql())),
      m_credentials(std::make_unique<HubCredentials>(*this)),
      m_mutations(std::make_unique<HubMutationLog>(*this))
{
}

HubStore::~HubStore() = default;

// A failed write may leave CacheWriter holding the key of a row that was rolled back.
void HubStore::resetWriter()
{
    try {
        m_writer = std::make_unique<CacheWriter>(*m_db);
    } catch (const std::exception&) {
        // Keep the old one: the next write reports the failure.
    }
}

// ---- sequence and horizon ------------------------------------------------------------------

Result<std::int64_t> HubStore::latestSeq()
{
    return guarded("latestSeq", [&]() -> Result<std::int64_t> {
        return m_stmts->single(m_stmts->latestSeq);
    });
}

Result<std::int64_t> HubStore::horizon()
{
    return guarded("horizon", [&]() -> Result<std::int64_t> {
        return m_stmts->single(m_stmts->horizon);
    });
}

Result<std::int64_t> HubStore::oldestRetainedSeq()
{
    auto h = horizon();
    if (!h)
        return h.error();
    return h.value() + 1;
}

VoidResult HubStore::compact(std::int64_t beforeSeq)
{
    return guarded("compact", [&]() -> VoidResult {
        WriteTransaction transaction(m_db->sql());
        const std::int64_t latest = m_stmts->single(m_stmts->latestSeq);
        const std::int64_t newHorizon = std::min(beforeSeq - 1, latest);
        if (newHorizon > m_stmts->single(m_stmts->horizon)) {
            {
                StatementUse use(m_stmts->compact);
                m_stmts->compact.bind(1, static_cast<int64_t>(newHorizon + 1));
                m_stmts->compact.exec();
            }
            StatementUse use(m_stmts->setHorizon);
            m_stmts->setHorizon.bind(1, static_cast<int64_t>(newHorizon));
            m_stmts->setHorizon.exec();
        }
        transaction.commit();
        return Done{};
    });
}

void HubStore::logChange(std::int64_t seq, ChangeKind kind, const domain::Id& id, ChangeOp op,
                         const domain::Id& team, const domain::Id& oldTeam,
                         const domain::Id& customer)
{
    auto& s = m_stmts->appendChange;
    StatementUse use(s);
    s.bind(1, static_cast<int64_t>(seq));
    s.bind(2, static_cast<int>(kind));
    s.bind(3, id);
    s.bind(4, static_cast<int>(op));
    auto bindOptional = [&s](int index, const domain::Id& value) {
        if (value.empty())
            s.bind(index);
        else
            s.bind(index, value);
    };
    bindOptional(5, team);
    bindOptional(6, oldTeam);
    bindOptional(7, customer);
    s.bind(8, static_cast<int64_t>(nowMs()));
    s.exec();
}

// ---- transactions --------------------------------------------------------------------------

VoidResult HubStore::begin()
{
    return guarded("begin", [&]() -> VoidResult {
        m_db->sql().exec("BEGIN IMMEDIATE");
        return Done{};
    });
}

VoidResult HubStore::commit()
{
    return guarded("commit", [&]() -> VoidResult {
        m_db->sql().exec("COMMIT");
        return Done{};
    });
}

VoidResult HubStore::rollback()
{
    resetWriter();
    return guarded("rollback", [&]() -> VoidResult {
        m_db->sql().exec("ROLLBACK");
        return Done{};
    });
}

// ---- writes --------------------------------------------------------------------------------

template <typename Body>
Result<std::int64_t> HubStore::write(const char* what, Body&& body)
{
    auto result = guarded(what, [&]() -> Result<std::int64_t> {
        WriteTransaction transaction(m_db->sql());
        Result<std::int64_t> written = body(m_stmts->single(m_stmts->latestSeq) + 1);
        if (written)
            transaction.commit();
        return written;
    });
    if (!result)
        resetWriter();
    return result;
}

Result<std::int64_t> HubStore::upsertTeam(const domain::Team& team)
{
    return write("upsertTeam", [&](std::int64_t seq) -> Result<std::int64_t> {
        if (auto done = m_writer->upsertTeam(team); !done)
            return done.error();
        logChange(seq, ChangeKind::Team, team.id, ChangeOp::Upsert, {}, {}, {});
        return seq;
    });
}

Result<std::int64_t> HubStore::upsertAgent(const domain::Agent& agent)
{
    return write("upsertAgent", [&](std::int64_t seq) -> Result<std::int64_t> {
        if (auto done = m_writer->upsertAgent(agent); !done)
            return done.error();
        logChange(seq, ChangeKind::Agent, agent.id, ChangeOp::Upsert, {}, {}, {});
        return seq;
    });
}

Result<std::int64_t> HubStore::upsertCustomer(const domain::Customer& customer)
{
    return write("upsertCustomer", [&](std::int64_t seq) -> Result<std::int64_t> {
        domain::Customer stored = customer;
        stored.revision = seq;
        if (auto done = m_writer->upsertCustomer(stored); !done)
            return done.error();
        logChange(seq, ChangeKind::Customer, customer.id, ChangeOp::Upsert, {}, {}, customer.id);
        return seq;
    });
}

Result<std::int64_t> HubStore::upsertConversation(const domain::Conversation& conversation)
{
    return write("upsertConversation", [&](std::int64_t seq) -> Result<std::int64_t> {
        const auto before = m_stmts->placeOf(conversation.id);
        const auto teamsBefore = teamsOfCustomer(conversation.customerId);
        domain::Conversation stored = conversation;
        stored.revision = seq;
        if (auto done = m_writer->upsertConversation(stored); !done)
            return done.error();
        const domain::Id oldTeam =
            before && before->teamId != conversation.teamId ? before->teamId : domain::Id();
        logChange(seq, ChangeKind::Conversation, conversation.id, ChangeOp::Upsert,
                  conversation.teamId, oldTeam, conversation.customerId);
        std::int64_t last = logScopeChange(conversation.customerId, teamsBefore,
                                           teamsOfCustomer(conversation.customerId),
                                           conversation.id, seq);
        if (before && before->customerId != conversation.customerId) {
            const auto previousTeams = teamsOfCustomer(before->customerId);
            std::vector<domain::Id> had = previousTeams;
            addUnique(had, before->teamId);
            last = logScopeChange(before->customerId, had, previousTeams, conversation.id, last);
        }
        return last;
    });
}

Result<std::int64_t> HubStore::appendMessage(const domain::Message& message)
{
    return write("appendMessage", [&](std::int64_t seq) -> Result<std::int64_t> {
        if (m_stmts->hasMessage(message.id))
            return std::int64_t{0};
        const auto place = m_stmts->placeOf(message.conversationId);
        if (!place)
            return Error{ErrorCode::NotFound,
                         "conversation " + message.conversationId + " is not in the hub"};
        if (auto done = m_writer->appendMessage(message); !done)
            return done.error();
        logChange(seq, ChangeKind::Message, message.id, ChangeOp::Upsert, place->teamId, {},
                  place->customerId);
        return seq;
    });
}

Result<std::int64_t> HubStore::removeConversation(const domain::Id& conversationId)
{
    auto result = write("removeConversation", [&](std::int64_t seq) -> Result<std::int64_t> {
        const auto place = m_stmts->placeOf(conversationId);
        if (!place)
            return Error{ErrorCode::NotFound,
                         "conversation " + conversationId + " is not in the hub"};
        const auto teamsBefore = teamsOfCustomer(place->customerId);
        {
            StatementUse use(m_stmts->deleteConversation);
            m_stmts->deleteConversation.bind(1, conversationId);
            m_stmts->deleteConversation.exec();
        }
        logChange(seq, ChangeKind::Conversation, conversationId, ChangeOp::Remove, place->teamId,
                  {}, place->customerId);
        return logScopeChange(place->customerId, teamsBefore,
                              teamsOfCustomer(place->customerId), conversationId, seq);
    });
    resetWriter(); // it may remember the deleted conversation's key
    return result;
}

std::vector<domain::Id> HubStore::teamsOfCustomer(const domain::Id& customerId)
{
    return column(m_stmts->customerTeams, customerId);
}

// The customer gained or lost teams: log it again, with its conversations, so the desks of a
// team that lost it receive removes (old_team_id) and those of a team that gained it receive
// the whole history (the current records are read when the log is read).
std::int64_t HubStore::logScopeChange(const domain::Id& customerId,
                                      const std::vector<domain::Id>& before,
                                      const std::vector<domain::Id>& after,
                                      const domain::Id& skipConversation, std::int64_t last)
{
    const auto entered = minus(after, before);
    const auto left = minus(before, after);
    if (entered.empty() && left.empty())
        return last;
    auto conversations = column(m_stmts->customerConversations, customerId);
    conversations.erase(std::remove(conversations.begin(), conversations.end(), skipConversation),
                        conversations.end());
    for (const domain::Id& team : left) {
        for (const domain::Id& id : conversations)
            logChange(++last, ChangeKind::Conversation, id, ChangeOp::Upsert, {}, team,
                      customerId);
        logChange(++last, ChangeKind::Customer, customerId, ChangeOp::Upsert, {}, team,
                  customerId);
    }
    if (entered.empty())
        return last;
    const domain::Id& team = entered.front();
    logChange(++last, ChangeKind::Customer, customerId, ChangeOp::Upsert, team, {}, customerId);
    for (const domain::Id& id : conversations)
        logChange(++last, ChangeKind::Conversation, id, ChangeOp::Upsert, team, {}, customerId);
    for (const domain::Id& id : column(m_stmts->customerMessages, customerId))
        logChange(++last, ChangeKind::Message, id, ChangeOp::Upsert, team, {}, customerId);
    return last;
}

// ---- reads ---------------------------------------------------------------------------------

Result<domain::Team> HubStore::team(const domain::Id& id)
{
    return guarded("team", [&]() -> Result<domain::Team> {
        if (auto found = m_stmts->findTeam(id))
            return *found;
        return Error{ErrorCode::NotFound, "team " + id + " is not in the hub"};
    });
}

Result<domain::Agent> HubStore::agent(const domain::Id& id)
{
    return guarded("agent", [&]() -> Result<domain::Agent> {
        if (auto found = m_stmts->findAgent(id))
            return *found;
        return Error{ErrorCode::NotFound, "agent " + id + " is not in the hub"};
    });
}

Result<domain::Agent> HubStore::agentByLogin(const std::string& login)
{
    return m_reader->agentByLogin(login);
}

Result<std::vector<domain::Team>> HubStore::teams()
{
    return m_reader->teams();
}

Result<std::vector<domain::Agent>> HubStore::agents()
{
    return m_reader->agents();
}

Result<domain::Customer> HubStore::customer(const domain::Id& id)
{
    return m_reader->customer(id);
}

Result<domain::Conversation> HubStore::conversation(const domain::Id& id)
{
    return m_reader->conversation(id);
}

Result<domain::Message> HubStore::message(const domain::Id& id)
{
    return guarded("message", [&]() -> Result<domain::Message> {
        if (auto found = m_stmts->findMessage(id))
            return *found;
        return Error{ErrorCode::NotFound, "message " + id + " is not in the hub"};
    });
}

} // namespace concord::store
