// wss:// on loopback: a desk that trusts the hub's certificate talks to it as over plain
// WebSocket; one that does not trust it, or does not speak TLS, never gets a connection.

#include "RecordingHandler.h"
#include "TestClient.h"

#include "net/EventLoop.h"
#include "net/Server.h"

#include <QtTest>

#include <memory>

using namespace concord::net;
using Ms = std::chrono::milliseconds;

namespace {

const std::string TlsDir = CONCORD_TEST_TLS_DIR;

ServerOptions tlsServerOptions()
{
    ServerOptions options;
    options.threads = 2;
    options.channel.handshakeTimeout = Ms{2000};
    options.tls.certificateChainFile = TlsDir + "/hub-cert.pem";
    options.tls.privateKeyFile = TlsDir + "/hub-key.pem";
    return options;
}

ClientOptions tlsClientOptions(const std::string &trusted)
{
    ClientOptions options;
    options.connectTimeout = Ms{2000};
    options.channel.handshakeTimeout = Ms{2000};
    options.tls.enabled = true;
    options.tls.caFile = TlsDir + "/" + trusted;
    return options;
}

} // namespace

class TestWebSocketTls : public QObject
{
    Q_OBJECT

private slots:
    void trustedHubEchoesAndCloses_data();
    void trustedHubEchoesAndCloses();
    void untrustedCertificateIsRefused();
    void plainClientGetsNoConnection();
    void missingCertificateFailsListen();
};

void TestWebSocketTls::trustedHubEchoesAndCloses_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("address") << "127.0.0.1";
    QTest::newRow("name") << "localhost";
}

void TestWebSocketTls::trustedHubEchoesAndCloses()
{
    QFETCH(QString, host);
    RecordingHandler handler;
    Server server(handler, tlsServerOptions());
    std::string error;
    QVERIFY2(server.listen("127.0.0.1", 0, &error), error.c_str());
    QVERIFY(server.usesTls());

    EventLoop loop(1);
    TestClient client(loop, tlsClientOptions("hub-cert.pem"));
    QVERIFY(client.client().connect(host.toStdString(), server.port()));
    QTRY_COMPARE(client.opens.load(), 1);
    QCOMPARE(client.errors.load(), 0);

    const std::string big(512 * 1024, 'b');
    for (const std::string &text : {std::string("hello over tls"), big})
        QVERIFY(client.client().send(text));
    QTRY_COMPARE(client.textCount(), 2);
    QCOMPARE(client.texts().front(), std::string("hello over tls"));
    QVERIFY(client.texts().back() == big);

    server.stop();
    QCOMPARE(handler.closes.load(), 1);
    QCOMPARE(handler.allCloses().front().code, CloseCode::GoingAway);
    QTRY_COMPARE(client.closes.load(), 1);
    QCOMPARE(client.closeCode(), 1001);
}

void TestWebSocketTls::untrustedCertificateIsRefused()
{
    RecordingHandler handler;
    Server server(handler, tlsServerOptions());
    QVERIFY(server.listen("127.0.0.1", 0));

    EventLoop loop(1);
    TestClient client(loop, tlsClientOptions("other-cert.pem"));
    QVERIFY(client.connect(server.port()));
    QTRY_COMPARE(client.errors.load(), 1);
    QVERIFY2(client.error().find("tls handshake") != std::string::npos, client.error().c_str());
    QCOMPARE(client.opens.load(), 0);
    QCOMPARE(handler.opens.load(), 0);
    QTRY_COMPARE(server.connectionCount(), std::size_t(0));
}

void TestWebSocketTls::plainClientGetsNoConnection()
{
    RecordingHandler handler;
    Server server(handler, tlsServerOptions());
    QVERIFY(server.listen("127.0.0.1", 0));

    EventLoop loop(1);
    ClientOptions options;
    options.channel.handshakeTimeout = Ms{2000};
    TestClient client(loop, options);
    QVERIFY(client.connect(server.port()));
    QTRY_COMPARE(client.errors.load(), 1);
    QCOMPARE(client.opens.load(), 0);
    QCOMPARE(handler.opens.load(), 0);
}

void TestWebSocketTls::missingCertificateFailsListen()
{
    RecordingHandler handler;
    ServerOptions options = tlsServerOptions();
    options.tls.privateKeyFile = TlsDir + "/no-such-key.pem";
    Server server(handler, options);
    std::string error;
    QVERIFY(!server.listen("127.0.0.1", 0, &error));
    QVERIFY2(error.find("no-such-key.pem") != std::string::npos, error.c_str());
    QCOMPARE(server.port(), std::uint16_t(0));

    EventLoop loop(1);
    ClientOptions clientOptions = tlsClientOptions("no-such-ca.pem");
    TestClient client(loop, clientOptions);
    QVERIFY(client.connect(1));
    QTRY_COMPARE(client.errors.load(), 1);
    QVERIFY2(client.error().find("no-such-ca.pem") != std::string::npos,
             client.error().c_str());
}

QTEST_GUILESS_MAIN(TestWebSocketTls)
#include "tst_websockettls.moc"
