#pragma once
// The transport's one log outlet. By default lines go to std::cerr; an owner (the hub, the
// desk) may route them elsewhere. The sink may be called from any network thread at once.

#include <functional>
#include <string_view>

namespace concord::net {

using LogSink = std::function<void(std::string_view line)>;

// Replaces the sink; an empty function restores std::cerr. Set it before starting servers
// or clients: it is not meant to be swapped while they run.
void setLogSink(LogSink sink);
void logLine(std::string_view line);

} // namespace concord::net
