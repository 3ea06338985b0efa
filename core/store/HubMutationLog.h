#pragma once
// Exactly-once for desk mutations: the answer to each (client id, mutation id) is kept with
// the sequence its effect was logged under, so a resend gets the same answer without a
// second effect. Over a HubStore's connection; record() belongs in the mutation's own
// transaction (HubStore::begin/commit), so an effect and its answer commit together.
// HubStore::mutations() is one; another made here must be destroyed before its store.

#include "domain/Id.h"
#include "domain/Result.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace concord::store {

class HubStore;

struct AppliedMutation {
    std::string result;    // the answer as sent (JSON text; opaque here)
    std::int64_t seq = 0;  // the last sequence the effect logged (0: no effect)
    bool fresh = false;    // true when record() stored it just now
};

class HubMutationLog {
public:
    explicit HubMutationLog(HubStore& store);
    ~HubMutationLog();
    HubMutationLog(const HubMutationLog&) = delete;
    HubMutationLog& operator=(const HubMutationLog&) = delete;

    domain::Result<std::optional<AppliedMutation>> find(const domain::Id& clientId,
                                                        std::int64_t mutationId);
    // Stores the answer unless one is stored already; either way returns the stored one.
    domain::Result<AppliedMutation> record(const domain::Id& clientId, std::int64_t mutationId,
                                           const std::string& result, std::int64_t seq);

private:
    struct Statements;
    std::unique_ptr<Statements> m_stmts;
};

} // namespace concord::store
