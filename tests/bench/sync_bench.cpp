// concord-sync-bench: how fast a fresh desk bootstraps over the real protocol. Seeds a hub
// store with N demo messages, serves it on loopback, and times a desk (SyncClient and its
// cache) from sign-in until it is caught up; the baseline is a raw SQLite insert of the same
// generated rows, measured in the same run.
//
//   concord-sync-bench [--messages N]      (default 1,000,000)

#include "BenchReport.h"
#include "RawSqliteSink.h"
#include "Samples.h"
#include "LiveBench.h"
#include "StageBench.h"
#include "demo/DemoCache.h"
#include "demo/DemoGenerator.h"
#include "hub/AgentAccounts.h"
#include "hub/HubDemoSink.h"
#include "hub/HubService.h"
#include "net/Server.h"
#include "store/Database.h"
#include "sync/SyncClient.h"
#include "store/HubStore.h"

#include <SQLiteCpp/Database.h>

#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <string>
#include <vector>

#include <unistd.h>

using namespace concord;
using bench::BenchReport;
using Clock = std::chrono::steady_clock;

namespace {

constexpr double kRatioTarget = 0.5;

struct Bootstrap {
    std::mutex mutex;
    std::condition_variable changed;
    std::optional<Clock::time_point> firstBatch;
    std::optional<Clock::time_point> lastBatch;
    std::optional<Clock::time_point> caughtUp;
    std::string failure;
};

double seconds(Clock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

std::int64_t countRows(const std::filesystem::path& file, const char* table)
{
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    return db.execAndGet(std::string("SELECT count(*) FROM ") + table).getInt64();
}

// "500,1000,2000": the sustained rates to measure, all of them even past a miss.
std::vector<int> parseRates(const char* text, bool& stopAtMiss)
{
    std::vector<int> rates;
    for (const char* p = text; *p;) {
        char* end = nullptr;
        const long rate = std::strtol(p, &end, 10);
        if (end == p)
            break;
        if (rate > 0)
            rates.push_back(int(rate));
        p = *end == ',' ? end + 1 : end;
    }
    stopAtMiss = false;
    return rates;
}

} // namespace

int main(int argc, char** argv)
{
    store::tuneSqlite(); // before the raw baseline's connection, like every Concord program
    std::int64_t messages = 0;
    bool stages = false;
    bool live = false;
    bench::LiveOptions liveOptions;
    bool reuse = false;
    std::filesystem::path dir = std::filesystem::temp_directory_path()
                                / ("concord-sync-bench-" + std::to_string(::getpid()));
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--messages" && i + 1 < argc)
            messages = std::atoll(argv[++i]);
        else if (arg == "--dir" && i + 1 < argc)
            dir = argv[++i];
        else if (arg == "--stages")
            stages = true;
        else if (arg == "--reuse") // keep the hub store of an earlier run in --dir
            reuse = true;
        else if (arg == "--live")
            live = true;
        else if (arg == "--desks" && i + 1 < argc)
            liveOptions.desks = std::atoi(argv[++i]);
        else if (arg == "--seconds" && i + 1 < argc)
            liveOptions.seconds = std::atoi(argv[++i]);
        else if (arg == "--rates" && i + 1 < argc) // e.g. 500,1000,2000: each one measured
            liveOptions.sustainedRates = parseRates(argv[++i], liveOptions.stopAtMiss);
        else {
            std::puts("usage: concord-sync-bench [--messages N] [--dir D] [--reuse]\n"
                      "                          [--stages | --live [--desks N] [--seconds S]\n"
                      "                                    [--rates R,R,...]]\n"
                      "  default: bootstrap of 1,000,000 messages against a raw insert;\n"
                      "  --stages: the bootstrap's stages one by one on one thread;\n"
                      "  --live: latency and sustained inbound with 200 connected desks\n"
                      "          over a hub of 20,000 messages; --rates: these sustained rates,\n"
                      "          each measured even after one misses");
            return 2;
        }
    }
    if (messages <= 0)
        messages = live ? 20'000 : 1'000'000;
    reuse = reuse && std::filesystem::exists(dir / "hub.sqlite");
    if (!reuse) {
        std::filesystem::remove_all(dir);
    } else { // everything but the hub's store
        for (const auto& entry : std::filesystem::directory_iterator(dir))
            if (entry.path().filename().string().rfind("hub.sqlite", 0) != 0)
                std::filesystem::remove_all(entry.path());
    }
    std::filesystem::create_directories(dir);
    demo::DemoOptions options;
    options.targetMessages = messages;
    options.now = std::chrono::time_point_cast<std::chrono::milliseconds>(
        std::chrono::system_clock::now());
    std::printf("concord-sync-bench: %s messages, files in %s\n",
                BenchReport::count(messages).c_str(), dir.string().c_str());

