#pragma once
// One outgoing text frame that several connections can queue without copying it
// (a live change pushed to every desk in scope).

#include <memory>
#include <string>

namespace concord::net {

using SharedText = std::shared_ptr<const std::string>;

inline SharedText makeSharedText(std::string text)
{
    return std::make_shared<const std::string>(std::move(text));
}

} // namespace concord::net
