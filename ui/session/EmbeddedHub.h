#pragma once
// The hub a desk starts for itself when no hub is configured: the real HubService, serving
// the real protocol on 127.0.0.1 at a free port, over a demo store in the user's data
// folder. The desk then syncs with it exactly as with a standalone concord-hub, so the
// default desk exercises the whole path (sign-in, snapshot, live changes, outbox).
// Other desks on this machine may join it while it runs: its address is shown in the
// status bar and every demo account signs in with the password "demo".

#include "DemoSeeding.h"
#include "domain/Result.h"

#include <cstdint>
#include <filesystem>
#include <memory>

namespace concord::hub {
class HubService;
}
namespace concord::net {
class Server;
}

namespace concord::ui {

class EmbeddedHub {
public:
    // Opens the store at `file`, seeding it with the demo first when it does not exist (a
    // run interrupted while seeding leaves nothing behind), and starts serving it. The
    // store's errors are the cache's; InvalidArgument: no loopback port to listen on.
    static domain::Result<std::unique_ptr<EmbeddedHub>> start(const std::filesystem::path& file,
                                                              const SeedProgress& progress = {});
    ~EmbeddedHub(); // desks are told "going away"; queued writes are finished first

    EmbeddedHub(const EmbeddedHub&) = delete;
    EmbeddedHub& operator=(const EmbeddedHub&) = delete;

    std::uint16_t port() const;

private:
    EmbeddedHub(std::unique_ptr<hub::HubService> service, std::unique_ptr<net::Server> server);

    std::unique_ptr<hub::HubService> m_service;
    std::unique_ptr<net::Server> m_server;
};

} // namespace concord::ui
