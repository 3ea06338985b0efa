// The hub's store: its own schema (refusing newer or damaged files untouched), a change log
// whose sequence is gap-free even under concurrent writers, compaction, exactly-once answers
// for mutations and the bulk load of seed-demo.

#include "HubTestData.h"
#include "hub/HubDemoSink.h"
#include "store/Database.h"
#include "store/HubCredentials.h"
#include "store/HubMutationLog.h"
#include "store/HubSchema.h"
#include "store/HubSnapshot.h"
#include "store/HubStore.h"
#include "store/Migrations.h"
#include "store/Schema.h"
#include "store/SearchTokenizer.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <filesystem>
#include <random>
#include <set>
#include <thread>

using namespace concord;
using namespace concord::store;
using domain::ErrorCode;
namespace fs = std::filesystem;
namespace ht = concord::hubtest;

namespace {

QByteArray fileBytes(const fs::path& path)
{
    QFile file(QString::fromStdString(path.string()));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeBytes(const fs::path& path, const QByteArray& bytes)
{
    QFile file(QString::fromStdString(path.string()));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
}

struct LogEntry {
    std::int64_t seq;
    int kind;
    std::string id;
    int op;
};

std::vector<LogEntry> logOf(HubStore& store)
{
    SQLite::Statement s(store.database().sql(),
                        "SELECT seq, kind, record_id, op FROM change_log ORDER BY seq");
    std::vector<LogEntry> log;
    while (s.executeStep())
        log.push_back({s.getColumn(0).getInt64(), s.getColumn(1).getInt(),
                       s.getColumn(2).getString(), s.getColumn(3).getInt()});
    return log;
}

bool gapFree(const std::vector<LogEntry>& log, std::int64_t first)
{
    for (std::size_t i = 0; i < log.size(); ++i)
        if (log[i].seq != first + static_cast<std::int64_t>(i))
            return false;
    return true;
}

std::unique_ptr<HubStore> openStore(const fs::path& file)
{
    auto store = HubStore::open(file);
    if (!store) {
        qWarning("%s", store.error().detail.c_str());
        return nullptr;
    }
    return std::move(store).value();
}

} // namespace

class TestHubStore : public QObject {
    Q_OBJECT

private slots:
    void init();
    void freshStoreHasTheHubSchemaAndAnEpoch();
    void newerStoreIsRefusedUntouched();
    void version3StoreLosesSearchAndInboxIndexesKeepsItsData();
    void damagedStoreIsRefusedUntouched_data();
    void damagedStoreIsRefusedUntouched();
    void everyWriteIsLoggedWithTheNextSequence();
    void failedWritesTakeNoSequence();
    void rolledBackTransactionLeavesNoTrace();
    void concurrentWritersStayGapFree();
    void compactionMovesTheHorizon();
    void mutationAnswersAreKeptOnce();
    void seedDemoIsOneBaseline();

private:
    fs::path path(const char* name) const { return fs::path(m_dir->path().toStdString()) / name; }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHubStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHubStore::freshStoreHasTheHubSchemaAndAnEpoch()
{
    std::string epoch;
    {
        auto store = openStore(path("hub.db"));
        QVERIFY(store);
        QCOMPARE(store->database().schemaVersion(), hubSchemaPlan().latestVersion());
        QVERIFY(domain::isUuid(store->epoch()));
        QCOMPARE(store->latestSeq().value(), 0);
        QCOMPARE(store->horizon().value(), 0);
        QCOMPARE(store->database().sql().execAndGet("PRAGMA journal_mode").getString(),
                 std::string("wal"));
        QCOMPARE(store->database().sql().execAndGet("PRAGMA foreign_keys").getInt(), 1);
        QCOMPARE(store->database().sql().execAndGet("PRAGMA synchronous").getInt(), 1);
        epoch = store->epoch();
        QVERIFY(store->upsertTeam(ht::team("Reklamacje")).ok());
    }
    auto reopened = openStore(path("hub.db"));
    QVERIFY(reopened);
    QCOMPARE(reopened->epoch(), epoch);
    QCOMPARE(reopened->latestSeq().value(), 1);

    auto other = HubStore::openInMemory();
    QVERIFY(other.ok());
    QVERIFY((*other)->epoch() != epoch); // a new store is a new history
}

// A store made by the previous version (search tables and the desk's inbox indexes, schema
// 3) is migrated on open: those go, the messages table is rebuilt (schema 6), its records
// and change log stay and are served.
void TestHubStore::version3StoreLosesSearchAndInboxIndexesKeepsItsData()
{
    const fs::path file = path("v3.db");
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        std::string error;
        QVERIFY2(registerSearchTokenizer(db.getHandle(), error), error.c_str());
        QVERIFY(migrate(db, *hubSchemaPlan().steps, 3).ok());
    }
    {
        auto store = openStore(file);
        QVERIFY(store);
        QVERIFY(store->upsertTeam(ht::team("Reklamacje")).ok());
    }
    // Back to what version 3 looked like, with the team written through its triggers.
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
        std::string error;
        QVERIFY2(registerSearchTokenizer(db.getHandle(), error), error.c_str());
        db.exec(schema::kSearchV2);
        db.exec(schema::kCreateSearchTriggers);
        db.exec(schema::kCreateInboxIndexes);
        db.exec("PRAGMA user_version = 3");
    }
    auto store = openStore(file);
    QVERIFY(store);
    QCOMPARE(store->database().schemaVersion(), hubSchemaPlan().latestVersion());
    auto count = [&](const char* sql) {
        return store->database().sql().execAndGet(sql).getInt();
    };
    QCOMPARE(count("SELECT count(*) FROM sqlite_schema WHERE name LIKE '%fts%'"), 0);
    QCOMPARE(count("SELECT count(*) FROM sqlite_schema WHERE name IN ('conversations_by_sla', "
                   "'conversations_by_status', 'messages_conversation')"),
             0);
    QCOMPARE(count("SELECT count(*) FROM sqlite_schema WHERE name IN "
                   "('conversations_by_activity', 'messages_by_conversation', "
                   "'messages_by_id')"),
             3);
    // Version 6: message ids unique through messages_by_id, not the table's own constraint.
    QCOMPARE(count("SELECT count(*) FROM sqlite_schema WHERE tbl_name = 'messages' "
                   "AND name LIKE 'sqlite_autoindex%'"),
             0);
    QCOMPARE(store->latestSeq().value(), 1);
    auto changes = store->readChanges(0, 10);
    QVERIFY(changes.ok());
    QCOMPARE(changes->changes.size(), std::size_t(1));
    QVERIFY(store->upsertTeam(ht::team("Sprzedaż")).ok()); // writes go on without triggers
    QCOMPARE(store->latestSeq().value(), 2);
}

