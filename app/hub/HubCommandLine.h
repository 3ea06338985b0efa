#pragma once
// concord-hub's command line: which command to run and with what, or why the line is wrong.
// Parsing only; running the commands is HubCommands' job.
//
//   concord-hub serve --db PATH [--listen ADDR:PORT] [--tls-cert F --tls-key F]
//                     [--insecure-remote]
//   concord-hub seed-demo --db PATH [--messages N] [--seed S]
//   concord-hub agent add --db PATH LOGIN --name "DISPLAY NAME" [--role agent|supervisor]
//                         [--team NAME]...
//   concord-hub agent passwd|disable --db PATH LOGIN
//   concord-hub agent list --db PATH
//   concord-hub --help | --version

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace concord::hubapp {

struct ListenAddress {
    static constexpr std::uint16_t kDefaultPort = 7420;
    std::string host = "127.0.0.1";
    std::uint16_t port = kDefaultPort;
    // Loopback needs no TLS; anything else does, unless forced (--insecure-remote).
    bool isLoopback() const;
};

struct ServeCommand {
    std::string db;
    ListenAddress listen;
    std::string tlsCert;
    std::string tlsKey;
    bool insecureRemote = false;
};

struct SeedDemoCommand {
    std::string db;
    std::int64_t messages = 40'000;
    std::optional<std::uint64_t> seed;
};

struct AgentAddCommand {
    std::string db;
    std::string login;
    std::string displayName;
    bool supervisor = false;
    std::vector<std::string> teams; // team names, as the demo and `agent list` show them
};

struct AgentLoginCommand { // passwd, disable
    enum class Action { Passwd, Disable };
    Action action = Action::Passwd;
    std::string db;
    std::string login;
};

struct AgentListCommand {
    std::string db;
};

struct ShowHelp {};
struct ShowVersion {};

// A refused line: what is wrong, in one sentence for the terminal.
struct UsageError {
    std::string message;
};

using HubCommand = std::variant<ServeCommand, SeedDemoCommand, AgentAddCommand,
                                AgentLoginCommand, AgentListCommand, ShowHelp, ShowVersion,
                                UsageError>;

// `arguments` without the program name.
HubCommand parseHubCommandLine(const std::vector<std::string>& arguments);
std::optional<ListenAddress> parseListenAddress(const std::string& text);
std::string hubUsage(); // the --help text

} // namespace concord::hubapp
