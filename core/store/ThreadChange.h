#pragma once
// Private to the store: what appending messages changes in their conversation (count, last
// activity, preview), gathered so that a bulk load writes it once per conversation and a
// removal can recompute it from the messages that remain.

#include "RowMapping.h"
#include "domain/Message.h"

#include <algorithm>
#include <cstdint>
#include <string>

namespace concord::store {

// Merging is order-independent: counts add up, the latest time wins, and the preview follows
// the rule in CacheWriter.h (the column preview_rank records whether it came from a message
// or an event).
struct ThreadChange {
    std::int64_t conversationKey = 0;
    int added = 0;
    std::int64_t latest = 0;
    int previewRank = -1;
    std::int64_t previewAt = 0;
    std::string preview;

    void add(const domain::Message& message)
    {
        const std::int64_t at = domain::toEpochMs(message.sentAt);
        latest = added == 0 ? at : std::max(latest, at);
        ++added;
        const int rank = rows::previewRank(message.direction);
        if (rank > previewRank || (rank == previewRank && at >= previewAt)) {
            previewRank = rank;
            previewAt = at;
            preview = rows::makePreview(message.body);
        }
    }
};

} // namespace concord::store