void TestHubStore::newerStoreIsRefusedUntouched()
{
    const fs::path file = path("newer.db");
    {
        auto store = openStore(file);
        QVERIFY(store);
        QVERIFY(store->upsertTeam(ht::team("Sprzedaż")).ok());
        store->database().sql().exec("PRAGMA user_version = "
                                     + std::to_string(hubSchemaPlan().latestVersion() + 1));
    }
    const QByteArray before = fileBytes(file);
    QVERIFY(!before.isEmpty());
    for (OpenMode mode : {OpenMode::CreateOrMigrate, OpenMode::ExistingOnly}) {
        auto store = HubStore::open(file, mode);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, ErrorCode::TooNew);
    }
    QCOMPARE(fileBytes(file), before);
}

void TestHubStore::damagedStoreIsRefusedUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("random bytes") << "random";
    QTest::newRow("sqlite header then garbage") << "header";
    QTest::newRow("truncated store") << "truncated";
    QTest::newRow("foreign sqlite database") << "foreign";
    QTest::newRow("a desk cache") << "cache";
}

void TestHubStore::damagedStoreIsRefusedUntouched()
{
    QFETCH(QString, kind);
    const fs::path file = path("damaged.db");
    if (kind == "random" || kind == "header") {
        std::mt19937 random(11);
        QByteArray bytes(3 * 4096, '\0');
        for (char& c : bytes)
            c = static_cast<char>(random());
        if (kind == "header")
            bytes.replace(0, 16, QByteArray("SQLite format 3\0", 16));
        writeBytes(file, bytes);
    } else if (kind == "truncated") {
        {
            auto store = openStore(file);
            QVERIFY(store);
            const auto t = ht::team("A");
            QVERIFY(store->upsertTeam(t).ok());
            const auto c = ht::customer("Ala");
            QVERIFY(store->upsertCustomer(c).ok());
            const auto conv = ht::conversation(c.id, t.id, 1'700'000'100'000);
            QVERIFY(store->upsertConversation(conv).ok());
            QVERIFY(store->begin().ok());
            for (int i = 0; i < 300; ++i)
                QVERIFY(store->appendMessage(ht::message(conv.id, 1'700'000'000'000 + i,
                                                         std::string(300, 'x')))
                            .ok());
            QVERIFY(store->commit().ok());
            store->database().sql().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        const QByteArray whole = fileBytes(file);
        QVERIFY(whole.size() > 16 * 4096);
        writeBytes(file, whole.left(whole.size() / 2));
    } else if (kind == "cache") {
        auto cache = Database::open(file, OpenMode::CreateOrMigrate);
        QVERIFY(cache.ok());
    } else {
        SQLite::Database sql(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        sql.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('pierogi');");
    }
    const QByteArray before = fileBytes(file);
    QVERIFY(!before.isEmpty());
    for (OpenMode mode : {OpenMode::CreateOrMigrate, OpenMode::ExistingOnly}) {
        auto store = HubStore::open(file, mode);
        QVERIFY2(!store.ok(), qPrintable(kind));
        QCOMPARE(store.error().code, ErrorCode::NotADatabase);
    }
    QCOMPARE(fileBytes(file), before);
}

void TestHubStore::everyWriteIsLoggedWithTheNextSequence()
{
    auto opened = HubStore::openInMemory();
    QVERIFY(opened.ok());
    HubStore& store = **opened;
    const auto a = ht::team("A");
    const auto b = ht::team("B");
    const auto anna = ht::agent("anna", domain::Role::Agent, {a.id});
    const auto ala = ht::customer("Ala");
    auto conv = ht::conversation(ala.id, a.id, 1'700'000'100'000);
    const auto hello = ht::message(conv.id, 1'700'000'050'000, "Dzień dobry");

    QCOMPARE(store.upsertTeam(a).value(), 1);
    QCOMPARE(store.upsertTeam(b).value(), 2);
    QCOMPARE(store.upsertAgent(anna).value(), 3);
    QCOMPARE(store.upsertCustomer(ala).value(), 4);
    // The customer enters team A's scope: the conversation, then the customer again.
    QCOMPARE(store.upsertConversation(conv).value(), 6);
    QCOMPARE(store.appendMessage(hello).value(), 7);
    QCOMPARE(store.appendMessage(hello).value(), 0); // append-only: no second change
    conv.status = domain::Status::Open;
    QCOMPARE(store.upsertConversation(conv).value(), 8);

    const auto log = logOf(store);
    QVERIFY(gapFree(log, 1));
    QCOMPARE(log.size(), std::size_t(8));
    QCOMPARE(log[0].id, a.id);
    QCOMPARE(log[2].kind, static_cast<int>(ChangeKind::Agent));
    QCOMPARE(log[4].id, conv.id);
    QCOMPARE(log[5].kind, static_cast<int>(ChangeKind::Customer));
    QCOMPARE(log[6].id, hello.id);
    QCOMPARE(log[7].id, conv.id);
    QCOMPARE(store.latestSeq().value(), 8);
    // Revisions are the sequence of the change that last wrote the record.
    QCOMPARE(store.customer(ala.id)->revision, 4);
    QCOMPARE(store.conversation(conv.id)->revision, 8);
    QCOMPARE(store.conversation(conv.id)->status, domain::Status::Open);
    QCOMPARE(store.message(hello.id)->body, std::string("Dzień dobry"));
}

void TestHubStore::failedWritesTakeNoSequence()
{
    auto opened = HubStore::openInMemory();
    QVERIFY(opened.ok());
    HubStore& store = **opened;
    QCOMPARE(store.upsertTeam(ht::team("A")).value(), 1);
    auto orphan = store.appendMessage(ht::message(domain::newUuid(), 1, "nikt"));
    QVERIFY(!orphan.ok());
    QCOMPARE(orphan.error().code, ErrorCode::NotFound);
    auto lost = store.upsertAgent(ht::agent("bez", domain::Role::Agent, {domain::newUuid()}));
    QVERIFY(!lost.ok());
    QCOMPARE(store.latestSeq().value(), 1);
    QCOMPARE(store.upsertTeam(ht::team("B")).value(), 2);
    QVERIFY(gapFree(logOf(store), 1));
}

void TestHubStore::rolledBackTransactionLeavesNoTrace()
{
    auto opened = HubStore::openInMemory();
    QVERIFY(opened.ok());
    HubStore& store = **opened;
    const auto a = ht::team("A");
    QVERIFY(store.begin().ok());
    QCOMPARE(store.upsertTeam(a).value(), 1);
    QCOMPARE(store.upsertCustomer(ht::customer("Ala")).value(), 2);
    QVERIFY(store.rollback().ok());
    QCOMPARE(store.latestSeq().value(), 0);
    QCOMPARE(store.team(a.id).error().code, ErrorCode::NotFound);
    QCOMPARE(store.upsertTeam(a).value(), 1);
}

// Several connections on one file write at once; SQLite serialises their transactions, and
// the sequence each takes inside its transaction leaves neither gaps nor duplicates.
void TestHubStore::concurrentWritersStayGapFree()
{
    const fs::path file = path("concurrent.db");
    const auto team = ht::team("Wspólny");
    {
        auto store = openStore(file);
        QVERIFY(store);
        QCOMPARE(store->upsertTeam(team).value(), 1);
    }
    constexpr int kThreads = 4;
    constexpr int kMessagesPerThread = 150;
    std::atomic<int> failures{0};
    std::vector<std::vector<domain::Id>> written(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            auto store = HubStore::open(file, OpenMode::ExistingOnly);
            if (!store) {
                ++failures;
                return;
            }
            const auto customer = ht::customer("Klient " + std::to_string(t));
            const auto conv = ht::conversation(customer.id, team.id, 1'700'000'000'000);
            if (!(*store)->upsertCustomer(customer) || !(*store)->upsertConversation(conv))
                ++failures;
            written[t] = {customer.id, conv.id};
            for (int i = 0; i < kMessagesPerThread; ++i) {
                const auto m = ht::message(conv.id, 1'700'000'000'000 + i, "wiadomość");
                if ((*store)->appendMessage(m).ok())
                    written[t].push_back(m.id);
                else
                    ++failures;
            }
        });
    }
    for (auto& thread : threads)
        thread.join();
    QCOMPARE(failures.load(), 0);

    auto store = openStore(file);
    QVERIFY(store);
    const auto log = logOf(*store);
    QVERIFY(gapFree(log, 1));
    QCOMPARE(store->latestSeq().value(), static_cast<std::int64_t>(log.size()));
    std::set<std::string> logged;
    for (const LogEntry& entry : log)
        logged.insert(std::to_string(entry.kind) + entry.id);
    for (const auto& ids : written) {
        QCOMPARE(ids.size(), std::size_t(2 + kMessagesPerThread));
        QVERIFY(logged.count(std::to_string(int(ChangeKind::Customer)) + ids[0]));
        QVERIFY(logged.count(std::to_string(int(ChangeKind::Conversation)) + ids[1]));
        for (std::size_t i = 2; i < ids.size(); ++i) {
            QVERIFY(logged.count(std::to_string(int(ChangeKind::Message)) + ids[i]));
            QVERIFY(store->message(ids[i]).ok());
        }
    }
}

