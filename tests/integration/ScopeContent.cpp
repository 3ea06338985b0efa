#include "ScopeContent.h"

#include "store/CacheReader.h"
#include "store/Database.h"
#include "store/HubSnapshot.h"
#include "store/HubStore.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>

namespace concord::test {

ScopeContent hubContent(store::HubStore& hub, const store::HubScope& scope)
{
    ScopeContent content;
    auto snapshot = hub.snapshot(scope);
    if (!snapshot)
        return content;
    while (true) {
        auto batch = (*snapshot)->next(5000, 4 << 20);
        if (!batch || batch->records() == 0)
            break;
        for (const auto& c : batch->customers)
            content.customers.insert(c.id);
        for (const auto& c : batch->conversations)
            content.conversations.insert(c.id);
        for (const auto& m : batch->messages)
            content.messages.insert(m.id);
        content.messageCount += batch->messages.size();
    }
    return content;
}

ScopeContent deskContent(const std::filesystem::path& cache)
{
    ScopeContent content;
    auto db = store::Database::open(cache, store::OpenMode::ExistingOnly);
    if (!db)
        return content;
    store::CacheReader reader(**db);
    store::InboxQuery all;
    all.view = store::InboxView::All;
    auto page = reader.inboxPage(all, nullptr, 1'000'000);
    if (!page)
        return content;
    for (const auto& row : *page) {
        content.conversations.insert(row.conversationId);
        content.messageCount += std::size_t(row.messageCount);
    }
    try {
        SQLite::Statement customers((*db)->sql(), "SELECT id FROM customers");
        while (customers.executeStep())
            content.customers.insert(customers.getColumn(0).getString());
        SQLite::Statement messages((*db)->sql(), "SELECT id FROM messages");
        while (messages.executeStep())
            content.messages.insert(messages.getColumn(0).getString());
    } catch (const SQLite::Exception&) {
        return {};
    }
    return content;
}

std::map<std::string, int> bodiesStartingWith(store::Database& db, const std::string& prefix)
{
    std::map<std::string, int> bodies;
    try {
        SQLite::Statement query(db.sql(),
                                "SELECT body, count(*) FROM messages "
                                "WHERE substr(body, 1, length(?1)) = ?1 GROUP BY body");
        query.bind(1, prefix);
        while (query.executeStep())
            bodies[query.getColumn(0).getString()] = query.getColumn(1).getInt();
    } catch (const SQLite::Exception&) {
        bodies.clear();
    }
    return bodies;
}

std::map<std::string, int> deskBodiesStartingWith(const std::filesystem::path& cache,
                                                  const std::string& prefix)
{
    auto db = store::Database::open(cache, store::OpenMode::ExistingOnly);
    return db ? bodiesStartingWith(**db, prefix) : std::map<std::string, int>{};
}

bool deskHasMessage(const std::filesystem::path& cache, const domain::Id& conversation,
                    const domain::Id& message)
{
    auto db = store::Database::open(cache, store::OpenMode::ExistingOnly);
    if (!db)
        return false;
    store::CacheReader reader(**db);
    auto thread = reader.messages(conversation);
    return thread && std::any_of(thread->begin(), thread->end(),
                                 [&](const domain::Message& m) { return m.id == message; });
}

} // namespace concord::test
