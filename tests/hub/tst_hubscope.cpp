// Who receives what (PROTOCOL.md "Scope"): an agent sees the conversations of their teams and
// the whole history of every customer those involve, never another team's other customers;
// a transfer is a remove for the team that lost it and an upsert for the one that gained it;
// a snapshot at S plus the changes after S is exactly the scope's final content.

#include "HubTestData.h"
#include "store/HubSnapshot.h"
#include "store/HubStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <set>

using namespace concord;
using namespace concord::store;
namespace ht = concord::hubtest;
namespace fs = std::filesystem;

Q_DECLARE_METATYPE(concord::store::ChangeKind)

namespace {

constexpr std::int64_t kT0 = 1'700'000'000'000;

bool has(const ChangeBatch& batch, ChangeOp op, ChangeKind kind, const domain::Id& id)
{
    for (const ChangeItem& item : batch.items)
        if (item.op == op && item.kind == kind && item.id == id)
            return true;
    return false;
}

bool mentions(const ChangeBatch& batch, const domain::Id& id)
{
    for (const ChangeItem& item : batch.items)
        if (item.id == id)
            return true;
    return false;
}

ht::Replica readSnapshot(HubStore& store, const HubScope& scope, std::int64_t* seq = nullptr,
                         std::size_t batchSize = 7)
{
    ht::Replica replica;
    auto snapshot = store.snapshot(scope);
    if (!snapshot)
        return replica;
    if (seq)
        *seq = (*snapshot)->seq();
    while (true) {
        auto batch = (*snapshot)->next(batchSize, 1 << 20);
        if (!batch || batch->records() == 0)
            break;
        replica.apply(batch.value());
    }
    return replica;
}

// Two teams and customers: Ala only in A, Bartek only in B, Celina in both, Dorota with two
// conversations in A.
struct World {
    domain::Team a = ht::team("A");
    domain::Team b = ht::team("B");
    domain::Agent anna = ht::agent("anna", domain::Role::Agent, {});
    domain::Agent bogdan = ht::agent("bogdan", domain::Role::Agent, {});
    domain::Customer ala = ht::customer("Ala");
    domain::Customer bartek = ht::customer("Bartek");
    domain::Customer celina = ht::customer("Celina");
    domain::Customer dorota = ht::customer("Dorota");
    domain::Conversation alaInA, bartekInB, celinaInA, celinaInB, dorotaFirst, dorotaSecond;
    domain::Message toAla, toBartek, toCelinaInB, toDorota;

    World()
    {
        anna.teamIds = {a.id};
        bogdan.teamIds = {b.id};
        alaInA = ht::conversation(ala.id, a.id, kT0 + 1000);
        bartekInB = ht::conversation(bartek.id, b.id, kT0 + 2000);
        celinaInA = ht::conversation(celina.id, a.id, kT0 + 3000);
        celinaInB = ht::conversation(celina.id, b.id, kT0 + 4000);
        dorotaFirst = ht::conversation(dorota.id, a.id, kT0 + 5000);
        dorotaSecond = ht::conversation(dorota.id, a.id, kT0 + 6000);
        toAla = ht::message(alaInA.id, kT0 + 900, "Dzień dobry, Pani Alu");
        toBartek = ht::message(bartekInB.id, kT0 + 1900, "Tajne dla zespołu B");
        toCelinaInB = ht::message(celinaInB.id, kT0 + 3900, "Historia Celiny w B");
        toDorota = ht::message(dorotaFirst.id, kT0 + 4900, "Dorota pisze");
    }

    bool write(HubStore& store) const
    {
        bool ok = store.upsertTeam(a).ok() && store.upsertTeam(b).ok()
                  && store.upsertAgent(anna).ok() && store.upsertAgent(bogdan).ok();
        for (const auto* c : {&ala, &bartek, &celina, &dorota})
            ok = ok && store.upsertCustomer(*c).ok();
        for (const auto* c :
             {&alaInA, &bartekInB, &celinaInA, &celinaInB, &dorotaFirst, &dorotaSecond})
            ok = ok && store.upsertConversation(*c).ok();
        for (const auto* m : {&toAla, &toBartek, &toCelinaInB, &toDorota})
            ok = ok && store.appendMessage(*m).ok();
        return ok;
    }
};

} // namespace

