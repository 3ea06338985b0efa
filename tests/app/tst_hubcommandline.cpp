// concord-hub's command line: every command an operator types is understood, and every
// mistake is refused with a sentence that says what to fix, before anything is touched.

#include "HubCommandLine.h"

#include <QProcess>
#include <QTest>

using namespace concord::hubapp;

namespace {

std::vector<std::string> words(const QString& line)
{
    std::vector<std::string> out;
    for (const QString& word : QProcess::splitCommand(line))
        out.push_back(word.toStdString());
    return out;
}

template <typename T>
T expect(const HubCommand& command)
{
    if (const auto* error = std::get_if<UsageError>(&command))
        qWarning("refused: %s", error->message.c_str());
    const auto* value = std::get_if<T>(&command);
    return value ? *value : T{};
}

} // namespace

class TstHubCommandLine : public QObject {
    Q_OBJECT
private slots:
    void serveOnLoopbackByDefault();
    void serveWithTls();
    void remoteWithoutTlsIsRefusedUnlessForced();
    void seedDemo();
    void agentCommands();
    void helpAndVersion();
    void mistakesAreExplained_data();
    void mistakesAreExplained();
    void listenAddresses_data();
    void listenAddresses();
};

void TstHubCommandLine::serveOnLoopbackByDefault()
{
    const auto command = parseHubCommandLine(words("serve --db /tmp/hub.db"));
    QVERIFY(std::holds_alternative<ServeCommand>(command));
    const auto serve = expect<ServeCommand>(command);
    QCOMPARE(serve.db, std::string("/tmp/hub.db"));
    QCOMPARE(serve.listen.host, std::string("127.0.0.1"));
    QCOMPARE(serve.listen.port, ListenAddress::kDefaultPort);
    QVERIFY(serve.tlsCert.empty());
}

void TstHubCommandLine::serveWithTls()
{
    const auto serve = expect<ServeCommand>(parseHubCommandLine(
        words("serve --db hub.db --listen 0.0.0.0:443 --tls-cert c.pem --tls-key k.pem")));
    QCOMPARE(serve.listen.host, std::string("0.0.0.0"));
    QCOMPARE(int(serve.listen.port), 443);
    QCOMPARE(serve.tlsCert, std::string("c.pem"));
    QCOMPARE(serve.tlsKey, std::string("k.pem"));
}

void TstHubCommandLine::remoteWithoutTlsIsRefusedUnlessForced()
{
    const auto refused = parseHubCommandLine(words("serve --db hub.db --listen 10.0.0.5:7420"));
    QVERIFY(std::holds_alternative<UsageError>(refused));
    QVERIFY(std::get<UsageError>(refused).message.find("TLS") != std::string::npos);
    const auto forced = expect<ServeCommand>(parseHubCommandLine(
        words("serve --db hub.db --listen 10.0.0.5:7420 --insecure-remote")));
    QVERIFY(forced.insecureRemote);
    QCOMPARE(forced.listen.host, std::string("10.0.0.5"));
}

void TstHubCommandLine::seedDemo()
{
    const auto seed = expect<SeedDemoCommand>(
        parseHubCommandLine(words("seed-demo --db hub.db --messages 1000000 --seed 7")));
    QCOMPARE(seed.db, std::string("hub.db"));
    QCOMPARE(seed.messages, std::int64_t(1'000'000));
    QCOMPARE(seed.seed.value_or(0), std::uint64_t(7));
    QVERIFY(!expect<SeedDemoCommand>(parseHubCommandLine(words("seed-demo --db h"))).seed);
}

