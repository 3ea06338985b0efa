#include "net/Log.h"

#include <iostream>
#include <mutex>

namespace concord::net {

namespace {

LogSink &sinkSlot()
{
    static LogSink sink;
    return sink;
}

std::mutex &cerrMutex()
{
    static std::mutex mutex;
    return mutex;
}

} // namespace

void setLogSink(LogSink sink)
{
    sinkSlot() = std::move(sink);
}

void logLine(std::string_view line)
{
    if (const LogSink &sink = sinkSlot()) {
        sink(line);
        return;
    }
    const std::lock_guard lock(cerrMutex());
    std::cerr << "concord-net: " << line << '\n';
}

} // namespace concord::net
