// The hub's frontier, against the concord-hub process: on raw WebSocket connections, frames no
// desk should send (not JSON, over 1 MiB, binary, before hello, before a session, out of
// order), an agent reaching for another team's conversation or another desk's outbox, a note
// too big to travel on, and an agent disabled while signed in. Each is refused with the error
// or close code docs/PROTOCOL.md names and changes nothing, while two well-behaved desks stay
// connected the whole time and keep seeing each other's writes.

#include "DeskProbe.h"
#include "HubProcess.h"
#include "RawDesk.h"
#include "ScopeContent.h"
#include "demo/DemoGenerator.h"
#include "store/CacheReader.h"
#include "store/Database.h"
#include "store/HubStore.h"
#include "sync/Codec.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;
using test::DeskProbe;
using test::HubProcess;
using test::RawDesk;

namespace {

constexpr int kWaitMs = 30'000;
const char* const kPassword = "demo";
const char* const kRogueLogin = "joanna.szymanska"; // billing only: no team of Anna's
const char* const kTeammateLogin = "katarzyna.nowak"; // first line, like Anna
const domain::Id kSomeClient = "0b6f3c1e-7d5a-4c2b-9e8f-1a2b3c4d5e6f";
const domain::Id kSomeConversation = "5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6";
const domain::Timestamp kAt = domain::fromEpochMs(1'795'000'000'000);

enum class Stage { Connected, Helloed, SignedIn };

QByteArray frameText(const sync::Frame& frame)
{
    return QByteArray::fromStdString(sync::encode(frame));
}

QString keyOf(sync::ErrorCode code)
{
    return QString::fromStdString(std::string(sync::toKey(code)));
}

QByteArray noteBeforeASession()
{
    return frameText(sync::Mutate{kSomeClient, 1,
                                  sync::Note{kSomeConversation, domain::newUuid(), "hej", kAt}});
}

// A well-formed hello padded to `bytes` in all.
QByteArray paddedHello(int bytes)
{
    const QByteArray head = R"({"type":"hello","protocol":1,"client":"concord-desk/0.1.0",)"
                            R"("clientId":")" + QByteArray::fromStdString(kSomeClient)
                            + R"(","pad":")";
    const QByteArray tail = R"("})";
    return head + QByteArray(bytes - head.size() - tail.size(), 'x') + tail;
}

constexpr int kCap = 1024 * 1024;

std::optional<domain::Conversation> deskConversation(const std::filesystem::path& cache,
                                                     const domain::Id& id)
{
    auto db = store::Database::open(cache, store::OpenMode::ExistingOnly);
    if (!db)
        return std::nullopt;
    auto c = store::CacheReader(**db).conversation(id);
    return c ? std::optional(c.value()) : std::nullopt;
}

} // namespace

Q_DECLARE_METATYPE(Stage)

class TstHubFrontier : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void refusedFrame_data();
    void refusedFrame();
    void frameAtTheCapIsServed();
    void noteAtTheCapKeepsTheTeamServed();
    void longNoteReachesTheTeam();
    void otherTeamsConversation_data();
    void otherTeamsConversation();
    void rogueReadsNothingOutsideItsScope();
    void anotherDesksClientIdIsRefusedAndForgotten();
    void agentDisabledWhileTheHubRunsIsRefused();

private:
    std::filesystem::path path(const char* name) const
    {
        return m_dir.filePath(QString::fromLatin1(name)).toStdString();
    }
    bool reach(RawDesk& raw, Stage stage);
    // A teammate's note reaches Anna's desk, and neither well-behaved desk was ever dropped.
    void expectDesksServed();
    // The rogue's write `op` ("reply", "claim", ...) on `aim`; freshId names what it creates.
    sync::MutationOp rogueOp(const QString& op, const domain::Conversation& aim,
                             const domain::Id& freshId) const;

    QTemporaryDir m_dir;
    std::unique_ptr<HubProcess> m_hub;
    std::unique_ptr<DeskProbe> m_anna;
    std::unique_ptr<DeskProbe> m_teammate;
    domain::Agent m_rogue;
    domain::Id m_watched;    // first line: both desks see it; the teammate writes there
    domain::Conversation m_target;  // Anna's team, nowhere in the rogue's scope
    domain::Conversation m_history; // in the rogue's scope (a customer's history), not theirs
    domain::Id m_rogueConversation; // one of the rogue's own team
    std::uint16_t m_port = 0;
};

