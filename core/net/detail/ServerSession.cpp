#include "net/detail/ServerSession.h"

#include "net/ConnectionHandler.h"
#include "net/detail/Fail.h"
#include "net/detail/ServerState.h"

#include <boost/asio/post.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/beast/websocket/rfc6455.hpp>

namespace concord::net::detail {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
using boost::system::error_code;

namespace {
constexpr std::size_t MaxUpgradeRequestBytes = 8 * 1024;
} // namespace

template<class Stream>
ServerSession<Stream>::ServerSession(asio::ip::tcp::socket &&socket, std::uint64_t id,
                                     std::string remote, std::shared_ptr<ServerState> server)
    : WsChannel<Stream>(server->options().channel, std::move(socket))
    , ServerSessionBase(id, std::move(remote))
    , m_server(std::move(server))
{
    m_parser.header_limit(MaxUpgradeRequestBytes);
    m_parser.body_limit(MaxUpgradeRequestBytes);
}

template<>
ServerSession<TlsStream>::ServerSession(asio::ip::tcp::socket &&socket, std::uint64_t id,
                                        std::string remote, std::shared_ptr<ServerState> server)
    : WsChannel<TlsStream>(server->options().channel, std::move(socket), *server->tls())
    , ServerSessionBase(id, std::move(remote))
    , m_server(std::move(server))
{
    m_parser.header_limit(MaxUpgradeRequestBytes);
    m_parser.body_limit(MaxUpgradeRequestBytes);
}

template<class Stream>
ServerSession<Stream>::~ServerSession()
{
    m_server->remove(id()); // the loop was torn down before this session could end
}

template<class Stream>
void ServerSession<Stream>::run()
{
    asio::post(this->m_ws.get_executor(), [self = self()] {
        if constexpr (isTls<Stream>)
            self->handshakeTls();
        else
            self->readRequest();
    });
}

template<class Stream>
void ServerSession<Stream>::abort()
{
    WsChannel<Stream>::abort();
}

template<class Stream>
void ServerSession<Stream>::refuseFurtherCalls()
{
    WsChannel<Stream>::refuseFurtherCalls();
}

template<class Stream>
bool ServerSession<Stream>::send(SharedText text)
{
    return this->enqueue(std::move(text));
}

template<class Stream>
bool ServerSession<Stream>::sendBinary(SharedText text)
{
    return this->enqueue(std::move(text), true);
}

template<class Stream>
void ServerSession<Stream>::close(std::uint16_t code, std::string reason)
{
    this->requestClose(code, std::move(reason));
}

template<class Stream>
std::size_t ServerSession<Stream>::queuedBytes() const
{
    return this->bytesQueued();
}

template<class Stream>
bool ServerSession<Stream>::isOpen() const
{
    return this->channelOpen();
}

template<class Stream>
void ServerSession<Stream>::handshakeTls()
{
    if constexpr (isTls<Stream>) {
        beast::get_lowest_layer(this->m_ws).expires_after(this->m_options.handshakeTimeout);
        this->m_ws.next_layer().async_handshake(asio::ssl::stream_base::server,
                                                this->bindSelf(&ServerSession::onTlsHandshake));
    }
}

template<class Stream>
void ServerSession<Stream>::onTlsHandshake(const error_code &ec)
{
    if (ec) {
        fail(ec, "tls handshake");
        endBeforeOpen();
        return;
    }
    readRequest();
}

template<class Stream>
void ServerSession<Stream>::readRequest()
{
    beast::get_lowest_layer(this->m_ws).expires_after(this->m_options.handshakeTimeout);
    http::async_read(this->m_ws.next_layer(), m_httpBuffer, m_parser,
                     this->bindSelf(&ServerSession::onRequest));
}

template<class Stream>
void ServerSession<Stream>::onRequest(const error_code &ec, std::size_t)
{
    if (ec) {
        if (ec != http::error::end_of_stream)
            fail(ec, "http read");
        endBeforeOpen();
        return;
    }
    const auto &request = m_parser.get();
    const std::string_view target(request.target().data(), request.target().size());
    const std::string_view path = target.substr(0, target.find('?'));
    if (m_server->stopping())
        return refuse(http::status::service_unavailable);
    if (path != m_server->options().path)
        return refuse(http::status::not_found);
    if (!websocket::is_upgrade(request))
        return refuse(http::status::upgrade_required);

    beast::get_lowest_layer(this->m_ws).expires_never(); // the websocket has its own timeouts
    this->configureStream(true);
    this->m_ws.async_accept(request, this->bindSelf(&ServerSession::onAccept));
}

template<class Stream>
void ServerSession<Stream>::refuse(http::status status)
{
    m_refusal.version(m_parser.get().version());
    m_refusal.result(status);
    m_refusal.set(http::field::server, "concord-hub");
    m_refusal.set(http::field::content_type, "text/plain");
    m_refusal.keep_alive(false);
    m_refusal.body() = std::string(http::obsolete_reason(status)) + "\n";
    m_refusal.prepare_payload();
    http::async_write(this->m_ws.next_layer(), m_refusal,
                      this->bindSelf(&ServerSession::onRefused));
}

template<class Stream>
void ServerSession<Stream>::onRefused(const error_code &ec, std::size_t)
{
    if (ec)
        fail(ec, "http refusal");
    error_code ignored;
    beast::get_lowest_layer(this->m_ws)
        .socket()
        .shutdown(asio::ip::tcp::socket::shutdown_send, ignored);
    endBeforeOpen();
}

template<class Stream>
void ServerSession<Stream>::onAccept(const error_code &ec)
{
    if (ec) {
        fail(ec, "websocket accept");
        endBeforeOpen();
        return;
    }
    this->beginOpen();
}

template<class Stream>
void ServerSession<Stream>::endBeforeOpen()
{
    WsChannel<Stream>::refuseFurtherCalls();
    this->forceClose();
    m_server->remove(id());
}

template<class Stream>
void ServerSession<Stream>::deliverOpen()
{
    m_server->handler().onOpen(self());
}

template<class Stream>
void ServerSession<Stream>::deliverText(std::string text)
{
    m_server->handler().onText(self(), std::move(text));
}

template<class Stream>
void ServerSession<Stream>::deliverClose(const CloseReason &reason)
{
    m_server->handler().onClose(self(), reason);
    m_server->remove(id()); // after onClose, so stop() also waits for the handler
}

template<class Stream>
std::shared_ptr<ServerSession<Stream>> ServerSession<Stream>::self()
{
    return std::static_pointer_cast<ServerSession>(this->shared_from_this());
}

template class ServerSession<PlainStream>;
template class ServerSession<TlsStream>;

} // namespace concord::net::detail
