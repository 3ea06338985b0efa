// Logins at the hub: Argon2id password hashes, session tokens kept only as hashes (valid,
// unknown, expired, revoked), and agent accounts that count wrong passwords and refuse a
// disabled agent.

#include "hub/AgentAccounts.h"
#include "hub/PasswordHasher.h"
#include "hub/TokenService.h"
#include "store/HubCredentials.h"
#include "store/HubStore.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QTest>

using namespace concord;
using namespace concord::hub;
using domain::ErrorCode;

Q_DECLARE_METATYPE(concord::hub::LoginStatus)
Q_DECLARE_METATYPE(concord::hub::TokenStatus)

namespace {

const domain::Timestamp kNow = domain::fromEpochMs(1'790'000'000'000);

} // namespace

class TestHubAuth : public QObject {
    Q_OBJECT

private slots:
    void init();
    void passwordHashesVerifyOnlyTheirPassword();
    void tokensAreStoredOnlyAsHashes();
    void tokenChecks();
    void accountsAddListAndRefuseADuplicate();
    void authenticateCountsFailures();
    void disabledAgentIsRefused();
    void passwdReplacesThePassword();

private:
    std::unique_ptr<store::HubStore> m_store;
    store::HubCredentials* m_credentials = nullptr;
    domain::Team m_team{domain::newUuid(), "Reklamacje"};
};

void TestHubAuth::init()
{
    auto opened = store::HubStore::openInMemory();
    QVERIFY(opened.ok());
    m_store = std::move(opened).value();
    m_credentials = &m_store->credentials();
    QVERIFY(m_store->upsertTeam(m_team).ok());
}

void TestHubAuth::passwordHashesVerifyOnlyTheirPassword()
{
    auto hash = PasswordHasher::hash("zażółć gęślą jaźń");
    QVERIFY(hash.ok());
    QVERIFY(hash->rfind("$argon2id$", 0) == 0);
    QVERIFY(PasswordHasher::verify(*hash, "zażółć gęślą jaźń"));
    QVERIFY(!PasswordHasher::verify(*hash, "zazolc gesla jazn"));
    QVERIFY(!PasswordHasher::verify(*hash, ""));
    QVERIFY(!PasswordHasher::verify("not a hash", "zażółć gęślą jaźń"));
    // Salted: the same password never gives the same string twice.
    QVERIFY(PasswordHasher::hash("zażółć gęślą jaźń").value() != *hash);
}

void TestHubAuth::tokensAreStoredOnlyAsHashes()
{
    const domain::Agent anna{domain::newUuid(), "anna", "Anna", domain::Role::Agent, {}};
    QVERIFY(m_store->upsertAgent(anna).ok());
    TokenService tokens(*m_credentials);
    auto issued = tokens.issue(anna.id, kNow);
    QVERIFY(issued.ok());
    QCOMPARE(issued->token.size(), std::size_t(43)); // 32 bytes, base64url without padding
    for (char c : issued->token)
        QVERIFY(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_');
    QVERIFY(tokens.issue(anna.id, kNow)->token != issued->token);

    SQLite::Statement rows(m_store->database().sql(), "SELECT token_hash FROM sessions");
    int count = 0;
    while (rows.executeStep()) {
        ++count;
        const auto column = rows.getColumn(0);
        const std::string stored(static_cast<const char*>(column.getBlob()),
                                 static_cast<std::size_t>(column.getBytes()));
        QCOMPARE(stored.size(), std::size_t(32));
        QVERIFY(stored.find(issued->token) == std::string::npos);
    }
    QCOMPARE(count, 2);
}

void TestHubAuth::tokenChecks()
{
    const domain::Agent anna{domain::newUuid(), "anna", "Anna", domain::Role::Agent, {}};
    QVERIFY(m_store->upsertAgent(anna).ok());
    TokenService tokens(*m_credentials);
    auto issued = tokens.issue(anna.id, kNow);
    QVERIFY(issued.ok());
    QCOMPARE(issued->expiresAt, kNow + std::chrono::hours(24 * 30));

    auto valid = tokens.verify(issued->token, kNow + std::chrono::hours(24 * 29));
    QVERIFY(valid.ok());
    QCOMPARE(valid->status, TokenStatus::Valid);
    QCOMPARE(valid->agentId, anna.id);

    QCOMPARE(tokens.verify(issued->token, issued->expiresAt)->status, TokenStatus::Expired);
    QCOMPARE(tokens.verify("bm90IGEgdG9rZW4", kNow)->status, TokenStatus::Unknown);
    QCOMPARE(tokens.verify("", kNow)->status, TokenStatus::Unknown);

    QVERIFY(tokens.revoke(issued->token).ok());
    QCOMPARE(tokens.verify(issued->token, kNow)->status, TokenStatus::Revoked);
    QCOMPARE(tokens.revoke("bm90IGEgdG9rZW4").error().code, ErrorCode::NotFound);
}

void TestHubAuth::accountsAddListAndRefuseADuplicate()
{
    AgentAccounts accounts(*m_store);
    const std::int64_t before = m_store->latestSeq().value();
    auto anna = accounts.add({"anna", "Anna Kowalska", domain::Role::Agent, {m_team.id}, "tajne"});
    QVERIFY2(anna.ok(), anna.ok() ? "" : anna.error().detail.c_str());
    QVERIFY(domain::isUuid(anna->id));
    QCOMPARE(m_store->latestSeq().value(), before + 1); // the agent record syncs to desks
    QCOMPARE(m_store->agentByLogin("anna")->teamIds, std::vector<domain::Id>{m_team.id});

    auto again = accounts.add({"anna", "Druga Anna", domain::Role::Agent, {}, "inne"});
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::InvalidArgument);
    auto noTeam = accounts.add({"ola", "Ola", domain::Role::Agent, {domain::newUuid()}, "x"});
    QVERIFY(!noTeam.ok());
    QVERIFY(!m_store->agentByLogin("ola").ok()); // nothing half-written
    QVERIFY(!accounts.add({"piotr", "Piotr", domain::Role::Agent, {}, ""}).ok());

    QVERIFY(accounts.add({"marek", "Marek", domain::Role::Supervisor, {}, "szef"}).ok());
    auto list = accounts.list();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), std::size_t(2));
    for (const AccountInfo& info : *list) {
        QVERIFY(info.hasPassword);
        QVERIFY(!info.disabled);
    }
}