void TstHubFrontier::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_hub = std::make_unique<HubProcess>(QStringLiteral(CONCORD_HUB_BINARY),
                                         QString::fromStdString(path("hub.db").string()));
    QVERIFY(m_hub->seed(4000));
    {
        auto hub = store::HubStore::open(path("hub.db"), store::OpenMode::ExistingOnly);
        QVERIFY(hub.ok());
        const auto anna = (*hub)->agentByLogin(demo::kDemoAgentLogin).value();
        const auto teammate = (*hub)->agentByLogin(kTeammateLogin).value();
        m_rogue = (*hub)->agentByLogin(kRogueLogin).value();
        for (const auto& team : m_rogue.teamIds)
            QVERIFY(std::count(anna.teamIds.begin(), anna.teamIds.end(), team) == 0);
        const auto rogueScope = test::hubContent(**hub, store::HubScope::of(m_rogue));
        const auto teamScope = test::hubContent(**hub, store::HubScope::of(teammate));
        QVERIFY(!rogueScope.conversations.empty());
        const domain::Id firstLine = teammate.teamIds.front();
        for (const auto& id : teamScope.conversations) {
            const auto c = (*hub)->conversation(id).value();
            if (c.teamId != firstLine || !domain::isActive(c.status))
                continue;
            if (m_watched.empty())
                m_watched = id;
            else if (m_target.id.empty() && !rogueScope.customers.count(c.customerId))
                m_target = c;
        }
        for (const auto& id : rogueScope.conversations) {
            const auto c = (*hub)->conversation(id).value();
            if (std::count(m_rogue.teamIds.begin(), m_rogue.teamIds.end(), c.teamId) == 0)
                m_history = c;
            else
                m_rogueConversation = id;
        }
        QVERIFY(!m_watched.empty() && !m_target.id.empty() && !m_rogueConversation.empty());
    }
    m_port = HubProcess::freePort();
    QVERIFY(m_hub->serve(m_port));
    m_anna = std::make_unique<DeskProbe>(path("desk-anna.db"), m_port);
    m_teammate = std::make_unique<DeskProbe>(path("desk-teammate.db"), m_port);
    m_anna->signIn(demo::kDemoAgentLogin, kPassword);
    m_teammate->signIn(kTeammateLogin, kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(m_anna->online() && m_teammate->online(), kWaitMs);
}

void TstHubFrontier::cleanupTestCase()
{
    m_anna.reset();
    m_teammate.reset();
    if (m_hub)
        QVERIFY(m_hub->terminate());
}

bool TstHubFrontier::reach(RawDesk& raw, Stage stage)
{
    if (!raw.open(m_port))
        return false;
    switch (stage) {
    case Stage::Connected:
        return true;
    case Stage::Helloed:
        return raw.hello();
    case Stage::SignedIn:
        return raw.signIn(kRogueLogin, kPassword);
    }
    return false;
}

void TstHubFrontier::expectDesksServed()
{
    const domain::Id note = domain::newUuid();
    m_teammate->write(sync::Note{m_watched, note, "Still here?", kAt});
    QTRY_VERIFY_WITH_TIMEOUT(test::deskHasMessage(m_anna->cache(), m_watched, note), kWaitMs);
    QTRY_COMPARE(m_teammate->pendingWrites(), 0);
    QVERIFY(m_anna->online() && m_teammate->online());
    QCOMPARE(m_anna->drops(), 0);
    QCOMPARE(m_teammate->drops(), 0);
}