class TestHubScope : public QObject {
    Q_OBJECT

private slots:
    void routingRules_data();
    void routingRules();
    void init();
    void agentSeesOwnTeamsAndTheirCustomersHistories();
    void supervisorSeesEverything();
    void transferIsARemoveForTheOldTeamAndAnUpsertForTheNew();
    void transferKeepsHistoryVisibleWhileTheCustomerStays();
    void newConversationBringsTheCustomersWholeHistory();
    void removedConversationIsATombstone();
    void snapshotPlusChangesEqualsTheFinalState();
    void snapshotStaysAtItsSequenceWhileOthersWrite();
    void shortBatchesBringParentsAlong();
    void snapshotOrderIsNewestFirst();

private:
    std::unique_ptr<HubStore> m_store;
    World m_world;
};

// itemFor() on its own: who gets an upsert, a remove or nothing. Team "a" reads; "b" is another
// team. `exists`: the record is still there; audience: teams that see its customer now;
// touched: teams it belonged to when logged or left since.
void TestHubScope::routingRules_data()
{
    QTest::addColumn<bool>("supervisor");
    QTest::addColumn<ChangeKind>("kind");
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QString>("audience");
    QTest::addColumn<QString>("touched");
    QTest::addColumn<QString>("expected"); // upsert, remove or none

    using K = ChangeKind;
    QTest::newRow("own team's conversation") << false << K::Conversation << true << "a" << "a"
                                             << "upsert";
    QTest::newRow("customer's history in b") << false << K::Conversation << true << "ab" << "b"
                                             << "upsert";
    QTest::newRow("other team's conversation")
        << false << K::Conversation << true << "b" << "b" << "none";
    QTest::newRow("transferred away") << false << K::Conversation << true << "b" << "ab"
                                      << "remove";
    QTest::newRow("deleted in own team") << false << K::Conversation << false << "" << "a"
                                         << "remove";
    QTest::newRow("deleted, customer still ours")
        << false << K::Conversation << false << "a" << "b" << "remove";
    QTest::newRow("customer left") << false << K::Customer << true << "b" << "a" << "remove";
    QTest::newRow("customer of b only") << false << K::Customer << true << "b" << "" << "none";
    QTest::newRow("message in scope") << false << K::Message << true << "a" << "b" << "upsert";
    QTest::newRow("message left: its conversation's remove covers it")
        << false << K::Message << true << "b" << "a" << "none";
    QTest::newRow("message gone") << true << K::Message << false << "" << "a" << "none";
    QTest::newRow("team, everyone") << false << K::Team << true << "" << "" << "upsert";
    QTest::newRow("agent, everyone") << false << K::Agent << true << "" << "" << "upsert";
    QTest::newRow("supervisor, other team") << true << K::Conversation << true << "b" << "b"
                                            << "upsert";
    QTest::newRow("supervisor, deleted") << true << K::Conversation << false << "" << "b"
                                         << "remove";
}

void TestHubScope::routingRules()
{
    QFETCH(bool, supervisor);
    QFETCH(ChangeKind, kind);
    QFETCH(bool, exists);
    QFETCH(QString, audience);
    QFETCH(QString, touched);
    QFETCH(QString, expected);

    auto teams = [](const QString& letters) {
        std::vector<domain::Id> ids;
        for (QChar c : letters)
            ids.push_back(std::string("team-") + c.toLatin1());
        return ids;
    };
    LoggedChange change;
    change.seq = 7;
    change.kind = kind;
    change.recordId = "record";
    if (exists)
        change.record = domain::Team{"record", "x"}; // any record: only presence matters here
    change.audience = teams(audience);
    change.touched = teams(touched);
    const HubScope scope = supervisor ? HubScope::all() : HubScope::ofTeams(teams("a"));

    const auto item = itemFor(change, scope);
    const QString got = !item                          ? "none"
                        : item->op == ChangeOp::Upsert ? "upsert"
                                                       : "remove";
    QCOMPARE(got, expected);
    if (item) {
        QCOMPARE(item->seq, 7);
        QCOMPARE(item->id, std::string("record"));
        QCOMPARE(std::holds_alternative<std::monostate>(item->record),
                 item->op == ChangeOp::Remove);
    }
}

