// The desk's side of the protocol, driven frame by frame against a replica in memory: what
// the desk sends, what it stores, and what the agent would be told, for a fresh bootstrap, a
// resumed session, a missed change, the outbox, and a hub that misbehaves.

#include "sync/DeskProtocol.h"

#include <QTest>

using namespace concord;
using namespace concord::sync;

namespace {

const domain::Id kClient = "0b5e3f0e-8f5d-4c57-9d49-1a7c3c0f2a11";
const domain::Id kEpoch = "6f1c2b7a-3d4e-4f50-8a61-7b8c9d0e1f22";
const domain::Id kConversation = "c0000000-0000-4000-8000-000000000001";
const domain::Id kCustomer = "c0000000-0000-4000-8000-0000000000c1";

// A replica that keeps what it is given and can be told to fail.
class MemoryReplica : public ReplicaStore {
public:
    std::optional<Cursor> where;
    std::vector<domain::Conversation> conversations;
    std::vector<domain::Message> messages;
    std::vector<Mutate> outbox;
    std::vector<MutationResult> settled;
    int resets = 0;
    bool failWrites = false;

    domain::Result<std::optional<Cursor>> cursor() override { return where; }
    domain::VoidResult beginReset(const Reset&) override
    {
        if (failWrites)
            return failure();
        ++resets;
        where.reset();
        conversations.clear();
        messages.clear();
        return domain::Done{};
    }
    domain::VoidResult applySnapshot(const Snapshot& batch) override
    {
        if (failWrites)
            return failure();
        for (const auto& c : batch.records.conversations)
            conversations.push_back(c);
        for (const auto& m : batch.records.messages)
            messages.push_back(m);
        return domain::Done{};
    }
    domain::VoidResult finishSnapshot(const Cursor& cursor) override
    {
        where = cursor;
        return domain::Done{};
    }
    domain::VoidResult applyChanges(const Changes& changes, const domain::Id& epoch) override
    {
        if (failWrites)
            return failure();
        for (const auto& item : changes.items)
            if (const auto* m = std::get_if<domain::Message>(&item.record))
                messages.push_back(*m);
        where = Cursor{epoch, changes.upTo};
        return domain::Done{};
    }
    domain::Result<std::vector<Mutate>> pendingMutations() override { return outbox; }
    domain::VoidResult settle(const MutationResult& result) override
    {
        std::erase_if(outbox, [&](const Mutate& m) { return m.mutationId == result.mutationId; });
        settled.push_back(result);
        return domain::Done{};
    }

private:
    static domain::Error failure() { return {domain::ErrorCode::StorageFailure, "disk full"}; }
};

domain::Message message(const std::string& id, const std::string& body)
{
    domain::Message m;
    m.id = id;
    m.conversationId = kConversation;
    m.body = body;
    return m;
}

Mutate reply(std::int64_t mutationId, const std::string& body)
{
    Mutate m;
    m.clientId = kClient;
    m.mutationId = mutationId;
    m.op = Reply{kConversation, "m-" + std::to_string(mutationId), body, {}, {}};
    return m;
}

template <typename T>
const T* sent(const DeskStep& step, std::size_t index = 0)
{
    return index < step.send.size() ? std::get_if<T>(&step.send[index]) : nullptr;
}

template <typename T>
const T* heard(const DeskStep& step)
{
    for (const auto& e : step.events)
        if (const auto* found = std::get_if<T>(&e))
            return found;
    return nullptr;
}

} // namespace

class TstDeskProtocol : public QObject {
    Q_OBJECT
private slots:
    void freshDeskBootstrapsThenGoesLive();
    void keptTokenResumesFromTheCursor();
    void refusedTokenFallsBackToThePassword();
    void refusedPasswordAsksTheAgent();
    void withoutCredentialsTheDeskAsks();
    void missedChangesArePulledOnce();
    void pullTheHubCannotServeStartsOver();
    void outboxIsSentOnceAndResentAfterReconnect();
    void refusedMutationIsSettledAndReported();
    void framesOutOfOrderCloseTheConnection();
    void cacheFailureClosesTheConnection();
    void otherProtocolVersionIsRefused();

private:
    // Connects and signs in with a password; returns the subscribe step.
    DeskStep signIn(DeskProtocol& desk, MemoryReplica& replica);
};