    double rawRate = 0;
    double localRate = 0;
    if (!stages && !live) {
        BenchReport::section("1. Baseline: raw SQLite insert of the same generated rows");
        const auto rawStart = Clock::now();
        {
            bench::RawSqliteSink raw(dir / "raw.sqlite");
            demo::generateDemo(options, raw);
            raw.finish();
        }
        const double rawSeconds = seconds(Clock::now() - rawStart);
        const auto rawMessages = countRows(dir / "raw.sqlite", "messages");
        rawRate = double(rawMessages) / rawSeconds;
        BenchReport::info("raw insert (generator included)",
                          BenchReport::count(std::int64_t(rawRate)) + " msg/s");

        BenchReport::section("1b. The desk's own writer, no network: the same rows into a cache");
        const auto localStart = Clock::now();
        {
            auto cache = store::Database::open(dir / "local.sqlite",
                                               store::OpenMode::CreateOrMigrate);
            if (!cache) {
                std::fprintf(stderr, "local cache: %s\n", cache.error().detail.c_str());
                return 1;
            }
            if (auto filled = demo::fillDemoCache(**cache, options, {},
                                                  demo::MessageSearch::Later);
                !filled) {
                std::fprintf(stderr, "local cache: %s\n", filled.error().detail.c_str());
                return 1;
            }
        }
        localRate = double(countRows(dir / "local.sqlite", "messages"))
                    / seconds(Clock::now() - localStart);
        BenchReport::info("CacheWriter bulk load (generator included)",
                          BenchReport::count(std::int64_t(localRate)) + " msg/s");
        char line[96];
        std::snprintf(line, sizeof line, "%.2f", localRate / rawRate);
        BenchReport::info("ratio to the raw insert", line);
        BenchReport::note("The cache's unique ids, inbox indexes, previews and subject and customer");
        BenchReport::note("search, with message search left for later as a bootstrap leaves it:");
        BenchReport::note("no bootstrap into this cache can beat this ratio.");
    }

    BenchReport::section("2. The hub");
    const auto hubFile = dir / "hub.sqlite";
    domain::Agent supervisor;
    {
        auto store = store::HubStore::open(hubFile);
        if (!store) {
            std::fprintf(stderr, "hub store: %s\n", store.error().detail.c_str());
            return 1;
        }
        const auto seedStart = Clock::now();
        if (reuse) {
            // seeded by an earlier run
        } else if (auto seeded = hub::seedDemo(**store, options); !seeded) {
            std::fprintf(stderr, "seed: %s\n", seeded.error().detail.c_str());
            return 1;
        }
        BenchReport::info("seed-demo", BenchReport::ms(seconds(Clock::now() - seedStart) * 1000));
        supervisor = (*store)->agentByLogin(demo::kDemoSupervisorLogin).value();
        hub::AgentAccounts(**store).passwd(supervisor.login, "bench");
    }
    if (stages)
        return bench::runStageBench(hubFile, dir / "stages.sqlite", supervisor) ? 0 : 1;
    if (live) {
        liveOptions.hubFile = hubFile;
        liveOptions.dir = dir;
        return bench::runLiveBench(liveOptions, supervisor) && BenchReport::misses() == 0 ? 0
                                                                                          : 1;
    }
    hub::HubServiceOptions serviceOptions;
    serviceOptions.database = hubFile;
    auto service = hub::HubService::create(serviceOptions);
    if (!service) {
        std::fprintf(stderr, "service: %s\n", service.error().detail.c_str());
        return 1;
    }
    net::Server server(**service);
    std::string error;
    if (!server.listen("127.0.0.1", 0, &error)) {
        std::fprintf(stderr, "listen: %s\n", error.c_str());
        return 1;
    }

