#pragma once
// A desk without a screen for the integration tests: a SyncClient on its own cache file,
// with what its sinks reported kept under a lock for the test thread to read. A tap sees
// every event on the sync thread as it happens, so a test can act at an exact moment.

#include "sync/SyncClient.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace concord::test {

class DeskProbe {
public:
    DeskProbe(std::filesystem::path cache, std::uint16_t port);
    ~DeskProbe();

    // Before signIn(): called on the sync thread with each event, before the probe counts it.
    void setTap(std::function<void(const sync::DeskEvent&)> tap);
    void signIn(const std::string& login, const std::string& password);
    void write(sync::MutationOp op) { m_client->write(std::move(op)); }
    void stop() { m_client->stop(); }

    bool online();
    int caughtUp();
    int pendingWrites();
    int drops();           // times the link fell from online
    int snapshotBatches(); // snapshot batches taken in, over every bootstrap
    int replicaReplaced(); // bootstraps completed
    std::vector<sync::MutationResult> settled();
    const std::filesystem::path& cache() const { return m_cache; }

private:
    std::filesystem::path m_cache;
    std::mutex m_mutex;
    sync::Link m_link = sync::Link::Offline;
    int m_caughtUp = 0;
    int m_pending = -1;
    int m_drops = 0;
    int m_snapshotBatches = 0;
    int m_replaced = 0;
    std::function<void(const sync::DeskEvent&)> m_tap;
    std::vector<sync::MutationResult> m_settled;
    std::unique_ptr<sync::SyncClient> m_client;
};

} // namespace concord::test
