#pragma once
// Invents customers: realistic Polish (about 85%) or English names, honorific, and several
// identities each (e-mail addresses, mobile numbers, social handles).

#include "CustomerProfile.h"
#include "DemoRandom.h"

#include <string>
#include <string_view>

namespace concord::demo {

class CustomerFactory {
public:
    // `created` is left for the caller, who knows the customer's first contact.
    static CustomerProfile make(DemoRandom& random);

    // Lower-case ASCII for addresses and handles: "Łukasz Wójcik" -> "lukasz wojcik".
    static std::string asciiFold(std::string_view utf8);
};

} // namespace concord::demo
