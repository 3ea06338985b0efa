#pragma once
// Session tokens: 32 random bytes shown once as base64url; the hub keeps only their BLAKE2b
// hash, with an expiry (30 days) and a revoked flag (store::HubCredentials).

#include "domain/Id.h"
#include "domain/Result.h"
#include "domain/Time.h"

#include <chrono>
#include <string>

namespace concord::store {
class HubCredentials;
}

namespace concord::hub {

struct IssuedToken {
    std::string token; // base64url, no padding; give it to the desk once
    domain::Timestamp expiresAt{};
};

enum class TokenStatus { Valid, Unknown, Expired, Revoked };

struct TokenCheck {
    TokenStatus status = TokenStatus::Unknown;
    domain::Id agentId;            // set unless Unknown
    domain::Timestamp expiresAt{}; // set unless Unknown
};

class TokenService {
public:
    static constexpr std::chrono::hours kLifetime{24 * 30};

    explicit TokenService(store::HubCredentials& credentials);

    domain::Result<IssuedToken> issue(const domain::Id& agentId, domain::Timestamp now);
    // Unknown also for text that is not a token. Errors only for storage failures.
    domain::Result<TokenCheck> verify(const std::string& token, domain::Timestamp now);
    domain::VoidResult revoke(const std::string& token); // NotFound for an unknown token

    // The stored form of a token: its BLAKE2b hash (32 raw bytes).
    static std::string hashOf(const std::string& token);

private:
    store::HubCredentials& m_credentials;
};

} // namespace concord::hub
