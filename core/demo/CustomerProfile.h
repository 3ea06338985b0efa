#pragma once
// A demo customer plus what the generator needs to write as them: language, gender, how an
// agent addresses them, and which of their identities to use on each channel.

#include "domain/Customer.h"

#include <string>
#include <string_view>

namespace concord::demo {

struct CustomerProfile {
    domain::Customer customer;
    bool english = false;
    bool female = false;
    std::string address; // "Pani Anno", "Panie Marku", "Ms Smith"

    const domain::Identity* identity(domain::IdentityKind kind) const;
    const domain::Identity* social(domain::SocialNetwork network) const;
    bool has(domain::IdentityKind kind) const { return identity(kind) != nullptr; }
    // The e-mail address to quote in text ("{e}"); a placeholder when the customer has none.
    std::string_view email() const;
};

} // namespace concord::demo
