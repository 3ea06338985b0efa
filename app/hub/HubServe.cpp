#include "HubServe.h"

#include "hub/HubService.h"
#include "net/Server.h"
#include "store/HubStore.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>

#include <csignal>
#include <ostream>

namespace concord::hubapp {
namespace {

constexpr int kFailed = 1;
constexpr int kServerThreads = 2; // the machine the issue names has two cores

// Creates or migrates the store up front, so the service opens a known-good file and an
// empty store can be reported.
bool prepareStore(const std::string& path, std::ostream& out, std::ostream& err)
{
    auto store = store::HubStore::open(path, store::OpenMode::CreateOrMigrate);
    if (!store) {
        err << "concord-hub: cannot open the hub store " << path << ": "
            << store.error().detail << "\n";
        return false;
    }
    if (auto agents = (*store)->agents(); agents && agents->empty())
        out << "The store has no agents yet: run `concord-hub seed-demo` or `concord-hub agent "
               "add` to let desks sign in.\n";
    return true;
}

} // namespace

int runServe(const ServeCommand& command, std::ostream& out, std::ostream& err,
             const std::function<void(std::uint16_t)>& listening)
{
    if (!prepareStore(command.db, out, err))
        return kFailed;
    hub::HubServiceOptions serviceOptions;
    serviceOptions.database = command.db;
    auto service = hub::HubService::create(serviceOptions);
    if (!service) {
        err << "concord-hub: cannot start the service: " << service.error().detail << "\n";
        return kFailed;
    }
    net::ServerOptions serverOptions;
    serverOptions.threads = kServerThreads;
    serverOptions.tls.certificateChainFile = command.tlsCert;
    serverOptions.tls.privateKeyFile = command.tlsKey;
    net::Server server(**service, serverOptions);
    std::string error;
    if (!server.listen(command.listen.host, command.listen.port, &error)) {
        err << "concord-hub: cannot listen on " << command.listen.host << ":"
            << command.listen.port << ": " << error << "\n";
        return kFailed;
    }
    out << "concord-hub serving " << command.db << " on " << (server.usesTls() ? "wss" : "ws")
        << "://" << command.listen.host << ":" << server.port() << "/sync\n"
        << std::flush;
    if (listening)
        listening(server.port());

    // The main thread only waits for the signal to stop; the server has threads of its own.
    boost::asio::io_context signals;
    boost::asio::signal_set stopSignals(signals, SIGINT, SIGTERM);
    stopSignals.async_wait([&](const boost::system::error_code&, int signal) {
        out << "concord-hub: signal " << signal << ", stopping\n" << std::flush;
    });
    signals.run();

    server.stop();       // no new desks; every desk is told "going away"
    (*service)->stop();  // the writes already queued are finished
    out << "concord-hub stopped\n";
    return 0;
}

} // namespace concord::hubapp
