#include "InboxTestCache.h"

#include "store/CacheWriter.h"

#include <QtTest>

#include <random>

namespace concord::test {

using namespace concord::domain;
using namespace std::chrono_literals;

namespace {

// A fixed "now" keeps every SLA badge and date deterministic: 2026-11-29 13:00 UTC.
constexpr std::int64_t kNowMs = 1'795'957'200'000;

bool check(const VoidResult& result, const char* what)
{
    if (!result)
        qWarning("%s failed: %s", what, result.error().detail.c_str());
    return result.ok();
}

Conversation makeConversation(int i, const InboxTestCache& cache, const Id& customerId,
                              std::mt19937_64& random)
{
    Conversation c;
    c.id = makeUuid(random);
    c.customerId = customerId;
    c.channel = kAllChannels[static_cast<size_t>(i) % kAllChannels.size()];
    if (c.channel == Channel::Social)
        c.network = kAllSocialNetworks[static_cast<size_t>(i / 6) % kAllSocialNetworks.size()];
    c.subject = i % 6 == 1 ? std::string() : "Order " + std::to_string(i);
    c.status = kAllStatuses[static_cast<size_t>(i) % kAllStatuses.size()];
    c.priority = kAllPriorities[static_cast<size_t>(i / 5) % kAllPriorities.size()];
    c.teamId = i % 2 == 0 ? cache.firstLine.id : cache.complaints.id;
    if (i % 3 == 0)
        c.assigneeId = cache.me.id;
    else if (i % 3 == 1)
        c.assigneeId = cache.colleague.id;
    c.created = cache.now - std::chrono::hours(24 * 20);
    c.lastActivity = cache.now - std::chrono::minutes(7 * i + 1);
    // Due times repeat every 50 rows, so the SLA order has ties to break; some are breached
    // (negative), some due within the hour, some later, a quarter have none.
    if (i % 4 != 0)
        c.slaDue = cache.now + std::chrono::minutes(10 * (i % 50 - 10));
    return c;
}

} // namespace

QDateTime InboxTestCache::nowDateTime() const
{
    return QDateTime::fromMSecsSinceEpoch(toEpochMs(now), Qt::UTC);
}

bool InboxTestCache::update(const Conversation& conversation)
{
    store::CacheWriter writer(*db);
    return check(writer.begin(), "begin") && check(writer.upsertConversation(conversation),
                                                     "upsertConversation")
           && check(writer.commit(), "commit");
}

std::unique_ptr<InboxTestCache> buildInboxTestCache()
{
    auto opened = store::Database::openInMemory();
    if (!opened) {
        qWarning("openInMemory failed: %s", opened.error().detail.c_str());
        return nullptr;
    }
    auto cache = std::make_unique<InboxTestCache>();
    cache->db = std::move(opened).value();
    cache->now = fromEpochMs(kNowMs);
    std::mt19937_64 random(42);

    cache->firstLine = {makeUuid(random), "First line"};
    cache->complaints = {makeUuid(random), "Complaints"};
    cache->me = {makeUuid(random), "anna.kowalska", "Anna Kowalska", Role::Agent,
                 {cache->firstLine.id}};
    cache->colleague = {makeUuid(random), "piotr.nowak", "Piotr Nowak", Role::Agent,
                        {cache->complaints.id}};

    store::CacheWriter writer(*cache->db);
    bool ok = check(writer.begin(), "begin");
    ok = ok && check(writer.upsertTeam(cache->firstLine), "team")
         && check(writer.upsertTeam(cache->complaints), "team")
         && check(writer.upsertAgent(cache->me), "agent")
         && check(writer.upsertAgent(cache->colleague), "agent");
    for (int i = 0; ok && i < InboxTestCache::kConversations; ++i) {
        Customer customer;
        customer.id = makeUuid(random);
        customer.firstName = i == InboxTestCache::kPolishConversation ? "Zofia" : "Customer";
        customer.lastName = i == InboxTestCache::kPolishConversation ? "Wójcik"
                                                                     : std::to_string(i);
        customer.displayName = customer.firstName + " " + customer.lastName;
        customer.created = cache->now - std::chrono::hours(24 * 30);
        Conversation c = makeConversation(i, *cache, customer.id, random);

        Message message;
        message.id = makeUuid(random);
        message.conversationId = c.id;
        message.direction = Direction::Inbound;
        message.authorId = customer.id;
        message.authorName = customer.displayName;
        message.body = i == InboxTestCache::kPolishConversation
                           ? "Dzień dobry, chcę złożyć reklamację butów."
                           : "Question number " + std::to_string(i);
        message.sentAt = c.lastActivity;
        ok = check(writer.upsertCustomer(customer), "customer")
             && check(writer.upsertConversation(c), "conversation")
             && check(writer.appendMessage(message), "message");
        cache->conversations.push_back(c);
    }
    ok = ok && check(writer.commit(), "commit");
    if (!ok)
        return nullptr;
    cache->reader = std::make_unique<store::CacheReader>(*cache->db);
    return cache;
}

} // namespace concord::test
