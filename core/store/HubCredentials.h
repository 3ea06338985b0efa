#pragma once
// The hub's login data: one password hash per agent (an Argon2id string made by
// hub::PasswordHasher; this class never sees a password) with its disabled flag and failed
// attempts, and the sessions, kept only as hashes of their tokens. Over a HubStore's
// connection; single-statement writes, so no sequence is taken (none of this is synced).
// HubStore::credentials() is one; another made here must be destroyed before its store.

#include "domain/Id.h"
#include "domain/Result.h"
#include "domain/Time.h"

#include <memory>
#include <optional>
#include <string>

namespace concord::store {

class HubStore;

struct Credential {
    domain::Id agentId;
    std::string passwordHash;
    bool disabled = false;
    int failedAttempts = 0; // since the last successful login
    std::optional<domain::Timestamp> lastFailure;
};

struct SessionRecord {
    std::string tokenHash; // raw hash bytes
    domain::Id agentId;
    domain::Timestamp created{};
    domain::Timestamp expires{};
    bool revoked = false;
};

class HubCredentials {
public:
    explicit HubCredentials(HubStore& store);
    ~HubCredentials();
    HubCredentials(const HubCredentials&) = delete;
    HubCredentials& operator=(const HubCredentials&) = delete;

    domain::Result<Credential> credential(const domain::Id& agentId); // NotFound
    // Sets or replaces the hash; clears failed attempts; keeps the disabled flag.
    domain::VoidResult setPassword(const domain::Id& agentId, const std::string& passwordHash);
    domain::VoidResult setDisabled(const domain::Id& agentId, bool disabled); // NotFound
    domain::VoidResult recordFailure(const domain::Id& agentId, domain::Timestamp at);
    domain::VoidResult clearFailures(const domain::Id& agentId);

    domain::VoidResult addSession(const SessionRecord& session);
    domain::Result<SessionRecord> session(const std::string& tokenHash); // NotFound
    domain::VoidResult revokeSession(const std::string& tokenHash);      // NotFound
    domain::Result<int> revokeSessionsOf(const domain::Id& agentId);

private:
    struct Statements;
    std::unique_ptr<Statements> m_stmts;
};

} // namespace concord::store
