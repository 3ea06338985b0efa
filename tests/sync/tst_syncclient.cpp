// SyncClient on a real WebSocket against a scripted hub on loopback: it bootstraps the
// cache, goes online, sends the agent's writes once, and after the hub drops it comes back on
// its own and resumes with its token.

#include "net/Connection.h"
#include "net/ConnectionHandler.h"
#include "net/Server.h"
#include "store/CacheReader.h"
#include "store/Database.h"
#include "sync/Codec.h"
#include "sync/SyncClient.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>
#include <mutex>

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

Snapshot snapshot()
{
    Snapshot s;
    s.seq = 7;
    s.records.teams.push_back({kTeam, "Reklamacje"});
    s.records.agents.push_back(anna());
    domain::Customer jan;
    jan.id = kCustomer;
    jan.displayName = "Jan Kowalski";
    s.records.customers.push_back(jan);
    domain::Conversation c;
    c.id = kConversation;
    c.customerId = kCustomer;
    c.subject = "Reklamacja czajnika";
    c.teamId = kTeam;
    c.created = kNow;
    c.lastActivity = kNow;
    s.records.conversations.push_back(c);
    domain::Message m;
    m.id = "b0000000-0000-4000-8000-000000000001";
    m.conversationId = kConversation;
    m.direction = domain::Direction::Inbound;
    m.authorName = "Jan Kowalski";
    m.body = "Czajnik przecieka od spodu";
    m.sentAt = kNow;
    s.records.messages.push_back(m);
    return s;
}

// Conversations the cache's search finds for `text`, as the inbox would show them.
std::size_t found(const std::filesystem::path& cache, const std::string& text)
{
    auto db = store::Database::open(cache, store::OpenMode::ExistingOnly);
    if (!db)
        return 0;
    store::CacheReader reader(**db);
    store::InboxQuery query;
    query.search = text;
    auto page = reader.inboxPage(query, nullptr, 10);
    return page ? page->size() : 0;
}

// The frame's text with the message body's second letter replaced by 0xFF; the encoder
// would have written U+FFFD, so the damage is done after it.
std::string withByteFF(std::string text)
{
    const auto at = text.find("Czajnik");
    if (at != std::string::npos)
        text[at + 1] = char(0xFF);
    return text;
}

// A hub that follows the protocol's happy path and remembers what it was sent.
class ScriptedHub : public net::ConnectionHandler {
public:
    // Every snapshot then starts with a large frame no codec reads, right after its reset.
    std::atomic<bool> garbleSnapshots{false};
    // Every snapshot's records then come in a binary frame whose message body holds a byte
    // that is never UTF-8 (0xFF): only the desk's own parser stands between it and the cache.
    std::atomic<bool> badUtf8InBinarySnapshots{false};

