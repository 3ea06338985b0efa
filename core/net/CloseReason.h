#pragma once
// Why a WebSocket connection ended: the close code (RFC 6455 or ours, see docs/PROTOCOL.md)
// and a short English text for logs.

#include <cstdint>
#include <string>

namespace concord::net {

namespace CloseCode {
inline constexpr std::uint16_t Normal = 1000;
inline constexpr std::uint16_t GoingAway = 1001;
inline constexpr std::uint16_t ProtocolError = 1002;
inline constexpr std::uint16_t Unsupported = 1003;   // binary frame
inline constexpr std::uint16_t NoStatus = 1005;      // peer closed without a code
inline constexpr std::uint16_t Abnormal = 1006;      // no close frame: timeout, reset, EOF
inline constexpr std::uint16_t BadPayload = 1007;    // text frame that is not UTF-8
inline constexpr std::uint16_t Policy = 1008;
inline constexpr std::uint16_t TooBig = 1009;        // frame over the size cap
inline constexpr std::uint16_t NoHello = 4001;
inline constexpr std::uint16_t UnsupportedVersion = 4003;
inline constexpr std::uint16_t TooSlow = 4008;       // send queue over its bound
} // namespace CloseCode

struct CloseReason
{
    std::uint16_t code = CloseCode::Abnormal;
    std::string reason;
};

} // namespace concord::net
