#pragma once
// Result<T>: a value or an Error, for the layers that must not throw across their doors.
// Core returns codes; the UI words them for the user.

#include <string>
#include <utility>
#include <variant>

namespace concord::domain {

enum class ErrorCode {
    CannotCreateFolder, // the cache's folder could not be made
    CannotOpen,         // the file cannot be opened (permissions, locked, missing)
    NotADatabase,       // the file is not a SQLite database or is damaged
    TooNew,             // made by a newer Concord; refused and left untouched
    MigrationFailed,    // a schema step failed; rolled back
    NotFound,
    InvalidArgument,
    StorageFailure      // any other SQLite failure
};

struct Error {
    ErrorCode code = ErrorCode::StorageFailure;
    std::string detail; // technical detail for logs, not for users
};

template <typename T>
class Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// For operations that return nothing but may fail.
struct Done {};
using VoidResult = Result<Done>;

} // namespace concord::domain
