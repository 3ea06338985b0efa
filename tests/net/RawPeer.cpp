#include "RawPeer.h"

#include <boost/asio/ip/address_v4.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/buffers_to_string.hpp>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
using asio::ip::tcp;

RawPeer::RawPeer()
    : m_ws(m_context)
    , m_acceptor(m_context)
{}

std::uint16_t RawPeer::listen()
{
    const tcp::endpoint endpoint(asio::ip::address_v4::loopback(), 0);
    m_acceptor.open(endpoint.protocol());
    m_acceptor.bind(endpoint);
    m_acceptor.listen();
    return m_acceptor.local_endpoint().port();
}

RawPeer::ErrorCode RawPeer::acceptOne()
{
    const ErrorCode ec = drive([&](Handler done) {
        m_acceptor.async_accept(beast::get_lowest_layer(m_ws).socket(), std::move(done));
    }, Ms{3000});
    if (ec)
        return ec;
    return drive([&](Handler done) { m_ws.async_accept(std::move(done)); }, Ms{3000});
}

RawPeer::ErrorCode RawPeer::drive(const std::function<void(Handler)> &start, Ms limit)
{
    bool done = false;
    ErrorCode result = asio::error::timed_out;
    start([&](ErrorCode ec) {
        result = ec;
        done = true;
    });
    m_context.restart();
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (!done && m_context.run_one_until(deadline) > 0) {
    }
    return done ? result : ErrorCode(asio::error::timed_out);
}

RawPeer::ErrorCode RawPeer::connect(std::uint16_t port, const std::string &path,
                                    int *httpStatus)
{
    const tcp::endpoint endpoint(asio::ip::address_v4::loopback(), port);
    ErrorCode ec = drive([&](Handler done) {
        beast::get_lowest_layer(m_ws).async_connect(endpoint, std::move(done));
    }, Ms{3000});
    if (ec)
        return ec;
    websocket::response_type response;
    ec = drive([&](Handler done) {
        m_ws.async_handshake(response, "127.0.0.1:" + std::to_string(port), path,
                             [done](ErrorCode e) { done(e); });
    }, Ms{3000});
    if (httpStatus)
        *httpStatus = int(response.result_int());
    return ec;
}

RawPeer::ErrorCode RawPeer::writeText(const std::string &text)
{
    m_ws.text(true);
    return drive([&](Handler done) {
        m_ws.async_write(asio::buffer(text), [done](ErrorCode e, std::size_t) { done(e); });
    }, Ms{3000});
}

RawPeer::ErrorCode RawPeer::writeBinary(const std::string &data)
{
    m_ws.binary(true);
    return drive([&](Handler done) {
        m_ws.async_write(asio::buffer(data), [done](ErrorCode e, std::size_t) { done(e); });
    }, Ms{3000});
}

RawPeer::ErrorCode RawPeer::read(std::string *text, Ms limit)
{
    beast::flat_buffer buffer;
    const ErrorCode ec = drive([&](Handler done) {
        m_ws.async_read(buffer, [done](ErrorCode e, std::size_t) { done(e); });
    }, limit);
    if (!ec && text)
        *text = beast::buffers_to_string(buffer.data());
    return ec;
}

int RawPeer::closeCode() const
{
    return int(m_ws.reason().code);
}
