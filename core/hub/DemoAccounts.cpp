#include "DemoAccounts.h"

#include "AgentAccounts.h"

namespace concord::hub {

domain::Result<std::vector<std::string>> giveDemoPasswords(store::HubStore& store)
{
    AgentAccounts accounts(store);
    auto agents = accounts.list();
    if (!agents)
        return agents.error();
    std::vector<std::string> logins;
    for (const auto& info : *agents) {
        if (auto set = accounts.passwd(info.agent.login, kDemoPassword); !set)
            return set.error();
        logins.push_back(info.agent.login);
    }
    return logins;
}

} // namespace concord::hub
