// The WebSocket transport on loopback: what a desk or the hub would notice. Echo order,
// the frame cap (1009), binary refusal (1003), the bounded send queue (4008), half-open
// detection, graceful shutdown (1001), the upgrade path and reconnecting.

#include "RawPeer.h"
#include "RecordingHandler.h"
#include "TestClient.h"

#include "net/EventLoop.h"
#include "net/Server.h"

#include <boost/beast/websocket/error.hpp>

#include <QElapsedTimer>
#include <QtTest>

#include <memory>

using namespace concord::net;
using Ms = std::chrono::milliseconds;

namespace {

ServerOptions quickOptions()
{
    ServerOptions options;
    options.threads = 2;
    options.channel.handshakeTimeout = Ms{2000};
    return options;
}

ClientOptions quickClientOptions()
{
    ClientOptions options;
    options.connectTimeout = Ms{2000};
    options.channel.handshakeTimeout = Ms{2000};
    return options;
}

std::unique_ptr<Server> startServer(RecordingHandler &handler,
                                    ServerOptions options = quickOptions())
{
    auto server = std::make_unique<Server>(handler, std::move(options));
    std::string error;
    if (!server->listen("127.0.0.1", 0, &error))
        qWarning("listen failed: %s", error.c_str());
    return server;
}

// Waits until the echo of a fresh marker comes back: the connection still works.
bool echoes(TestClient &client, const std::string &marker)
{
    if (!client.client().send(marker))
        return false;
    return QTest::qWaitFor([&] {
        const auto texts = client.texts();
        return !texts.empty() && texts.back() == marker;
    }, 3000);
}

} // namespace

class TestWebSocket : public QObject
{
    Q_OBJECT

private slots:
    void listensOnAFreePort();
    void echoKeepsOrderPerConnection();
    void oversizedFrameClosesSenderWith1009();
    void binaryFrameIsRefusedWith1003();
    void binaryFrameReachesOnlyAClientThatAcceptsIt();
    void slowReaderIsDroppedWith4008();
    void silentPeerIsDetected();
    void clientDetectsSilentServer();
    void sharedFrameReachesEveryConnection();
    void stopClosesEveryoneWith1001();
    void wrongPathIsRefused();
    void clientReconnectsAfterClose();
};

void TestWebSocket::listensOnAFreePort()
{
    RecordingHandler handler;
    auto server = startServer(handler);
    QVERIFY(server->port() != 0);

    Server second(handler, quickOptions());
    std::string error;
    QVERIFY(!second.listen("127.0.0.1", server->port(), &error));
    QVERIFY(!error.empty());
    QVERIFY(!second.listen("not an address", 0, &error));
}

void TestWebSocket::echoKeepsOrderPerConnection()
{
    RecordingHandler handler;
    auto server = startServer(handler);
    EventLoop loop(1);
    constexpr int ClientCount = 4;
    constexpr int MessageCount = 200;
    std::vector<std::unique_ptr<TestClient>> clients;
    for (int c = 0; c < ClientCount; ++c) {
        clients.push_back(std::make_unique<TestClient>(loop, quickClientOptions()));
        QVERIFY(clients.back()->connect(server->port()));
    }
    for (auto &client : clients)
        QTRY_COMPARE(client->opens.load(), 1);
    QTRY_COMPARE(handler.opens.load(), ClientCount);

    std::vector<std::vector<std::string>> sent(ClientCount);
    for (int i = 0; i < MessageCount; ++i) {
        for (int c = 0; c < ClientCount; ++c) {
            sent[c].push_back("client " + std::to_string(c) + " message " + std::to_string(i));
            QVERIFY(clients[c]->client().send(sent[c].back()));
        }
    }
    for (int c = 0; c < ClientCount; ++c) {
        QTRY_COMPARE(clients[c]->textCount(), MessageCount);
        QVERIFY(clients[c]->texts() == sent[c]);
    }
    QCOMPARE(handler.contractBreaks.load(), 0);
}

