#pragma once
// Private to core/net. What a Client needs of its current session, whichever stream (plain
// or TLS) it runs on. All calls are thread-safe.

#include "net/SharedText.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace concord::net::detail {

class ClientSessionBase
{
public:
    virtual ~ClientSessionBase() = default;

    virtual void start(std::string host, std::uint16_t port) = 0;
    // The attempt failed or the connection has been reported closed.
    virtual bool ended() const = 0;
    virtual bool isOpen() const = 0;
    virtual bool send(SharedText text) = 0;
    virtual void close(std::uint16_t code, std::string reason) = 0;
    virtual void abort() = 0;
    virtual std::size_t queuedBytes() const = 0;
};

} // namespace concord::net::detail
