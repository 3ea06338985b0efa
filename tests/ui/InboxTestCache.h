#pragma once
// A small cache for the inbox tests, built in memory through the real CacheWriter:
// 250 conversations spread over every channel, status, priority, view and SLA state, with
// their last activity one step apart so the expected order is the index order.

#include "domain/Agent.h"
#include "domain/Conversation.h"
#include "store/CacheReader.h"
#include "store/Database.h"

#include <QDateTime>

#include <memory>
#include <vector>

namespace concord::test {

struct InboxTestCache {
    static constexpr int kConversations = 250;
    // The one conversation whose message says "Chcę złożyć reklamację".
    static constexpr int kPolishConversation = 137;

    std::unique_ptr<store::Database> db;
    std::unique_ptr<store::CacheReader> reader;
    domain::Agent me;
    domain::Agent colleague;
    domain::Team firstLine;
    domain::Team complaints;
    std::vector<domain::Conversation> conversations; // index i = i-th newest activity
    domain::Timestamp now{};

    QDateTime nowDateTime() const;
    // Writes a changed conversation back, as sync would.
    bool update(const domain::Conversation& conversation);
    // How many conversations satisfy `pred`.
    template <typename Pred>
    int count(Pred pred) const
    {
        int n = 0;
        for (const auto& c : conversations)
            n += pred(c) ? 1 : 0;
        return n;
    }
};

// Returns nullptr (after a QTest failure message) when the store refuses.
std::unique_ptr<InboxTestCache> buildInboxTestCache();

} // namespace concord::test