void TestHubStore::compactionMovesTheHorizon()
{
    auto opened = HubStore::openInMemory();
    QVERIFY(opened.ok());
    HubStore& store = **opened;
    for (int i = 0; i < 5; ++i)
        QVERIFY(store.upsertTeam(ht::team("T" + std::to_string(i))).ok());
    QVERIFY(store.compact(4).ok());
    QCOMPARE(store.horizon().value(), 3);
    QCOMPARE(store.oldestRetainedSeq().value(), 4);
    QCOMPARE(logOf(store).front().seq, 4);
    QCOMPARE(store.changesAfter(2, HubScope::all(), 100).error().code,
             ErrorCode::InvalidArgument);
    auto served = store.changesAfter(3, HubScope::all(), 100);
    QVERIFY(served.ok());
    QCOMPARE(served->items.size(), std::size_t(2));
    QCOMPARE(served->upTo, 5);
    // Compacting everything keeps the sequence going.
    QVERIFY(store.compact(100).ok());
    QCOMPARE(store.horizon().value(), 5);
    QCOMPARE(store.latestSeq().value(), 5);
    QCOMPARE(store.upsertTeam(ht::team("T5")).value(), 6);
}

void TestHubStore::mutationAnswersAreKeptOnce()
{
    auto opened = HubStore::openInMemory();
    QVERIFY(opened.ok());
    HubStore& store = **opened;
    HubMutationLog& mutations = store.mutations();
    const domain::Id client = domain::newUuid();
    QVERIFY(!mutations.find(client, 1).value().has_value());

    QVERIFY(store.begin().ok());
    const std::int64_t seq = store.upsertTeam(ht::team("A")).value();
    auto first = mutations.record(client, 1, R"({"ok":true,"seq":1})", seq);
    QVERIFY(store.commit().ok());
    QVERIFY(first.ok());
    QVERIFY(first->fresh);

    auto again = mutations.record(client, 1, R"({"ok":false,"code":"invalid"})", 99);
    QVERIFY(again.ok());
    QVERIFY(!again->fresh);
    QCOMPARE(again->result, std::string(R"({"ok":true,"seq":1})"));
    QCOMPARE(again->seq, seq);
    QCOMPARE(mutations.find(client, 1).value()->result, again->result);
    // Another mutation id, or the same id from another client, is another mutation.
    QVERIFY(mutations.record(client, 2, "{}", 0)->fresh);
    QVERIFY(mutations.record(domain::newUuid(), 1, "{}", 0)->fresh);
}

