#pragma once
// Password hashing for agent logins: Argon2id strings through libsodium's crypto_pwhash_str
// with the interactive limits. Verification is deliberately slow (it recomputes the hash);
// there is no fast path, so guessing costs the guesser.

#include "domain/Result.h"

#include <string>
#include <string_view>

namespace concord::hub {

class PasswordHasher {
public:
    // libsodium is initialised once, on the first use, from any thread.
    static domain::Result<std::string> hash(std::string_view password);
    // False for a wrong password and for a string that is not a hash.
    static bool verify(const std::string& hash, std::string_view password);
    // Makes sure libsodium is ready; false when it cannot start.
    static bool initialise();
};

} // namespace concord::hub
