#pragma once
// Names the calling thread for debuggers, top -H and perf (Linux: up to 15 characters;
// elsewhere nothing), so a profile says "hub-writer" instead of a thread number.

#include <string>

namespace concord::net {

void nameThisThread(const std::string& name);

} // namespace concord::net
