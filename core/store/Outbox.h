#pragma once
// The desk's outbox: writes the agent made that the hub has not answered yet, in the order
// they were made. Each is kept as the encoded mutate frame (the store does not read it) with
// the conversation it touches, so the desk can show what is still pending. Adding to the
// outbox belongs in the same transaction as the write's local effect (CacheWriter::begin).

#include "domain/Id.h"
#include "domain/Result.h"
#include "domain/Time.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace concord::store {

class Database;

struct OutboxEntry {
    std::int64_t mutationId = 0; // the protocol's mutationId, > 0, growing
    domain::Id conversationId;
    std::string frame;
    domain::Timestamp created{};
};

class Outbox {
public:
    explicit Outbox(Database& db);
    ~Outbox();
    Outbox(const Outbox&) = delete;
    Outbox& operator=(const Outbox&) = delete;

    // Stores `frame` under the next mutation id, which `frameFor` receives to put inside the
    // frame (the id is part of what the hub sees). Returns the id.
    template <typename MakeFrame>
    domain::Result<std::int64_t> add(const domain::Id& conversationId, domain::Timestamp created,
                                     MakeFrame&& frameFor)
    {
        auto id = nextMutationId();
        if (!id)
            return id.error();
        auto stored = insert({*id, conversationId, frameFor(*id), created});
        if (!stored)
            return stored.error();
        return *id;
    }

    domain::Result<std::vector<OutboxEntry>> pending() const; // oldest first
    domain::Result<int> count() const;
    domain::Result<int> countFor(const domain::Id& conversationId) const;
    // The hub answered: the entry leaves the outbox. Removing an unknown id is not an error
    // (an answer may come twice).
    domain::VoidResult remove(std::int64_t mutationId);

private:
    domain::Result<std::int64_t> nextMutationId();
    domain::VoidResult insert(const OutboxEntry& entry);

    struct Statements;
    Database& m_db;
    std::unique_ptr<Statements> m_stmts;
};

} // namespace concord::store
