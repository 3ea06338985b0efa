#pragma once
// Maps what SQLite (and JSON parsing) throws inside the store to the domain's error codes,
// so nothing throws across the store's door.

#include "domain/Result.h"

#include <exception>
#include <string_view>

namespace concord::store {

domain::ErrorCode errorCodeForSqlite(int sqliteCode);

// The error for an exception caught in the store; `what` names the operation, for logs.
domain::Error errorFromException(const std::exception& exception, std::string_view what);

// Runs `body` and turns any exception into an Error. `body` returns a domain::Result.
template <typename Body>
auto guarded(std::string_view what, Body&& body) -> decltype(body())
{
    try {
        return body();
    } catch (const std::exception& exception) {
        return errorFromException(exception, what);
    }
}

} // namespace concord::store
