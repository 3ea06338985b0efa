#include "TokenService.h"

#include "PasswordHasher.h"
#include "store/HubCredentials.h"

#include <sodium.h>

#include <array>

namespace concord::hub {
using domain::Error;
using domain::ErrorCode;
using domain::Result;

namespace {

constexpr std::size_t kTokenBytes = 32;

} // namespace

TokenService::TokenService(store::HubCredentials& credentials) : m_credentials(credentials) {}

std::string TokenService::hashOf(const std::string& token)
{
    PasswordHasher::initialise();
    std::array<unsigned char, crypto_generichash_BYTES> hash{};
    crypto_generichash(hash.data(), hash.size(),
                       reinterpret_cast<const unsigned char*>(token.data()), token.size(),
                       nullptr, 0);
    return std::string(reinterpret_cast<const char*>(hash.data()), hash.size());
}

Result<IssuedToken> TokenService::issue(const domain::Id& agentId, domain::Timestamp now)
{
    if (!PasswordHasher::initialise())
        return Error{ErrorCode::StorageFailure, "libsodium cannot start"};
    std::array<unsigned char, kTokenBytes> random{};
    randombytes_buf(random.data(), random.size());
    std::array<char, sodium_base64_ENCODED_LEN(kTokenBytes,
                                               sodium_base64_VARIANT_URLSAFE_NO_PADDING)>
        text{};
    sodium_bin2base64(text.data(), text.size(), random.data(), random.size(),
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    IssuedToken issued{std::string(text.data()), now + kLifetime};
    store::SessionRecord session{hashOf(issued.token), agentId, now, issued.expiresAt, false};
    if (auto added = m_credentials.addSession(session); !added)
        return added.error();
    return issued;
}

Result<TokenCheck> TokenService::verify(const std::string& token, domain::Timestamp now)
{
    auto session = m_credentials.session(hashOf(token));
    if (!session) {
        if (session.error().code == ErrorCode::NotFound)
            return TokenCheck{};
        return session.error();
    }
    TokenCheck check{TokenStatus::Valid, session->agentId, session->expires};
    if (session->revoked)
        check.status = TokenStatus::Revoked;
    else if (now >= session->expires)
        check.status = TokenStatus::Expired;
    return check;
}

domain::VoidResult TokenService::revoke(const std::string& token)
{
    return m_credentials.revokeSession(hashOf(token));
}

} // namespace concord::hub