DeskStep TstDeskProtocol::signIn(DeskProtocol& desk, MemoryReplica&)
{
    desk.setCredentials({{}, "anna.kowalska", "demo"});
    const DeskStep hello = desk.connected();
    const auto* h = sent<Hello>(hello);
    if (!h || h->clientId != kClient || h->protocol != kProtocolVersion)
        qWarning("no proper hello");
    const DeskStep login = desk.received(Welcome{kProtocolVersion, "concord-hub/test", kEpoch});
    const auto* l = sent<Login>(login);
    if (!l)
        return {};
    Session session;
    session.req = l->req;
    session.token = "tok";
    session.agent.login = "anna.kowalska";
    return desk.received(session);
}

void TstDeskProtocol::freshDeskBootstrapsThenGoesLive()
{
    MemoryReplica replica;
    replica.outbox.push_back(reply(1, "written offline"));
    DeskProtocol desk(replica, kClient, "concord-desk/test");
    const DeskStep subscribed = signIn(desk, replica);
    QVERIFY(heard<event::SignedIn>(subscribed));
    QCOMPARE(heard<event::SignedIn>(subscribed)->session.token, std::string("tok"));
    const auto* subscribe = sent<Subscribe>(subscribed);
    QVERIFY(subscribe);
    QVERIFY(!subscribe->cursor); // fresh: no cursor
    QCOMPARE(desk.state(), DeskProtocol::State::Subscribing);

    QVERIFY(desk.received(Reset{kEpoch, 40}).events.empty());
    QCOMPARE(replica.resets, 1);
    Snapshot first{40, {}};
    first.records.conversations.push_back(domain::Conversation{});
    first.records.conversations.back().id = kConversation;
    Snapshot second{40, {}};
    second.records.messages = {message("m1", "a"), message("m2", "b")};
    QCOMPARE(heard<event::Bootstrapping>(desk.received(first))->records, std::int64_t(1));
    QCOMPARE(heard<event::Bootstrapping>(desk.received(second))->records, std::int64_t(3));
    QVERIFY(heard<event::ReplicaReplaced>(desk.received(SnapshotEnd{40})));
    QCOMPARE(replica.where, (std::optional<Cursor>{Cursor{kEpoch, 40}}));

    Changes changes{40, 42, {ChangeItem{42, message("m3", "new")}}};
    const DeskStep applied = desk.received(changes);
    const auto* changed = heard<event::ReplicaChanged>(applied);
    QVERIFY(changed);
    QCOMPARE(changed->conversationIds, std::vector<domain::Id>{kConversation});
    QCOMPARE(replica.where->seq, std::int64_t(42));
    QCOMPARE(replica.messages.size(), std::size_t(3));
    QCOMPARE(desk.state(), DeskProtocol::State::Subscribing); // not caught up before ok

    const DeskStep live = desk.received(Ok{subscribe->req});
    QCOMPARE(desk.state(), DeskProtocol::State::Live);
    QCOMPARE(heard<event::CaughtUp>(live)->pendingMutations, 1);
    QVERIFY(sent<Mutate>(live));
    QCOMPARE(sent<Mutate>(live)->mutationId, std::int64_t(1));
}

void TstDeskProtocol::keptTokenResumesFromTheCursor()
{
    MemoryReplica replica;
    replica.where = Cursor{kEpoch, 77};
    DeskProtocol desk(replica, kClient, "desk");
    desk.setCredentials({"kept-token", {}, {}});
    desk.connected();
    const DeskStep resume = desk.received(Welcome{kProtocolVersion, "hub", kEpoch});
    QVERIFY(sent<Resume>(resume));
    QCOMPARE(sent<Resume>(resume)->token, std::string("kept-token"));
    Session session;
    session.req = sent<Resume>(resume)->req;
    session.token = "kept-token";
    const DeskStep subscribed = desk.received(session);
    QVERIFY(sent<Subscribe>(subscribed));
    QCOMPARE(sent<Subscribe>(subscribed)->cursor, (std::optional<Cursor>{Cursor{kEpoch, 77}}));
}

