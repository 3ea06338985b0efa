// Opening the cache: a fresh file gets the latest schema, older ones are migrated step by step,
// and a newer or damaged file is refused and left exactly as it was.

#include "store/CacheReader.h"
#include "store/CacheWriter.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/SearchTokenizer.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <random>
#include <string>
#include <utility>

using namespace concord;
using namespace concord::store;
using domain::ErrorCode;
namespace fs = std::filesystem;

Q_DECLARE_METATYPE(concord::domain::ErrorCode)

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

const char* const kSampleConversation = "d0000000-0000-4000-8000-000000000001";

// Message `i` of the sample conversation: the same id for the same i, whatever the body.
domain::Message sampleMessage(int i, std::string body)
{
    domain::Message message;
    message.id = "e0000000-0000-4000-8000-" + QByteArray::number(i).rightJustified(12, '0')
                                                  .toStdString();
    message.conversationId = kSampleConversation;
    message.body = std::move(body);
    message.sentAt = domain::fromEpochMs(1'700'000'000'000 + i);
    return message;
}

// One customer, one conversation and its messages, in one transaction of `writer`.
bool writeSample(CacheWriter& writer, int messages)
{
    bool ok = writer.begin().ok();
    domain::Customer customer;
    customer.id = "c0000000-0000-4000-8000-000000000001";
    customer.displayName = "Grażyna Wiśniewska";
    ok = ok && writer.upsertCustomer(customer).ok();
    domain::Conversation conversation;
    conversation.id = kSampleConversation;
    conversation.customerId = customer.id;
    conversation.subject = "Zwrot towaru";
    ok = ok && writer.upsertConversation(conversation).ok();
    for (int i = 0; i < messages; ++i)
        ok = ok
             && writer.appendMessage(sampleMessage(i, "Chcę złożyć reklamację numer "
                                                          + std::to_string(i) + " "
                                                          + std::string(200, 'x')))
                    .ok();
    return ok && writer.commit().ok();
}

// A small cache with one conversation, written through the public API.
bool fillCache(Database& db, int messages)
{
    CacheWriter writer(db);
    return writeSample(writer, messages);
}

int searchCount(Database& db, const std::string& text)
{
    CacheReader reader(db);
    InboxQuery query;
    query.search = text;
    auto page = reader.inboxPage(query, nullptr, 100);
    return page.ok() ? static_cast<int>(page->size()) : -1;
}

} // namespace

class TestMigrations : public QObject {
    Q_OBJECT
private slots:
    void init();
    void freshFileGetsTheLatestSchema();
    void reopenKeepsTheData();
    void missingFolderIsCreated();
    void impossibleFolderIsReported();
    void existingOnlyRefusesAMissingFile();
    void folderInsteadOfFileIsRefused();
    void stepByStepFromVersionOne();
    void failingStepIsRolledBack();
    void newerSchemaIsRefusedUntouched();
    void damagedFileIsRefusedUntouched_data();
    void damagedFileIsRefusedUntouched();
    void emptyFileBecomesACache();
    void version5CacheKeepsMessagesSearchAndUniqueIds();
    void version6CacheGetsTheLatestSearchTriggers();
    void cacheLeftInsideABulkLoadStillTakesMessagesOnce();
    void bulkLoadIntoMessagesAlreadyThereTakesEachIdOnce();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    fs::path path(const char* name) const { return fs::path(m_dir->path().toStdString()) / name; }
};

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMigrations::freshFileGetsTheLatestSchema()
{
    auto db = Database::open(path("cache.db"), OpenMode::CreateOrMigrate);
    QVERIFY2(db.ok(), db.ok() ? "" : db.error().detail.c_str());
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 2);
    SQLite::Database& sql = (*db)->sql();
    QCOMPARE(sql.execAndGet("PRAGMA journal_mode").getString(), std::string("wal"));
    QCOMPARE(sql.execAndGet("PRAGMA foreign_keys").getInt(), 1);
    QCOMPARE(sql.execAndGet("PRAGMA synchronous").getInt(), 1); // NORMAL
    for (const char* table : {"meta", "teams", "agents", "agent_teams", "customers",
                              "identities", "conversations", "messages", "messages_fts"})
        QVERIFY2(sql.tableExists(table), table);
}