void TestHubScope::init()
{
    auto opened = HubStore::openInMemory();
    QVERIFY(opened.ok());
    m_store = std::move(opened).value();
    m_world = World();
    QVERIFY(m_world.write(*m_store));
}

void TestHubScope::agentSeesOwnTeamsAndTheirCustomersHistories()
{
    const World& w = m_world;
    auto forA = m_store->changesAfter(0, HubScope::of(w.anna), 1000);
    QVERIFY(forA.ok());
    QCOMPARE(forA->upTo, m_store->latestSeq().value());
    for (const auto& id : {w.a.id, w.b.id, w.anna.id, w.bogdan.id, w.ala.id, w.celina.id,
                           w.alaInA.id, w.celinaInA.id, w.toAla.id, w.dorota.id})
        QVERIFY(has(*forA, ChangeOp::Upsert, ChangeKind::Team, id)
                || has(*forA, ChangeOp::Upsert, ChangeKind::Agent, id)
                || has(*forA, ChangeOp::Upsert, ChangeKind::Customer, id)
                || has(*forA, ChangeOp::Upsert, ChangeKind::Conversation, id)
                || has(*forA, ChangeOp::Upsert, ChangeKind::Message, id));
    // Celina's conversation in B and its message are her history: read-only, but visible.
    QVERIFY(has(*forA, ChangeOp::Upsert, ChangeKind::Conversation, w.celinaInB.id));
    QVERIFY(has(*forA, ChangeOp::Upsert, ChangeKind::Message, w.toCelinaInB.id));
    // Bartek is only B's business: nothing about him, his conversation or his message.
    QVERIFY(!mentions(*forA, w.bartek.id));
    QVERIFY(!mentions(*forA, w.bartekInB.id));
    QVERIFY(!mentions(*forA, w.toBartek.id));
    // Records come once each, parents before children.
    std::set<domain::Id> seen;
    for (const ChangeItem& item : forA->items)
        QVERIFY(seen.insert(item.id).second);
    for (std::size_t i = 1; i < forA->items.size(); ++i)
        QVERIFY(forA->items[i - 1].kind <= forA->items[i].kind);

    auto forB = m_store->changesAfter(0, HubScope::of(w.bogdan), 1000);
    QVERIFY(forB.ok());
    QVERIFY(has(*forB, ChangeOp::Upsert, ChangeKind::Message, w.toBartek.id));
    QVERIFY(has(*forB, ChangeOp::Upsert, ChangeKind::Conversation, w.celinaInA.id));
    QVERIFY(!mentions(*forB, w.ala.id));
    QVERIFY(!mentions(*forB, w.toAla.id));
    QVERIFY(!mentions(*forB, w.dorotaFirst.id));
}

void TestHubScope::supervisorSeesEverything()
{
    auto all = m_store->changesAfter(0, HubScope::all(), 1000);
    QVERIFY(all.ok());
    QCOMPARE(all->items.size(), std::size_t(2 + 2 + 4 + 6 + 4));
    for (const ChangeItem& item : all->items)
        QCOMPARE(item.op, ChangeOp::Upsert);
}

