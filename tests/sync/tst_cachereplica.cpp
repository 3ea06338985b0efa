// The desk's cache as the protocol's replica: a snapshot and changes land as the agent will
// see them, the agent's own writes show at once and wait in the outbox, and the hub's answer
// either keeps them or puts back what the hub has.

#include "store/CacheReader.h"
#include "store/CacheWriter.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/SqlSupport.h"
#include "sync/CacheReplica.h"
#include "sync/Codec.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;
using namespace concord::sync;

namespace {

const domain::Id kEpoch = "e0000000-0000-4000-8000-0000000000e1";
const domain::Id kTeam = "70000000-0000-4000-8000-000000000001";
const domain::Id kAnna = "a0000000-0000-4000-8000-000000000001";
const domain::Id kCustomer = "c0000000-0000-4000-8000-000000000001";
const domain::Id kConversation = "d0000000-0000-4000-8000-000000000001";
const domain::Timestamp kNow = domain::fromEpochMs(1'795'000'000'000);

domain::Agent anna()
{
    return {kAnna, "anna.kowalska", "Anna Kowalska", domain::Role::Agent, {kTeam}};
}

domain::Message message(const std::string& id, domain::Direction direction,
                        const std::string& body, int minute)
{
    domain::Message m;
    m.id = id;
    m.conversationId = kConversation;
    m.direction = direction;
    m.body = body;
    m.sentAt = kNow + std::chrono::minutes(minute);
    return m;
}

domain::Id numberedId(const char* prefix, int n)
{
    char id[64];
    std::snprintf(id, sizeof id, "%s-0000-4000-8000-%012d", prefix, n);
    return id;
}

MutationResult answer(const domain::Id& client, std::int64_t mutationId, bool ok)
{
    MutationResult result;
    result.clientId = client;
    result.mutationId = mutationId;
    result.ok = ok;
    result.seq = ok ? 45 : 0;
    return result;
}

Snapshot snapshot()
{
    Snapshot s;
    s.seq = 40;
    s.records.teams.push_back({kTeam, "Reklamacje"});
    s.records.agents.push_back(anna());
    domain::Customer jan;
    jan.id = kCustomer;
    jan.displayName = "Jan Kowalski";
    jan.created = kNow;
    s.records.customers.push_back(jan);
    domain::Conversation c;
    c.id = kConversation;
    c.customerId = kCustomer;
    c.channel = domain::Channel::Chat;
    c.subject = "Reklamacja czajnika";
    c.status = domain::Status::Open;
    c.teamId = kTeam;
    c.created = kNow;
    c.lastActivity = kNow + std::chrono::minutes(1);
    s.records.conversations.push_back(c);
    s.records.messages.push_back(
        message("f0000000-0000-4000-8000-000000000001", domain::Direction::Inbound,
                "Chcę złożyć reklamację", 0));
    s.records.messages.push_back(
        message("f0000000-0000-4000-8000-000000000002", domain::Direction::Outbound,
                "Dzień dobry, pomogę", 1));
    return s;
}

} // namespace

class TstCacheReplica : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void snapshotAndChangesLandInTheInbox();
    void removedConversationLeaves();
    void replyShowsAtOnceAndWaitsInTheOutbox();
    void confirmedReplyStays();
    void refusedReplyDisappears();
    void refusedStatusTakesTheHubsValue();
    void claimAssignsTheAuthor();
    void resetKeepsTheOutbox();
    void cursorAndClientIdSurviveARestart();
    void unsendableWriteIsRefusedUntouched();
    void heldChangesCommitTogetherWithTheirCursor();
    void agentsWriteCommitsHeldChangesFirst();
    void heldMessagesAreSearchableOnceCommitted();
    void backlogIndexedBetweenLiveChanges();
    void subjectsAndCustomersIndexedAfterALargeSnapshot();
    void messagesArrivingAgainAreStoredOnceBeforeTheirIdIndex();
    void conversationIndexesBuiltFirstAfterALargeSnapshot();
    void snapshotFinishLeavesItsCheckpointForLater();