void TstDeskProtocol::refusedTokenFallsBackToThePassword()
{
    MemoryReplica replica;
    DeskProtocol desk(replica, kClient, "desk");
    desk.setCredentials({"stale", "anna", "demo"});
    desk.connected();
    const DeskStep resume = desk.received(Welcome{kProtocolVersion, "hub", kEpoch});
    const DeskStep login =
        desk.received(ErrorReply{sent<Resume>(resume)->req, ErrorCode::SessionExpired, "old"});
    QVERIFY(sent<Login>(login));
    QCOMPARE(sent<Login>(login)->password, std::string("demo"));
    QVERIFY(!heard<event::SignInRefused>(login));
}

void TstDeskProtocol::refusedPasswordAsksTheAgent()
{
    MemoryReplica replica;
    DeskProtocol desk(replica, kClient, "desk");
    desk.setCredentials({{}, "anna", "wrong"});
    desk.connected();
    const DeskStep login = desk.received(Welcome{kProtocolVersion, "hub", kEpoch});
    const DeskStep refused =
        desk.received(ErrorReply{sent<Login>(login)->req, ErrorCode::BadCredentials, "no"});
    QVERIFY(heard<event::SignInRefused>(refused));
    QCOMPARE(heard<event::SignInRefused>(refused)->code, ErrorCode::BadCredentials);
    QVERIFY(refused.send.empty()); // no second try with the same wrong password
    QCOMPARE(desk.state(), DeskProtocol::State::NeedsCredentials);
    const DeskStep retry = desk.setCredentials({{}, "anna", "right"});
    QVERIFY(sent<Login>(retry));
    QCOMPARE(sent<Login>(retry)->password, std::string("right"));
}

void TstDeskProtocol::withoutCredentialsTheDeskAsks()
{
    MemoryReplica replica;
    DeskProtocol desk(replica, kClient, "desk");
    desk.connected();
    const DeskStep step = desk.received(Welcome{kProtocolVersion, "hub", kEpoch});
    QVERIFY(step.send.empty());
    QVERIFY(heard<event::NeedCredentials>(step));
}

void TstDeskProtocol::missedChangesArePulledOnce()
{
    MemoryReplica replica;
    replica.where = Cursor{kEpoch, 10};
    DeskProtocol desk(replica, kClient, "desk");
    const DeskStep subscribed = signIn(desk, replica);
    desk.received(Ok{sent<Subscribe>(subscribed)->req});
    QCOMPARE(desk.state(), DeskProtocol::State::Live);

    // 11..12 were lost on the way: 13 arrives first.
    const DeskStep gap = desk.received(Changes{12, 13, {ChangeItem{13, message("m13", "x")}}});
    const auto* pull = sent<Pull>(gap);
    QVERIFY(pull);
    QCOMPARE(pull->cursor, (Cursor{kEpoch, 10}));
    QCOMPARE(replica.where->seq, std::int64_t(10)); // nothing applied out of order
    // Another early batch does not ask again; an old repeat is ignored.
    QVERIFY(desk.received(Changes{13, 14, {}}).send.empty());
    QVERIFY(desk.received(Changes{5, 8, {}}).send.empty());
    // The pull's answer lines up again.
    desk.received(Changes{10, 14, {ChangeItem{11, message("m11", "y")}}});
    QCOMPARE(replica.where->seq, std::int64_t(14));
    desk.received(Ok{pull->req});
    QCOMPARE(desk.state(), DeskProtocol::State::Live);
}

// The hub has compacted its log past our cursor: the pull is answered with a fresh snapshot.
void TstDeskProtocol::pullTheHubCannotServeStartsOver()
{
    MemoryReplica replica;
    replica.where = Cursor{kEpoch, 10};
    DeskProtocol desk(replica, kClient, "desk");
    desk.received(Ok{sent<Subscribe>(signIn(desk, replica))->req});
    const DeskStep gap = desk.received(Changes{50, 51, {}});
    const auto* pull = sent<Pull>(gap);
    QVERIFY(pull);
    QVERIFY(!heard<event::Failed>(desk.received(Reset{kEpoch, 60})));
    QCOMPARE(replica.resets, 1);
    desk.received(Snapshot{60, {}});
    QVERIFY(heard<event::ReplicaReplaced>(desk.received(SnapshotEnd{60})));
    QCOMPARE(replica.where, (std::optional<Cursor>{Cursor{kEpoch, 60}}));
    desk.received(Ok{pull->req});
    QCOMPARE(desk.state(), DeskProtocol::State::Live);
}

