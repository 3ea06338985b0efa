#pragma once
// What the desk's side of the protocol needs from the desk's cache: where it stands, how to
// take in a snapshot and changes, and its outbox of mutations. The cache implements it in
// core/store; tests implement it in memory. Every call is one transaction: it happens whole
// or not at all.

#include "Protocol.h"
#include "domain/Result.h"

#include <optional>
#include <vector>

namespace concord::sync {

class ReplicaStore {
public:
    virtual ~ReplicaStore() = default;

    // Where the replica stands; none for a fresh one (or one being bootstrapped).
    virtual domain::Result<std::optional<Cursor>> cursor() = 0;
    // The hub starts over: forget every record and the cursor (the outbox stays).
    virtual domain::VoidResult beginReset(const Reset& reset) = 0;
    virtual domain::VoidResult applySnapshot(const Snapshot& batch) = 0;
    // The snapshot is complete: finish what bulk loading deferred and keep the cursor.
    virtual domain::VoidResult finishSnapshot(const Cursor& cursor) = 0;
    // Applies every item and moves the cursor to {epoch, changes.upTo}.
    virtual domain::VoidResult applyChanges(const Changes& changes,
                                            const domain::Id& epoch) = 0;
    // The outbox, oldest first: what the hub has not answered yet.
    virtual domain::Result<std::vector<Mutate>> pendingMutations() = 0;
    // The hub's answer: drops the mutation from the outbox; a refusal also rolls its
    // optimistic effect back.
    virtual domain::VoidResult settle(const MutationResult& result) = 0;
};

} // namespace concord::sync