private:
    std::size_t searchFinds(const std::string& text);
    // What another connection (the desk's GUI) reads: the thread and the stored cursor.
    std::size_t threadSeenElsewhere();
    std::string cursorSeenElsewhere();
    void openEmpty(); // a fresh cache, its replica and a reader
    void bootstrap();
    // A fresh cache bootstrapped with the usual snapshot and `count` old messages more, its
    // search (and message id index) left for later as after any large snapshot.
    Snapshot bootstrapWithOldMessages(int count);
    // Runs the backlog's steps until the message ids' index exists (the conversations'
    // indexes come first, one a step); false if a step fails or more steps are needed.
    bool buildLeftIndexes();
    int indexCount(const char* name);
    std::vector<domain::Message> thread() { return m_reader->messages(kConversation).value(); }

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<CacheReplica> m_replica;
    std::unique_ptr<store::CacheReader> m_reader;
};

void TstCacheReplica::init()
{
    openEmpty();
    bootstrap();
}

void TstCacheReplica::openEmpty()
{
    QVERIFY(m_dir.isValid());
    auto db = store::Database::open(m_dir.filePath("cache.db").toStdString(),
                                    store::OpenMode::CreateOrMigrate);
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_replica = std::make_unique<CacheReplica>(*m_db, anna());
    m_reader = std::make_unique<store::CacheReader>(*m_db);
}

void TstCacheReplica::cleanup()
{
    m_reader.reset();
    m_replica.reset();
    m_db.reset();
    QFile::remove(m_dir.filePath("cache.db"));
}

void TstCacheReplica::bootstrap()
{
    QVERIFY(m_replica->beginReset(Reset{kEpoch, 40}).ok());
    QVERIFY(m_replica->applySnapshot(snapshot()).ok());
    QVERIFY(m_replica->finishSnapshot(Cursor{kEpoch, 40}).ok());
}

Snapshot TstCacheReplica::bootstrapWithOldMessages(int count)
{
    cleanup();
    openEmpty();
    m_replica->setSearchInlineMessages(0);
    Snapshot big = snapshot();
    for (int i = 0; i < count; ++i)
        big.records.messages.push_back(message(numberedId("f1000000", i),
                                               domain::Direction::Inbound,
                                               "Stara wiadomość " + std::to_string(i), 2));
    if (!m_replica->beginReset(Reset{kEpoch, 40}).ok() || !m_replica->applySnapshot(big).ok()
        || !m_replica->finishSnapshot(Cursor{kEpoch, 40}).ok())
        qFatal("the large snapshot could not be stored");
    return big;
}

int TstCacheReplica::indexCount(const char* name)
{
    return store::sql::indexExists(m_db->sql(), name) ? 1 : 0;
}

bool TstCacheReplica::buildLeftIndexes()
{
    const std::size_t mostSteps = store::schema::kConversationIndexes.size() + 1;
    for (std::size_t step = 0; step < mostSteps && indexCount("messages_by_id") == 0; ++step) {
        auto more = m_replica->backlogStep();
        if (!more || !*more)
            return false;
    }
    return indexCount("messages_by_id") == 1;
}

void TstCacheReplica::snapshotAndChangesLandInTheInbox()
{
    QCOMPARE(m_replica->cursor().value(), (std::optional<Cursor>{Cursor{kEpoch, 40}}));
    QCOMPARE(thread().size(), std::size_t(2));
    store::InboxQuery search;
    search.view = store::InboxView::All;
    search.search = "zlozyc reklamacje";
    QCOMPARE(m_reader->inboxPage(search, nullptr, 10)->size(), std::size_t(1));

    Changes changes{40, 44, {ChangeItem{44, message("f0000000-0000-4000-8000-000000000003",
                                                    domain::Direction::Inbound,
                                                    "Czy są już wieści?", 5)}}};
    QVERIFY(m_replica->applyChanges(changes, kEpoch).ok());
    QCOMPARE(thread().size(), std::size_t(3));
    QCOMPARE(m_reader->inboxRow(kConversation)->preview, std::string("Czy są już wieści?"));
    QCOMPARE(m_replica->cursor().value()->seq, std::int64_t(44));
}

void TstCacheReplica::removedConversationLeaves()
{
    Changes changes{40, 41, {ChangeItem{41, Removed{RecordKind::Conversation, kConversation}}}};
    QVERIFY(m_replica->applyChanges(changes, kEpoch).ok());
    QVERIFY(!m_reader->conversation(kConversation).ok());
    QCOMPARE(m_replica->cursor().value()->seq, std::int64_t(41));
}

