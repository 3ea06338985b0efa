#include "SqlError.h"

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include <string>

namespace concord::store {

domain::ErrorCode errorCodeForSqlite(int sqliteCode)
{
    switch (sqliteCode & 0xFF) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return domain::ErrorCode::NotADatabase;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_READONLY:
        return domain::ErrorCode::CannotOpen;
    default:
        return domain::ErrorCode::StorageFailure;
    }
}

domain::Error errorFromException(const std::exception& exception, std::string_view what)
{
    std::string detail(what);
    detail += ": ";
    detail += exception.what();
    if (const auto* sql = dynamic_cast<const SQLite::Exception*>(&exception)) {
        const int code = sql->getErrorCode();
        if (code == SQLITE_CONSTRAINT)
            return {domain::ErrorCode::InvalidArgument, std::move(detail)};
        return {errorCodeForSqlite(code), std::move(detail)};
    }
    return {domain::ErrorCode::StorageFailure, std::move(detail)};
}

} // namespace concord::store