void TestHubScope::transferIsARemoveForTheOldTeamAndAnUpsertForTheNew()
{
    const World& w = m_world;
    const std::int64_t cursor = m_store->latestSeq().value();
    domain::Conversation moved = w.alaInA;
    moved.teamId = w.b.id;
    QVERIFY(m_store->upsertConversation(moved).ok());

    auto forA = m_store->changesAfter(cursor, HubScope::of(w.anna), 1000);
    QVERIFY(forA.ok());
    QVERIFY(has(*forA, ChangeOp::Remove, ChangeKind::Conversation, w.alaInA.id));
    QVERIFY(has(*forA, ChangeOp::Remove, ChangeKind::Customer, w.ala.id)); // nothing left in A
    QVERIFY(!has(*forA, ChangeOp::Upsert, ChangeKind::Message, w.toAla.id));

    auto forB = m_store->changesAfter(cursor, HubScope::of(w.bogdan), 1000);
    QVERIFY(forB.ok());
    QVERIFY(has(*forB, ChangeOp::Upsert, ChangeKind::Customer, w.ala.id));
    QVERIFY(has(*forB, ChangeOp::Upsert, ChangeKind::Conversation, w.alaInA.id));
    QVERIFY(has(*forB, ChangeOp::Upsert, ChangeKind::Message, w.toAla.id));
    QVERIFY(!mentions(*forB, w.dorota.id));

    auto forBoth = m_store->changesAfter(cursor, HubScope::all(), 1000);
    QVERIFY(has(*forBoth, ChangeOp::Upsert, ChangeKind::Conversation, w.alaInA.id));
    for (const ChangeItem& item : forBoth->items)
        QCOMPARE(item.op, ChangeOp::Upsert);
}

void TestHubScope::transferKeepsHistoryVisibleWhileTheCustomerStays()
{
    const World& w = m_world;
    const std::int64_t cursor = m_store->latestSeq().value();
    domain::Conversation moved = w.dorotaFirst;
    moved.teamId = w.b.id;
    QVERIFY(m_store->upsertConversation(moved).ok());

    // Dorota still has a conversation in A: the moved one stays in A as her history.
    auto forA = m_store->changesAfter(cursor, HubScope::of(w.anna), 1000);
    QVERIFY(has(*forA, ChangeOp::Upsert, ChangeKind::Conversation, w.dorotaFirst.id));
    QVERIFY(!has(*forA, ChangeOp::Remove, ChangeKind::Customer, w.dorota.id));
    for (const ChangeItem& item : forA->items)
        if (item.id == w.dorotaFirst.id)
            QCOMPARE(std::get<domain::Conversation>(item.record).teamId, w.b.id);

    // B gains Dorota with both her conversations and their messages.
    auto forB = m_store->changesAfter(cursor, HubScope::of(w.bogdan), 1000);
    QVERIFY(has(*forB, ChangeOp::Upsert, ChangeKind::Customer, w.dorota.id));
    QVERIFY(has(*forB, ChangeOp::Upsert, ChangeKind::Conversation, w.dorotaSecond.id));
    QVERIFY(has(*forB, ChangeOp::Upsert, ChangeKind::Message, w.toDorota.id));
}

void TestHubScope::newConversationBringsTheCustomersWholeHistory()
{
    const World& w = m_world;
    const std::int64_t cursor = m_store->latestSeq().value();
    const auto fresh = ht::conversation(w.bartek.id, w.a.id, kT0 + 9000);
    QVERIFY(m_store->upsertConversation(fresh).ok());

    auto forA = m_store->changesAfter(cursor, HubScope::of(w.anna), 1000);
    QVERIFY(has(*forA, ChangeOp::Upsert, ChangeKind::Customer, w.bartek.id));
    QVERIFY(has(*forA, ChangeOp::Upsert, ChangeKind::Conversation, fresh.id));
    QVERIFY(has(*forA, ChangeOp::Upsert, ChangeKind::Conversation, w.bartekInB.id));
    QVERIFY(has(*forA, ChangeOp::Upsert, ChangeKind::Message, w.toBartek.id));
}

