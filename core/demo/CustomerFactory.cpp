#include "CustomerFactory.h"

#include "DemoVocabulary.h"
#include "PhraseRenderer.h"

#include <array>
#include <utility>

namespace concord::demo {
namespace {

using domain::Identity;
using domain::IdentityKind;
using domain::SocialNetwork;

// The non-ASCII letters the demo's names use, folded to ASCII.
constexpr std::pair<std::string_view, char> kFolds[] = {
    {"ą", 'a'}, {"ć", 'c'}, {"ę", 'e'}, {"ł", 'l'}, {"ń", 'n'}, {"ó", 'o'}, {"ś", 's'},
    {"ź", 'z'}, {"ż", 'z'}, {"Ą", 'a'}, {"Ć", 'c'}, {"Ę", 'e'}, {"Ł", 'l'}, {"Ń", 'n'},
    {"Ó", 'o'}, {"Ś", 's'}, {"Ź", 'z'}, {"Ż", 'z'}, {"ü", 'u'}, {"ö", 'o'}, {"ä", 'a'},
    {"á", 'a'}, {"é", 'e'}, {"í", 'i'}, {"ú", 'u'}, {"ý", 'y'}, {"č", 'c'}, {"š", 's'},
};

void appendDigits(std::string& out, DemoRandom& random, int count)
{
    for (int i = 0; i < count; ++i)
        out.push_back(static_cast<char>('0' + random.index(10)));
}

std::string mobileNumber(DemoRandom& random, bool british)
{
    std::string number = british ? "+447" : "+48";
    if (!british)
        number.push_back("5678"[random.index(4)]);
    appendDigits(number, random, british ? 9 : 8);
    return number;
}

std::string emailAddress(DemoRandom& random, const std::string& first, const std::string& last,
                         bool english)
{
    std::string local;
    switch (random.weighted({40, 20, 15, 15, 10})) {
    case 0: local = first + '.' + last; break;
    case 1: local = first.substr(0, 1) + '.' + last; break;
    case 2: local = last + '.' + first; break;
    case 3: local = first + last; break;
    default: local = first + '_' + last.substr(0, 1); break;
    }
    if (random.chance(0.7))
        appendDigits(local, random, static_cast<int>(random.between(2, 4)));
    const Lines domains = english ? englishMailDomains() : polishMailDomains();
    return local + '@' + std::string(domains[random.index(domains.size())]);
}

std::string socialHandle(DemoRandom& random, SocialNetwork network, const std::string& first,
                         const std::string& last)
{
    std::string handle;
    switch (network) {
    case SocialNetwork::Messenger:
        handle = first + '.' + last + '.';
        appendDigits(handle, random, 4);
        break;
    case SocialNetwork::Instagram:
        handle = random.chance(0.5) ? first + '_' + last : first + last.substr(0, 3);
        appendDigits(handle, random, 2);
        break;
    case SocialNetwork::Telegram: handle = '@' + first + '_' + last; break;
    default:
        handle = '@' + first.substr(0, 1) + last;
        appendDigits(handle, random, 2);
        break;
    }
    return handle;
}

void addIdentity(CustomerProfile& p, DemoRandom& random, IdentityKind kind,
                 SocialNetwork network, std::string value, bool primary)
{
    Identity id;
    id.id = domain::makeUuid(random.engine());
    id.customerId = p.customer.id;
    id.kind = kind;
    id.network = network;
    id.value = std::move(value);
    id.primary = primary;
    p.customer.identities.push_back(std::move(id));
}

void addIdentities(CustomerProfile& p, DemoRandom& random)
{
    const std::string first = CustomerFactory::asciiFold(p.customer.firstName);
    const std::string last = CustomerFactory::asciiFold(p.customer.lastName);
    const bool british = p.english && random.chance(0.4);

    const bool hasEmail = random.chance(0.93);
    const bool hasPhone = !hasEmail || random.chance(0.88);
    if (hasEmail)
        addIdentity(p, random, IdentityKind::Email, SocialNetwork::None,
                    emailAddress(random, first, last, p.english), true);
    if (hasEmail && random.chance(0.18))
        addIdentity(p, random, IdentityKind::Email, SocialNetwork::None,
                    emailAddress(random, first, last, p.english), false);
    std::string phone;
    if (hasPhone) {
        phone = mobileNumber(random, british);
        addIdentity(p, random, IdentityKind::Phone, SocialNetwork::None, phone, true);
    }
    if (hasPhone && random.chance(0.1))
        addIdentity(p, random, IdentityKind::Phone, SocialNetwork::None,
                    mobileNumber(random, british), false);

    if (!random.chance(0.45))
        return;
    const auto network = domain::kAllSocialNetworks[random.weighted({40, 25, 18, 7, 10})];
    // WhatsApp knows people by their phone number.
    std::string handle = network == SocialNetwork::WhatsApp
                             ? (phone.empty() ? mobileNumber(random, british) : phone)
                             : socialHandle(random, network, first, last);
    addIdentity(p, random, IdentityKind::Social, network, std::move(handle), false);
    if (random.chance(0.2) && network != SocialNetwork::Instagram)
        addIdentity(p, random, IdentityKind::Social, SocialNetwork::Instagram,
                    socialHandle(random, SocialNetwork::Instagram, first, last), false);
}

void nameCustomer(CustomerProfile& p, DemoRandom& random)
{
    const auto firstNames = p.english ? englishFirstNames() : polishFirstNames();
    const auto surnames = p.english ? englishSurnames() : polishSurnames();
    const FirstName& first = firstNames[random.index(firstNames.size())];
    const Surname& surname = surnames[random.index(surnames.size())];
    p.female = first.female;
    auto& c = p.customer;
    c.firstName = first.name;
    c.lastName = first.female ? surname.female : surname.male;
    c.displayName = c.firstName + ' ' + c.lastName;
    c.preferredLanguage = p.english ? "en" : "pl";
    // A few English-speaking customers never told us how to address them.
    const bool known = !p.english || random.chance(0.85);
    c.honorific = !known ? domain::Honorific::Unknown
                         : (first.female ? domain::Honorific::Ms : domain::Honorific::Mr);
    if (!p.english)
        p.address = std::string(first.female ? "Pani " : "Panie ") + std::string(first.vocative);
    else if (known)
        p.address = std::string(first.female ? "Ms " : "Mr ") + c.lastName;
    else
        p.address = c.displayName;
}

} // namespace

std::string CustomerFactory::asciiFold(std::string_view utf8)
{
    std::string out;
    out.reserve(utf8.size());
    std::size_t i = 0;
    while (i < utf8.size()) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        if (byte < 0x80) {
            if (byte != '\'' && byte != ' ')
                out.push_back(static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + 32 : byte));
            ++i;
            continue;
        }
        bool folded = false;
        for (const auto& [letter, ascii] : kFolds) {
            if (utf8.substr(i, letter.size()) == letter) {
                out.push_back(ascii);
                i += letter.size();
                folded = true;
                break;
            }
        }
        if (!folded)
            ++i; // a letter we have no folding for: leave it out of the address
    }
    return out;
}

CustomerProfile CustomerFactory::make(DemoRandom& random)
{
    CustomerProfile p;
    p.customer.id = domain::makeUuid(random.engine());
    p.english = random.chance(0.15);
    nameCustomer(p, random);
    addIdentities(p, random);
    if (random.chance(0.08)) {
        const Lines notes = deskLines().customerNotes;
        PhraseContext context;
        context.customerFemale = p.female;
        p.customer.notes = PhraseRenderer::render(notes[random.index(notes.size())], context);
    }
    return p;
}

} // namespace concord::demo
