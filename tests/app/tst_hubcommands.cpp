// concord-hub's seeding and account commands as an operator runs them: what they print, what
// they change, and that a mistake changes nothing.

#include "HubCommands.h"
#include "hub/DemoAccounts.h"
#include "hub/AgentAccounts.h"
#include "store/HubStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <deque>
#include <sstream>

using namespace concord;
using namespace concord::hubapp;

namespace {

// Answers the password prompts in order, as a pipe would.
PasswordPrompt answers(std::deque<std::string> lines)
{
    auto queue = std::make_shared<std::deque<std::string>>(std::move(lines));
    return [queue](const std::string&) -> std::optional<std::string> {
        if (queue->empty())
            return std::nullopt;
        std::string line = queue->front();
        queue->pop_front();
        return line;
    };
}

hub::LoginStatus login(const std::string& db, const std::string& who, const std::string& pass)
{
    auto store = store::HubStore::open(db, store::OpenMode::ExistingOnly);
    if (!store)
        return hub::LoginStatus::Failed;
    return hub::AgentAccounts(**store).authenticate(who, pass, domain::fromEpochMs(0)).status;
}

} // namespace

class TstHubCommands : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void seedDemoCreatesAccountsThatCanSignIn();
    void seedDemoRefusesAStoreWithData();
    void addedAgentSignsInWithTheirPassword();
    void mistakesChangeNothing();
    void passwdAndDisable();
    void missingStoreIsNotCreatedByAccountCommands();

private:
    QTemporaryDir m_dir;
    std::string m_db;
    std::string m_teamName;
};

void TstHubCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath("hub.db").toStdString();
    std::ostringstream out, err;
    QCOMPARE(runSeedDemo({m_db, 3000, 7}, out, err), 0);
    QVERIFY2(err.str().empty(), err.str().c_str());
    auto store = store::HubStore::open(m_db, store::OpenMode::ExistingOnly);
    QVERIFY(store.ok());
    m_teamName = (*store)->teams().value().front().name;
}

void TstHubCommands::seedDemoCreatesAccountsThatCanSignIn()
{
    QCOMPARE(login(m_db, "anna.kowalska", hub::kDemoPassword), hub::LoginStatus::Ok);
    QCOMPARE(login(m_db, "marek.zielinski", hub::kDemoPassword), hub::LoginStatus::Ok);
    QCOMPARE(login(m_db, "anna.kowalska", "wrong"), hub::LoginStatus::BadCredentials);
}

void TstHubCommands::seedDemoRefusesAStoreWithData()
{
    std::ostringstream out, err;
    QCOMPARE(runSeedDemo({m_db, 3000, 8}, out, err), 1);
    QVERIFY(err.str().find("already holds data") != std::string::npos);
}

void TstHubCommands::addedAgentSignsInWithTheirPassword()
{
    std::ostringstream out, err;
    const AgentAddCommand add{m_db, "ewa.nowak", "Ewa Nowak", false, {m_teamName}};
    QCOMPARE(runAgentAdd(add, answers({"s3cret!", "s3cret!"}), out, err), 0);
    QVERIFY(out.str().find("ewa.nowak") != std::string::npos);
    QCOMPARE(login(m_db, "ewa.nowak", "s3cret!"), hub::LoginStatus::Ok);
    std::ostringstream listed, listErr;
    QCOMPARE(runAgentList({m_db}, listed, listErr), 0);
    QVERIFY(listed.str().find("ewa.nowak\tEwa Nowak\tagent") != std::string::npos);
}

void TstHubCommands::mistakesChangeNothing()
{
    std::ostringstream out, err;
    const AgentAddCommand typo{m_db, "jan.typo", "Jan", false, {}};
    QCOMPARE(runAgentAdd(typo, answers({"one", "two"}), out, err), 1);
    QVERIFY(err.str().find("differ") != std::string::npos);
    const AgentAddCommand noTeam{m_db, "jan.team", "Jan", false, {"No such team"}};
    QCOMPARE(runAgentAdd(noTeam, answers({"x", "x"}), out, err), 1);
    QVERIFY(err.str().find("No such team") != std::string::npos);
    const AgentAddCommand ended{m_db, "jan.eof", "Jan", false, {}};
    QCOMPARE(runAgentAdd(ended, answers({}), out, err), 1);
    std::ostringstream listed;
    QCOMPARE(runAgentList({m_db}, listed, err), 0);
    QVERIFY(listed.str().find("jan.") == std::string::npos);
}

void TstHubCommands::passwdAndDisable()
{
    std::ostringstream out, err;
    const AgentAddCommand add{m_db, "olga.lis", "Olga Lis", true, {}};
    QCOMPARE(runAgentAdd(add, answers({"first", "first"}), out, err), 0);
    const AgentLoginCommand passwd{AgentLoginCommand::Action::Passwd, m_db, "olga.lis"};
    QCOMPARE(runAgentLogin(passwd, answers({"second", "second"}), out, err), 0);
    QCOMPARE(login(m_db, "olga.lis", "first"), hub::LoginStatus::BadCredentials);
    QCOMPARE(login(m_db, "olga.lis", "second"), hub::LoginStatus::Ok);
    const AgentLoginCommand disable{AgentLoginCommand::Action::Disable, m_db, "olga.lis"};
    QCOMPARE(runAgentLogin(disable, answers({}), out, err), 0);
    QCOMPARE(login(m_db, "olga.lis", "second"), hub::LoginStatus::Disabled);
    std::ostringstream listed;
    QCOMPARE(runAgentList({m_db}, listed, err), 0);
    QVERIFY(listed.str().find("olga.lis\tOlga Lis\tsupervisor\tdisabled") != std::string::npos);
}

void TstHubCommands::missingStoreIsNotCreatedByAccountCommands()
{
    const std::string missing = m_dir.filePath("nowhere.db").toStdString();
    std::ostringstream out, err;
    QCOMPARE(runAgentList({missing}, out, err), 1);
    QVERIFY(err.str().find("cannot open") != std::string::npos);
    QVERIFY(!QFile::exists(QString::fromStdString(missing)));
}

QTEST_GUILESS_MAIN(TstHubCommands)
#include "tst_hubcommands.moc"