void TestHubStore::seedDemoIsOneBaseline()
{
    auto store = openStore(path("seeded.db"));
    QVERIFY(store);
    QCOMPARE(store->upsertTeam(ht::team("Przed")).value(), 1);
    demo::DemoOptions options;
    options.targetMessages = 400;
    options.days = 20;
    options.now = domain::fromEpochMs(1'790'000'000'000);
    auto seeded = hub::seedDemo(*store, options);
    QVERIFY2(seeded.ok(), seeded.ok() ? "" : seeded.error().detail.c_str());
    QCOMPARE(seeded->baselineSeq, 2);
    QCOMPARE(store->latestSeq().value(), 2);
    QCOMPARE(store->horizon().value(), 2);
    QVERIFY(logOf(*store).empty());
    // A desk at cursor 1 cannot be served from the log (reset); one at 2 gets nothing new.
    QVERIFY(!store->changesAfter(1, HubScope::all(), 10).ok());
    QVERIFY(store->changesAfter(2, HubScope::all(), 10)->items.empty());

    auto snapshot = store->snapshot(HubScope::all());
    QVERIFY(snapshot.ok());
    QCOMPARE((*snapshot)->seq(), 2);
    std::int64_t customers = 0, conversations = 0, messages = 0;
    while (true) {
        auto batch = (*snapshot)->next(1000, 1 << 20);
        QVERIFY(batch.ok());
        if (batch->records() == 0)
            break;
        customers += static_cast<std::int64_t>(batch->customers.size());
        conversations += static_cast<std::int64_t>(batch->conversations.size());
        messages += static_cast<std::int64_t>(batch->messages.size());
        for (const auto& c : batch->conversations)
            QCOMPARE(c.revision, 2);
    }
    snapshot->reset();
    QCOMPARE(customers, seeded->stats.customers);
    QCOMPARE(conversations, seeded->stats.conversations);
    QCOMPARE(messages, seeded->stats.messages);
    QCOMPARE(store->upsertTeam(ht::team("Po")).value(), 3);
    // The demo agents can be given passwords afterwards.
    QVERIFY(store->agentByLogin(demo::kDemoAgentLogin).ok());
}

QTEST_GUILESS_MAIN(TestHubStore)
#include "tst_hubstore.moc"
