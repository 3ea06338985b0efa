#include "HubCommands.h"

#include "demo/DemoGenerator.h"
#include "hub/AgentAccounts.h"
#include "hub/DemoAccounts.h"
#include "hub/HubDemoSink.h"
#include "store/HubStore.h"

#include <chrono>
#include <ostream>

namespace concord::hubapp {
namespace {

constexpr int kFailed = 1;

std::unique_ptr<store::HubStore> openStore(const std::string& path, store::OpenMode mode,
                                           std::ostream& err)
{
    auto store = store::HubStore::open(path, mode);
    if (!store) {
        err << "concord-hub: cannot open the hub store " << path << ": "
            << store.error().detail << "\n";
        return nullptr;
    }
    return std::move(store).value();
}

// Twice, so a typing mistake does not lock the agent out.
std::optional<std::string> newPassword(const PasswordPrompt& prompt, std::ostream& err)
{
    const auto first = prompt("New password: ");
    if (!first || first->empty()) {
        err << "concord-hub: no password given; nothing was changed.\n";
        return std::nullopt;
    }
    const auto again = prompt("Repeat the password: ");
    if (!again || *again != *first) {
        err << "concord-hub: the passwords differ; nothing was changed.\n";
        return std::nullopt;
    }
    return first;
}

} // namespace

int runSeedDemo(const SeedDemoCommand& command, std::ostream& out, std::ostream& err)
{
    auto store = openStore(command.db, store::OpenMode::CreateOrMigrate, err);
    if (!store)
        return kFailed;
    if (auto latest = store->latestSeq(); latest && *latest > 0) {
        err << "concord-hub: " << command.db
            << " already holds data; seed-demo fills a new store only.\n";
        return kFailed;
    }
    demo::DemoOptions options;
    options.targetMessages = command.messages;
    if (command.seed)
        options.seed = *command.seed;
    options.now = std::chrono::time_point_cast<std::chrono::milliseconds>(
        std::chrono::system_clock::now());
    auto seeded = hub::seedDemo(*store, options);
    if (!seeded) {
        err << "concord-hub: seeding failed: " << seeded.error().detail << "\n";
        return kFailed;
    }
    if (auto given = hub::giveDemoPasswords(*store); !given) {
        err << "concord-hub: cannot set the demo passwords: " << given.error().detail << "\n";
        return kFailed;
    }
    hub::AgentAccounts accounts(*store);
    auto agents = accounts.list();
    if (!agents) {
        err << "concord-hub: cannot list the demo agents: " << agents.error().detail << "\n";
        return kFailed;
    }
    const auto& stats = seeded->stats;
    out << "Seeded " << command.db << ": " << stats.customers << " customers, "
        << stats.conversations << " conversations, " << stats.messages << " messages.\n"
        << "Demo accounts (password \"" << hub::kDemoPassword << "\"):\n";
    for (const auto& info : *agents)
        out << "  " << info.agent.login << "  " << info.agent.displayName << "  "
            << domain::toKey(info.agent.role) << "\n";
    return 0;
}

int runAgentAdd(const AgentAddCommand& command, const PasswordPrompt& prompt, std::ostream& out,
                std::ostream& err)
{
    auto store = openStore(command.db, store::OpenMode::ExistingOnly, err);
    if (!store)
        return kFailed;
    hub::NewAccount account{command.login, command.displayName,
                            command.supervisor ? domain::Role::Supervisor : domain::Role::Agent,
                            {}, {}};
    auto teams = store->teams();
    if (!teams) {
        err << "concord-hub: cannot read the teams: " << teams.error().detail << "\n";
        return kFailed;
    }
    for (const std::string& name : command.teams) {
        const auto found = std::find_if(teams->begin(), teams->end(),
                                        [&](const domain::Team& t) { return t.name == name; });
        if (found == teams->end()) {
            err << "concord-hub: there is no team \"" << name << "\"; nothing was changed.\n";
            return kFailed;
        }
        account.teamIds.push_back(found->id);
    }
    const auto password = newPassword(prompt, err);
    if (!password)
        return kFailed;
    account.password = *password;
    auto added = hub::AgentAccounts(*store).add(account);
    if (!added) {
        err << "concord-hub: cannot add " << command.login << ": " << added.error().detail
            << "\n";
        return kFailed;
    }
    out << "Added " << added->login << " (" << added->displayName << ").\n";
    return 0;
}

int runAgentLogin(const AgentLoginCommand& command, const PasswordPrompt& prompt,
                  std::ostream& out, std::ostream& err)
{
    auto store = openStore(command.db, store::OpenMode::ExistingOnly, err);
    if (!store)
        return kFailed;
    hub::AgentAccounts accounts(*store);
    if (command.action == AgentLoginCommand::Action::Disable) {
        if (auto done = accounts.disable(command.login); !done) {
            err << "concord-hub: cannot disable " << command.login << ": "
                << done.error().detail << "\n";
            return kFailed;
        }
        out << "Disabled " << command.login << "; their sessions are revoked.\n";
        return 0;
    }
    const auto password = newPassword(prompt, err);
    if (!password)
        return kFailed;
    if (auto done = accounts.passwd(command.login, *password); !done) {
        err << "concord-hub: cannot change the password of " << command.login << ": "
            << done.error().detail << "\n";
        return kFailed;
    }
    out << "Changed the password of " << command.login << ".\n";
    return 0;
}

int runAgentList(const AgentListCommand& command, std::ostream& out, std::ostream& err)
{
    auto store = openStore(command.db, store::OpenMode::ExistingOnly, err);
    if (!store)
        return kFailed;
    auto agents = hub::AgentAccounts(*store).list();
    if (!agents) {
        err << "concord-hub: cannot list the agents: " << agents.error().detail << "\n";
        return kFailed;
    }
    for (const auto& info : *agents) {
        out << info.agent.login << "\t" << info.agent.displayName << "\t"
            << domain::toKey(info.agent.role);
        if (info.disabled)
            out << "\tdisabled";
        else if (!info.hasPassword)
            out << "\tno password";
        if (info.failedAttempts > 0)
            out << "\t" << info.failedAttempts << " failed logins";
        out << "\n";
    }
    return 0;
}

} // namespace concord::hubapp
