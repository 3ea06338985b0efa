#pragma once
// Private to core/net. The two stream stacks a connection can run on: WebSocket over TCP,
// and WebSocket over TLS over TCP. Session templates are instantiated for both.

#include <boost/asio/ssl/context.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>
#include <boost/beast/websocket/stream.hpp>

#include <type_traits>

namespace concord::net::detail {

using PlainStream = boost::beast::websocket::stream<boost::beast::tcp_stream>;
using TlsStream = boost::beast::websocket::stream<
    boost::beast::ssl_stream<boost::beast::tcp_stream>>;

template<class Stream>
inline constexpr bool isTls = std::is_same_v<Stream, TlsStream>;

} // namespace concord::net::detail
