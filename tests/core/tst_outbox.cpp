// The desk's outbox: writes wait in the order the agent made them, keep their ids across a
// restart, leave once answered, and never share an id with an earlier write.

#include "store/Database.h"
#include "store/Outbox.h"

#include <QTemporaryDir>
#include <QTest>

using namespace concord;
using store::Outbox;

namespace {

const domain::Id kFirst = "c0000000-0000-4000-8000-000000000001";
const domain::Id kSecond = "c0000000-0000-4000-8000-000000000002";
const domain::Timestamp kNow = domain::fromEpochMs(1'795'000'000'000);

std::string frameWithId(std::int64_t id)
{
    return R"({"type":"mutate","mutationId":)" + std::to_string(id) + "}";
}

std::vector<std::int64_t> ids(const std::vector<store::OutboxEntry>& entries)
{
    std::vector<std::int64_t> out;
    for (const auto& e : entries)
        out.push_back(e.mutationId);
    return out;
}

} // namespace

class TstOutbox : public QObject {
    Q_OBJECT
private slots:
    void writesWaitInOrder();
    void answeredWritesLeave();
    void idsAreNeverReused();
    void survivesARestart();
};

void TstOutbox::writesWaitInOrder()
{
    auto db = store::Database::openInMemory();
    QVERIFY(db.ok());
    Outbox outbox(**db);
    QCOMPARE(outbox.count().value(), 0);
    for (const auto& conversation : {kFirst, kSecond, kFirst})
        QVERIFY(outbox.add(conversation, kNow, frameWithId).ok());
    const auto pending = outbox.pending();
    QVERIFY(pending.ok());
    QCOMPARE(ids(*pending), (std::vector<std::int64_t>{1, 2, 3}));
    QCOMPARE(pending->at(1).conversationId, kSecond);
    QCOMPARE(pending->at(2).frame, frameWithId(3)); // the frame carries its own id
    QCOMPARE(pending->at(0).created, kNow);
    QCOMPARE(outbox.countFor(kFirst).value(), 2);
    QCOMPARE(outbox.countFor(kSecond).value(), 1);
}

void TstOutbox::answeredWritesLeave()
{
    auto db = store::Database::openInMemory();
    QVERIFY(db.ok());
    Outbox outbox(**db);
    for (int i = 0; i < 3; ++i)
        QVERIFY(outbox.add(kFirst, kNow, frameWithId).ok());
    QVERIFY(outbox.remove(2).ok());
    QCOMPARE(ids(outbox.pending().value()), (std::vector<std::int64_t>{1, 3}));
    QVERIFY(outbox.remove(2).ok()); // an answer that comes twice is harmless
    QCOMPARE(outbox.count().value(), 2);
}

void TstOutbox::idsAreNeverReused()
{
    auto db = store::Database::openInMemory();
    QVERIFY(db.ok());
    Outbox outbox(**db);
    QCOMPARE(outbox.add(kFirst, kNow, frameWithId).value(), std::int64_t(1));
    QCOMPARE(outbox.add(kFirst, kNow, frameWithId).value(), std::int64_t(2));
    QVERIFY(outbox.remove(1).ok());
    QVERIFY(outbox.remove(2).ok());
    // The hub remembers (client, 2) as done: a new write must not be mistaken for it.
    QCOMPARE(outbox.add(kFirst, kNow, frameWithId).value(), std::int64_t(3));
}

void TstOutbox::survivesARestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::filesystem::path file = dir.filePath("cache.db").toStdString();
    {
        auto db = store::Database::open(file, store::OpenMode::CreateOrMigrate);
        QVERIFY(db.ok());
        Outbox outbox(**db);
        QVERIFY(outbox.add(kFirst, kNow, frameWithId).ok());
        QVERIFY(outbox.add(kSecond, kNow, frameWithId).ok());
        QVERIFY(outbox.remove(2).ok());
    }
    auto db = store::Database::open(file, store::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    Outbox outbox(**db);
    QCOMPARE(ids(outbox.pending().value()), std::vector<std::int64_t>{1});
    QCOMPARE(outbox.add(kFirst, kNow, frameWithId).value(), std::int64_t(3));
}

QTEST_GUILESS_MAIN(TstOutbox)
#include "tst_outbox.moc"
