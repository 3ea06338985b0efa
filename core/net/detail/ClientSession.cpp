#include "net/detail/ClientSession.h"

#include "net/detail/ClientCore.h"
#include "net/detail/Fail.h"

#include <boost/asio/ip/address.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl/host_name_verification.hpp>

#include <openssl/err.h>
#include <openssl/ssl.h>

namespace concord::net::detail {

namespace asio = boost::asio;
namespace beast = boost::beast;
using asio::ip::tcp;
using boost::system::error_code;

template<class Stream>
ClientSession<Stream>::ClientSession(const asio::any_io_executor &strand,
                                     std::shared_ptr<ClientCore> core, asio::ssl::context *)
    : WsChannel<Stream>(core->options().channel, strand)
    , m_core(std::move(core))
    , m_resolver(strand)
{}

template<>
ClientSession<TlsStream>::ClientSession(const asio::any_io_executor &strand,
                                        std::shared_ptr<ClientCore> core,
                                        asio::ssl::context *tls)
    : WsChannel<TlsStream>(core->options().channel, strand, *tls)
    , m_core(std::move(core))
    , m_resolver(strand)
{}

template<class Stream>
void ClientSession<Stream>::start(std::string host, std::uint16_t port)
{
    m_host = std::move(host);
    m_port = port;
    asio::post(this->m_ws.get_executor(), this->bindSelf(&ClientSession::resolve));
}

template<class Stream>
void ClientSession<Stream>::close(std::uint16_t code, std::string reason)
{
    this->requestClose(code, std::move(reason));
}

template<class Stream>
void ClientSession<Stream>::resolve()
{
    m_resolver.async_resolve(m_host, std::to_string(m_port),
                             this->bindSelf(&ClientSession::onResolve));
}

template<class Stream>
void ClientSession<Stream>::onResolve(const error_code &ec,
                                      const tcp::resolver::results_type &results)
{
    if (ec)
        return failBeforeOpen(ec, "resolve");
    auto &tcpStream = beast::get_lowest_layer(this->m_ws);
    tcpStream.expires_after(m_core->options().connectTimeout);
    tcpStream.async_connect(results, this->bindSelf(&ClientSession::onConnect));
}

template<class Stream>
void ClientSession<Stream>::onConnect(const error_code &ec, const tcp::endpoint &)
{
    if (ec)
        return failBeforeOpen(ec, "connect");
    if constexpr (isTls<Stream>)
        handshakeTls();
    else
        handshakeWebSocket();
}

template<class Stream>
void ClientSession<Stream>::handshakeTls()
{
    if constexpr (isTls<Stream>) {
        auto &tls = this->m_ws.next_layer();
        error_code ec;
        asio::ip::make_address(m_host, ec);
        const bool isAddress = !ec;
        // SNI names a host; an address literal is not sent (RFC 6066).
        if (!isAddress && !SSL_set_tlsext_host_name(tls.native_handle(), m_host.c_str())) {
            return failBeforeOpen(error_code(int(::ERR_get_error()),
                                             asio::error::get_ssl_category()),
                                  "tls server name");
        }
        if (m_core->options().tls.verifyPeer)
            tls.set_verify_callback(asio::ssl::host_name_verification(m_host));
        beast::get_lowest_layer(this->m_ws).expires_after(this->m_options.handshakeTimeout);
        tls.async_handshake(asio::ssl::stream_base::client,
                            this->bindSelf(&ClientSession::onTlsHandshake));
    }
}

template<class Stream>
void ClientSession<Stream>::onTlsHandshake(const error_code &ec)
{
    if (ec)
        return failBeforeOpen(ec, "tls handshake");
    handshakeWebSocket();
}

template<class Stream>
void ClientSession<Stream>::handshakeWebSocket()
{
    beast::get_lowest_layer(this->m_ws).expires_never(); // the websocket has its own timeouts
    this->configureStream(false);
    const std::string hostHeader = m_host + ":" + std::to_string(m_port);
    this->m_ws.async_handshake(hostHeader, m_core->options().path,
                               this->bindSelf(&ClientSession::onHandshake));
}

template<class Stream>
void ClientSession<Stream>::onHandshake(const error_code &ec)
{
    if (ec)
        return failBeforeOpen(ec, "websocket handshake");
    this->beginOpen();
}

template<class Stream>
void ClientSession<Stream>::failBeforeOpen(const error_code &ec, const char *what)
{
    this->refuseFurtherCalls();
    this->forceClose();
    m_ended = true;
    m_core->emitError(std::string(what) + ": " + ec.message());
}

template<class Stream>
void ClientSession<Stream>::abortBeforeOpen()
{
    m_resolver.cancel();
    this->forceClose();
}

template<class Stream>
void ClientSession<Stream>::deliverOpen()
{
    m_core->emitOpen();
}

template<class Stream>
void ClientSession<Stream>::deliverText(std::string text)
{
    m_core->emitText(std::move(text));
}

template<class Stream>
void ClientSession<Stream>::deliverClose(const CloseReason &reason)
{
    m_ended = true; // before the callback, so onClose may connect again
    m_core->emitClose(reason);
}

template class ClientSession<PlainStream>;
template class ClientSession<TlsStream>;

} // namespace concord::net::detail
