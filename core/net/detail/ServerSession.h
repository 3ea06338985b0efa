#pragma once
// Private to core/net. One accepted TCP connection: the TLS handshake when the server has a
// certificate, then the HTTP upgrade request. Refuses a wrong path (404), a plain HTTP
// request (426) or any request while stopping (503); accepts the WebSocket upgrade and then
// lives as a WsChannel that reports to the handler.

#include "net/detail/ServerSessionBase.h"
#include "net/detail/WsChannel.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/status.hpp>
#include <boost/beast/http/string_body.hpp>

#include <memory>

namespace concord::net::detail {

class ServerState;

template<class Stream>
class ServerSession final : public WsChannel<Stream>, public ServerSessionBase
{
public:
    ServerSession(boost::asio::ip::tcp::socket &&socket, std::uint64_t id, std::string remote,
                  std::shared_ptr<ServerState> server);
    ~ServerSession() override;

    void run() override;
    void abort() override;
    void refuseFurtherCalls() override;

    using Connection::send;
    bool send(SharedText text) override;
    bool sendBinary(SharedText text) override;
    void close(std::uint16_t code, std::string reason = {}) override;
    std::size_t queuedBytes() const override;
    bool isOpen() const override;

private:
    void handshakeTls();
    void onTlsHandshake(const boost::system::error_code &ec);
    void readRequest();
    void onRequest(const boost::system::error_code &ec, std::size_t bytes);
    void refuse(boost::beast::http::status status);
    void onRefused(const boost::system::error_code &ec, std::size_t bytes);
    void onAccept(const boost::system::error_code &ec);
    void endBeforeOpen();

    void deliverOpen() override;
    void deliverText(std::string text) override;
    void deliverClose(const CloseReason &reason) override;

    std::shared_ptr<ServerSession> self();

    std::shared_ptr<ServerState> m_server;
    boost::beast::flat_buffer m_httpBuffer;
    boost::beast::http::request_parser<boost::beast::http::string_body> m_parser;
    boost::beast::http::response<boost::beast::http::string_body> m_refusal;
};

// The TLS stream is built with the server's context.
template<>
ServerSession<TlsStream>::ServerSession(boost::asio::ip::tcp::socket &&socket, std::uint64_t id,
                                        std::string remote, std::shared_ptr<ServerState> server);

extern template class ServerSession<PlainStream>;
extern template class ServerSession<TlsStream>;

} // namespace concord::net::detail