void TstHubCommandLine::agentCommands()
{
    const auto add = expect<AgentAddCommand>(parseHubCommandLine(
        words("agent add --db hub.db ewa.nowak --name \"Ewa Nowak\" --role supervisor "
              "--team \"First line\" --team Billing")));
    QCOMPARE(add.login, std::string("ewa.nowak"));
    QCOMPARE(add.displayName, std::string("Ewa Nowak"));
    QVERIFY(add.supervisor);
    QCOMPARE(add.teams, (std::vector<std::string>{"First line", "Billing"}));

    const auto passwd = expect<AgentLoginCommand>(
        parseHubCommandLine(words("agent passwd --db hub.db ewa.nowak")));
    QCOMPARE(int(passwd.action), int(AgentLoginCommand::Action::Passwd));
    QCOMPARE(passwd.login, std::string("ewa.nowak"));
    const auto disable = expect<AgentLoginCommand>(
        parseHubCommandLine(words("agent disable ewa.nowak --db hub.db")));
    QCOMPARE(int(disable.action), int(AgentLoginCommand::Action::Disable));
    QCOMPARE(expect<AgentListCommand>(parseHubCommandLine(words("agent list --db x.db"))).db,
             std::string("x.db"));
}

void TstHubCommandLine::helpAndVersion()
{
    QVERIFY(std::holds_alternative<ShowHelp>(parseHubCommandLine(words("--help"))));
    QVERIFY(std::holds_alternative<ShowVersion>(parseHubCommandLine(words("--version"))));
    for (const char* command : {"serve", "seed-demo", "agent add", "agent list"})
        QVERIFY(hubUsage().find(command) != std::string::npos);
}

void TstHubCommandLine::mistakesAreExplained_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("nothing") << "" << "command";
    QTest::newRow("unknown command") << "start" << "start";
    QTest::newRow("serve without db") << "serve" << "--db";
    QTest::newRow("db without value") << "serve --db" << "--db";
    QTest::newRow("unknown option") << "serve --db h --port 1" << "--port";
    QTest::newRow("bad listen") << "serve --db h --listen localhost" << "ADDRESS:PORT";
    QTest::newRow("port too big") << "serve --db h --listen 127.0.0.1:70000" << "70000";
    QTest::newRow("cert without key") << "serve --db h --tls-cert c.pem" << "--tls-key";
    QTest::newRow("stray word") << "serve --db h extra" << "extra";
    QTest::newRow("messages not a number") << "seed-demo --db h --messages many" << "many";
    QTest::newRow("messages zero") << "seed-demo --db h --messages 0" << "--messages";
    QTest::newRow("agent without action") << "agent" << "add";
    QTest::newRow("unknown agent action") << "agent remove --db h x" << "remove";
    QTest::newRow("add without name") << "agent add --db h ewa" << "--name";
    QTest::newRow("add without login") << "agent add --db h --name Ewa" << "LOGIN";
    QTest::newRow("two logins") << "agent passwd --db h a b" << "LOGIN";
    QTest::newRow("bad role") << "agent add --db h ewa --name Ewa --role boss" << "boss";
}

void TstHubCommandLine::mistakesAreExplained()
{
    QFETCH(QString, line);
    QFETCH(QString, mentions);
    const auto command = parseHubCommandLine(words(line));
    QVERIFY2(std::holds_alternative<UsageError>(command), qPrintable(line));
    const std::string message = std::get<UsageError>(command).message;
    QVERIFY2(message.find(mentions.toStdString()) != std::string::npos, message.c_str());
}

void TstHubCommandLine::listenAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("v4 loopback") << "127.0.0.1:7420" << true << true;
    QTest::newRow("any port") << "127.0.0.1:0" << true << true;
    QTest::newRow("localhost") << "localhost:80" << true << true;
    QTest::newRow("v6 loopback") << "[::1]:7420" << true << true;
    QTest::newRow("all interfaces") << "0.0.0.0:7420" << true << false;
    QTest::newRow("v6 any") << "[::]:7420" << true << false;
    QTest::newRow("no port") << "127.0.0.1" << false << false;
    QTest::newRow("bare v6") << "::1:7420" << false << false;
    QTest::newRow("empty host") << ":7420" << false << false;
    QTest::newRow("bad port") << "host:x" << false << false;
}

void TstHubCommandLine::listenAddresses()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(bool, loopback);
    const auto address = parseListenAddress(text.toStdString());
    QCOMPARE(address.has_value(), valid);
    if (address)
        QCOMPARE(address->isLoopback(), loopback);
}

QTEST_GUILESS_MAIN(TstHubCommandLine)
#include "tst_hubcommandline.moc"