void TestWebSocket::oversizedFrameClosesSenderWith1009()
{
    RecordingHandler handler;
    auto server = startServer(handler);
    EventLoop loop(1);
    TestClient sender(loop, quickClientOptions());
    TestClient bystander(loop, quickClientOptions());
    QVERIFY(sender.connect(server->port()));
    QVERIFY(bystander.connect(server->port()));
    QTRY_COMPARE(handler.opens.load(), 2);
    QTRY_VERIFY(sender.opens == 1 && bystander.opens == 1);

    QVERIFY(sender.client().send(std::string(1024 * 1024, 'a'))); // exactly the cap: fine
    QTRY_COMPARE(sender.textCount(), 1);
    QVERIFY(sender.client().send(std::string(1024 * 1024 + 1, 'a')));
    QTRY_COMPARE(sender.closes.load(), 1);
    QCOMPARE(sender.closeCode(), 1009);
    QTRY_COMPARE(handler.closes.load(), 1);
    QCOMPARE(handler.allCloses().front().code, CloseCode::TooBig);

    QVERIFY(echoes(bystander, "still here"));
    QCOMPARE(bystander.closes.load(), 0);
}

void TestWebSocket::binaryFrameIsRefusedWith1003()
{
    RecordingHandler handler;
    auto server = startServer(handler);
    RawPeer peer;
    QCOMPARE(peer.connect(server->port()).message(), RawPeer::ErrorCode().message());
    QTRY_COMPARE(handler.opens.load(), 1);

    QVERIFY(!peer.writeBinary("\x01\x02\x03"));
    std::string text;
    QCOMPARE(peer.read(&text), RawPeer::ErrorCode(boost::beast::websocket::error::closed));
    QCOMPARE(peer.closeCode(), 1003);
    QTRY_COMPARE(handler.closes.load(), 1);
    QCOMPARE(handler.allCloses().front().code, CloseCode::Unsupported);
    QCOMPARE(handler.texts.load(), 0);
}

// A hub sends snapshot frames as binary to a desk that said it reads them: that desk gets
// the payload as it was sent, text frames around it in order; a client that did not opt in
// closes with 1003 as the hub would, and takes nothing of the frame.
void TestWebSocket::binaryFrameReachesOnlyAClientThatAcceptsIt()
{
    RecordingHandler handler;
    handler.echo = false;
    auto server = startServer(handler);
    EventLoop loop(1);
    ClientOptions accepting = quickClientOptions();
    accepting.channel.acceptBinary = true;
    TestClient reader(loop, accepting);
    QVERIFY(reader.connect(server->port()));
    QTRY_COMPARE(handler.opens.load(), 1);
    const ConnectionPtr readerConnection = handler.openConnections().front();
    TestClient plain(loop, quickClientOptions());
    QVERIFY(plain.connect(server->port()));
    QTRY_COMPARE(handler.opens.load(), 2);
    ConnectionPtr plainConnection;
    for (const ConnectionPtr &connection : handler.openConnections())
        if (connection != readerConnection)
            plainConnection = connection;
    QVERIFY(plainConnection);

    const std::string payload = "{\"type\":\"snapshot\",\"text\":\"za\xc5\xbc\xc3\xb3\xc5\x82\xc4\x87\"}";
    QVERIFY(readerConnection->send(std::string("first")));
    QVERIFY(readerConnection->sendBinary(makeSharedText(payload)));
    QVERIFY(readerConnection->send(std::string("last")));
    QTRY_COMPARE(reader.textCount(), 3);
    QCOMPARE(reader.texts(), (std::vector<std::string>{"first", payload, "last"}));
    QVERIFY(reader.client().isOpen());

    QVERIFY(plainConnection->sendBinary(makeSharedText(payload)));
    QTRY_COMPARE(plain.closes.load(), 1);
    QCOMPARE(plain.closeCode(), 1003);
    QCOMPARE(plain.textCount(), 0);
}