    void onOpen(const net::ConnectionPtr& connection) override
    {
        std::lock_guard lock(m_mutex);
        m_connections.push_back(connection);
    }
    void onText(const net::ConnectionPtr& connection, std::string text) override
    {
        auto decoded = decode(text);
        if (!decoded)
            return;
        const Frame& frame = decoded.frame();
        {
            std::lock_guard lock(m_mutex);
            m_received.push_back(frame);
        }
        auto send = [&](const Frame& f) { connection->send(encode(f)); };
        if (std::holds_alternative<Hello>(frame)) {
            send(Welcome{kProtocolVersion, "scripted-hub", kEpoch});
        } else if (const auto* login = std::get_if<Login>(&frame)) {
            send(Session{login->req, "token-1", kNow, anna()});
        } else if (const auto* resume = std::get_if<Resume>(&frame)) {
            send(Session{resume->req, resume->token, kNow, anna()});
        } else if (const auto* subscribe = std::get_if<Subscribe>(&frame)) {
            if (!subscribe->cursor) {
                send(Reset{kEpoch, 7});
                if (garbleSnapshots) // large: it goes through the desk's decoder thread
                    connection->send("{\"type\":\"snapshot\",\"seq\":7,\"pad\":\""
                                     + std::string(100'000, 'x'));
                if (badUtf8InBinarySnapshots)
                    connection->sendBinary(net::makeSharedText(withByteFF(encode(snapshot()))));
                else
                    send(snapshot());
                send(SnapshotEnd{7});
            }
            send(Ok{subscribe->req});
        } else if (const auto* mutate = std::get_if<Mutate>(&frame)) {
            MutationResult result;
            result.clientId = mutate->clientId;
            result.mutationId = mutate->mutationId;
            result.seq = 8;
            send(result);
        }
    }
    void onClose(const net::ConnectionPtr& connection, const net::CloseReason& reason) override
    {
        std::lock_guard lock(m_mutex);
        std::erase(m_connections, connection);
        m_closeCodes.push_back(reason.code);
    }
    std::vector<std::uint16_t> closeCodes() const
    {
        std::lock_guard lock(m_mutex);
        return m_closeCodes;
    }

    template <typename T>
    int count() const
    {
        std::lock_guard lock(m_mutex);
        return int(std::count_if(m_received.begin(), m_received.end(),
                                 [](const Frame& f) { return std::holds_alternative<T>(f); }));
    }
    void dropEveryone()
    {
        std::vector<net::ConnectionPtr> open;
        {
            std::lock_guard lock(m_mutex);
            open = m_connections;
        }
        for (const auto& connection : open)
            connection->close(1001, "going away");
    }
    void releaseConnections()
    {
        std::lock_guard lock(m_mutex);
        m_connections.clear();
    }

private:
    mutable std::mutex m_mutex;
    std::vector<Frame> m_received;
    std::vector<net::ConnectionPtr> m_connections;
    std::vector<std::uint16_t> m_closeCodes; // of every connection that ended
};

// What the client's sinks reported, read from the test's thread.
struct Heard {
    std::mutex mutex;
    Link link = Link::Offline;
    int pending = -1;
    int caughtUp = 0;
    int signedIn = 0;
    int failed = 0;

    SyncSinks sinks()
    {
        return {[this](const DeskEvent& e) {
                    std::lock_guard lock(mutex);
                    caughtUp += std::holds_alternative<event::CaughtUp>(e);
                    signedIn += std::holds_alternative<event::SignedIn>(e);
                    failed += std::holds_alternative<event::Failed>(e);
                },
                [this](Link l) {
                    std::lock_guard lock(mutex);
                    link = l;
                },
                [this](int n) {
                    std::lock_guard lock(mutex);
                    pending = n;
                }};
    }
    Link currentLink()
    {
        std::lock_guard lock(mutex);
        return link;
    }
    template <typename T>
    T read(T Heard::*field)
    {
        std::lock_guard lock(mutex);
        return this->*field;
    }
};

} // namespace

class TstSyncClient : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void bootstrapsGoesOnlineSendsWritesAndComesBack();
    void aSnapshotTooLargeToIndexAtOnceBecomesSearchableOnceLive();
    void stoppingEndsTheConnectionWithTheHubAtOnce();
    void framesAfterAnUnreadableOneAreNotApplied();
    void invalidUtf8InABinaryFrameIsRefused();

private:
    void stopHub();

    // Each test: a scripted hub on loopback, an empty folder for the cache, and the options
    // that reach that hub.
    std::unique_ptr<ScriptedHub> m_hub;
    std::unique_ptr<net::Server> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::filesystem::path m_cache;
    std::unique_ptr<Heard> m_heard; // fresh for each test: it counts
    SyncClientOptions m_options;
};

void TstSyncClient::init()
{
    m_hub = std::make_unique<ScriptedHub>();
    m_server = std::make_unique<net::Server>(*m_hub);
    std::string error;
    QVERIFY2(m_server->listen("127.0.0.1", 0, &error), error.c_str());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cache = m_dir->filePath("cache.db").toStdString();
    m_heard = std::make_unique<Heard>();
    m_options = SyncClientOptions{};
    m_options.port = m_server->port();
}

void TstSyncClient::cleanup()
{
    stopHub();
    m_dir.reset();
}

void TstSyncClient::stopHub()
{
    if (!m_server)
        return;
    m_hub->releaseConnections();
    m_server->stop();
    m_server.reset();
    m_hub.reset();
}