void TstDeskProtocol::outboxIsSentOnceAndResentAfterReconnect()
{
    MemoryReplica replica;
    replica.where = Cursor{kEpoch, 1};
    DeskProtocol desk(replica, kClient, "desk");
    const DeskStep subscribed = signIn(desk, replica);
    QVERIFY(desk.outboxChanged().send.empty()); // not live yet: nothing goes out
    desk.received(Ok{sent<Subscribe>(subscribed)->req});

    replica.outbox.push_back(reply(1, "first"));
    QCOMPARE(desk.outboxChanged().send.size(), std::size_t(1));
    replica.outbox.push_back(reply(2, "second"));
    const DeskStep second = desk.outboxChanged();
    QCOMPARE(second.send.size(), std::size_t(1)); // the first is in flight already
    QCOMPARE(sent<Mutate>(second)->mutationId, std::int64_t(2));

    // The link drops before any answer: both go again, in order, after reconnecting.
    desk.disconnected();
    const DeskStep again = signIn(desk, replica);
    const DeskStep live = desk.received(Ok{sent<Subscribe>(again)->req});
    QCOMPARE(live.send.size(), std::size_t(2));
    QCOMPARE(sent<Mutate>(live, 0)->mutationId, std::int64_t(1));
    QCOMPARE(sent<Mutate>(live, 1)->mutationId, std::int64_t(2));
}

void TstDeskProtocol::refusedMutationIsSettledAndReported()
{
    MemoryReplica replica;
    replica.where = Cursor{kEpoch, 1};
    replica.outbox.push_back(reply(5, "claim it"));
    DeskProtocol desk(replica, kClient, "desk");
    desk.received(Ok{sent<Subscribe>(signIn(desk, replica))->req});
    MutationResult refused;
    refused.clientId = kClient;
    refused.mutationId = 5;
    refused.ok = false;
    refused.code = ErrorCode::AlreadyClaimed;
    refused.holder = Holder{"agent-2", "Marek Zieliński"};
    const DeskStep step = desk.received(refused);
    QVERIFY(heard<event::MutationSettled>(step));
    QCOMPARE(heard<event::MutationSettled>(step)->result.holder->displayName,
             std::string("Marek Zieliński"));
    QVERIFY(replica.outbox.empty());
    QCOMPARE(replica.settled.size(), std::size_t(1));
}

void TstDeskProtocol::framesOutOfOrderCloseTheConnection()
{
    MemoryReplica replica;
    DeskProtocol desk(replica, kClient, "desk");
    desk.setCredentials({{}, "anna", "demo"});
    desk.connected();
    const DeskStep early = desk.received(Snapshot{1, {}}); // before welcome and session
    QVERIFY(heard<event::Failed>(early));
    QVERIFY(early.close);
    QVERIFY(replica.conversations.empty());
    QCOMPARE(desk.state(), DeskProtocol::State::Disconnected);
    // A frame only desks send is not something a hub may send.
    desk.connected();
    QVERIFY(desk.received(Hello{}).close);
}

void TstDeskProtocol::cacheFailureClosesTheConnection()
{
    MemoryReplica replica;
    DeskProtocol desk(replica, kClient, "desk");
    signIn(desk, replica);
    replica.failWrites = true;
    const DeskStep step = desk.received(Reset{kEpoch, 3});
    QVERIFY(step.close);
    QVERIFY(heard<event::Failed>(step));
    QVERIFY(heard<event::Failed>(step)->what.find("disk full") != std::string::npos);
}

void TstDeskProtocol::otherProtocolVersionIsRefused()
{
    MemoryReplica replica;
    DeskProtocol desk(replica, kClient, "desk");
    desk.setCredentials({{}, "anna", "demo"});
    desk.connected();
    const DeskStep step = desk.received(Welcome{2, "hub", kEpoch});
    QVERIFY(step.close);
    QVERIFY(step.send.empty()); // the password is not sent to a hub we do not understand
}

QTEST_GUILESS_MAIN(TstDeskProtocol)
#include "tst_deskprotocol.moc"
