#pragma once
// What a desk holds, reduced to what the integration tests compare: the customers and
// conversations of a scope and every message, read from the hub's store (the snapshot the hub
// would send for that scope) or from a desk's cache (what its inbox shows). Two contents are
// equal when the desk holds exactly the hub's scope, each message once.

#include "store/HubChanges.h"

#include <cstddef>
#include <filesystem>
#include <map>
#include <set>
#include <string>

namespace concord::store {
class Database;
class HubStore;
} // namespace concord::store

namespace concord::test {

struct ScopeContent {
    std::set<domain::Id> customers;
    std::set<domain::Id> conversations;
    std::set<domain::Id> messages;
    // Messages counted one by one (the hub's snapshot records, the desk inbox's per-thread
    // counts): a message held twice makes this differ from messages.size().
    std::size_t messageCount = 0;

    bool operator==(const ScopeContent&) const = default;
};

ScopeContent hubContent(store::HubStore& hub, const store::HubScope& scope);
// Empty when the cache cannot be opened.
ScopeContent deskContent(const std::filesystem::path& cache);

// Body -> how many messages carry it, for the bodies starting with `prefix` (hub store or desk
// cache: the message table is the same).
std::map<std::string, int> bodiesStartingWith(store::Database& db, const std::string& prefix);
std::map<std::string, int> deskBodiesStartingWith(const std::filesystem::path& cache,
                                                  const std::string& prefix);

bool deskHasMessage(const std::filesystem::path& cache, const domain::Id& conversation,
                    const domain::Id& message);

} // namespace concord::test
