// concord-bench: generates a demo cache of N messages and prints how fast it was written and
// how fast the desk's queries run on it, each figure next to its target.
//
//   concord-bench [--messages N] [--cache PATH] [--seed S] [--rounds R] [--read-only]

#include "BenchReport.h"
#include "GenerationBench.h"
#include "ReadBench.h"
#include "demo/DemoGenerator.h"
#include "store/Database.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

using namespace concord;

namespace {

struct Arguments {
    std::int64_t messages = 1'000'000;
    std::uint64_t seed = demo::DemoOptions{}.seed;
    std::filesystem::path cache = std::filesystem::temp_directory_path() / "concord-bench.sqlite";
    int rounds = 20;
    bool readOnly = false; // measure an existing cache (also how the read phase is run)
};

void usage()
{
    std::puts("usage: concord-bench [--messages N] [--cache PATH] [--seed S] [--rounds R]\n"
              "                     [--read-only]\n"
              "  --messages N  size of the generated demo (default 1000000)\n"
              "  --cache PATH  where the cache is written (default: temp folder)\n"
              "  --seed S      seed of the demo generator\n"
              "  --rounds R    repetitions of each timed query (default 20)\n"
              "  --read-only   skip generation; measure the cache at PATH");
}

std::optional<Arguments> parse(int argc, char** argv)
{
    Arguments args;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--read-only") {
            args.readOnly = true;
        } else if (arg == "--messages" && hasValue) {
            args.messages = std::atoll(argv[++i]);
        } else if (arg == "--cache" && hasValue) {
            args.cache = argv[++i];
        } else if (arg == "--seed" && hasValue) {
            args.seed = std::strtoull(argv[++i], nullptr, 10);
        } else if (arg == "--rounds" && hasValue) {
            args.rounds = std::max(1, std::atoi(argv[++i]));
        } else {
            return std::nullopt;
        }
    }
    if (args.messages <= 0)
        return std::nullopt;
    return args;
}

// The read phase runs in a child process so that the memory figure is a fresh desk's, not
// that of a process which has just generated a million messages.
bool runReadPhaseInChild(const char* self, const Arguments& args)
{
    const std::string command = "\"" + std::string(self) + "\" --read-only --rounds "
                                + std::to_string(args.rounds) + " --cache \""
                                + args.cache.string() + "\"";
    std::fflush(stdout);
    return std::system(command.c_str()) == 0;
}

// The desk's own figures (window, models, panes) come from a Qt probe in a third process.
bool runDeskProbe(const Arguments& args)
{
    const std::string command = "\"" CONCORD_DESK_PROBE "\" \"" + args.cache.string() + "\" "
                                + std::to_string(args.rounds);
    std::fflush(stdout);
    return std::system(command.c_str()) == 0;
}

} // namespace

int main(int argc, char** argv)
{
    store::tuneSqlite(); // before the raw baseline's connection, like every Concord program
    const auto args = parse(argc, argv);
    if (!args) {
        usage();
        return 2;
    }
    if (args->readOnly)
        return bench::ReadBench::run(args->cache, args->rounds) ? 0 : 1;

    std::printf("concord-bench: %s messages, cache %s\n",
                bench::BenchReport::count(args->messages).c_str(), args->cache.string().c_str());
    demo::DemoOptions options;
    options.seed = args->seed;
    options.targetMessages = args->messages;
    options.now = std::chrono::time_point_cast<std::chrono::milliseconds>(
        std::chrono::system_clock::now());
    if (!bench::GenerationBench::run(options, args->cache))
        return 1;
    if (!runReadPhaseInChild(argv[0], *args)) {
        std::fprintf(stderr, "the read phase failed\n");
        return 1;
    }
    if (!runDeskProbe(*args)) {
        std::fprintf(stderr, "the desk probe failed\n");
        return 1;
    }
    std::printf("\nThe cache is left at %s for inspection.\n", args->cache.string().c_str());
    return 0;
}