void TestHubScope::removedConversationIsATombstone()
{
    const World& w = m_world;
    const std::int64_t cursor = m_store->latestSeq().value();
    QVERIFY(m_store->removeConversation(w.celinaInA.id).ok());
    QCOMPARE(m_store->message(w.toAla.id).ok(), true);

    auto all = m_store->changesAfter(cursor, HubScope::all(), 1000);
    QVERIFY(has(*all, ChangeOp::Remove, ChangeKind::Conversation, w.celinaInA.id));
    // Celina has nothing left in A: A's desks drop her and her history in B.
    auto forA = m_store->changesAfter(cursor, HubScope::of(w.anna), 1000);
    QVERIFY(has(*forA, ChangeOp::Remove, ChangeKind::Conversation, w.celinaInA.id));
    QVERIFY(has(*forA, ChangeOp::Remove, ChangeKind::Customer, w.celina.id));
    QVERIFY(has(*forA, ChangeOp::Remove, ChangeKind::Conversation, w.celinaInB.id));
    auto forB = m_store->changesAfter(cursor, HubScope::of(w.bogdan), 1000);
    QVERIFY(has(*forB, ChangeOp::Remove, ChangeKind::Conversation, w.celinaInA.id));
    QVERIFY(!has(*forB, ChangeOp::Remove, ChangeKind::Customer, w.celina.id));
}

