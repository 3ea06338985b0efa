#pragma once
// Limits and timings of one WebSocket connection, the same for the server and the client.
// Defaults follow docs/PROTOCOL.md; tests shorten the timings.

#include <chrono>
#include <cstddef>

namespace concord::net {

struct ChannelOptions
{
    // Incoming frame cap; a larger message closes the connection with 1009.
    std::size_t maxMessageBytes = 1024 * 1024;
    // Bytes accepted by send() but not yet written; going over closes with 4008.
    std::size_t maxQueuedBytes = 4 * 1024 * 1024;
    // Silence after which the peer is taken as gone. A ping goes out after half of it, so the
    // default pings after 10 s of silence and drops a half-open peer after 20 s (< 30 s).
    std::chrono::milliseconds idleTimeout{20000};
    // Upgrade handshake (HTTP request, WebSocket accept or handshake) and close handshake.
    std::chrono::milliseconds handshakeTimeout{10000};
    // Binary frames are read like text ones instead of refused with 1003. For the desk: a hub
    // sends snapshot frames as binary to a desk that said it reads them (docs/PROTOCOL.md,
    // hello); their payload is still UTF-8 JSON, which the desk's codec checks as it parses,
    // so the check Beast makes of every text frame would be a second one.
    bool acceptBinary = false;
};

} // namespace concord::net
