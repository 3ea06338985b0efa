#include "net/detail/TlsContext.h"

#include <boost/asio/ssl/context.hpp>

namespace concord::net::detail {

namespace ssl = boost::asio::ssl;
using boost::system::error_code;

namespace {

std::shared_ptr<ssl::context> failed(std::string *error, const char *what, const error_code &ec)
{
    if (error)
        *error = std::string(what) + ": " + ec.message();
    return nullptr;
}

} // namespace

std::shared_ptr<ssl::context> makeServerTlsContext(const ServerTls &tls, std::string *error)
{
    auto context = std::make_shared<ssl::context>(ssl::context::tls_server);
    error_code ec;
    context->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2
                             | ssl::context::no_sslv3 | ssl::context::no_tlsv1
                             | ssl::context::no_tlsv1_1,
                         ec);
    if (ec)
        return failed(error, "tls options", ec);
    context->use_certificate_chain_file(tls.certificateChainFile, ec);
    if (ec)
        return failed(error, ("tls certificate " + tls.certificateChainFile).c_str(), ec);
    context->use_private_key_file(tls.privateKeyFile, ssl::context::pem, ec);
    if (ec)
        return failed(error, ("tls key " + tls.privateKeyFile).c_str(), ec);
    return context;
}

std::shared_ptr<ssl::context> makeClientTlsContext(const ClientTls &tls, std::string *error)
{
    auto context = std::make_shared<ssl::context>(ssl::context::tls_client);
    error_code ec;
    context->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2
                             | ssl::context::no_sslv3 | ssl::context::no_tlsv1
                             | ssl::context::no_tlsv1_1,
                         ec);
    if (ec)
        return failed(error, "tls options", ec);
    if (!tls.verifyPeer) {
        context->set_verify_mode(ssl::verify_none, ec);
        return context;
    }
    context->set_verify_mode(ssl::verify_peer, ec);
    if (tls.caFile.empty())
        context->set_default_verify_paths(ec);
    else
        context->load_verify_file(tls.caFile, ec);
    if (ec)
        return failed(error, ("tls trust " + tls.caFile).c_str(), ec);
    return context;
}

} // namespace concord::net::detail