void TestMigrations::reopenKeepsTheData()
{
    {
        auto db = Database::open(path("cache.db"), OpenMode::CreateOrMigrate);
        QVERIFY(db.ok());
        QVERIFY(fillCache(**db, 3));
    }
    auto db = Database::open(path("cache.db"), OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    CacheReader reader(**db);
    const auto thread = reader.messages(kSampleConversation);
    QVERIFY(thread.ok());
    QCOMPARE(thread->size(), std::size_t{3});
    QCOMPARE(searchCount(**db, "zlozyc reklamacje"), 1);
    QCOMPARE(searchCount(**db, "wisniewska"), 1);
}

void TestMigrations::missingFolderIsCreated()
{
    const fs::path file = path("a") / "b" / "c" / "cache.db";
    auto db = Database::open(file, OpenMode::CreateOrMigrate);
    QVERIFY2(db.ok(), db.ok() ? "" : db.error().detail.c_str());
    QVERIFY(fs::is_regular_file(file));
    QCOMPARE((*db)->path(), file);
}

void TestMigrations::impossibleFolderIsReported()
{
    writeBytes(path("plain-file"), "not a folder");
    auto db = Database::open(path("plain-file") / "sub" / "cache.db", OpenMode::CreateOrMigrate);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::CannotCreateFolder);
}

void TestMigrations::existingOnlyRefusesAMissingFile()
{
    auto db = Database::open(path("missing.db"), OpenMode::ExistingOnly);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::CannotOpen);
    QVERIFY(!fs::exists(path("missing.db")));
}

void TestMigrations::folderInsteadOfFileIsRefused()
{
    fs::create_directories(path("folder.db"));
    auto db = Database::open(path("folder.db"), OpenMode::CreateOrMigrate);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::CannotOpen);
}

void TestMigrations::stepByStepFromVersionOne()
{
    const fs::path file = path("v1.db");
    {
        // A cache as the first schema left it, with data in it.
        SQLite::Database sql(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        QVERIFY(migrate(sql, cacheMigrationSteps(), 1).ok());
        QCOMPARE(readUserVersion(sql), 1);
        QVERIFY(!sql.tableExists("messages_fts"));
        sql.exec("INSERT INTO customers(key, id, display_name, created) "
                 "VALUES (1, 'c1', 'Łucja Bąk', 0);"
                 "INSERT INTO conversations(key, id, customer_key, channel, status, priority, "
                 "created, last_activity) VALUES (1, 'd1', 1, 0, 0, 1, 0, 0);"
                 "INSERT INTO messages(key, id, conversation_key, direction, body, sent_at) "
                 "VALUES (1, 'e1', 1, 0, 'Paczka nie dotarła', 0);");
    }
    auto db = Database::open(file, OpenMode::ExistingOnly);
    QVERIFY2(db.ok(), db.ok() ? "" : db.error().detail.c_str());
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    // Step 2 indexed what version 1 already held.
    QCOMPARE(searchCount(**db, "dotarla"), 1);
    QCOMPARE(searchCount(**db, "lucja"), 1);
}

void TestMigrations::failingStepIsRolledBack()
{
    SQLite::Database sql(path("fail.db").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    std::vector<MigrationStep> steps = cacheMigrationSteps();
    steps.resize(1);
    steps.push_back({2, "breaks halfway", [](SQLite::Database& db) {
                         db.exec("CREATE TABLE half_done (x)");
                         db.exec("INSERT INTO no_such_table VALUES (1)");
                     }});
    const auto result = migrate(sql, steps, 2);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::MigrationFailed);
    QCOMPARE(readUserVersion(sql), 1);
    QVERIFY(sql.tableExists("conversations"));
    QVERIFY(!sql.tableExists("half_done"));
    QVERIFY(sql.execAndGet("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").getInt()
            == 0);
}

void TestMigrations::newerSchemaIsRefusedUntouched()
{
    const fs::path file = path("newer.db");
    {
        auto db = Database::open(file, OpenMode::CreateOrMigrate);
        QVERIFY(db.ok());
        QVERIFY(fillCache(**db, 2));
        (*db)->sql().exec("PRAGMA user_version = "
                          + std::to_string(Database::latestSchemaVersion() + 1));
    }
    const QByteArray before = fileBytes(file);
    QVERIFY(!before.isEmpty());
    for (OpenMode mode : {OpenMode::CreateOrMigrate, OpenMode::ExistingOnly}) {
        auto db = Database::open(file, mode);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::TooNew);
    }
    QCOMPARE(fileBytes(file), before);
}

void TestMigrations::damagedFileIsRefusedUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("random bytes") << "random";
    QTest::newRow("text file") << "text";
    QTest::newRow("sqlite header then garbage") << "header";
    QTest::newRow("truncated database") << "truncated";
    QTest::newRow("foreign sqlite database") << "foreign";
    QTest::newRow("another application's versioned db") << "otherapp";
}

