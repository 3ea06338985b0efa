#pragma once
// A person we serve, with every identity they have contacted us from.

#include "Id.h"
#include "Identity.h"
#include "Time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace concord::domain {

// How templates address the customer ("Pani Anno", "Panie Marku", "Dear Ms Smith").
enum class Honorific { Unknown, Ms, Mr };

std::string_view toKey(Honorific honorific);
std::optional<Honorific> honorificFromKey(std::string_view key);

struct Customer {
    Id id;
    std::string displayName;
    std::string firstName;
    std::string lastName;
    Honorific honorific = Honorific::Unknown;
    std::string preferredLanguage = "pl"; // BCP 47 primary tag
    std::vector<Identity> identities;
    std::string notes;
    Timestamp created{};
    std::int64_t revision = 0;

    bool operator==(const Customer&) const = default;
};

} // namespace concord::domain