    BenchReport::section("3. Bootstrap of a fresh desk (supervisor: every record) over loopback");
    Bootstrap bootstrap;
    sync::SyncClientOptions clientOptions;
    clientOptions.port = server.port();
    sync::SyncSinks sinks{[&](const sync::DeskEvent& e) {
                              std::lock_guard lock(bootstrap.mutex);
                              const auto now = Clock::now();
                              if (std::holds_alternative<sync::event::Bootstrapping>(e)) {
                                  if (!bootstrap.firstBatch)
                                      bootstrap.firstBatch = now;
                                  bootstrap.lastBatch = now;
                              }
                              if (std::holds_alternative<sync::event::CaughtUp>(e))
                                  bootstrap.caughtUp = now;
                              if (const auto* failed = std::get_if<sync::event::Failed>(&e))
                                  bootstrap.failure = failed->what;
                              bootstrap.changed.notify_all();
                          },
                          {},
                          {}};
    const auto deskFile = dir / "desk.sqlite";
    sync::SyncClient desk(deskFile, clientOptions, sinks);
    const auto start = Clock::now();
    desk.start({{}, supervisor.login, "bench"}, supervisor);
    {
        std::unique_lock lock(bootstrap.mutex);
        const bool done = bootstrap.changed.wait_for(lock, std::chrono::minutes(30), [&] {
            return bootstrap.caughtUp.has_value() || !bootstrap.failure.empty();
        });
        if (!done || !bootstrap.failure.empty()) {
            std::fprintf(stderr, "bootstrap failed: %s\n", bootstrap.failure.c_str());
            return 1;
        }
    }
    desk.stop();
    const double bootSeconds = seconds(*bootstrap.caughtUp - start);
    const auto deskMessages = countRows(deskFile, "messages");
    const double rate = double(deskMessages) / bootSeconds;
    BenchReport::info("messages in the desk's cache", BenchReport::count(deskMessages));
    BenchReport::info("first snapshot batch stored after",
                      BenchReport::ms(seconds(*bootstrap.firstBatch - start) * 1000));
    BenchReport::info("last snapshot batch stored after",
                      BenchReport::ms(seconds(*bootstrap.lastBatch - start) * 1000));
    BenchReport::info("bootstrap until caught up", BenchReport::ms(bootSeconds * 1000));
    BenchReport::info("bootstrap rate", BenchReport::count(std::int64_t(rate)) + " msg/s");
    const double ratio = rate / rawRate;
    char line[160];
    std::snprintf(line, sizeof line, "%.2f (target >= %.1f) %s", ratio, kRatioTarget,
                  ratio >= kRatioTarget ? "PASS" : "MISS");
    BenchReport::info("ratio bootstrap rate / raw insert rate", line);
    std::snprintf(line, sizeof line, "%.2f", rate / localRate);
    BenchReport::info("ratio bootstrap rate / the desk's writer alone", line);
    BenchReport::note("Hub, desk and baseline share this machine's two cores; the desk loads the");
    BenchReport::note("snapshot in bulk mode and builds its indexes and search once at the end.");
    server.stop();
    (*service)->stop();
    return 0;
}
