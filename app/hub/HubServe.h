#pragma once
// `concord-hub serve`: opens (or creates) the store, listens, and serves desks until SIGINT or
// SIGTERM; then it stops accepting, closes every desk with "going away" (1001), finishes the
// writes already queued and returns 0.

#include "HubCommandLine.h"

#include <functional>
#include <iosfwd>

namespace concord::hubapp {

// `listening` (for tests and the embedded hub) is told the port once desks can connect.
int runServe(const ServeCommand& command, std::ostream& out, std::ostream& err,
             const std::function<void(std::uint16_t port)>& listening = {});

} // namespace concord::hubapp
