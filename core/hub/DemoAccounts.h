#pragma once
// The demo's sign-in: every account a demo seeding made gets one well-known password, so a
// trainer or a developer can open desks as an agent of either team or as the supervisor.
// Used by `concord-hub seed-demo` and by the desk's embedded hub. Never for real accounts.

#include "domain/Result.h"

#include <string>
#include <vector>

namespace concord::store {
class HubStore;
}

namespace concord::hub {

inline constexpr const char* kDemoPassword = "demo";

// Sets kDemoPassword on every account in `store`; returns the logins, as listed.
domain::Result<std::vector<std::string>> giveDemoPasswords(store::HubStore& store);

} // namespace concord::hub