void TstCacheReplica::replyShowsAtOnceAndWaitsInTheOutbox()
{
    const Reply reply{kConversation, "f0000000-0000-4000-8000-0000000000a1", "Wysłałam kuriera.",
                      kNow + std::chrono::minutes(9), std::nullopt};
    const auto id = m_replica->enqueue(reply, kNow);
    QVERIFY(id.ok());
    QCOMPARE(*id, std::int64_t(1));
    const auto shown = thread();
    QCOMPARE(shown.back().body, std::string("Wysłałam kuriera."));
    QCOMPARE(shown.back().authorName, std::string("Anna Kowalska"));
    QCOMPARE(shown.back().direction, domain::Direction::Outbound);
    const auto pending = m_replica->pendingMutations();
    QVERIFY(pending.ok());
    QCOMPARE(pending->size(), std::size_t(1));
    QCOMPARE(pending->front().mutationId, std::int64_t(1));
    QCOMPARE(pending->front().clientId, m_replica->clientId().value());
    QCOMPARE(std::get<Reply>(pending->front().op), reply);
}

void TstCacheReplica::confirmedReplyStays()
{
    const auto id = m_replica->enqueue(
        Note{kConversation, "f0000000-0000-4000-8000-0000000000a2", "Notatka", kNow}, kNow);
    QVERIFY(id.ok());
    QVERIFY(m_replica->settle(answer(m_replica->clientId().value(), *id, true)).ok());
    QCOMPARE(m_replica->pendingCount().value(), 0);
    QCOMPARE(thread().size(), std::size_t(3));
}

void TstCacheReplica::refusedReplyDisappears()
{
    const auto before = m_reader->inboxRow(kConversation).value();
    const auto id = m_replica->enqueue(Reply{kConversation, "f0000000-0000-4000-8000-0000000000a3",
                                             "Za późno", kNow + std::chrono::minutes(9), {}},
                                       kNow);
    QVERIFY(id.ok());
    MutationResult refused = answer(m_replica->clientId().value(), *id, false);
    refused.code = ErrorCode::Forbidden;
    QVERIFY(m_replica->settle(refused).ok());
    QCOMPARE(thread().size(), std::size_t(2));
    QCOMPARE(m_reader->inboxRow(kConversation)->preview, before.preview);
    QCOMPARE(m_replica->pendingCount().value(), 0);
}

void TstCacheReplica::refusedStatusTakesTheHubsValue()
{
    const auto id = m_replica->enqueue(SetStatus{kConversation, domain::Status::Resolved}, kNow);
    QVERIFY(id.ok());
    QCOMPARE(m_reader->conversation(kConversation)->status, domain::Status::Resolved);
    MutationResult refused = answer(m_replica->clientId().value(), *id, false);
    refused.code = ErrorCode::StalePrecondition;
    refused.current = snapshot().records.conversations.front();
    refused.current->status = domain::Status::Pending; // what the hub has meanwhile
    QVERIFY(m_replica->settle(refused).ok());
    QCOMPARE(m_reader->conversation(kConversation)->status, domain::Status::Pending);
}

void TstCacheReplica::claimAssignsTheAuthor()
{
    QVERIFY(m_replica->enqueue(Claim{kConversation, {}}, kNow).ok());
    QCOMPARE(m_reader->conversation(kConversation)->assigneeId, kAnna);
    QCOMPARE(m_reader->inboxRow(kConversation)->assigneeName, std::string("Anna Kowalska"));
}

void TstCacheReplica::resetKeepsTheOutbox()
{
    QVERIFY(m_replica->enqueue(SetPriority{kConversation, domain::Priority::Urgent}, kNow).ok());
    QVERIFY(m_replica->beginReset(Reset{kEpoch, 90}).ok());
    QVERIFY(!m_replica->cursor().value()); // no cursor until the new snapshot is whole
    QVERIFY(!m_reader->conversation(kConversation).ok());
    QCOMPARE(m_replica->pendingCount().value(), 1); // the agent's write still goes out
}