void TestHubAuth::authenticateCountsFailures()
{
    AgentAccounts accounts(*m_store);
    auto anna = accounts.add({"anna", "Anna", domain::Role::Agent, {m_team.id}, "tajne"});
    QVERIFY(anna.ok());

    auto good = accounts.authenticate("anna", "tajne", kNow);
    QCOMPARE(good.status, LoginStatus::Ok);
    QCOMPARE(good.agent.id, anna->id);
    QCOMPARE(good.agent.teamIds, std::vector<domain::Id>{m_team.id});

    QCOMPARE(accounts.authenticate("anna", "Tajne", kNow).status, LoginStatus::BadCredentials);
    QCOMPARE(accounts.authenticate("anna", "", kNow).status, LoginStatus::BadCredentials);
    auto credential = m_credentials->credential(anna->id);
    QCOMPARE(credential->failedAttempts, 2);
    QCOMPARE(credential->lastFailure, std::optional<domain::Timestamp>(kNow));

    QCOMPARE(accounts.authenticate("nikt", "tajne", kNow).status, LoginStatus::BadCredentials);
    QCOMPARE(accounts.authenticate("anna", "tajne", kNow).status, LoginStatus::Ok);
    QCOMPARE(m_credentials->credential(anna->id)->failedAttempts, 0);
}

void TestHubAuth::disabledAgentIsRefused()
{
    AgentAccounts accounts(*m_store);
    auto anna = accounts.add({"anna", "Anna", domain::Role::Agent, {m_team.id}, "tajne"});
    QVERIFY(anna.ok());
    TokenService tokens(*m_credentials);
    auto issued = tokens.issue(anna->id, kNow);
    QVERIFY(issued.ok());

    QVERIFY(accounts.disable("anna").ok());
    QCOMPARE(accounts.authenticate("anna", "tajne", kNow).status, LoginStatus::Disabled);
    // A wrong password says nothing about the account being disabled.
    QCOMPARE(accounts.authenticate("anna", "zgaduję", kNow).status, LoginStatus::BadCredentials);
    QCOMPARE(tokens.verify(issued->token, kNow)->status, TokenStatus::Revoked);
    QVERIFY(accounts.list()->front().disabled);

    QVERIFY(accounts.enable("anna").ok());
    QCOMPARE(accounts.authenticate("anna", "tajne", kNow).status, LoginStatus::Ok);
    QCOMPARE(accounts.disable("nikt").error().code, ErrorCode::NotFound);
}

void TestHubAuth::passwdReplacesThePassword()
{
    AgentAccounts accounts(*m_store);
    QVERIFY(accounts.add({"anna", "Anna", domain::Role::Agent, {}, "stare"}).ok());
    QVERIFY(accounts.passwd("anna", "nowe").ok());
    QCOMPARE(accounts.authenticate("anna", "stare", kNow).status, LoginStatus::BadCredentials);
    QCOMPARE(accounts.authenticate("anna", "nowe", kNow).status, LoginStatus::Ok);
    QCOMPARE(accounts.passwd("nikt", "x").error().code, ErrorCode::NotFound);
    QVERIFY(!accounts.passwd("anna", "").ok());
}

QTEST_GUILESS_MAIN(TestHubAuth)
#include "tst_hubauth.moc"
