#pragma once
// The codes of protocol errors: what `error` frames and refused mutations carry on the wire.

#include <optional>
#include <string_view>

namespace concord::sync {

enum class ErrorCode {
    Malformed,           // not JSON, not an object, wrong or missing fields
    UnknownType,         // a `type` this protocol does not have
    Unauthenticated,     // anything but hello/login/resume before a session
    UnsupportedProtocol, // hello with another version
    BadCredentials,
    AccountDisabled,
    SessionExpired,
    Forbidden,           // outside the sender's scope or role
    NotFound,
    RateLimited,
    AlreadyClaimed,      // mutation refusals from here on
    StalePrecondition,
    Invalid,
    DuplicateId
};

// Stable wire keys ("malformed", "unknown_type", ...); never shown to users.
std::string_view toKey(ErrorCode code);
std::optional<ErrorCode> errorCodeFromKey(std::string_view key);

} // namespace concord::sync