// A desk that bootstraps at S and then applies the changes after S, in small batches, ends
// with exactly what a fresh snapshot of its scope holds.
void TestHubScope::snapshotPlusChangesEqualsTheFinalState()
{
    for (int reader = 0; reader < 3; ++reader) {
        init();
        const HubScope scope = reader == 0   ? HubScope::of(m_world.anna)
                               : reader == 1 ? HubScope::of(m_world.bogdan)
                                             : HubScope::all();
        std::int64_t seq = 0;
        ht::Replica desk = readSnapshot(*m_store, scope, &seq);
        QCOMPARE(seq, m_store->latestSeq().value());
        QVERIFY(desk.conversations.size() > 0);

        domain::Conversation moved = m_world.alaInA;
        moved.teamId = m_world.b.id;
        QVERIFY(m_store->upsertConversation(moved).ok());
        QVERIFY(m_store->appendMessage(ht::message(moved.id, kT0 + 20'000, "po przeniesieniu"))
                    .ok());
        const auto fresh = ht::conversation(m_world.bartek.id, m_world.a.id, kT0 + 21'000);
        QVERIFY(m_store->upsertConversation(fresh).ok());
        QVERIFY(m_store->appendMessage(ht::message(fresh.id, kT0 + 21'000, "nowa sprawa")).ok());
        QVERIFY(m_store->removeConversation(m_world.celinaInA.id).ok());
        domain::Customer renamed = m_world.dorota;
        renamed.displayName = "Dorota Nowak";
        QVERIFY(m_store->upsertCustomer(renamed).ok());

        std::int64_t cursor = seq;
        while (cursor < m_store->latestSeq().value()) {
            auto batch = m_store->changesAfter(cursor, scope, 3);
            QVERIFY(batch.ok());
            QCOMPARE(batch->after, cursor);
            QVERIFY(batch->upTo > cursor);
            desk.apply(batch.value());
            cursor = batch->upTo;
        }
        const ht::Replica expected = readSnapshot(*m_store, scope);
        QCOMPARE(desk.customers.size(), expected.customers.size());
        QCOMPARE(desk.conversations.size(), expected.conversations.size());
        QCOMPARE(desk.messages.size(), expected.messages.size());
        QVERIFY(desk == expected);
    }
}

void TestHubScope::snapshotStaysAtItsSequenceWhileOthersWrite()
{
    QTemporaryDir dir;
    const fs::path file = fs::path(dir.path().toStdString()) / "hub.db";
    auto writer = HubStore::open(file);
    auto reader = HubStore::open(file);
    QVERIFY(writer.ok() && reader.ok());
    QVERIFY(m_world.write(**writer));
    const std::int64_t before = (*writer)->latestSeq().value();

    auto snapshot = (*reader)->snapshot(HubScope::all());
    QVERIFY(snapshot.ok());
    auto first = (*snapshot)->next(1, 1 << 20);
    QVERIFY(first.ok());
    QCOMPARE(first->records(), std::size_t(1));
    QVERIFY((*writer)->appendMessage(ht::message(m_world.alaInA.id, kT0, "później")).ok());
    QVERIFY((*writer)->upsertCustomer(ht::customer("Ewa")).ok());

    std::size_t messages = 0, customers = 0;
    while (true) {
        auto batch = (*snapshot)->next(5, 1 << 20);
        QVERIFY(batch.ok());
        if (batch->records() == 0)
            break;
        messages += batch->messages.size();
        customers += batch->customers.size();
    }
    QCOMPARE((*snapshot)->seq(), before);
    QCOMPARE(messages, std::size_t(4));
    QCOMPARE(customers, std::size_t(4));
}

// A batch cut short may hold a message whose conversation and customer entered the scope
// through a change beyond the batch: they come along.
void TestHubScope::shortBatchesBringParentsAlong()
{
    const World& w = m_world;
    const std::int64_t cursor = m_store->latestSeq().value();
    const auto later = ht::message(w.bartekInB.id, kT0 + 30'000, "przed przeniesieniem");
    QVERIFY(m_store->appendMessage(later).ok());
    domain::Conversation moved = w.bartekInB;
    moved.teamId = w.a.id;
    QVERIFY(m_store->upsertConversation(moved).ok());

    auto first = m_store->changesAfter(cursor, HubScope::of(w.anna), 1);
    QVERIFY(first.ok());
    QCOMPARE(first->upTo, cursor + 1);
    QCOMPARE(first->items.size(), std::size_t(3));
    QCOMPARE(first->items[0].kind, ChangeKind::Customer);
    QCOMPARE(first->items[1].kind, ChangeKind::Conversation);
    QCOMPARE(first->items[2].id, later.id);
}

void TestHubScope::snapshotOrderIsNewestFirst()
{
    const World& w = m_world;
    const auto older = ht::message(w.dorotaSecond.id, kT0 + 100, "starsza");
    const auto newer = ht::message(w.dorotaSecond.id, kT0 + 200, "nowsza");
    QVERIFY(m_store->appendMessage(older).ok());
    QVERIFY(m_store->appendMessage(newer).ok());
    auto snapshot = m_store->snapshot(HubScope::of(w.anna));
    QVERIFY(snapshot.ok());
    std::vector<domain::Conversation> conversations;
    std::vector<domain::Message> messages;
    bool sawMessages = false;
    while (true) {
        auto batch = (*snapshot)->next(2, 1 << 20);
        QVERIFY(batch.ok());
        if (batch->records() == 0)
            break;
        QVERIFY(batch->records() <= 2);
        if (!batch->customers.empty() || !batch->conversations.empty())
            QVERIFY(!sawMessages); // every conversation before the first message
        sawMessages = sawMessages || !batch->messages.empty();
        conversations.insert(conversations.end(), batch->conversations.begin(),
                             batch->conversations.end());
        messages.insert(messages.end(), batch->messages.begin(), batch->messages.end());
    }
    QVERIFY((*snapshot)->done());
    QCOMPARE(conversations.size(), std::size_t(5)); // Ala 1, Celina 2, Dorota 2
    for (std::size_t i = 1; i < conversations.size(); ++i)
        QVERIFY(conversations[i - 1].lastActivity >= conversations[i].lastActivity);
    QCOMPARE(conversations.front().id, w.dorotaSecond.id);
    QCOMPARE(messages.front().id, newer.id);
    QCOMPARE(messages[1].id, older.id);
}

QTEST_GUILESS_MAIN(TestHubScope)
#include "tst_hubscope.moc"
