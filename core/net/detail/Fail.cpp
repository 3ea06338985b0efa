#include "net/detail/Fail.h"

#include "net/Log.h"

#include <boost/asio/error.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/websocket/error.hpp>

#include <string>

namespace concord::net::detail {

bool isQuietEnding(const boost::system::error_code &ec)
{
    return ec == boost::asio::error::operation_aborted
           || ec == boost::beast::websocket::error::closed;
}

void fail(const boost::system::error_code &ec, std::string_view what)
{
    if (isQuietEnding(ec))
        return;
    std::string line(what);
    line += ": ";
    line += ec.message();
    logLine(line);
}

} // namespace concord::net::detail
