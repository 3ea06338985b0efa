#include "CustomerProfile.h"

namespace concord::demo {

const domain::Identity* CustomerProfile::identity(domain::IdentityKind kind) const
{
    const domain::Identity* found = nullptr;
    for (const auto& id : customer.identities) {
        if (id.kind != kind)
            continue;
        if (id.primary)
            return &id;
        if (!found)
            found = &id;
    }
    return found;
}

const domain::Identity* CustomerProfile::social(domain::SocialNetwork network) const
{
    for (const auto& id : customer.identities)
        if (id.kind == domain::IdentityKind::Social && id.network == network)
            return &id;
    return nullptr;
}

std::string_view CustomerProfile::email() const
{
    const auto* id = identity(domain::IdentityKind::Email);
    return id ? std::string_view(id->value) : std::string_view("adres z konta");
}

} // namespace concord::demo