void TstCacheReplica::cursorAndClientIdSurviveARestart()
{
    const domain::Id client = m_replica->clientId().value();
    m_reader.reset();
    m_replica.reset();
    m_db.reset();
    auto db = store::Database::open(m_dir.filePath("cache.db").toStdString(),
                                    store::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_replica = std::make_unique<CacheReplica>(*m_db, anna());
    m_reader = std::make_unique<store::CacheReader>(*m_db);
    QCOMPARE(m_replica->clientId().value(), client);
    QCOMPARE(m_replica->cursor().value(), (std::optional<Cursor>{Cursor{kEpoch, 40}}));
}

// A write the hub could never read (a malformed id) must not poison the outbox: it is
// refused before anything changes.
void TstCacheReplica::unsendableWriteIsRefusedUntouched()
{
    const auto refused = m_replica->enqueue(Note{kConversation, "not-a-uuid", "x", kNow}, kNow);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, domain::ErrorCode::InvalidArgument);
    QCOMPARE(thread().size(), std::size_t(2));
    QCOMPARE(m_replica->pendingCount().value(), 0);
}

std::size_t TstCacheReplica::threadSeenElsewhere()
{
    auto other = store::Database::open(m_dir.filePath("cache.db").toStdString(),
                                       store::OpenMode::ExistingOnly);
    if (!other)
        return 0;
    return store::CacheReader(**other).messages(kConversation)->size();
}

std::string TstCacheReplica::cursorSeenElsewhere()
{
    auto other = store::Database::open(m_dir.filePath("cache.db").toStdString(),
                                       store::OpenMode::ExistingOnly);
    if (!other)
        return {};
    return store::CacheReader(**other).meta("sync.seq").value_or(std::string{});
}

// Live changes arriving close together share one commit: until it, the GUI's connection
// sees neither them nor their cursor, so a crash in between re-pulls them from the hub
// instead of skipping them.
void TstCacheReplica::heldChangesCommitTogetherWithTheirCursor()
{
    m_replica->holdChangeCommits(true);
    Changes first{40, 44, {ChangeItem{44, message("f0000000-0000-4000-8000-000000000003",
                                                  domain::Direction::Inbound, "Halo?", 5)}}};
    Changes second{44, 45, {ChangeItem{45, message("f0000000-0000-4000-8000-000000000004",
                                                   domain::Direction::Inbound, "Jest tam ktoś?",
                                                   6)}}};
    QVERIFY(m_replica->applyChanges(first, kEpoch).ok());
    QVERIFY(m_replica->applyChanges(second, kEpoch).ok());
    QVERIFY(m_replica->holdsChanges());
    QCOMPARE(threadSeenElsewhere(), std::size_t(2));
    QCOMPARE(cursorSeenElsewhere(), std::string("40"));

    QVERIFY(m_replica->commitHeld().ok());
    QVERIFY(!m_replica->holdsChanges());
    QCOMPARE(threadSeenElsewhere(), std::size_t(4));
    QCOMPARE(cursorSeenElsewhere(), std::string("45"));
}

// The agent's write never waits behind held changes, nor slips in before them.
void TstCacheReplica::agentsWriteCommitsHeldChangesFirst()
{
    m_replica->holdChangeCommits(true);
    Changes change{40, 44, {ChangeItem{44, message("f0000000-0000-4000-8000-000000000003",
                                                   domain::Direction::Inbound, "Halo?", 5)}}};
    QVERIFY(m_replica->applyChanges(change, kEpoch).ok());
    QVERIFY(m_replica->enqueue(Note{kConversation, "f0000000-0000-4000-8000-0000000000aa",
                                    "Oddzwonić", kNow + std::chrono::minutes(7)},
                               kNow)
                .ok());
    QVERIFY(!m_replica->holdsChanges());
    QCOMPARE(threadSeenElsewhere(), std::size_t(4)); // the held message and the note
    QCOMPARE(cursorSeenElsewhere(), std::string("44"));
}

std::size_t TstCacheReplica::searchFinds(const std::string& text)
{
    store::InboxQuery query;
    query.search = text;
    auto page = m_reader->inboxPage(query, nullptr, 10);
    return page ? page->size() : std::size_t(99);
}