void TestMigrations::damagedFileIsRefusedUntouched()
{
    QFETCH(QString, kind);
    const fs::path file = path("damaged.db");
    std::mt19937 random(7);
    if (kind == "random" || kind == "header") {
        QByteArray bytes(3 * 4096, '\0');
        for (char& c : bytes)
            c = static_cast<char>(random());
        if (kind == "header")
            bytes.replace(0, 16, QByteArray("SQLite format 3\0", 16));
        writeBytes(file, bytes);
    } else if (kind == "text") {
        writeBytes(file, QByteArray("Lista zakupów:\nmleko\nchleb\n").repeated(200));
    } else if (kind == "truncated") {
        {
            auto db = Database::open(file, OpenMode::CreateOrMigrate);
            QVERIFY(db.ok());
            QVERIFY(fillCache(**db, 300));
        }
        const QByteArray whole = fileBytes(file);
        QVERIFY(whole.size() > 16 * 4096);
        writeBytes(file, whole.left(whole.size() / 2));
    } else {
        SQLite::Database sql(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        sql.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('bigos');");
        if (kind == "otherapp")
            sql.exec("PRAGMA user_version = 1");
    }
    const QByteArray before = fileBytes(file);
    QVERIFY(!before.isEmpty());
    for (OpenMode mode : {OpenMode::CreateOrMigrate, OpenMode::ExistingOnly}) {
        auto db = Database::open(file, mode);
        QVERIFY2(!db.ok(), qPrintable(kind));
        QCOMPARE(db.error().code, ErrorCode::NotADatabase);
        QVERIFY(!db.error().detail.empty());
    }
    QCOMPARE(fileBytes(file), before);
}

void TestMigrations::emptyFileBecomesACache()
{
    writeBytes(path("empty.db"), QByteArray());
    auto db = Database::open(path("empty.db"), OpenMode::ExistingOnly);
    QVERIFY2(db.ok(), db.ok() ? "" : db.error().detail.c_str());
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
}

// Version 6 rebuilds the messages table: every message, its search entry, the desk's
// indexes and the refusal of a second message with the same id must survive it.
void TestMigrations::version5CacheKeepsMessagesSearchAndUniqueIds()
{
    const fs::path file = path("v5.db");
    {
        SQLite::Database sql(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        std::string error;
        QVERIFY2(registerSearchTokenizer(sql.getHandle(), error), error.c_str());
        QVERIFY(migrate(sql, cacheMigrationSteps(), 5).ok());
        sql.exec("INSERT INTO customers(key, id, display_name, created) "
                 "VALUES (1, 'c1', 'Łucja Bąk', 0);"
                 "INSERT INTO conversations(key, id, customer_key, channel, status, priority, "
                 "created, last_activity) VALUES (1, 'd1', 1, 0, 0, 1, 0, 0);"
                 "INSERT INTO messages(key, id, conversation_key, direction, body, sent_at) "
                 "VALUES (7, 'e1', 1, 0, 'Paczka nie dotarła', 0),"
                 "       (9, 'e2', 1, 0, 'Kurier był wczoraj', 1);");
    }
    auto db = Database::open(file, OpenMode::ExistingOnly);
    QVERIFY2(db.ok(), db.ok() ? "" : db.error().detail.c_str());
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    SQLite::Database& sql = (*db)->sql();
    QCOMPARE(sql.execAndGet("SELECT group_concat(key || ':' || id) FROM messages").getString(),
             std::string("7:e1,9:e2"));
    QCOMPARE(searchCount(**db, "dotarla"), 1); // the index still points at the same keys
    QCOMPARE(searchCount(**db, "kurier"), 1);
    for (const char* index : {"messages_by_id", "messages_by_conversation",
                              "messages_conversation"})
        QVERIFY2(sql.execAndGet(std::string("SELECT count(*) FROM sqlite_schema WHERE name = '")
                                + index + "'")
                         .getInt()
                     == 1,
                 index);
    QCOMPARE(sql.execAndGet("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' "
                            "AND tbl_name = 'messages'")
                 .getInt(),
             3);
    // A message sent again is still taken once; a new one is searchable at once.
    CacheWriter writer(**db);
    domain::Message again;
    again.id = "e1";
    again.conversationId = "d1";
    again.body = "Paczka nie dotarła";
    domain::Message fresh = again;
    fresh.id = "e3";
    fresh.body = "Reklamacja przyjęta";
    QVERIFY(writer.appendMessage(again).ok());
    QVERIFY(writer.appendMessage(fresh).ok());
    QCOMPARE(sql.execAndGet("SELECT count(*) FROM messages").getInt(), 3);
    QCOMPARE(searchCount(**db, "reklamacja"), 1);
    QVERIFY_THROWS_EXCEPTION(SQLite::Exception,
                             sql.exec("INSERT INTO messages(id, conversation_key, direction, "
                                      "sent_at) VALUES ('e2', 1, 0, 0)"));
}
// Version 7 recreates the subject and customer triggers so that they skip a backlog range:
// a cache migrated to it has the same triggers as a fresh one and its search still follows
// a renamed subject.
void TestMigrations::version6CacheGetsTheLatestSearchTriggers()
{
    const fs::path file = path("v6.db");
    {
        SQLite::Database sql(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        std::string error;
        QVERIFY2(registerSearchTokenizer(sql.getHandle(), error), error.c_str());
        QVERIFY(migrate(sql, cacheMigrationSteps(), 6).ok());
        sql.exec("INSERT INTO customers(key, id, display_name, created) "
                 "VALUES (1, 'c1', 'Łucja Bąk', 0);"
                 "INSERT INTO conversations(key, id, customer_key, channel, status, priority, "
                 "created, last_activity, subject) VALUES (1, 'd1', 1, 0, 0, 1, 0, 0, "
                 "'Zwrot czajnika');");
    }
    auto migrated = Database::open(file, OpenMode::ExistingOnly);
    QVERIFY2(migrated.ok(), migrated.ok() ? "" : migrated.error().detail.c_str());
    auto fresh = Database::open(path("fresh.db"), OpenMode::CreateOrMigrate);
    QVERIFY(fresh.ok());
    const char* triggers = "SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_schema "
                           "WHERE type = 'trigger' ORDER BY name)";
    QCOMPARE((*migrated)->sql().execAndGet(triggers).getString(),
             (*fresh)->sql().execAndGet(triggers).getString());
    SQLite::Database& sql = (*migrated)->sql();
    QCOMPARE(searchCount(**migrated, "czajnika"), 1);
    sql.exec("UPDATE conversations SET subject = 'Zwrot tostera' WHERE key = 1");
    QCOMPARE(searchCount(**migrated, "czajnika"), 0);
    QCOMPARE(searchCount(**migrated, "tostera"), 1);
}

// A desk that quits inside a bootstrap's bulk load leaves its cache without messages_by_id
// (the load builds it at its end). The next writer must still refuse a message twice, not
// fail to prepare its insert.
void TestMigrations::cacheLeftInsideABulkLoadStillTakesMessagesOnce()
{
    const fs::path file = path("halfway.db");
    {
        auto db = Database::open(file, OpenMode::CreateOrMigrate);
        QVERIFY(db.ok());
        CacheWriter loader(**db);
        QVERIFY(loader.startBulkLoad().ok()); // into an empty cache, as a bootstrap loads
        QCOMPARE((*db)->sql().execAndGet("SELECT count(*) FROM sqlite_schema "
                                         "WHERE name = 'messages_by_id'")
                     .getInt(),
                 0);
        QVERIFY(writeSample(loader, 2));
    } // no finishBulkLoad: the process ended here
    auto db = Database::open(file, OpenMode::ExistingOnly);
    QVERIFY2(db.ok(), db.ok() ? "" : db.error().detail.c_str());
    CacheWriter writer(**db);
    QVERIFY(writer.appendMessage(sampleMessage(1, "jeszcze raz")).ok());
    QCOMPARE((*db)->sql().execAndGet("SELECT count(*) FROM messages").getInt(), 2);
}

// A bulk load into an empty table builds messages_by_id at its end; one into messages
// already there (seed-demo run again after it stopped halfway) must still take each id once
// and end with its unique index.
void TestMigrations::bulkLoadIntoMessagesAlreadyThereTakesEachIdOnce()
{
    auto db = Database::open(path("again.db"), OpenMode::CreateOrMigrate);
    QVERIFY(db.ok());
    QVERIFY(fillCache(**db, 3)); // messages ...000 to ...002
    CacheWriter loader(**db);
    QVERIFY(loader.startBulkLoad().ok());
    QVERIFY(loader.begin().ok());
    for (int i = 1; i <= 4; ++i) // two already there, two new
        QVERIFY(loader.appendMessage(sampleMessage(i, "again " + std::to_string(i))).ok());
    QVERIFY(loader.commit().ok());
    const auto finished = loader.finishBulkLoad();
    QVERIFY2(finished.ok(), finished.ok() ? "" : finished.error().detail.c_str());
    SQLite::Database& sql = (*db)->sql();
    QCOMPARE(sql.execAndGet("SELECT count(*) FROM messages").getInt(), 5);
    QCOMPARE(sql.execAndGet("SELECT message_count FROM conversations").getInt(), 5);
    QCOMPARE(sql.execAndGet("SELECT count(*) FROM sqlite_schema WHERE name = 'messages_by_id'")
                 .getInt(),
             1);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
