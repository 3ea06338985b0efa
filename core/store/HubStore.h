#pragma once
// The hub's store: the same domain tables as the desk's cache (written through CacheWriter,
// read through CacheReader and RowMapping) plus a change log. Every write through HubStore
// records its change(s) in the same transaction, numbered by a gap-free sequence: the next
// number is max + 1, taken inside a BEGIN IMMEDIATE transaction, which SQLite serialises
// across connections. The epoch (a UUID made with the store) names this history.
//
// One HubStore per thread (one SQLite connection), like Database. Nothing throws out of it.
//
// Scope changes are logged too: when a customer gains or loses a team (a conversation is
// created, transferred or removed), the customer and its other conversations are logged again
// (and, for a team that gains the customer, its messages), so desks of that team receive the
// whole history, or removes, without a snapshot.

#include "Database.h"
#include "HubChanges.h"
#include "HubSnapshot.h"
#include "domain/Result.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace concord::store {

class CacheReader;
class CacheWriter;
class HubCredentials;
class HubMutationLog;

class HubStore {
public:
    // Refused untouched like the cache (NotADatabase, TooNew); a desk cache is NotADatabase.
    static domain::Result<std::unique_ptr<HubStore>> open(
        const std::filesystem::path& file, OpenMode mode = OpenMode::CreateOrMigrate);
    static domain::Result<std::unique_ptr<HubStore>> openInMemory(); // for tests

    ~HubStore();
    HubStore(const HubStore&) = delete;
    HubStore& operator=(const HubStore&) = delete;

    Database& database() { return *m_db; }
    const std::string& epoch() const { return m_epoch; }

    // The last sequence given out (0 for a new store).
    domain::Result<std::int64_t> latestSeq();
    // Changes up to the horizon are no longer logged (compacted, or loaded in bulk):
    // changesAfter(S) is complete exactly when horizon() <= S <= latestSeq(). Anything else
    // is answered with a reset and a snapshot.
    domain::Result<std::int64_t> horizon();
    domain::Result<std::int64_t> oldestRetainedSeq(); // horizon() + 1
    // Forgets the changes before `beforeSeq` (at most up to latestSeq()); the horizon moves to
    // beforeSeq - 1.
    domain::VoidResult compact(std::int64_t beforeSeq);

    // Groups writes in one transaction (BEGIN IMMEDIATE). Without one, each write below is its
    // own transaction. A write that fails inside a transaction has undone itself; the
    // transaction stays open for the caller to commit or roll back.
    domain::VoidResult begin();
    domain::VoidResult commit();
    domain::VoidResult rollback();

    // Writes: each returns the last sequence it logged. Customers and conversations get that
    // sequence as their revision. appendMessage returns 0 for a message id already stored
    // (messages are append-only). References must exist (NotFound otherwise).
    domain::Result<std::int64_t> upsertTeam(const domain::Team& team);
    domain::Result<std::int64_t> upsertAgent(const domain::Agent& agent);
    domain::Result<std::int64_t> upsertCustomer(const domain::Customer& customer);
    domain::Result<std::int64_t> upsertConversation(const domain::Conversation& conversation);
    domain::Result<std::int64_t> appendMessage(const domain::Message& message);
    // Deletes the conversation with its messages and logs a tombstone.
    domain::Result<std::int64_t> removeConversation(const domain::Id& conversationId);

    // Current records.
    domain::Result<domain::Team> team(const domain::Id& id);
    domain::Result<domain::Agent> agent(const domain::Id& id);
    domain::Result<domain::Agent> agentByLogin(const std::string& login);
    domain::Result<std::vector<domain::Team>> teams();
    domain::Result<std::vector<domain::Agent>> agents();
    domain::Result<domain::Customer> customer(const domain::Id& id);
    domain::Result<domain::Conversation> conversation(const domain::Id& id);
    domain::Result<domain::Message> message(const domain::Id& id);
    CacheReader& reader() { return *m_reader; } // the desk's queries work here too

    // Passwords and sessions, and the answers of applied mutations, on this connection.
    HubCredentials& credentials() { return *m_credentials; }
    HubMutationLog& mutations() { return *m_mutations; }

    // The changes after `after`, at most `limit` log rows, each with its current record and
    // routing facts, read in one read transaction; route them with filterForScope() (which
    // also puts them in apply order). Each record appears once, at its first change. When the
    // batch stops short of latestSeq(), upserts bring their customer and conversation along
    // (their own change may lie beyond upTo). A desk applying a customer's remove also deletes
    // that customer's conversations and messages. InvalidArgument when `after` is outside
    // [horizon(), latestSeq()] (answer with a reset).
    domain::Result<LoggedBatch> readChanges(std::int64_t after, int limit);
    // readChanges() routed to one scope.
    domain::Result<ChangeBatch> changesAfter(std::int64_t after, const HubScope& scope,
                                             int limit);

    // A consistent snapshot of `scope` at one sequence, read in batches (HubSnapshot.h). It
    // holds a read transaction on this connection until destroyed: write through another one.
    domain::Result<std::unique_ptr<HubSnapshot>> snapshot(const HubScope& scope);

private:
    struct Statements;
    class WriteTransaction;
    struct Place;
    struct LogRow;
    using AudienceCache = std::unordered_map<domain::Id, std::vector<domain::Id>>;

    HubStore(std::unique_ptr<Database> db, std::string epoch);
    template <typename Body>
    domain::Result<std::int64_t> write(const char* what, Body&& body);
    void logChange(std::int64_t seq, ChangeKind kind, const domain::Id& id, ChangeOp op,
                   const domain::Id& team, const domain::Id& oldTeam,
                   const domain::Id& customer);
    std::int64_t logScopeChange(const domain::Id& customerId,
                                const std::vector<domain::Id>& before,
                                const std::vector<domain::Id>& after,
                                const domain::Id& skipConversation, std::int64_t last);
    std::vector<domain::Id> teamsOfCustomer(const domain::Id& customerId);
    void resetWriter();
    void collectChanges(const std::vector<LogRow>& rows, std::vector<LoggedChange>& changes,
                        AudienceCache& audiences);
    void addParents(std::vector<LoggedChange>& changes, AudienceCache& audiences);
    void completeRecord(LoggedChange& change, const domain::Id& customerTag,
                        AudienceCache& audiences);

    std::unique_ptr<Database> m_db;
    std::string m_epoch;
    std::unique_ptr<CacheWriter> m_writer;
    std::unique_ptr<CacheReader> m_reader;
    std::unique_ptr<Statements> m_stmts;
    std::unique_ptr<HubCredentials> m_credentials;
    std::unique_ptr<HubMutationLog> m_mutations;
};

} // namespace concord::store
