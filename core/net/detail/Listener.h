#pragma once
// Private to core/net. Accepts TCP connections, each onto a strand of its own, and hands
// them to a new ServerSession (plain or TLS) until stopped.

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>

#include <cstdint>
#include <memory>
#include <string>

namespace concord::net::detail {

class ServerState;

class Listener : public std::enable_shared_from_this<Listener>
{
public:
    Listener(boost::asio::io_context &context, std::shared_ptr<ServerState> server);

    // Caller's thread, before start(): open, bind and listen.
    bool open(const boost::asio::ip::tcp::endpoint &endpoint, std::string *error);
    std::uint16_t port() const { return m_port; }

    void start();
    void stop();

private:
    void acceptNext();
    void onAccept(const boost::system::error_code &ec, boost::asio::ip::tcp::socket socket);

    boost::asio::io_context &m_context;
    boost::asio::ip::tcp::acceptor m_acceptor;
    std::shared_ptr<ServerState> m_server;
    std::uint16_t m_port = 0;
};

} // namespace concord::net::detail
