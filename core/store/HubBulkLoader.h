#pragma once
// Loads many records into a hub store fast (seed-demo): CacheWriter's bulk mode (indexes and
// search triggers rebuilt once at the end), large transactions, and no change row per record.
// Instead the whole load is one baseline sequence B: every customer and conversation gets
// revision B, the log is compacted through B and the horizon set to B, so a desk whose cursor
// is older than B is answered with a reset and a snapshot that holds the load.
//
// Needs the store to itself while it runs: start it before the hub serves (others writing in
// between would interleave with the baseline, and readers see the load half done).

#include "domain/Agent.h"
#include "domain/Conversation.h"
#include "domain/Customer.h"
#include "domain/Message.h"
#include "domain/Result.h"

#include <cstdint>
#include <memory>

namespace concord::store {

class CacheWriter;
class HubStore;

class HubBulkLoader {
public:
    explicit HubBulkLoader(HubStore& store);
    ~HubBulkLoader(); // an unfinished load is rolled back to its last commit
    HubBulkLoader(const HubBulkLoader&) = delete;
    HubBulkLoader& operator=(const HubBulkLoader&) = delete;

    // Returns the baseline sequence B (latestSeq() + 1).
    domain::Result<std::int64_t> start();
    domain::VoidResult team(const domain::Team& team);
    domain::VoidResult agent(const domain::Agent& agent);
    domain::VoidResult customer(const domain::Customer& customer);
    domain::VoidResult conversation(const domain::Conversation& conversation);
    domain::VoidResult message(const domain::Message& message);
    // Commits, moves the horizon to B and rebuilds the indexes; returns B.
    domain::Result<std::int64_t> finish();

private:
    domain::VoidResult written(domain::VoidResult result);

    HubStore& m_store;
    std::unique_ptr<CacheWriter> m_writer;
    std::int64_t m_baseline = 0;
    std::int64_t m_rows = 0;
    bool m_open = false;
};

} // namespace concord::store
