#pragma once
// Private to core/net. Builds the OpenSSL contexts from the options; failures come back as
// text, never as exceptions.

#include "net/Client.h"
#include "net/Server.h"

#include <memory>
#include <string>

namespace boost::asio::ssl {
class context;
}

namespace concord::net::detail {

// Null with *error filled when the certificate or the key cannot be loaded.
std::shared_ptr<boost::asio::ssl::context> makeServerTlsContext(const ServerTls &tls,
                                                                std::string *error);
std::shared_ptr<boost::asio::ssl::context> makeClientTlsContext(const ClientTls &tls,
                                                                std::string *error);

} // namespace concord::net::detail