// Live messages are indexed for search when their group commits, in one go (not one index
// write per message): after the commit the search finds them, not a message removed in the
// same group, and the index agrees with the messages table.
void TstCacheReplica::heldMessagesAreSearchableOnceCommitted()
{
    m_replica->holdChangeCommits(true);
    const domain::Id sparks = "f0000000-0000-4000-8000-000000000003";
    Changes first{40, 44, {ChangeItem{44, message(sparks, domain::Direction::Inbound,
                                                  "Czajnik iskrzy przy włączaniu", 5)}}};
    Changes second{44, 46,
                   {ChangeItem{45, message("f0000000-0000-4000-8000-000000000004",
                                           domain::Direction::Inbound,
                                           "Zamówienie zaginęło w drodze", 6)},
                    ChangeItem{46, Removed{RecordKind::Message, sparks}}}};
    QVERIFY(m_replica->applyChanges(first, kEpoch).ok());
    QVERIFY(m_replica->applyChanges(second, kEpoch).ok());
    QVERIFY(m_replica->commitHeld().ok());

    QCOMPARE(searchFinds("zaginelo"), std::size_t(1)); // typed without diacritics
    QCOMPARE(searchFinds("iskrzy"), std::size_t(0));
    QCOMPARE(searchFinds("zlozyc reklamacje"), std::size_t(1)); // the snapshot's, still there
    m_db->sql().exec("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)");
    QVERIFY(!m_replica->hasBacklog().value());

    // A group that fails is rolled back whole; the next one is indexed as usual.
    Changes broken{46, 47, {ChangeItem{47, message("f0000000-0000-4000-8000-000000000005",
                                                   domain::Direction::Inbound, "Halo", 7)}}};
    std::get<domain::Message>(broken.items.front().record).conversationId =
        "d0000000-0000-4000-8000-00000000dead";
    QVERIFY(!m_replica->applyChanges(broken, kEpoch).ok());
    QVERIFY(!m_replica->hasBacklog().value());
    Changes later{46, 47, {ChangeItem{47, message("f0000000-0000-4000-8000-000000000006",
                                                  domain::Direction::Inbound,
                                                  "Kurier nie przyjechał", 8)}}};
    QVERIFY(m_replica->applyChanges(later, kEpoch).ok());
    QVERIFY(m_replica->commitHeld().ok());
    QCOMPARE(searchFinds("kurier przyjechal"), std::size_t(1));
    QCOMPARE(searchFinds("zaginelo"), std::size_t(1));
}

// A large snapshot's messages are indexed for search in steps while live changes keep
// coming, as on a busy desk right after its first start: the steps end, the index stays
// sound and finds old and new messages. (Merging with a negative page count, as before,
// never ended here and corrupted the index.)
void TstCacheReplica::backlogIndexedBetweenLiveChanges()
{
    bootstrapWithOldMessages(20000);
    QVERIFY(m_replica->hasBacklog().value());
    QCOMPARE(searchFinds("stara wiadomosc"), std::size_t(0)); // not indexed yet

    m_replica->holdChangeCommits(true);
    std::int64_t seq = 40;
    bool backlog = true;
    for (int round = 0; round < 1500; ++round) {
        for (int k = 0; k < 3; ++k, ++seq) {
            const domain::Message m = message(numberedId("f2000000", round * 3 + k),
                                              domain::Direction::Inbound, "Nowe zgłoszenie", 3);
            QVERIFY(m_replica->applyChanges(Changes{seq, seq + 1, {ChangeItem{seq + 1, m}}},
                                            kEpoch)
                        .ok());
        }
        QVERIFY(m_replica->commitHeld().ok());
        auto more = m_replica->backlogStep();
        QVERIFY2(more.ok(), more ? "" : more.error().detail.c_str());
        backlog = backlog && *more;
    }
    QVERIFY(!backlog);
    QVERIFY(!m_replica->hasBacklog().value());
    m_db->sql().exec("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)");
    QCOMPARE(searchFinds("stara wiadomosc"), std::size_t(1));
    QCOMPARE(searchFinds("nowe zgloszenie"), std::size_t(1));
}

