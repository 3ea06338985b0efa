// What an agent may type as the hub's address, and what the desk makes of it.

#include "shell/HubAddress.h"

#include <QTest>

using concord::ui::HubAddress;

class TstHubAddress : public QObject {
    Q_OBJECT
private slots:
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
    void roundTrips();
};

void TstHubAddress::accepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    const int fallback = HubAddress::kDefaultPort;
    QTest::newRow("name and port") << "hub.example.com:9000" << "hub.example.com" << 9000;
    QTest::newRow("name alone") << "hub.example.com" << "hub.example.com" << fallback;
    QTest::newRow("loopback") << "127.0.0.1:7420" << "127.0.0.1" << 7420;
    QTest::newRow("spaces around") << "  hub:81 " << "hub" << 81;
    QTest::newRow("bracketed v6 with port") << "[::1]:7421" << "::1" << 7421;
    QTest::newRow("bracketed v6 alone") << "[fe80::1]" << "fe80::1" << fallback;
    QTest::newRow("highest port") << "hub:65535" << "hub" << 65535;
}

void TstHubAddress::accepts()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    const auto address = HubAddress::parse(text);
    QVERIFY2(address, qPrintable(text));
    QCOMPARE(address->host, host);
    QCOMPARE(int(address->port), port);
}

void TstHubAddress::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("blank") << "   ";
    QTest::newRow("port only") << ":7420";
    QTest::newRow("colon, no port") << "hub:";
    QTest::newRow("port zero") << "hub:0";
    QTest::newRow("port too big") << "hub:65536";
    QTest::newRow("port not a number") << "hub:http";
    QTest::newRow("signed port") << "hub:+80";
    QTest::newRow("space inside") << "my hub:80";
    QTest::newRow("a URL") << "wss://hub:80";
    QTest::newRow("bare v6 with port") << "::1:7420";
    QTest::newRow("unclosed bracket") << "[::1:7420";
    QTest::newRow("junk after bracket") << "[::1]x";
    QTest::newRow("user part") << "anna@hub";
}

void TstHubAddress::refuses()
{
    QFETCH(QString, text);
    QVERIFY2(!HubAddress::parse(text), qPrintable(text));
}

void TstHubAddress::roundTrips()
{
    for (const QString& text : {QStringLiteral("hub:81"), QStringLiteral("[::1]:7420")}) {
        const auto address = HubAddress::parse(text);
        QVERIFY(address);
        QCOMPARE(address->toString(), text);
        QCOMPARE(HubAddress::parse(address->toString()), address);
    }
}

QTEST_GUILESS_MAIN(TstHubAddress)
#include "tst_hubaddress.moc"
