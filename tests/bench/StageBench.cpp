#include "StageBench.h"

#include "BenchReport.h"
#include "hub/WireFrames.h"
#include "store/Database.h"

#include <SQLiteCpp/Database.h>
#include "store/HubSnapshot.h"
#include "store/HubStore.h"
#include "sync/CacheReplica.h"
#include "sync/Codec.h"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace concord::bench {

namespace {

using Clock = std::chrono::steady_clock;

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

// Wall and CPU time of one stage: the machine is shared, so CPU time is the steadier figure.
struct Stage {
    Clock::time_point wall = Clock::now();
    double cpu = cpuMs();
    double wallMs = 0;
    double cpuMsSpent = 0;
    void stop()
    {
        wallMs = std::chrono::duration<double, std::milli>(Clock::now() - wall).count();
        cpuMsSpent = cpuMs() - cpu;
    }
};

std::string perMessage(const Stage& stage, std::int64_t messages)
{
    char text[96];
    const double n = messages > 0 ? double(messages) : 1.0;
    std::snprintf(text, sizeof text, "%.2f us/msg cpu, %.2f wall", stage.cpuMsSpent * 1000 / n,
                  stage.wallMs * 1000 / n);
    return text;
}

} // namespace

bool runStageBench(const std::filesystem::path& hubFile, const std::filesystem::path& deskFile,
                   const domain::Agent& reader)
{
    BenchReport::section("Stages of a bootstrap, one after the other on one thread");
    auto store = store::HubStore::open(hubFile, store::OpenMode::ExistingOnly);
    if (!store) {
        std::fprintf(stderr, "hub store: %s\n", store.error().detail.c_str());
        return false;
    }
    store::HubScope scope;
    scope.everything = true;
    (void)reader;

    // Hub: read the snapshot, then encode it.
    std::vector<store::SnapshotBatch> batches;
    std::int64_t seq = 0;
    std::int64_t messages = 0;
    Stage read;
    {
        auto snapshot = (*store)->snapshot(scope);
        if (!snapshot)
            return false;
        seq = (*snapshot)->seq();
        while (true) {
            auto batch = (*snapshot)->next(5000, 768 * 1024);
            if (!batch || batch->records() == 0)
                break;
            messages += std::int64_t(batch->messages.size());
            batches.push_back(std::move(batch).value());
        }
    }
    read.stop();
    Stage encode;
    std::vector<std::string> frames;
    std::size_t bytes = 0;
    for (auto& batch : batches)
        for (std::string& frame : hub::snapshotFrames(seq, batch)) {
            bytes += frame.size();
            frames.push_back(std::move(frame));
        }
    batches.clear();
    encode.stop();

    // Desk: decode, write, finish. Decoding is timed alone first, each frame thrown away as
    // the desk does, then again kept for the write stage.
    Stage decodeAlone;
    for (const std::string& frame : frames)
        if (!sync::decode(frame))
            return false;
    decodeAlone.stop();
    Stage decode;
    std::vector<sync::Snapshot> decoded;
    for (const std::string& frame : frames) {
        auto result = sync::decode(frame);
        if (!result || !std::holds_alternative<sync::Snapshot>(result.frame()))
            return false;
        decoded.push_back(std::get<sync::Snapshot>(std::move(result).frame()));
    }
    decode.stop();
    std::filesystem::remove(deskFile);
    auto db = store::Database::open(deskFile, store::OpenMode::CreateOrMigrate);
    if (!db)
        return false;
    sync::CacheReplica replica(**db, reader);
    if (!replica.beginReset(sync::Reset{"bench", seq}))
        return false;
    Stage write;
    for (const sync::Snapshot& batch : decoded)
        if (auto applied = replica.applySnapshot(batch); !applied) {
            std::fprintf(stderr, "apply: %s\n", applied.error().detail.c_str());
            return false;
        }
    write.stop();
    Stage finish;
    if (auto finished = replica.finishSnapshot(sync::Cursor{"bench", seq}); !finished)
        return false;
    finish.stop();
    Stage backlog;
    int steps = 0;
    while (true) {
        auto more = replica.backlogStep();
        if (!more) {
            std::fprintf(stderr, "search backlog: %s\n", more.error().detail.c_str());
            return false;
        }
        if (!*more)
            break;
        ++steps;
    }
    backlog.stop();
    // The index built in steps must equal what a rebuild would give.
    try {
        (*db)->sql().exec("INSERT INTO messages_fts(messages_fts, rank) "
                          "VALUES ('integrity-check', 1)");
    } catch (const std::exception& e) {
        std::fprintf(stderr, "search index damaged: %s\n", e.what());
        return false;
    }

    BenchReport::info("messages", BenchReport::count(messages));
    BenchReport::info("frames", BenchReport::count(std::int64_t(frames.size())) + " ("
                                    + BenchReport::megabytes(std::int64_t(bytes)) + ")");
    BenchReport::info("hub: read the snapshot", perMessage(read, messages));
    BenchReport::info("hub: encode frames", perMessage(encode, messages));
    BenchReport::info("desk: decode frames", perMessage(decodeAlone, messages));
    BenchReport::info("desk: write batches", perMessage(write, messages));
    BenchReport::info("desk: finish (last group, triggers)", perMessage(finish, messages));
    BenchReport::info("desk: backlog (indexes, search), " + std::to_string(steps) + " steps",
                      perMessage(backlog, messages));
    return true;
}

} // namespace concord::bench