// A large snapshot leaves subject and customer search for later too: the inbox is usable
// first, and the steps then index customers and subjects before messages. A subject renamed
// live while still in the backlog is found under its new name only, and a conversation
// that arrives live is found at once.
void TstCacheReplica::subjectsAndCustomersIndexedAfterALargeSnapshot()
{
    const Snapshot big = bootstrapWithOldMessages(3000);
    QCOMPARE(m_reader->inboxPage(store::InboxQuery{}, nullptr, 10)->size(), std::size_t(1));
    QCOMPARE(searchFinds("czajnika"), std::size_t(0)); // not indexed yet
    QCOMPARE(searchFinds("kowalski"), std::size_t(0));

    domain::Conversation renamed = big.records.conversations.front();
    renamed.subject = "Reklamacja tostera";
    domain::Conversation arrived = renamed;
    arrived.id = numberedId("c2000000", 1);
    arrived.subject = "Pytanie o gwarancję";
    QVERIFY(m_replica->applyChanges(Changes{40, 42, {ChangeItem{41, renamed},
                                                     ChangeItem{42, arrived}}},
                                    kEpoch)
                .ok());
    QCOMPARE(searchFinds("gwarancje"), std::size_t(1)); // live: indexed by its trigger

    QVERIFY(buildLeftIndexes()); // the conversations' and the message ids' indexes first
    QCOMPARE(searchFinds("kowalski"), std::size_t(0));
    auto more = m_replica->backlogStep(); // then customers
    QVERIFY(more.ok() && *more);
    QCOMPARE(searchFinds("kowalski"), std::size_t(2)); // both conversations are his
    QCOMPARE(searchFinds("tostera"), std::size_t(0));
    int steps = 2;
    while (*more && steps < 100) {
        more = m_replica->backlogStep();
        QVERIFY2(more.ok(), more ? "" : more.error().detail.c_str());
        ++steps;
    }
    QVERIFY(!*more);
    QCOMPARE(searchFinds("tostera"), std::size_t(1));
    QCOMPARE(searchFinds("czajnika"), std::size_t(0));
    QCOMPARE(searchFinds("stara wiadomosc"), std::size_t(1));
    for (const char* fts : {"customers_fts", "conversations_fts", "messages_fts"})
        m_db->sql().exec(std::string("INSERT INTO ") + fts + "(" + fts +
                         ", rank) VALUES ('integrity-check', 1)");
}

// A large snapshot leaves the unique index of message ids to the backlog (after the
// conversations' indexes).
// Until then a message that arrives again (the hub resends what a desk may already hold) is
// still stored once, told apart from the others of its conversation; one removed live goes;
// after the step (and after a restart before it) the index tells every message apart.
void TstCacheReplica::messagesArrivingAgainAreStoredOnceBeforeTheirIdIndex()
{
    const Snapshot big = bootstrapWithOldMessages(3000);
    const auto idIndexes = [this] {
        return m_db->sql()
            .execAndGet("SELECT count(*) FROM sqlite_schema WHERE name = 'messages_by_id'")
            .getInt();
    };
    QCOMPARE(idIndexes(), 0);
    QCOMPARE(thread().size(), std::size_t(3002));

    const domain::Message fresh = message(numberedId("f2000000", 1), domain::Direction::Inbound,
                                          "Nowe zgłoszenie", 3);
    const domain::Message old = big.records.messages.back();
    const domain::Id gone = big.records.messages[10].id;
    QVERIFY(m_replica->applyChanges(Changes{40, 43, {ChangeItem{41, fresh}, ChangeItem{42, old},
                                                     ChangeItem{43, fresh}}},
                                    kEpoch)
                .ok());
    QCOMPARE(thread().size(), std::size_t(3003)); // the new one once, the old one not again
    QVERIFY(m_replica->applyChanges(
                        Changes{43, 44, {ChangeItem{44, Removed{RecordKind::Message, gone}}}},
                        kEpoch)
                .ok());
    QCOMPARE(thread().size(), std::size_t(3002));

    // A restart before the step: the backlog still builds the index.
    m_reader.reset();
    m_replica.reset();
    m_db.reset();
    openEmpty();
    QVERIFY(m_replica->hasBacklog().value());
    QVERIFY(m_replica->applyChanges(Changes{44, 45, {ChangeItem{45, fresh}}}, kEpoch).ok());
    QCOMPARE(thread().size(), std::size_t(3002));
    QVERIFY(buildLeftIndexes());
    QCOMPARE(idIndexes(), 1);
    QVERIFY(m_replica->applyChanges(Changes{45, 47, {ChangeItem{46, old}, ChangeItem{47, fresh}}},
                                    kEpoch)
                .ok());
    QCOMPARE(thread().size(), std::size_t(3002));
    const domain::Message later = message(numberedId("f2000000", 2), domain::Direction::Inbound,
                                          "Jeszcze jedno", 4);
    QVERIFY(m_replica->applyChanges(Changes{47, 48, {ChangeItem{48, later}}}, kEpoch).ok());
    QCOMPARE(thread().size(), std::size_t(3003));
}

