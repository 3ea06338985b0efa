#pragma once
// One way to reach a customer: an e-mail address, a phone number or a social handle.

#include "Channel.h"
#include "Id.h"

#include <optional>
#include <string>
#include <string_view>

namespace concord::domain {

enum class IdentityKind { Email, Phone, Social };

std::string_view toKey(IdentityKind kind);
std::optional<IdentityKind> identityKindFromKey(std::string_view key);

struct Identity {
    Id id;
    Id customerId;
    IdentityKind kind = IdentityKind::Email;
    SocialNetwork network = SocialNetwork::None; // only for IdentityKind::Social
    std::string value;                           // address, E.164 number or handle
    bool primary = false;

    bool operator==(const Identity&) const = default;
};

} // namespace concord::domain
