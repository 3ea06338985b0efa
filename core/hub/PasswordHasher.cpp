#include "PasswordHasher.h"

#include <sodium.h>

namespace concord::hub {

bool PasswordHasher::initialise()
{
    // sodium_init() is idempotent and thread-safe; a static keeps it to one call.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

domain::Result<std::string> PasswordHasher::hash(std::string_view password)
{
    if (!initialise())
        return domain::Error{domain::ErrorCode::StorageFailure, "libsodium cannot start"};
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, password.data(), password.size(),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return domain::Error{domain::ErrorCode::StorageFailure,
                             "out of memory while hashing a password"};
    return std::string(out);
}

bool PasswordHasher::verify(const std::string& hash, std::string_view password)
{
    if (!initialise())
        return false;
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

} // namespace concord::hub
