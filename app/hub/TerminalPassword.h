#pragma once
// Reads a password for the account commands: from a terminal without echo, otherwise one line
// of standard input (so scripts can pipe it in). The one place concord-hub asks the terminal
// for anything, and so the one place with code per operating system.

#include <optional>
#include <string>

namespace concord::hubapp {

// None when standard input has ended.
std::optional<std::string> readPassword(const std::string& prompt);

} // namespace concord::hubapp
