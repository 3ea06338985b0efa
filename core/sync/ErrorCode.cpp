#include "ErrorCode.h"

#include <array>
#include <utility>

namespace concord::sync {
namespace {

constexpr std::array<std::pair<ErrorCode, std::string_view>, 14> kKeys{{
    {ErrorCode::Malformed, "malformed"},
    {ErrorCode::UnknownType, "unknown_type"},
    {ErrorCode::Unauthenticated, "unauthenticated"},
    {ErrorCode::UnsupportedProtocol, "unsupported_protocol"},
    {ErrorCode::BadCredentials, "bad_credentials"},
    {ErrorCode::AccountDisabled, "account_disabled"},
    {ErrorCode::SessionExpired, "session_expired"},
    {ErrorCode::Forbidden, "forbidden"},
    {ErrorCode::NotFound, "not_found"},
    {ErrorCode::RateLimited, "rate_limited"},
    {ErrorCode::AlreadyClaimed, "already_claimed"},
    {ErrorCode::StalePrecondition, "stale_precondition"},
    {ErrorCode::Invalid, "invalid"},
    {ErrorCode::DuplicateId, "duplicate_id"},
}};

} // namespace

std::string_view toKey(ErrorCode code)
{
    for (const auto& [c, key] : kKeys)
        if (c == code)
            return key;
    return {};
}

std::optional<ErrorCode> errorCodeFromKey(std::string_view key)
{
    for (const auto& [c, k] : kKeys)
        if (k == key)
            return c;
    return std::nullopt;
}

} // namespace concord::sync
