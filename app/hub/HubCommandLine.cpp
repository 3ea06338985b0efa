#include "HubCommandLine.h"

#include <charconv>
#include <map>

namespace concord::hubapp {
namespace {

// Options of one command: "--name value" pairs, "--flag"s and positional words.
struct ParsedOptions {
    std::multimap<std::string, std::string> values;
    std::vector<std::string> flags;
    std::vector<std::string> positional;
    std::string error;

    std::optional<std::string> value(const std::string& name) const
    {
        const auto found = values.find(name);
        if (found == values.end())
            return std::nullopt;
        return found->second;
    }
    bool has(const std::string& flag) const
    {
        for (const auto& f : flags)
            if (f == flag)
                return true;
        return false;
    }
};

ParsedOptions parseOptions(const std::vector<std::string>& args, std::size_t from,
                           const std::vector<std::string>& valueOptions,
                           const std::vector<std::string>& flagOptions)
{
    ParsedOptions parsed;
    auto isOneOf = [](const std::string& arg, const std::vector<std::string>& names) {
        for (const auto& name : names)
            if (arg == name)
                return true;
        return false;
    };
    for (std::size_t i = from; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (isOneOf(arg, valueOptions)) {
            if (i + 1 >= args.size() || args[i + 1].empty()) {
                parsed.error = arg + " needs a value.";
                return parsed;
            }
            parsed.values.emplace(arg, args[++i]);
        } else if (isOneOf(arg, flagOptions)) {
            parsed.flags.push_back(arg);
        } else if (arg.rfind("--", 0) == 0) {
            parsed.error = "Unknown option " + arg + ".";
            return parsed;
        } else {
            parsed.positional.push_back(arg);
        }
    }
    return parsed;
}

template <typename Number>
std::optional<Number> parseNumber(const std::string& text)
{
    Number value{};
    const auto* end = text.data() + text.size();
    const auto [last, error] = std::from_chars(text.data(), end, value);
    if (error != std::errc() || last != end)
        return std::nullopt;
    return value;
}

UsageError missing(const std::string& what, const std::string& command)
{
    return {command + " needs " + what + "."};
}

HubCommand parseServe(const std::vector<std::string>& args)
{
    const auto options = parseOptions(args, 1, {"--db", "--listen", "--tls-cert", "--tls-key"},
                                      {"--insecure-remote"});
    if (!options.error.empty())
        return UsageError{options.error};
    if (!options.positional.empty())
        return UsageError{"Unexpected argument " + options.positional.front() + "."};
    ServeCommand serve;
    serve.db = options.value("--db").value_or("");
    if (serve.db.empty())
        return missing("--db PATH", "serve");
    if (const auto listen = options.value("--listen")) {
        const auto address = parseListenAddress(*listen);
        if (!address)
            return UsageError{"--listen takes ADDRESS:PORT, e.g. 127.0.0.1:7420, not " + *listen
                              + "."};
        serve.listen = *address;
    }
    serve.tlsCert = options.value("--tls-cert").value_or("");
    serve.tlsKey = options.value("--tls-key").value_or("");
    if (serve.tlsCert.empty() != serve.tlsKey.empty())
        return UsageError{"--tls-cert and --tls-key go together."};
    serve.insecureRemote = options.has("--insecure-remote");
    const bool tls = !serve.tlsCert.empty();
    if (!tls && !serve.listen.isLoopback() && !serve.insecureRemote)
        return UsageError{"Listening on " + serve.listen.host
                          + " without TLS would send passwords in the clear: give --tls-cert "
                            "and --tls-key, or --insecure-remote to force it."};
    return serve;
}

HubCommand parseSeedDemo(const std::vector<std::string>& args)
{
    const auto options = parseOptions(args, 1, {"--db", "--messages", "--seed"}, {});
    if (!options.error.empty())
        return UsageError{options.error};
    if (!options.positional.empty())
        return UsageError{"Unexpected argument " + options.positional.front() + "."};
    SeedDemoCommand seed;
    seed.db = options.value("--db").value_or("");
    if (seed.db.empty())
        return missing("--db PATH", "seed-demo");
    if (const auto text = options.value("--messages")) {
        const auto messages = parseNumber<std::int64_t>(*text);
        if (!messages || *messages < 1)
            return UsageError{"--messages takes a positive number, not " + *text + "."};
        seed.messages = *messages;
    }
    if (const auto text = options.value("--seed")) {
        const auto value = parseNumber<std::uint64_t>(*text);
        if (!value)
            return UsageError{"--seed takes a number, not " + *text + "."};
        seed.seed = *value;
    }
    return seed;
}

HubCommand parseAgent(const std::vector<std::string>& args)
{
    if (args.size() < 2)
        return UsageError{"agent needs an action: add, passwd, list or disable."};
    const std::string& action = args[1];
    const auto options = parseOptions(args, 2, {"--db", "--name", "--role", "--team"}, {});
    if (!options.error.empty())
        return UsageError{options.error};
    const std::string db = options.value("--db").value_or("");
    if (db.empty())
        return missing("--db PATH", "agent " + action);
    if (action == "list") {
        if (!options.positional.empty())
            return UsageError{"Unexpected argument " + options.positional.front() + "."};
        return AgentListCommand{db};
    }
    if (action != "add" && action != "passwd" && action != "disable")
        return UsageError{"Unknown agent action " + action + ": use add, passwd, list or disable."};
    if (options.positional.size() != 1)
        return missing("exactly one LOGIN", "agent " + action);
    const std::string& login = options.positional.front();
    if (action == "passwd")
        return AgentLoginCommand{AgentLoginCommand::Action::Passwd, db, login};
    if (action == "disable")
        return AgentLoginCommand{AgentLoginCommand::Action::Disable, db, login};

    AgentAddCommand add{db, login, options.value("--name").value_or(""), false, {}};
    if (add.displayName.empty())
        return missing("--name \"DISPLAY NAME\"", "agent add");
    const std::string role = options.value("--role").value_or("agent");
    if (role != "agent" && role != "supervisor")
        return UsageError{"--role is agent or supervisor, not " + role + "."};
    add.supervisor = role == "supervisor";
    for (auto [it, end] = options.values.equal_range("--team"); it != end; ++it)
        add.teams.push_back(it->second);
    return add;
}

} // namespace

bool ListenAddress::isLoopback() const
{
    return host == "127.0.0.1" || host == "::1" || host == "localhost"
           || host.rfind("127.", 0) == 0;
}

std::optional<ListenAddress> parseListenAddress(const std::string& text)
{
    ListenAddress address;
    std::string portText;
    if (!text.empty() && text.front() == '[') { // [::1]:7420
        const auto close = text.find(']');
        if (close == std::string::npos || close + 1 >= text.size() || text[close + 1] != ':')
            return std::nullopt;
        address.host = text.substr(1, close - 1);
        portText = text.substr(close + 2);
    } else {
        const auto colon = text.rfind(':');
        if (colon == std::string::npos || text.find(':') != colon)
            return std::nullopt;
        address.host = text.substr(0, colon);
        portText = text.substr(colon + 1);
    }
    const auto port = parseNumber<std::uint32_t>(portText);
    if (address.host.empty() || !port || *port > 65535) // port 0: any free port
        return std::nullopt;
    address.port = static_cast<std::uint16_t>(*port);
    return address;
}

HubCommand parseHubCommandLine(const std::vector<std::string>& args)
{
    if (args.empty())
        return UsageError{"Give a command: serve, seed-demo or agent (see --help)."};
    const std::string& command = args.front();
    if (command == "--help" || command == "-h" || command == "help")
        return ShowHelp{};
    if (command == "--version")
        return ShowVersion{};
    if (command == "serve")
        return parseServe(args);
    if (command == "seed-demo")
        return parseSeedDemo(args);
    if (command == "agent")
        return parseAgent(args);
    return UsageError{"Unknown command " + command + ": use serve, seed-demo or agent."};
}

std::string hubUsage()
{
    return "concord-hub: the central service Concord desks sync with.\n"
           "\n"
           "  concord-hub serve --db PATH [--listen ADDRESS:PORT]\n"
           "                    [--tls-cert FILE --tls-key FILE] [--insecure-remote]\n"
           "      Serve desks over WebSocket (default 127.0.0.1:7420; port 0 picks a free\n"
           "      one). Anything but loopback needs TLS unless --insecure-remote.\n"
           "  concord-hub seed-demo --db PATH [--messages N] [--seed S]\n"
           "      Fill a new store with the demo contact centre and its demo accounts.\n"
           "  concord-hub agent add --db PATH LOGIN --name \"NAME\" [--role agent|supervisor]\n"
           "                        [--team TEAM]...\n"
           "  concord-hub agent passwd --db PATH LOGIN\n"
           "  concord-hub agent disable --db PATH LOGIN\n"
           "  concord-hub agent list --db PATH\n"
           "      Manage accounts; passwords are read from the terminal without echo, or\n"
           "      as one line from standard input when it is not a terminal.\n"
           "  concord-hub --help | --version\n";
}

} // namespace concord::hubapp
