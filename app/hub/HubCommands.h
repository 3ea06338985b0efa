#pragma once
// What concord-hub's commands do, apart from `serve`: fill a store with the demo and manage
// agent accounts. Each returns the process exit code and writes what the operator should
// read to `out` (results) or `err` (what went wrong, and that nothing was changed).

#include "HubCommandLine.h"

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>

namespace concord::hubapp {

// Asks for a password (without echo on a terminal); none when input has ended.
using PasswordPrompt = std::function<std::optional<std::string>(const std::string& prompt)>;

int runSeedDemo(const SeedDemoCommand& command, std::ostream& out, std::ostream& err);
int runAgentAdd(const AgentAddCommand& command, const PasswordPrompt& prompt, std::ostream& out,
                std::ostream& err);
int runAgentLogin(const AgentLoginCommand& command, const PasswordPrompt& prompt,
                  std::ostream& out, std::ostream& err);
int runAgentList(const AgentListCommand& command, std::ostream& out, std::ostream& err);

} // namespace concord::hubapp