void TestWebSocket::slowReaderIsDroppedWith4008()
{
    RecordingHandler handler;
    ServerOptions options = quickOptions();
    options.channel.maxQueuedBytes = 256 * 1024;
    auto server = startServer(handler, options);

    RawPeer slow; // never reads until told to
    QVERIFY(!slow.connect(server->port()));
    QTRY_COMPARE(handler.opens.load(), 1);
    const ConnectionPtr slowConnection = handler.openConnections().front();

    EventLoop loop(1);
    TestClient fast(loop, quickClientOptions());
    QVERIFY(fast.connect(server->port()));
    QTRY_COMPARE(fast.opens.load(), 1);

    // Push until the bound trips: the kernel buffers fill first, then the queue.
    const std::string payload(64 * 1024, 'p');
    int accepted = 0;
    while (accepted < 100000 && slowConnection->send(payload))
        ++accepted;
    QVERIFY2(accepted < 100000, "the send queue never filled");
    QVERIFY(!slowConnection->isOpen());
    QVERIFY(!slowConnection->send("after the end"));
    QVERIFY(slowConnection->queuedBytes() <= options.channel.maxQueuedBytes);

    // The others are not held up by the slow one.
    QVERIFY(echoes(fast, "fast one"));

    // When the slow reader finally reads, it gets what was written and then the close.
    std::string text;
    RawPeer::ErrorCode ec;
    int received = 0;
    while (!(ec = slow.read(&text)))
        ++received;
    QCOMPARE(ec, RawPeer::ErrorCode(boost::beast::websocket::error::closed));
    QCOMPARE(slow.closeCode(), 4008);
    QVERIFY(received > 0 && received <= accepted);
    QTRY_VERIFY(handler.closeOf(slowConnection->id()).has_value());
    QCOMPARE(handler.closeOf(slowConnection->id())->code, CloseCode::TooSlow);
    QCOMPARE(fast.closes.load(), 0);
}

