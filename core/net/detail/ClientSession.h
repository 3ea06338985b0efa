#pragma once
// Private to core/net. One connection attempt of a Client and, if it succeeds, the
// connection: resolve, TCP connect under a deadline, the TLS handshake when enabled (with
// SNI and host name verification), the WebSocket handshake, then a WsChannel reporting to
// the ClientCore.

#include "net/detail/ClientSessionBase.h"
#include "net/detail/WsChannel.h"

#include <boost/asio/ip/tcp.hpp>

#include <atomic>
#include <memory>
#include <string>

namespace concord::net::detail {

class ClientCore;

template<class Stream>
class ClientSession final : public WsChannel<Stream>, public ClientSessionBase
{
public:
    // tls: the context for TlsStream (kept alive by the core); ignored for PlainStream.
    ClientSession(const boost::asio::any_io_executor &strand, std::shared_ptr<ClientCore> core,
                  boost::asio::ssl::context *tls);

    void start(std::string host, std::uint16_t port) override;
    bool ended() const override { return m_ended.load(); }
    bool isOpen() const override { return this->channelOpen(); }
    bool send(SharedText text) override { return this->enqueue(std::move(text)); }
    void close(std::uint16_t code, std::string reason) override;
    void abort() override { WsChannel<Stream>::abort(); }
    std::size_t queuedBytes() const override { return this->bytesQueued(); }

private:
    void resolve();
    void onResolve(const boost::system::error_code &ec,
                   const boost::asio::ip::tcp::resolver::results_type &results);
    void onConnect(const boost::system::error_code &ec,
                   const boost::asio::ip::tcp::endpoint &endpoint);
    void handshakeTls();
    void onTlsHandshake(const boost::system::error_code &ec);
    void handshakeWebSocket();
    void onHandshake(const boost::system::error_code &ec);
    void failBeforeOpen(const boost::system::error_code &ec, const char *what);

    void abortBeforeOpen() override;
    void deliverOpen() override;
    void deliverText(std::string text) override;
    void deliverClose(const CloseReason &reason) override;

    std::shared_ptr<ClientCore> m_core;
    boost::asio::ip::tcp::resolver m_resolver;
    std::string m_host;
    std::uint16_t m_port = 0;
    std::atomic<bool> m_ended{false};
};

// The TLS stream is built with the context.
template<>
ClientSession<TlsStream>::ClientSession(const boost::asio::any_io_executor &strand,
                                        std::shared_ptr<ClientCore> core,
                                        boost::asio::ssl::context *tls);

extern template class ClientSession<PlainStream>;
extern template class ClientSession<TlsStream>;

} // namespace concord::net::detail
