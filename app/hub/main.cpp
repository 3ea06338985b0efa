// concord-hub: the central service. main() only dispatches the command line.

#include "HubCommandLine.h"
#include "HubCommands.h"
#include "HubServe.h"
#include "TerminalPassword.h"

#include <iostream>
#include <string>
#include <vector>

using namespace concord::hubapp;

namespace {

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};

} // namespace

int main(int argc, char** argv)
{
    const std::vector<std::string> arguments(argv + 1, argv + argc);
    const PasswordPrompt prompt = readPassword;
    return std::visit(
        Overloaded{
            [](const ShowHelp&) {
                std::cout << hubUsage();
                return 0;
            },
            [](const ShowVersion&) {
                std::cout << "concord-hub " CONCORD_VERSION "\n";
                return 0;
            },
            [](const UsageError& error) {
                std::cerr << "concord-hub: " << error.message << "\nTry 'concord-hub --help'.\n";
                return 2;
            },
            [](const ServeCommand& command) { return runServe(command, std::cout, std::cerr); },
            [](const SeedDemoCommand& command) {
                return runSeedDemo(command, std::cout, std::cerr);
            },
            [&](const AgentAddCommand& command) {
                return runAgentAdd(command, prompt, std::cout, std::cerr);
            },
            [&](const AgentLoginCommand& command) {
                return runAgentLogin(command, prompt, std::cout, std::cerr);
            },
            [](const AgentListCommand& command) {
                return runAgentList(command, std::cout, std::cerr);
            },
        },
        parseHubCommandLine(arguments));
}