// A large snapshot leaves the conversations' indexes to the backlog as well, one a step,
// before the message ids' index. The inbox shows every conversation in the same order
// in every sort before, between and after the steps; a restart between them resumes with
// the next index; at the end the cache has the indexes a fresh one has.
void TstCacheReplica::conversationIndexesBuiltFirstAfterALargeSnapshot()
{
    for (const store::schema::NamedIndex& index : store::schema::kConversationIndexes)
        QVERIFY2(std::string(index.create).find(std::string(" EXISTS ") + index.name + " ON ")
                     != std::string::npos,
                 index.name); // else the backlog would wait for a name never built
    cleanup();
    openEmpty();
    m_replica->setSearchInlineMessages(0);
    Snapshot big = snapshot();
    for (int i = 0; i < 40; ++i) {
        domain::Conversation c = big.records.conversations.front();
        c.id = numberedId("c3000000", i);
        c.subject = "Sprawa " + std::to_string(i);
        c.lastActivity = kNow + std::chrono::minutes((i * 7) % 40);
        c.priority = domain::kAllPriorities[std::size_t(i) % domain::kAllPriorities.size()];
        c.status = domain::kAllStatuses[std::size_t(i) % 3];
        if (i % 3 == 0)
            c.slaDue = kNow + std::chrono::hours(40 - i);
        big.records.conversations.push_back(c);
    }
    for (int i = 0; i < 3000; ++i)
        big.records.messages.push_back(message(numberedId("f1000000", i),
                                               domain::Direction::Inbound,
                                               "Stara wiadomość " + std::to_string(i), 2));
    QVERIFY(m_replica->beginReset(Reset{kEpoch, 40}).ok());
    QVERIFY(m_replica->applySnapshot(big).ok());
    QVERIFY(m_replica->finishSnapshot(Cursor{kEpoch, 40}).ok());

    const auto inboxOrders = [this] {
        std::vector<std::vector<domain::Id>> orders;
        for (store::InboxSort sort : {store::InboxSort::LastActivity, store::InboxSort::SlaDue,
                                      store::InboxSort::Priority}) {
            store::InboxQuery query;
            query.sort = sort;
            if (sort == store::InboxSort::Priority)
                query.statuses = store::statusBit(domain::Status::Open);
            const auto page = m_reader->inboxPage(query, nullptr, 100);
            std::vector<domain::Id>& ids = orders.emplace_back();
            for (const store::InboxRow& row : page.value())
                ids.push_back(row.conversationId);
        }
        return orders;
    };
    const auto builtIndexes = [this] {
        int built = 0;
        for (const store::schema::NamedIndex& index : store::schema::kConversationIndexes)
            built += indexCount(index.name);
        return built;
    };
    QCOMPARE(builtIndexes(), 0);
    QVERIFY(m_replica->hasBacklog().value());
    const auto orders = inboxOrders();
    QCOMPARE(orders.at(0).size(), std::size_t(41));
    QCOMPARE(orders.at(0).front(), numberedId("c3000000", 17)); // 39 minutes after kNow
    QCOMPARE(orders.at(2).size(), std::size_t(14)); // the open ones

    for (int step = 1; step <= 2; ++step) {
        QVERIFY(m_replica->backlogStep().value());
        QCOMPARE(builtIndexes(), step);
        QCOMPARE(indexCount(store::schema::kConversationIndexes[std::size_t(step - 1)].name), 1);
        QCOMPARE(inboxOrders(), orders);
    }
    m_reader.reset(); // a restart between the steps
    m_replica.reset();
    m_db.reset();
    openEmpty();
    QVERIFY(m_replica->hasBacklog().value());
    QVERIFY(m_replica->backlogStep().value());
    QCOMPARE(indexCount(store::schema::kConversationIndexes[2].name), 1);
    QVERIFY(buildLeftIndexes());
    QCOMPARE(builtIndexes(), int(store::schema::kConversationIndexes.size()));
    QCOMPARE(inboxOrders(), orders);

    const auto indexNames = [](SQLite::Database& db) {
        std::vector<std::string> names;
        SQLite::Statement list(db, "SELECT name FROM sqlite_schema WHERE type = 'index' "
                                   "AND sql IS NOT NULL ORDER BY name");
        while (list.executeStep())
            names.push_back(list.getColumn(0).getString());
        return names;
    };
    QTemporaryDir freshDir;
    auto fresh = store::Database::open(freshDir.filePath("fresh.db").toStdString(),
                                       store::OpenMode::CreateOrMigrate);
    QVERIFY(fresh.ok());
    QCOMPARE(indexNames(m_db->sql()), indexNames((*fresh)->sql()));

    // A search through the covering indexes, then a reset whose load drops them again: the
    // search goes on without them instead of failing on an index that is gone.
    for (int step = 0; step < 100 && m_replica->backlogStep().value(); ++step) {
    }
    QCOMPARE(searchFinds("sprawa"), std::size_t(10)); // a page of the 40
    QVERIFY(m_replica->beginReset(Reset{kEpoch, 50}).ok());
    QVERIFY(m_replica->applySnapshot(big).ok());
    QCOMPARE(indexCount("conversations_search_columns"), 0);
    QCOMPARE(searchFinds("sprawa"), std::size_t(0)); // the load indexes search at its end
    QVERIFY(m_replica->finishSnapshot(Cursor{kEpoch, 50}).ok());
}

