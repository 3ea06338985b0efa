#pragma once
// WebSocket close codes the protocol uses (RFC 6455 and our private 4xxx range).

#include <cstdint>
#include <string_view>

namespace concord::sync {

enum class CloseCode : std::uint16_t {
    Normal = 1000,              // logout
    GoingAway = 1001,           // hub shutting down; reconnect later
    UnsupportedData = 1003,     // a binary frame
    PolicyViolation = 1008,     // too many malformed frames on one connection
    MessageTooBig = 1009,       // a frame over kMaxFrameBytes
    HelloTimeout = 4001,        // no hello within 10 s
    UnsupportedProtocol = 4003, // hello with another protocol version
    TooSlow = 4008              // send queue over its bound; resume from the cursor
};

inline constexpr std::uint16_t toWire(CloseCode code) { return static_cast<std::uint16_t>(code); }

// A short English name for logs ("going_away"); empty for a code not in the enum.
std::string_view closeCodeName(CloseCode code);

} // namespace concord::sync