void TstHubFrontier::refusedFrame_data()
{
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<bool>("binary");
    QTest::addColumn<int>("times");
    QTest::addColumn<QString>("error"); // the error frame's code, empty for none
    QTest::addColumn<qint64>("req");    // the req it echoes
    QTest::addColumn<int>("close");     // the close code, 0: the connection stays open

    const auto helloFrame = [](int protocol) {
        return frameText(sync::Hello{protocol, "concord-desk/0.1.0", domain::newUuid()});
    };
    const auto row = [](const char* name, Stage stage, QByteArray frame, const char* error,
                        qint64 req = 0, int close = 0, bool binary = false, int times = 1) {
        QTest::newRow(name) << stage << frame << binary << times << QString::fromLatin1(error)
                            << req << close;
    };
    using enum Stage;
    // Malformed: the connection stays and serves.
    row("not JSON", Connected, R"({"type":"hello","protocol":)", "malformed");
    row("not JSON, signed in", SignedIn, "hello hub", "malformed");
    row("not an object", Connected, "[1, 2, 3]", "malformed");
    row("no type", Helloed, R"({"req":5})", "malformed", 5);
    row("unknown type", Connected, R"({"type":"teleport","req":7})", "unknown_type", 7);
    row("wrong field type", SignedIn, R"({"type":"subscribe","req":"eight"})", "malformed");
    row("negative req", SignedIn, R"({"type":"subscribe","req":-3})", "malformed");
    row("bad uuid", SignedIn, R"({"type":"presence","conversationId":"x","state":"viewing"})",
        "malformed");
    row("unknown enum key", SignedIn,
        R"({"type":"presence","conversationId":")" + QByteArray::fromStdString(
            kSomeConversation) + R"(","state":"dancing"})", "malformed");
    row("a hub's frame", Helloed,
        frameText(sync::Welcome{1, "concord-hub/0.1.0", domain::newUuid()}), "malformed");
    // Before hello, and before a session.
    row("login before hello", Connected, frameText(sync::Login{3, "anna.kowalska", "demo"}),
        "unauthenticated", 3);
    row("subscribe before hello", Connected, frameText(sync::Subscribe{4, std::nullopt}),
        "unauthenticated", 4);
    row("mutation before hello", Connected, noteBeforeASession(), "unauthenticated");
    row("subscribe before login", Helloed, frameText(sync::Subscribe{5, std::nullopt}),
        "unauthenticated", 5);
    row("pull before login", Helloed, frameText(sync::Pull{6, {domain::newUuid(), 0}}),
        "unauthenticated", 6);
    row("mutation before login", Helloed, noteBeforeASession(), "unauthenticated");
    row("presence before login", Helloed,
        frameText(sync::Presence{kSomeConversation, sync::PresenceState::Viewing, {}, {}}),
        "unauthenticated");
    row("logout before login", Helloed, frameText(sync::Logout{8}), "unauthenticated", 8);
    // Out of order.
    row("second hello", Helloed, helloFrame(1), "malformed");
    row("hello again after sign-in", SignedIn, helloFrame(1), "malformed");
    row("login again after sign-in", SignedIn, frameText(sync::Login{9, kRogueLogin, "demo"}),
        "malformed", 9);
    // Closing ones.
    row("another protocol", Connected, helloFrame(2), "unsupported_protocol", 0, 4003);
    row("over 1 MiB", Connected, paddedHello(kCap + 1), "", 0, 1009);
    row("over 1 MiB, signed in", SignedIn, paddedHello(kCap + 1), "", 0, 1009);
    row("binary", Connected, "{\"type\":\"hello\"}", "", 0, 1003, true);
    row("binary, signed in", SignedIn, QByteArray("\x00\x01\x02", 3), "", 0, 1003, true);
    row("invalid UTF-8", Connected, "{\"type\":\"hello\",\"client\":\"\xff\xfe\"}", "", 0,
        1007);
    row("twenty malformed", SignedIn, "{", "malformed", 0, 1008, false, 20);
}

void TstHubFrontier::refusedFrame()
{
    QFETCH(Stage, stage);
    QFETCH(QByteArray, frame);
    QFETCH(bool, binary);
    QFETCH(int, times);
    QFETCH(QString, error);
    QFETCH(qint64, req);
    QFETCH(int, close);

    RawDesk raw;
    QVERIFY(reach(raw, stage));
    for (int i = 0; i < times; ++i) {
        const std::string bytes = frame.toStdString();
        const bool sent = binary ? raw.sendBinary(bytes) : raw.sendText(bytes);
        QVERIFY(sent || close != 0); // a closing hub may stop reading mid-write
    }
    if (!error.isEmpty()) {
        const auto refusal = raw.waitFor<sync::ErrorReply>();
        QVERIFY2(refusal, "no error frame");
        QCOMPARE(keyOf(refusal->code), error);
        QCOMPARE(qint64(refusal->req), req);
    }
    if (close != 0) {
        QCOMPARE(raw.waitForClose(), close);
    } else {
        // Still served: the next frame is answered.
        QVERIFY(raw.sendText(R"({"type":"teleport","req":99})"));
        const auto answer = raw.waitFor<sync::ErrorReply>();
        QVERIFY(answer);
        QCOMPARE(answer->req, std::int64_t(99));
    }
    expectDesksServed();
}

