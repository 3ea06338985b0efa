#pragma once
// Streams one desk's bootstrap: reset {epoch, S}, the snapshot of its scope at S in batches,
// snapshot_end {S}. It reads through a connection of its own (the writer keeps writing) and
// never queues the whole snapshot: the next batch is made only while the connection's send
// queue holds less than `queueBytes`; when it is fuller, a short timer looks again. Many
// streams share one reader loop, a few batches at a time, so a large scope does not hold up
// a small one. Stops quietly when the connection closes or a newer subscribe supersedes it.

#include "HubSession.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace concord::net {
class EventLoop;
}
namespace concord::store {
class HubSnapshot;
class HubStore;
} // namespace concord::store

namespace concord::hub {

class SnapshotStream : public std::enable_shared_from_this<SnapshotStream> {
public:
    struct Options {
        std::filesystem::path database;
        std::string epoch;
        std::size_t queueBytes = 1024 * 1024;
    };
    // Called on the reader loop once: S after snapshot_end was queued, nothing when the
    // stream stopped early (closed, superseded, or the store failed: then the connection
    // is closed).
    using Finished = std::function<void(std::optional<std::int64_t> seq)>;

    static void start(net::EventLoop& loop, std::shared_ptr<HubSession> session,
                      std::uint64_t generation, Options options, Finished finished);
    ~SnapshotStream();

private:
    SnapshotStream(net::EventLoop& loop, std::shared_ptr<HubSession> session,
                   std::uint64_t generation, Options options, Finished finished);
    void open();
    void step();
    bool sendBatch();
    void end(std::optional<std::int64_t> seq);
    void fail(const std::string& what);
    bool stale() const;

    net::EventLoop& m_loop;
    std::shared_ptr<HubSession> m_session;
    std::uint64_t m_generation;
    Options m_options;
    Finished m_finished;
    std::unique_ptr<store::HubStore> m_store;
    std::unique_ptr<store::HubSnapshot> m_snapshot;
    std::int64_t m_seq = 0;
    bool m_done = false;
};

} // namespace concord::hub
