#include "AgentAccounts.h"

#include "PasswordHasher.h"
#include "store/HubCredentials.h"
#include "store/HubStore.h"

namespace concord::hub {
using domain::Done;
using domain::Error;
using domain::ErrorCode;
using domain::Result;
using domain::VoidResult;

namespace {

// Verified against when the login is unknown, so that answer takes as long as a wrong one.
const std::string& decoyHash()
{
    static const std::string hash = [] {
        auto made = PasswordHasher::hash("concord decoy password");
        return made ? made.value() : std::string();
    }();
    return hash;
}

} // namespace

AgentAccounts::AgentAccounts(store::HubStore& store)
    : m_store(store), m_credentials(store.credentials())
{
}

Result<domain::Agent> AgentAccounts::add(const NewAccount& account)
{
    if (account.login.empty() || account.password.empty())
        return Error{ErrorCode::InvalidArgument, "a login and a password are required"};
    if (auto existing = m_store.agentByLogin(account.login); existing)
        return Error{ErrorCode::InvalidArgument, "the login " + account.login + " is taken"};
    auto hash = PasswordHasher::hash(account.password); // slow: before the write lock
    if (!hash)
        return hash.error();
    domain::Agent agent{domain::newUuid(), account.login,
                        account.displayName.empty() ? account.login : account.displayName,
                        account.role, account.teamIds};
    if (auto began = m_store.begin(); !began)
        return began.error();
    auto upserted = m_store.upsertAgent(agent);
    VoidResult stored = upserted ? m_credentials.setPassword(agent.id, hash.value())
                                 : VoidResult(upserted.error());
    if (!stored) {
        m_store.rollback();
        return stored.error();
    }
    if (auto committed = m_store.commit(); !committed)
        return committed.error();
    return agent;
}

VoidResult AgentAccounts::passwd(const std::string& login, const std::string& password)
{
    if (password.empty())
        return Error{ErrorCode::InvalidArgument, "a password is required"};
    auto agent = m_store.agentByLogin(login);
    if (!agent)
        return agent.error();
    auto hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.error();
    return m_credentials.setPassword(agent->id, hash.value());
}

VoidResult AgentAccounts::disable(const std::string& login)
{
    auto agent = m_store.agentByLogin(login);
    if (!agent)
        return agent.error();
    if (auto disabled = m_credentials.setDisabled(agent->id, true); !disabled)
        return disabled;
    if (auto revoked = m_credentials.revokeSessionsOf(agent->id); !revoked)
        return revoked.error();
    return Done{};
}

VoidResult AgentAccounts::enable(const std::string& login)
{
    auto agent = m_store.agentByLogin(login);
    if (!agent)
        return agent.error();
    return m_credentials.setDisabled(agent->id, false);
}

Result<std::vector<AccountInfo>> AgentAccounts::list()
{
    auto agents = m_store.agents();
    if (!agents)
        return agents.error();
    std::vector<AccountInfo> accounts;
    for (domain::Agent& agent : agents.value()) {
        AccountInfo info;
        auto credential = m_credentials.credential(agent.id);
        if (credential) {
            info.hasPassword = true;
            info.disabled = credential->disabled;
            info.failedAttempts = credential->failedAttempts;
        } else if (credential.error().code != ErrorCode::NotFound) {
            return credential.error();
        }
        info.agent = std::move(agent);
        accounts.push_back(std::move(info));
    }
    return accounts;
}

LoginResult AgentAccounts::authenticate(const std::string& login, const std::string& password,
                                        domain::Timestamp now)
{
    auto agent = m_store.agentByLogin(login);
    if (!agent) {
        PasswordHasher::verify(decoyHash(), password);
        if (agent.error().code == ErrorCode::NotFound)
            return {LoginStatus::BadCredentials, {}, {}};
        return {LoginStatus::Failed, {}, agent.error().detail};
    }
    auto credential = m_credentials.credential(agent->id);
    if (!credential) {
        PasswordHasher::verify(decoyHash(), password);
        if (credential.error().code == ErrorCode::NotFound)
            return {LoginStatus::BadCredentials, {}, {}}; // an agent without a password
        return {LoginStatus::Failed, {}, credential.error().detail};
    }
    if (!PasswordHasher::verify(credential->passwordHash, password)) {
        if (auto recorded = m_credentials.recordFailure(agent->id, now); !recorded)
            return {LoginStatus::Failed, {}, recorded.error().detail};
        return {LoginStatus::BadCredentials, {}, {}};
    }
    if (credential->disabled)
        return {LoginStatus::Disabled, agent.value(), {}};
    if (credential->failedAttempts > 0)
        m_credentials.clearFailures(agent->id); // best effort: the login itself succeeded
    return {LoginStatus::Ok, agent.value(), {}};
}

} // namespace concord::hub