void TstHubFrontier::frameAtTheCapIsServed()
{
    RawDesk raw;
    QVERIFY(raw.open(m_port));
    QVERIFY(raw.sendText(paddedHello(kCap).toStdString()));
    QVERIFY(raw.waitFor<sync::Welcome>());
}

// The largest note a desk may send (its mutate frame just fits the cap) travels on to the
// team's desks inside a bigger envelope: it must not become a frame no desk can take.
void TstHubFrontier::noteAtTheCapKeepsTheTeamServed()
{
    RawDesk raw;
    QVERIFY(raw.open(m_port));
    QVERIFY(raw.signIn(kTeammateLogin, kPassword));
    sync::Note note{m_watched, domain::newUuid(), {}, kAt};
    sync::Mutate mutate{raw.clientId(), 1, note};
    const std::size_t envelope = sync::encode(mutate).size();
    note.body.assign(std::size_t(kCap) - envelope, 'n');
    mutate.op = note;
    const std::string text = sync::encode(mutate);
    QCOMPARE(text.size(), std::size_t(kCap));
    QVERIFY(raw.sendText(text));
    const auto result = raw.waitFor<sync::MutationResult>(std::chrono::milliseconds(kWaitMs));
    QVERIFY2(result, "no mutation_result");
    if (result->ok) // taken: then Anna's desk shows it
        QTRY_VERIFY_WITH_TIMEOUT(
            test::deskHasMessage(m_anna->cache(), m_watched, note.messageId), kWaitMs);
    else
        QCOMPARE(keyOf(result->code), QStringLiteral("invalid"));
    expectDesksServed();
}