void TestWebSocket::silentPeerIsDetected()
{
    RecordingHandler handler;
    ServerOptions options = quickOptions();
    options.channel.idleTimeout = Ms{300};
    auto server = startServer(handler, options);

    EventLoop loop(1);
    ClientOptions clientOptions = quickClientOptions();
    clientOptions.channel.idleTimeout = Ms{300};
    TestClient live(loop, clientOptions); // answers pings, so must survive
    QVERIFY(live.connect(server->port()));
    QTRY_COMPARE(live.opens.load(), 1);

    RawPeer silent; // completes the upgrade, then never reads or answers a ping
    QVERIFY(!silent.connect(server->port()));
    QElapsedTimer sinceOpen;
    sinceOpen.start();
    QTRY_COMPARE(handler.opens.load(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(handler.closes.load(), 1, 3000);
    const qint64 detectedAfter = sinceOpen.elapsed();
    QVERIFY2(detectedAfter >= 250 && detectedAfter < 2000,
             qPrintable(QString("detected after %1 ms").arg(detectedAfter)));
    QCOMPARE(handler.allCloses().front().code, CloseCode::Abnormal);

    QVERIFY(echoes(live, "alive after the silent one left"));
    QCOMPARE(live.closes.load(), 0);
}

void TestWebSocket::clientDetectsSilentServer()
{
    RawPeer silentHub;
    const std::uint16_t port = silentHub.listen();
    EventLoop loop(1);
    ClientOptions options = quickClientOptions();
    options.channel.idleTimeout = Ms{300};
    TestClient client(loop, options);
    QVERIFY(client.connect(port));
    QVERIFY(!silentHub.acceptOne());
    QElapsedTimer sinceOpen;
    sinceOpen.start();
    QTRY_COMPARE(client.opens.load(), 1);

    QTRY_COMPARE_WITH_TIMEOUT(client.closes.load(), 1, 3000);
    const qint64 detectedAfter = sinceOpen.elapsed();
    QVERIFY2(detectedAfter >= 250 && detectedAfter < 2000,
             qPrintable(QString("detected after %1 ms").arg(detectedAfter)));
    QCOMPARE(client.closeCode(), 1006);
    QVERIFY(!client.client().isOpen());
}

void TestWebSocket::sharedFrameReachesEveryConnection()
{
    RecordingHandler handler;
    handler.echo = false;
    auto server = startServer(handler);
    EventLoop loop(1);
    std::vector<std::unique_ptr<TestClient>> clients;
    for (int c = 0; c < 3; ++c) {
        clients.push_back(std::make_unique<TestClient>(loop, quickClientOptions()));
        QVERIFY(clients.back()->connect(server->port()));
    }
    QTRY_COMPARE(handler.opens.load(), 3);

    const SharedText change = makeSharedText(R"({"type":"change","seq":42})");
    for (const ConnectionPtr &connection : handler.openConnections())
        QVERIFY(connection->send(change));
    for (auto &client : clients) {
        QTRY_COMPARE(client->textCount(), 1);
        QCOMPARE(client->texts().front(), *change);
    }
}

void TestWebSocket::stopClosesEveryoneWith1001()
{
    RecordingHandler handler;
    auto server = startServer(handler);
    const std::uint16_t port = server->port();
    EventLoop loop(1);
    std::vector<std::unique_ptr<TestClient>> clients;
    for (int c = 0; c < 3; ++c) {
        clients.push_back(std::make_unique<TestClient>(loop, quickClientOptions()));
        QVERIFY(clients.back()->connect(port));
    }
    QTRY_COMPARE(handler.opens.load(), 3);

    QElapsedTimer timer;
    timer.start();
    server->stop();
    QVERIFY2(timer.elapsed() < 1500, qPrintable(QString("stop took %1 ms").arg(timer.elapsed())));
    // stop() returns only after every onClose.
    QCOMPARE(handler.closes.load(), 3);
    for (const CloseReason &reason : handler.allCloses())
        QCOMPARE(reason.code, CloseCode::GoingAway);
    QCOMPARE(server->connectionCount(), std::size_t(0));
    for (auto &client : clients) {
        QTRY_COMPARE(client->closes.load(), 1);
        QCOMPARE(client->closeCode(), 1001);
    }

    server->stop(); // idempotent
    TestClient late(loop, quickClientOptions());
    QVERIFY(late.connect(port));
    QTRY_COMPARE(late.errors.load(), 1);
    QCOMPARE(late.opens.load(), 0);
}

void TestWebSocket::wrongPathIsRefused()
{
    RecordingHandler handler;
    auto server = startServer(handler);

    RawPeer peer;
    int status = 0;
    QCOMPARE(peer.connect(server->port(), "/elsewhere", &status),
             RawPeer::ErrorCode(boost::beast::websocket::error::upgrade_declined));
    QCOMPARE(status, 404);

    EventLoop loop(1);
    ClientOptions options = quickClientOptions();
    options.path = "/nope";
    TestClient client(loop, options);
    QVERIFY(client.connect(server->port()));
    QTRY_COMPARE(client.errors.load(), 1);
    QVERIFY(client.error().find("handshake") != std::string::npos);
    QCOMPARE(client.opens.load(), 0);
    QCOMPARE(handler.opens.load(), 0);
    QTRY_COMPARE(server->connectionCount(), std::size_t(0));

    // A query string does not change the path.
    RawPeer withQuery;
    QVERIFY(!withQuery.connect(server->port(), "/sync?desk=1"));
    QTRY_COMPARE(handler.opens.load(), 1);
}

void TestWebSocket::clientReconnectsAfterClose()
{
    RecordingHandler handler;
    auto server = startServer(handler);
    EventLoop loop(1);
    TestClient client(loop, quickClientOptions());

    QVERIFY(client.connect(server->port()));
    QVERIFY(!client.connect(server->port())); // one connection at a time
    QTRY_COMPARE(client.opens.load(), 1);
    QVERIFY(echoes(client, "first"));
    client.client().close(CloseCode::Normal, "logout");
    QTRY_COMPARE(client.closes.load(), 1);
    QCOMPARE(client.closeCode(), 1000);
    QVERIFY(!client.client().send("while closed"));
    QTRY_COMPARE(handler.closes.load(), 1);
    QCOMPARE(handler.allCloses().front().reason, std::string("logout"));

    QVERIFY(client.connect(server->port()));
    QTRY_COMPARE(client.opens.load(), 2);
    QVERIFY(echoes(client, "second"));
    QCOMPARE(handler.opens.load(), 2);
}

QTEST_GUILESS_MAIN(TestWebSocket)
#include "tst_websocket.moc"
