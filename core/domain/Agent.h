#pragma once
// People who work the inbox, and the teams work is routed to.

#include "Id.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace concord::domain {

enum class Role { Agent, Supervisor };

std::string_view toKey(Role role);
std::optional<Role> roleFromKey(std::string_view key);

struct Team {
    Id id;
    std::string name;

    bool operator==(const Team&) const = default;
};

struct Agent {
    Id id;
    std::string login;
    std::string displayName;
    Role role = Role::Agent;
    std::vector<Id> teamIds;

    bool operator==(const Agent&) const = default;
};

} // namespace concord::domain
