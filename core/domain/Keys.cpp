// Stable string keys of the domain's enums: what the cache stores and the wire carries.

#include "Agent.h"
#include "Channel.h"
#include "Conversation.h"
#include "Customer.h"
#include "Identity.h"
#include "Message.h"

#include <array>
#include <utility>

namespace concord::domain {
namespace {

template <typename Enum, std::size_t N>
using KeyTable = std::array<std::pair<Enum, std::string_view>, N>;

template <typename Enum, std::size_t N>
std::string_view keyOf(const KeyTable<Enum, N>& table, Enum value)
{
    for (const auto& [e, key] : table)
        if (e == value)
            return key;
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const KeyTable<Enum, N>& table, std::string_view key)
{
    for (const auto& [e, k] : table)
        if (k == key)
            return e;
    return std::nullopt;
}

constexpr KeyTable<Channel, 6> kChannelKeys{{{Channel::Email, "email"},
                                             {Channel::Chat, "chat"},
                                             {Channel::Sms, "sms"},
                                             {Channel::Social, "social"},
                                             {Channel::Voice, "voice"},
                                             {Channel::Visit, "visit"}}};

constexpr KeyTable<SocialNetwork, 6> kNetworkKeys{{{SocialNetwork::None, ""},
                                                   {SocialNetwork::Messenger, "messenger"},
                                                   {SocialNetwork::WhatsApp, "whatsapp"},
                                                   {SocialNetwork::Instagram, "instagram"},
                                                   {SocialNetwork::Telegram, "telegram"},
                                                   {SocialNetwork::X, "x"}}};

constexpr KeyTable<IdentityKind, 3> kIdentityKeys{{{IdentityKind::Email, "email"},
                                                   {IdentityKind::Phone, "phone"},
                                                   {IdentityKind::Social, "social"}}};

constexpr KeyTable<Honorific, 3> kHonorificKeys{
    {{Honorific::Unknown, ""}, {Honorific::Ms, "ms"}, {Honorific::Mr, "mr"}}};

constexpr KeyTable<Status, 5> kStatusKeys{{{Status::New, "new"},
                                           {Status::Open, "open"},
                                           {Status::Pending, "pending"},
                                           {Status::Resolved, "resolved"},
                                           {Status::Closed, "closed"}}};

constexpr KeyTable<Priority, 4> kPriorityKeys{{{Priority::Low, "low"},
                                               {Priority::Normal, "normal"},
                                               {Priority::High, "high"},
                                               {Priority::Urgent, "urgent"}}};

constexpr KeyTable<Direction, 4> kDirectionKeys{{{Direction::Inbound, "in"},
                                                 {Direction::Outbound, "out"},
                                                 {Direction::Note, "note"},
                                                 {Direction::Event, "event"}}};

constexpr KeyTable<CallOutcome, 4> kOutcomeKeys{{{CallOutcome::Answered, "answered"},
                                                 {CallOutcome::Abandoned, "abandoned"},
                                                 {CallOutcome::Missed, "missed"},
                                                 {CallOutcome::Callback, "callback"}}};

constexpr KeyTable<Role, 2> kRoleKeys{{{Role::Agent, "agent"}, {Role::Supervisor, "supervisor"}}};

} // namespace

std::string_view toKey(Channel v) { return keyOf(kChannelKeys, v); }
std::optional<Channel> channelFromKey(std::string_view k) { return valueOf(kChannelKeys, k); }
std::string_view toKey(SocialNetwork v) { return keyOf(kNetworkKeys, v); }
std::optional<SocialNetwork> socialNetworkFromKey(std::string_view k)
{
    return valueOf(kNetworkKeys, k);
}
std::string_view toKey(IdentityKind v) { return keyOf(kIdentityKeys, v); }
std::optional<IdentityKind> identityKindFromKey(std::string_view k)
{
    return valueOf(kIdentityKeys, k);
}
std::string_view toKey(Honorific v) { return keyOf(kHonorificKeys, v); }
std::optional<Honorific> honorificFromKey(std::string_view k) { return valueOf(kHonorificKeys, k); }
std::string_view toKey(Status v) { return keyOf(kStatusKeys, v); }
std::optional<Status> statusFromKey(std::string_view k) { return valueOf(kStatusKeys, k); }
std::string_view toKey(Priority v) { return keyOf(kPriorityKeys, v); }
std::optional<Priority> priorityFromKey(std::string_view k) { return valueOf(kPriorityKeys, k); }
std::string_view toKey(Direction v) { return keyOf(kDirectionKeys, v); }
std::optional<Direction> directionFromKey(std::string_view k) { return valueOf(kDirectionKeys, k); }
std::string_view toKey(CallOutcome v) { return keyOf(kOutcomeKeys, v); }
std::optional<CallOutcome> callOutcomeFromKey(std::string_view k)
{
    return valueOf(kOutcomeKeys, k);
}
std::string_view toKey(Role v) { return keyOf(kRoleKeys, v); }
std::optional<Role> roleFromKey(std::string_view k) { return valueOf(kRoleKeys, k); }

} // namespace concord::domain
