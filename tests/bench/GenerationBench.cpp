#include "GenerationBench.h"

#include "BenchReport.h"
#include "LongThread.h"
#include "ProcessMemory.h"
#include "RawSqliteSink.h"
#include "Samples.h"
#include "demo/DemoCache.h"
#include "store/CacheWriter.h"
#include "store/Database.h"

#include <SQLiteCpp/Exception.h>

#include <cstdio>

namespace concord::bench {
namespace {

using Clock = std::chrono::steady_clock;

constexpr int kLongThreadMessages = 1000;

struct NullSink : demo::DemoSink {
    void team(const domain::Team&) override {}
    void agent(const domain::Agent&) override {}
    void customer(const domain::Customer&) override {}
    void conversation(const domain::Conversation&) override {}
    void message(const domain::Message&) override {}
};

std::string rate(std::int64_t messages, double ms)
{
    return BenchReport::count(static_cast<std::int64_t>(double(messages) / (ms / 1000.0)))
           + " msg/s";
}

std::string seconds(double ms)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f s", ms / 1000.0);
    return buffer;
}

std::optional<std::int64_t> fileSize(const std::filesystem::path& file)
{
    std::error_code error;
    const auto size = std::filesystem::file_size(file, error);
    return error ? std::nullopt : std::optional<std::int64_t>(std::int64_t(size));
}

double timeGeneratorAlone(const demo::DemoOptions& options)
{
    NullSink sink;
    const auto start = Clock::now();
    demo::generateDemo(options, sink);
    return elapsedMs(start);
}

std::optional<double> timeRawInsert(const demo::DemoOptions& options,
                                    const std::filesystem::path& file, Probes& probes,
                                    std::optional<std::int64_t>& size)
{
    removeDatabase(file);
    try {
        const auto start = Clock::now();
        {
            RawSqliteSink sink(file);
            demo::generateDemo(options, sink);
            sink.finish();
            probes = sink.probes();
        }
        const double ms = elapsedMs(start);
        size = fileSize(file);
        removeDatabase(file);
        return ms;
    } catch (const SQLite::Exception& e) {
        std::fprintf(stderr, "raw SQLite baseline failed: %s\n", e.what());
        return std::nullopt;
    }
}

bool recordProbes(store::Database& db, const Probes& probes, const domain::Id& longThread)
{
    store::CacheWriter writer(db);
    bool ok = writer.begin().ok();
    ok = ok && writer.setMeta("bench.long_thread", longThread).ok();
    ok = ok && writer.setMeta("bench.surname", probes.surname).ok();
    ok = ok && writer.setMeta("bench.full_name", probes.fullName).ok();
    ok = ok && writer.setMeta("bench.email", probes.email).ok();
    ok = ok && writer.setMeta("bench.order", probes.order).ok();
    return ok && writer.commit().ok();
}

} // namespace

void removeDatabase(const std::filesystem::path& file)
{
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        std::filesystem::remove(file.string() + suffix, ignored);
}

bool GenerationBench::run(const demo::DemoOptions& options, const std::filesystem::path& cache)
{
    BenchReport::section("1. Generation of " + BenchReport::count(options.targetMessages)
                         + " messages (seed " + std::to_string(options.seed) + ")");
    const double generatorMs = timeGeneratorAlone(options);

    Probes probes;
    std::optional<std::int64_t> rawSize;
    const auto rawFile = std::filesystem::path(cache.string() + ".raw");
    const auto rawMs = timeRawInsert(options, rawFile, probes, rawSize);
    if (!rawMs)
        return false;

    removeDatabase(cache);
    auto db = store::Database::open(cache, store::OpenMode::CreateOrMigrate);
    if (!db) {
        std::fprintf(stderr, "cannot create %s: %s\n", cache.string().c_str(),
                     db.error().detail.c_str());
        return false;
    }
    const auto start = Clock::now();
    double loadedMs = 0;
    const auto stats = demo::fillDemoCache(**db, options, [&](std::int64_t written) {
        loadedMs = elapsedMs(start);
        if (written % 200'000 == 0)
            std::fprintf(stderr, "  ... %s messages\n", BenchReport::count(written).c_str());
    });
    const double fillMs = elapsedMs(start);
    if (!stats) {
        std::fprintf(stderr, "fillDemoCache failed: %s\n", stats.error().detail.c_str());
        return false;
    }
    const auto peak = ProcessMemory::peakResidentBytes();

    const std::int64_t n = stats->messages;
    BenchReport::info("records", BenchReport::count(stats->customers) + " customers, "
                                     + BenchReport::count(stats->conversations)
                                     + " conversations, " + BenchReport::count(n) + " messages");
    BenchReport::info("generator alone (no storage)", rate(n, generatorMs));
    BenchReport::info("  time", seconds(generatorMs));
    BenchReport::info("raw SQLite insert of the same rows", rate(n, *rawMs));
    BenchReport::info("  time (generator included)", seconds(*rawMs));
    BenchReport::info("fillDemoCache (CacheWriter, bulk mode)", rate(n, fillMs));
    BenchReport::info("  time (generator included)", seconds(fillMs));
    BenchReport::info("    of which rows loaded", seconds(loadedMs));
    BenchReport::info("    of which indexes + search built", seconds(fillMs - loadedMs));
    char ratio[64];
    std::snprintf(ratio, sizeof ratio, "%.2f (%.1fx slower)", *rawMs / fillMs, fillMs / *rawMs);
    BenchReport::info("ratio fillDemoCache rate / raw rate", ratio);
    BenchReport::info("cache file size", BenchReport::megabytes(fileSize(cache)));
    BenchReport::info("raw baseline file size", BenchReport::megabytes(rawSize));
    BenchReport::info("peak RSS during generation (VmHWM)", BenchReport::megabytes(peak));
    BenchReport::note("Baseline: the same generated records, inserted with plain prepared "
                      "INSERTs into bare");
    BenchReport::note("rowid tables (no UNIQUE ids, no indexes, no FTS, no inbox columns), "
                      "WAL,");
    BenchReport::note("synchronous=NORMAL, 50,000 rows per transaction, e-mail/call/visit "
                      "detail as JSON.");
    BenchReport::note("fillDemoCache adds unique id indexes, the inbox indexes, previews and "
                      "counts, and");
    BenchReport::note("three FTS5 indexes with Polish folding. Both times include the "
                      "generator.");

    const auto now = options.now;
    const auto longThread = addLongThread(**db, probes.customerId, kLongThreadMessages, now);
    if (!longThread) {
        std::fprintf(stderr, "cannot add the long thread: %s\n",
                     longThread.error().detail.c_str());
        return false;
    }
    return recordProbes(**db, probes, longThread.value());
}

} // namespace concord::bench
