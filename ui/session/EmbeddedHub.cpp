#include "EmbeddedHub.h"

#include "hub/DemoAccounts.h"
#include "hub/HubDemoSink.h"
#include "hub/HubService.h"
#include "net/Server.h"
#include "store/HubStore.h"

#include <chrono>

namespace concord::ui {
namespace {

using domain::Error;
using domain::ErrorCode;
namespace fs = std::filesystem;

void removeWithCompanions(const fs::path& file)
{
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm"}) {
        fs::path part = file;
        part += suffix;
        fs::remove(part, ec);
    }
}

// Seeds beside `file` and moves the store into place only when it is complete.
domain::VoidResult seedHubStore(const fs::path& file, const SeedProgress& progress)
{
    fs::path partial = file;
    partial += ".seeding";
    removeWithCompanions(partial); // an earlier run that died mid-way
    {
        auto store = store::HubStore::open(partial, store::OpenMode::CreateOrMigrate);
        if (!store)
            return store.error();
        demo::DemoOptions options;
        options.targetMessages = kDemoMessages;
        options.now = std::chrono::time_point_cast<std::chrono::milliseconds>(
            std::chrono::system_clock::now());
        auto seeded = hub::seedDemo(**store, options, progress);
        if (!seeded)
            return seeded.error();
        if (auto given = hub::giveDemoPasswords(**store); !given)
            return given.error();
    } // the last connection closed: the WAL is checkpointed into the main file
    std::error_code ec;
    fs::rename(partial, file, ec);
    if (ec)
        return Error{ErrorCode::StorageFailure,
                     "cannot move the embedded hub's store into place: " + ec.message()};
    return domain::Done{};
}

} // namespace

domain::Result<std::unique_ptr<EmbeddedHub>> EmbeddedHub::start(const fs::path& file,
                                                                const SeedProgress& progress)
{
    std::error_code ec;
    if (!fs::exists(file, ec)) {
        if (auto seeded = seedHubStore(file, progress); !seeded)
            return seeded.error();
    }
    {
        // Migrates an older store, and refuses a damaged one untouched, before serving.
        auto store = store::HubStore::open(file, store::OpenMode::ExistingOnly);
        if (!store)
            return store.error();
    }
    hub::HubServiceOptions options;
    options.database = file;
    options.hubName = "concord-desk embedded hub/" CONCORD_VERSION;
    auto service = hub::HubService::create(options);
    if (!service)
        return service.error();
    auto server = std::make_unique<net::Server>(**service);
    std::string why;
    if (!server->listen("127.0.0.1", 0, &why)) // InvalidArgument: not the store's fault
        return Error{ErrorCode::InvalidArgument, "cannot listen on 127.0.0.1: " + why};
    return std::unique_ptr<EmbeddedHub>(new EmbeddedHub(std::move(*service), std::move(server)));
}

EmbeddedHub::EmbeddedHub(std::unique_ptr<hub::HubService> service,
                         std::unique_ptr<net::Server> server)
    : m_service(std::move(service))
    , m_server(std::move(server))
{
}

EmbeddedHub::~EmbeddedHub()
{
    m_server->stop(); // first the connections, then the writes they left queued
    m_service->stop();
}

std::uint16_t EmbeddedHub::port() const
{
    return m_server->port();
}

} // namespace concord::ui