// A long note (a pasted log, say) well under the cap is taken and delivered whole.
void TstHubFrontier::longNoteReachesTheTeam()
{
    const sync::Note note{m_watched, domain::newUuid(), std::string(400'000, 'l'), kAt};
    m_teammate->write(note);
    QTRY_VERIFY_WITH_TIMEOUT(test::deskHasMessage(m_anna->cache(), m_watched, note.messageId),
                             kWaitMs);
    QTRY_COMPARE(m_teammate->pendingWrites(), 0);
    QVERIFY(m_teammate->settled().back().ok);
    expectDesksServed();
}

void TstHubFrontier::otherTeamsConversation_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<bool>("history"); // on a conversation the rogue may read, not change
    for (const char* op : {"reply", "note", "set_status", "set_priority", "set_tags", "claim",
                           "assign", "unassign", "transfer", "log_call", "log_visit",
                           "new_conversation"})
        QTest::newRow(op) << QString::fromLatin1(op) << false;
    for (const char* op : {"reply", "set_status", "claim", "transfer"})
        QTest::newRow((std::string(op) + " on history").c_str())
            << QString::fromLatin1(op) << true;
}

sync::MutationOp TstHubFrontier::rogueOp(const QString& op, const domain::Conversation& aim,
                                         const domain::Id& freshId) const
{
    // Preconditions as they stand, so that only the scope can be why it is refused.
    const domain::Id ownTeam = m_rogue.teamIds.front();
    const domain::Id& id = aim.id;
    if (op == "reply")
        return sync::Reply{id, freshId, "Przejmuję.", kAt, {}};
    if (op == "note")
        return sync::Note{id, freshId, "Notatka obca.", kAt};
    if (op == "set_status")
        return sync::SetStatus{id, domain::Status::Closed};
    if (op == "set_priority")
        return sync::SetPriority{id, domain::Priority::Urgent};
    if (op == "set_tags")
        return sync::SetTags{id, {"przejęte"}};
    if (op == "claim")
        return sync::Claim{id, aim.assigneeId};
    if (op == "assign")
        return sync::Assign{id, m_rogue.id, aim.assigneeId};
    if (op == "unassign")
        return sync::Unassign{id, aim.assigneeId};
    if (op == "transfer")
        return sync::Transfer{id, ownTeam, aim.teamId, freshId, "Do nas."};
    if (op == "log_call")
        return sync::LogCall{id, freshId, kAt, {60, {}, "billing", {}}, "Rozmowa"};
    if (op == "log_visit")
        return sync::LogVisit{id, freshId, kAt, {"Kraków", "zwrot", 5}, "Wizyta"};
    // new_conversation: the other team's customer, opened in the rogue's own team, with the
    // fresh id for the conversation and its first message alike (they are different tables).
    domain::Conversation opened;
    opened.id = freshId;
    opened.customerId = aim.customerId;
    opened.subject = "Nowa sprawa";
    opened.teamId = ownTeam;
    opened.created = opened.lastActivity = kAt;
    domain::Message first;
    first.id = freshId;
    first.conversationId = freshId;
    first.direction = domain::Direction::Outbound;
    first.body = "Dzień dobry";
    first.sentAt = kAt;
    return sync::NewConversation{opened, first};
}

void TstHubFrontier::otherTeamsConversation()
{
    QFETCH(QString, op);
    QFETCH(bool, history);
    if (history && m_history.id.empty())
        QSKIP("the demo gave the rogue no other team's history");
    const domain::Conversation& aim = history ? m_history : m_target;
    const domain::Id fresh = domain::newUuid();

    RawDesk raw;
    QVERIFY(reach(raw, Stage::SignedIn));
    QVERIFY(raw.send(sync::Mutate{raw.clientId(), 1, rogueOp(op, aim, fresh)}));
    const auto result = raw.waitFor<sync::MutationResult>();
    QVERIFY2(result, "no mutation_result");
    QCOMPARE(result->mutationId, std::int64_t(1));
    QVERIFY(!result->ok);
    QCOMPARE(keyOf(result->code), QStringLiteral("forbidden"));
    QVERIFY(!result->current);       // a refusal says nothing of what the sender may not see
    QVERIFY(!raw.mentioned(aim.subject));

    // A later write of the teammate arrives; the rogue's would have come before it.
    expectDesksServed();
    auto hub = store::HubStore::open(path("hub.db"), store::OpenMode::ExistingOnly);
    QVERIFY(hub.ok());
    const auto now = (*hub)->conversation(aim.id);
    QVERIFY(now.ok());
    QCOMPARE(now->revision, aim.revision);
    QCOMPARE(now->teamId, aim.teamId);
    QCOMPARE(now->assigneeId, aim.assigneeId);
    QVERIFY(!(*hub)->message(fresh).ok());
    QVERIFY(!(*hub)->conversation(fresh).ok());
    if (!history) { // and Anna's desk shows it as it was
        const auto seen = deskConversation(m_anna->cache(), aim.id);
        QVERIFY(seen);
        QCOMPARE(seen->revision, aim.revision);
        QVERIFY(!test::deskHasMessage(m_anna->cache(), aim.id, fresh));
    }
}

void TstHubFrontier::rogueReadsNothingOutsideItsScope()
{
    RawDesk raw;
    QVERIFY(reach(raw, Stage::SignedIn));
    QVERIFY(raw.send(sync::Subscribe{11, std::nullopt}));
    const auto end = raw.waitFor<sync::SnapshotEnd>(std::chrono::milliseconds(kWaitMs));
    QVERIFY(end);
    const auto subscribed = raw.waitFor<sync::Ok>();
    QVERIFY(subscribed && subscribed->req == 11);
    QVERIFY(raw.mentioned(m_rogueConversation)); // it did read its own scope
    QVERIFY(!raw.mentioned(m_target.id));
    QVERIFY(!raw.mentioned(m_target.customerId));

    // Watching it is refused, and tells the team nothing.
    QVERIFY(raw.send(sync::Presence{m_target.id, sync::PresenceState::Viewing, {}, {}}));
    const auto refused = raw.waitFor<sync::ErrorReply>();
    QVERIFY(refused);
    QCOMPARE(refused->code, sync::ErrorCode::Forbidden);

    // The team writes on it: Anna sees that; the rogue gets nothing live nor by pulling.
    const domain::Id note = domain::newUuid();
    m_teammate->write(sync::Note{m_target.id, note, "Tylko dla pierwszej linii", kAt});
    QTRY_VERIFY_WITH_TIMEOUT(test::deskHasMessage(m_anna->cache(), m_target.id, note), kWaitMs);
    QVERIFY(raw.send(sync::Pull{12, {raw.epoch(), end->seq}}));
    const auto pulled = raw.waitFor<sync::Ok>();
    QVERIFY(pulled && pulled->req == 12);
    QVERIFY(!raw.mentioned(m_target.id));
    QVERIFY(!raw.mentioned(note));
    expectDesksServed();
}

// A connection may not speak for another desk's outbox: refused, and not remembered, so the
// owner's own mutation with that id is still applied when it comes.
void TstHubFrontier::anotherDesksClientIdIsRefusedAndForgotten()
{
    const domain::Id owner = domain::newUuid();
    const sync::Note note{m_rogueConversation, domain::newUuid(), "Moja notatka", kAt};
    RawDesk rogue;
    QVERIFY(rogue.open(m_port));
    QVERIFY(rogue.signIn(kRogueLogin, kPassword));
    QVERIFY(rogue.send(sync::Mutate{owner, 1, note}));
    const auto refused = rogue.waitFor<sync::MutationResult>();
    QVERIFY(refused && !refused->ok);
    QCOMPARE(keyOf(refused->code), QStringLiteral("forbidden"));

    RawDesk desk; // the real owner of that clientId, the same agent
    QVERIFY(desk.open(m_port));
    QVERIFY(desk.hello(owner));
    QVERIFY(desk.send(sync::Login{1, kRogueLogin, kPassword}));
    QVERIFY(desk.waitFor<sync::Session>(std::chrono::milliseconds(kWaitMs)));
    QVERIFY(desk.send(sync::Mutate{owner, 1, note}));
    const auto applied = desk.waitFor<sync::MutationResult>();
    QVERIFY(applied);
    QVERIFY(applied->ok);
    auto hub = store::HubStore::open(path("hub.db"), store::OpenMode::ExistingOnly);
    QVERIFY(hub.ok());
    QVERIFY((*hub)->message(note.messageId).ok());
    expectDesksServed();
}

// The operator disables an agent with the command line while the hub serves: a new login is
// refused, so is the kept token, and the desk already signed in is signed out at its next
// frame, its write not taken.
void TstHubFrontier::agentDisabledWhileTheHubRunsIsRefused()
{
    const char* const login = "ewa.kozlowska"; // billing, like the rogue
    {
        auto hub = store::HubStore::open(path("hub.db"), store::OpenMode::ExistingOnly);
        QVERIFY(hub.ok());
        QCOMPARE((*hub)->agentByLogin(login)->teamIds, m_rogue.teamIds);
    }
    RawDesk before;
    QVERIFY(before.open(m_port));
    QVERIFY(before.signIn(login, kPassword));

    QProcess disable;
    disable.start(QStringLiteral(CONCORD_HUB_BINARY),
                  {"agent", "disable", "--db", QString::fromStdString(path("hub.db").string()),
                   login});
    QVERIFY(disable.waitForFinished(kWaitMs));
    QCOMPARE(disable.exitCode(), 0);

    RawDesk again;
    QVERIFY(again.open(m_port));
    QVERIFY(again.hello());
    QVERIFY(again.send(sync::Login{1, login, kPassword}));
    const auto refused = again.waitFor<sync::ErrorReply>(std::chrono::milliseconds(kWaitMs));
    QVERIFY(refused);
    QCOMPARE(keyOf(refused->code), QStringLiteral("account_disabled"));

    RawDesk resumed;
    QVERIFY(resumed.open(m_port));
    QVERIFY(resumed.hello());
    QVERIFY(resumed.send(sync::Resume{2, before.token()}));
    const auto expired = resumed.waitFor<sync::ErrorReply>(std::chrono::milliseconds(kWaitMs));
    QVERIFY(expired);
    QCOMPARE(keyOf(expired->code), QStringLiteral("session_expired"));

    const sync::Note note{m_rogueConversation, domain::newUuid(), "Po wyłączeniu", kAt};
    QVERIFY(before.send(sync::Mutate{before.clientId(), 1, note}));
    const auto ended = before.waitFor<sync::ErrorReply>();
    QVERIFY(ended);
    QCOMPARE(keyOf(ended->code), QStringLiteral("session_expired"));
    QCOMPARE(before.waitForClose(), 1008);
    auto hub = store::HubStore::open(path("hub.db"), store::OpenMode::ExistingOnly);
    QVERIFY(hub.ok());
    QVERIFY(!(*hub)->message(note.messageId).ok());
    expectDesksServed();
}

QTEST_GUILESS_MAIN(TstHubFrontier)
#include "tst_hubfrontier.moc"