void TstSyncClient::bootstrapsGoesOnlineSendsWritesAndComesBack()
{
    ScriptedHub& hub = *m_hub;
    Heard& heard = *m_heard;
    m_options.backoffBase = std::chrono::milliseconds(20);
    m_options.backoffCap = std::chrono::milliseconds(100);
    {
        SyncClient client(m_cache, m_options, heard.sinks());
        client.start({{}, "anna.kowalska", "demo"}, anna());
        QTRY_VERIFY(heard.currentLink() == Link::Online);
        QCOMPARE(heard.read(&Heard::signedIn), 1);
        QCOMPARE(hub.count<Login>(), 1);

        // The agent writes: the hub gets it once and the outbox empties.
        client.write(Note{kConversation, "f0000000-0000-4000-8000-0000000000a1", "Notatka", kNow});
        QTRY_COMPARE(hub.count<Mutate>(), 1);
        QTRY_COMPARE(heard.read(&Heard::pending), 0);

        // The hub goes away: the client reconnects by itself and resumes with its token.
        hub.dropEveryone();
        QTRY_COMPARE(hub.count<Resume>(), 1);
        QTRY_COMPARE(heard.read(&Heard::caughtUp), 2);
        QVERIFY(heard.currentLink() == Link::Online);
        QCOMPARE(hub.count<Login>(), 1); // the password was not needed again
        QCOMPARE(hub.count<Mutate>(), 1); // nothing sent twice
        client.stop();
    }
    stopHub();

    // Everything landed in the cache the GUI reads.
    auto db = store::Database::open(m_cache, store::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    store::CacheReader reader(**db);
    QCOMPARE(reader.conversation(kConversation)->subject, std::string("Reklamacja czajnika"));
    const auto thread = reader.messages(kConversation);
    QVERIFY(thread.ok());
    QCOMPARE(thread->size(), std::size_t(2)); // the snapshot's message and the note
    QCOMPARE(thread->back().body, std::string("Notatka"));
}

// A snapshot over the inline limit leaves its messages out of the search index; the desk
// indexes them in steps once live, in the same session, not at its next start.
void TstSyncClient::aSnapshotTooLargeToIndexAtOnceBecomesSearchableOnceLive()
{
    m_options.searchInlineMessages = 0; // any message is "too many"
    SyncClient client(m_cache, m_options, m_heard->sinks());
    client.start({{}, "anna.kowalska", "demo"}, anna());
    QTRY_VERIFY(m_heard->currentLink() == Link::Online);
    QTRY_COMPARE(found(m_cache, "przecieka"), std::size_t(1));
    QCOMPARE(found(m_cache, "przecieka od spodu"), std::size_t(1));
    client.stop();
}

// A desk that quits closes with 1000 and waits for the hub's answer, so the hub forgets the
// connection (and the agent's presence) then, not after its close timeout of 10 s.
void TstSyncClient::stoppingEndsTheConnectionWithTheHubAtOnce()
{
    SyncClient client(m_cache, m_options, m_heard->sinks());
    client.start({{}, "anna.kowalska", "demo"}, anna());
    QTRY_VERIFY(m_heard->currentLink() == Link::Online);
    client.stop();
    QTRY_COMPARE_WITH_TIMEOUT(m_hub->closeCodes().size(), std::size_t(1), 2000);
    QCOMPARE(m_hub->closeCodes().front(), std::uint16_t(net::CloseCode::Normal));
}

// The desk closes on a frame it cannot read; the snapshot frames the hub sent after it were
// already on their way (here queued behind it at the decoder), and must not be stored: a
// snapshot missing its start would otherwise end with snapshot_end and the cache would call
// itself complete. (Frames read after the close was asked, before it took effect, are
// dropped by the same rule; that window is too narrow to hit on demand.)
void TstSyncClient::framesAfterAnUnreadableOneAreNotApplied()
{
    m_hub->garbleSnapshots = true;
    m_options.backoffBase = std::chrono::milliseconds(20);
    m_options.backoffCap = std::chrono::milliseconds(50);
    {
        SyncClient client(m_cache, m_options, m_heard->sinks());
        client.start({{}, "anna.kowalska", "demo"}, anna());
        // Two tries, each refused at the same frame: the desk comes back and is refused again.
        QTRY_VERIFY(m_heard->read(&Heard::failed) >= 2);
        QTRY_VERIFY(m_hub->count<Subscribe>() >= 2);
        client.stop();
    }
    QCOMPARE(m_heard->read(&Heard::caughtUp), 0);
    auto db = store::Database::open(m_cache, store::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    store::CacheReader reader(**db);
    QVERIFY(!reader.conversation(kConversation)); // nothing of the snapshot was stored
}

// Binary snapshot frames skip Beast's UTF-8 check (docs/PROTOCOL.md, hello); the desk's
// parser still refuses text that is not UTF-8: the desk closes as on any unreadable frame
// and stores nothing of that snapshot.
void TstSyncClient::invalidUtf8InABinaryFrameIsRefused()
{
    m_hub->badUtf8InBinarySnapshots = true;
    {
        SyncClient client(m_cache, m_options, m_heard->sinks());
        client.start({{}, "anna.kowalska", "demo"}, anna());
        QTRY_VERIFY(m_heard->read(&Heard::failed) >= 1);
        QTRY_VERIFY(!m_hub->closeCodes().empty());
        client.stop();
    }
    QCOMPARE(m_hub->closeCodes().front(), net::CloseCode::ProtocolError); // as any unreadable frame
    QCOMPARE(m_heard->read(&Heard::caughtUp), 0);
    auto db = store::Database::open(m_cache, store::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    store::CacheReader reader(**db);
    QVERIFY(!reader.conversation(kConversation));
}

QTEST_GUILESS_MAIN(TstSyncClient)
#include "tst_syncclient.moc"
