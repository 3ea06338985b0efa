#pragma once
// A hand-driven WebSocket peer for the transport tests: it does only what the test asks,
// when the test asks (nothing runs in between, so it can play a silent or a slow peer), and
// every step waits at most a deadline instead of sleeping.

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/websocket/stream.hpp>

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

class RawPeer
{
public:
    using ErrorCode = boost::system::error_code;
    using Ms = std::chrono::milliseconds;

    RawPeer();

    // TCP connect and WebSocket upgrade; *httpStatus gets the server's HTTP status.
    ErrorCode connect(std::uint16_t port, const std::string &path = "/sync",
                      int *httpStatus = nullptr);
    // Server side instead: listen on a free loopback port, then take one upgrade.
    std::uint16_t listen();
    ErrorCode acceptOne();
    ErrorCode writeText(const std::string &text);
    ErrorCode writeBinary(const std::string &data);
    ErrorCode read(std::string *text, Ms limit = Ms{3000});
    // The close frame the server sent, after read() returned websocket::error::closed.
    int closeCode() const;

private:
    using Handler = std::function<void(ErrorCode)>;
    ErrorCode drive(const std::function<void(Handler)> &start, Ms limit);

    boost::asio::io_context m_context;
    boost::beast::websocket::stream<boost::beast::tcp_stream> m_ws;
    boost::asio::ip::tcp::acceptor m_acceptor;
};
