#pragma once
// A small cache for the conversation and customer pane tests, built in memory through the real
// CacheWriter: one customer (Anna Nowak, three identities) with conversations on four channels
// (an e-mail thread with a note and a system event, a call, a branch visit, a chat), and a
// second customer with a 1,000-message chat for the long-thread test.

#include "domain/Conversation.h"
#include "domain/Customer.h"
#include "store/CacheReader.h"
#include "store/Database.h"

#include <QString>

#include <memory>

namespace concord::test {

struct PaneTestCache {
    static constexpr int kLongThreadMessages = 1000;

    std::unique_ptr<store::Database> db;
    std::unique_ptr<store::CacheReader> reader;
    domain::Customer anna;
    domain::Conversation email; // open, newest activity: inbound, note, event, outbound
    domain::Conversation call;  // resolved, CSAT 4, NPS 9: one answered call via the IVR
    domain::Conversation chat;  // pending, no survey
    domain::Conversation visit; // closed, CSAT 5: one branch visit
    domain::Customer piotr;
    domain::Conversation longChat; // kLongThreadMessages messages

    static QString q(const std::string& id) { return QString::fromStdString(id); }
};

// Returns nullptr (after a warning) when the store refuses.
std::unique_ptr<PaneTestCache> buildPaneTestCache();

} // namespace concord::test
