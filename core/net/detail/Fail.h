#pragma once
// Private to core/net. The single place transport errors are logged; expected endings
// (cancellation at shutdown, a clean close) stay quiet.

#include <boost/system/error_code.hpp>

#include <string_view>

namespace concord::net::detail {

void fail(const boost::system::error_code &ec, std::string_view what);
bool isQuietEnding(const boost::system::error_code &ec);

} // namespace concord::net::detail
