#pragma once
// The six channels a customer can reach us on, and the social networks behind "social".

#include <array>
#include <optional>
#include <string_view>

namespace concord::domain {

enum class Channel { Email, Chat, Sms, Social, Voice, Visit };

inline constexpr std::array<Channel, 6> kAllChannels{
    Channel::Email, Channel::Chat, Channel::Sms, Channel::Social, Channel::Voice, Channel::Visit};

enum class SocialNetwork { None, Messenger, WhatsApp, Instagram, Telegram, X };

inline constexpr std::array<SocialNetwork, 5> kAllSocialNetworks{
    SocialNetwork::Messenger, SocialNetwork::WhatsApp, SocialNetwork::Instagram,
    SocialNetwork::Telegram, SocialNetwork::X};

// Stable keys: stored in the cache and sent on the wire, never shown to users.
std::string_view toKey(Channel channel);
std::optional<Channel> channelFromKey(std::string_view key);
std::string_view toKey(SocialNetwork network);
std::optional<SocialNetwork> socialNetworkFromKey(std::string_view key);

// Channels as a bit set, for filters that accept several at once.
using ChannelMask = unsigned;
inline constexpr ChannelMask channelBit(Channel c) { return 1u << static_cast<unsigned>(c); }
inline constexpr ChannelMask kAnyChannel = (1u << kAllChannels.size()) - 1;

} // namespace concord::domain
