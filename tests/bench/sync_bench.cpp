// concord-sync-bench: how fast a fresh desk bootstraps over the real protocol. Seeds a hub
// store with N demo messages, serves it on loopback, and times a desk (SyncClient and its
// cache) from sign-in until it is caught up, against baselines measured in the same run
// (BootstrapBench.h); --stages and --live measure the stages and live traffic instead.
//
//   concord-sync-bench [--messages N]      (default 1,000,000)

#include "BenchReport.h"
#include "BootstrapBench.h"
#include "LiveBench.h"
#include "StageBench.h"
#include "demo/DemoGenerator.h"
#include "hub/AgentAccounts.h"
#include "hub/HubDemoSink.h"
#include "store/Database.h"
#include "store/HubStore.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <unistd.h>

using namespace concord;
using bench::BenchReport;
using Clock = std::chrono::steady_clock;

namespace {

double seconds(Clock::duration d)
{
    return std::chrono::duration<double>(d).count();
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
    int rounds = 2;
    std::string only;
    std::filesystem::path dir = std::filesystem::temp_directory_path()
                                / ("concord-sync-bench-" + std::to_string(::getpid()));
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--messages" && i + 1 < argc)
            messages = std::atoll(argv[++i]);
        else if (arg == "--dir" && i + 1 < argc)
            dir = argv[++i];
        else if (arg == "--rounds" && i + 1 < argc)
            rounds = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--only" && i + 1 < argc) // raw, writer or bootstrap: for a profiler
            only = argv[++i];
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
            std::puts("usage: concord-sync-bench [--messages N] [--dir D] [--reuse] [--rounds R]\n"
                      "                          [--only raw|writer|bootstrap]\n"
                      "                          [--stages | --live [--desks N] [--seconds S]\n"
                      "                                    [--rates R,R,...]]\n"
                      "  default: bootstrap of 1,000,000 messages against a raw insert and\n"
                      "           the desk's own writer, best of R rounds (default 2);\n"
                      "  --only: that one measurement alone (to profile it);\n"
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

    BenchReport::section("The hub");
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
    bench::BootstrapOptions bootstrap;
    bootstrap.dir = dir;
    bootstrap.hubFile = hubFile;
    bootstrap.demo = options;
    bootstrap.reader = supervisor;
    bootstrap.rounds = rounds;
    bootstrap.only = only;
    return bench::runBootstrapBench(bootstrap) ? 0 : 1;
}