// The finish of a large snapshot commits the last group of its batches. That commit does
// not copy their pages into the file as well (the desk checkpoints on a thread once live),
// and the connection checkpoints by itself again afterwards, as before.
void TstCacheReplica::snapshotFinishLeavesItsCheckpointForLater()
{
    cleanup();
    openEmpty();
    m_replica->setSearchInlineMessages(0);
    Snapshot later;
    later.seq = 40;
    for (int i = 0; i < 5000; ++i)
        later.records.messages.push_back(message(numberedId("f1000000", i),
                                                 domain::Direction::Inbound,
                                                 "Stara wiadomość " + std::to_string(i), 2));
    // Small, so that this test's finish is well over it, as a real one is over the default.
    QVERIFY(store::CacheWriter::setAutoCheckpoint(*m_db, 20).ok());
    m_replica->setSnapshotGroupTime(std::chrono::hours(1)); // however slow this machine is
    QVERIFY(m_replica->beginReset(Reset{kEpoch, 40}).ok());
    QVERIFY(m_replica->applySnapshot(snapshot()).ok()); // the first batch commits alone
    QVERIFY(m_replica->applySnapshot(later).ok()); // the next ones wait for their group
    QVERIFY(m_replica->finishSnapshot(Cursor{kEpoch, 40}).ok());
    SQLite::Database& sql = m_db->sql();
    const std::int64_t pages = sql.execAndGet("PRAGMA page_count").getInt64();
    const std::int64_t pageSize = sql.execAndGet("PRAGMA page_size").getInt64();
    const auto fileBytes = std::int64_t(QFileInfo(m_dir.filePath("cache.db")).size());
    QVERIFY2(fileBytes < pages * pageSize, // the rest is still in the WAL
             qPrintable(QString("file %1 bytes, database %2")
                            .arg(fileBytes)
                            .arg(pages * pageSize)));
    QCOMPARE(store::CacheWriter::autoCheckpoint(*m_db).value(), 20); // as it was
    QCOMPARE(sql.execAndGet("SELECT count(*) FROM messages").getInt(), 5002); // all there
}

QTEST_GUILESS_MAIN(TstCacheReplica)
#include "tst_cachereplica.moc"
