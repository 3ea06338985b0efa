#pragma once
// Private to core/net. What the server's registry needs of a session, whichever stream
// (plain or TLS) it runs on.

#include "net/Connection.h"

namespace concord::net::detail {

class ServerSessionBase : public Connection
{
public:
    using Connection::Connection;

    // Any thread: starts the TLS handshake (if any) and reading the upgrade request.
    virtual void run() = 0;
    // Any thread: drop the TCP connection now.
    virtual void abort() = 0;
    // Any thread: send and close become no-ops (the loop is going away).
    virtual void refuseFurtherCalls() = 0;
};

} // namespace concord::net::detail
