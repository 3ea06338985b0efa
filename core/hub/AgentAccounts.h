#pragma once
// Agent accounts of the hub (the `agent add|passwd|list|disable` commands and login): the
// agent record, synced to desks like any other, and its credential, which never leaves the
// hub. Wrong passwords are counted per account; an unknown login costs as much time as a
// wrong password, so timing does not tell which logins exist.

#include "domain/Agent.h"
#include "domain/Result.h"
#include "domain/Time.h"

#include <string>
#include <vector>

namespace concord::store {
class HubCredentials;
class HubStore;
} // namespace concord::store

namespace concord::hub {

struct NewAccount {
    std::string login;
    std::string displayName;
    domain::Role role = domain::Role::Agent;
    std::vector<domain::Id> teamIds;
    std::string password;
};

struct AccountInfo {
    domain::Agent agent;
    bool hasPassword = false;
    bool disabled = false;
    int failedAttempts = 0;
};

enum class LoginStatus { Ok, BadCredentials, Disabled, Failed };

struct LoginResult {
    LoginStatus status = LoginStatus::Failed;
    domain::Agent agent; // for Ok (and Disabled)
    std::string detail;  // for logs: why Failed
};

class AgentAccounts {
public:
    explicit AgentAccounts(store::HubStore& store); // uses store.credentials()

    // InvalidArgument: empty login or password, or the login is taken. NotFound: a team.
    domain::Result<domain::Agent> add(const NewAccount& account);
    domain::VoidResult passwd(const std::string& login, const std::string& password);
    // Refuses future logins and revokes the agent's sessions.
    domain::VoidResult disable(const std::string& login);
    domain::VoidResult enable(const std::string& login);
    domain::Result<std::vector<AccountInfo>> list();

    // Ok only for the right password of an enabled account. A wrong password is counted
    // (failed attempts, last failure) and is BadCredentials, as is an unknown login; the right
    // password of a disabled account is Disabled. Resets the count on success.
    LoginResult authenticate(const std::string& login, const std::string& password,
                             domain::Timestamp now);

private:
    store::HubStore& m_store;
    store::HubCredentials& m_credentials;
};

} // namespace concord::hub
