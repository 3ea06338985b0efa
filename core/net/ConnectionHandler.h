#pragma once
// What a net::Server tells the layer above. Calls for one connection come in order on that
// connection's strand (never two at once for one connection); calls for different
// connections may run in parallel on the server's threads. Every onOpen is followed by
// exactly one onClose, at the latest inside Server::stop(). Handlers must not block and must
// not call Server::stop().

#include "net/CloseReason.h"
#include "net/Connection.h"

#include <string>

namespace concord::net {

class ConnectionHandler
{
public:
    virtual ~ConnectionHandler() = default;

    virtual void onOpen(const ConnectionPtr &connection) = 0;
    virtual void onText(const ConnectionPtr &connection, std::string text) = 0;
    virtual void onClose(const ConnectionPtr &connection, const CloseReason &reason) = 0;
};

} // namespace concord::net
