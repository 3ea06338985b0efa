#include "PaneTestCache.h"

#include "store/CacheWriter.h"

#include <QtGlobal>

#include <chrono>
#include <random>

namespace concord::test {

using namespace concord::domain;
using namespace std::chrono_literals;

namespace {

bool check(const VoidResult& result, const char* what)
{
    if (!result)
        qWarning("%s failed: %s", what, result.error().detail.c_str());
    return result.ok();
}

Timestamp nowMinute()
{
    const auto now = std::chrono::time_point_cast<std::chrono::minutes>(
        std::chrono::system_clock::now());
    return std::chrono::time_point_cast<std::chrono::milliseconds>(now);
}

Identity identity(std::mt19937_64& random, const Id& customerId, IdentityKind kind,
                  std::string value, bool primary, SocialNetwork network = SocialNetwork::None)
{
    return {makeUuid(random), customerId, kind, network, std::move(value), primary};
}

Message message(std::mt19937_64& random, const Conversation& c, Direction direction,
                std::string author, std::string body, Timestamp at)
{
    Message m;
    m.id = makeUuid(random);
    m.conversationId = c.id;
    m.direction = direction;
    m.authorName = std::move(author);
    m.body = std::move(body);
    m.sentAt = at;
    return m;
}

Conversation conversation(std::mt19937_64& random, const Customer& customer, Channel channel,
                          std::string subject, Status status, Timestamp at)
{
    Conversation c;
    c.id = makeUuid(random);
    c.customerId = customer.id;
    c.channel = channel;
    c.subject = std::move(subject);
    c.status = status;
    c.created = at;
    c.lastActivity = at;
    return c;
}

std::vector<Message> emailThread(std::mt19937_64& random, const Conversation& c, Timestamp t0)
{
    Message inbound = message(random, c, Direction::Inbound, "Anna Nowak",
                              "The kettle I ordered arrived with a cracked lid.\nPlease help.",
                              t0);
    inbound.email = EmailDetail{"Cracked kettle lid", "anna.nowak@example.com",
                                "service@concord.example", {}, {}};
    Message note = message(random, c, Direction::Note, "Jan Kowalski",
                           "Check the delivery note before offering a refund.", t0 + 10min);
    Message event = message(random, c, Direction::Event, {}, "Assigned to Jan Kowalski",
                            t0 + 11min);
    Message outbound = message(random, c, Direction::Outbound, "Jan Kowalski",
                               "We are sorry. A replacement lid is on its way.", t0 + 40min);
    outbound.email = EmailDetail{"Re: Cracked kettle lid", "service@concord.example",
                                 "anna.nowak@example.com", {}, {}};
    // Appended out of time order on purpose: the thread must still read in time order.
    return {outbound, inbound, event, note};
}

std::vector<Message> longThread(std::mt19937_64& random, const Conversation& c, Timestamp t0)
{
    std::vector<Message> messages;
    for (int i = 0; i < PaneTestCache::kLongThreadMessages; ++i) {
        const Direction direction = i % 10 == 9 ? Direction::Note
                                    : i % 2 == 0 ? Direction::Inbound
                                                 : Direction::Outbound;
        std::string body = "Message " + std::to_string(i) + ":";
        for (int w = 0; w < (i * 7) % 60; ++w)
            body += " word" + std::to_string(w);
        messages.push_back(message(random, c, direction,
                                   direction == Direction::Inbound ? "Piotr Wiśniewski"
                                                                   : "Jan Kowalski",
                                   std::move(body), t0 + std::chrono::minutes(i)));
    }
    return messages;
}

struct Fixture {
    PaneTestCache& cache;
    std::mt19937_64 random{7};
    Timestamp now = nowMinute();
    Team team{makeUuid(random), "Complaints"};
    Agent agent{makeUuid(random), "jan.kowalski", "Jan Kowalski", Role::Agent, {team.id}};

    void makeAnna();
    void makeAnnaConversations();
    void makePiotr();
    bool write();
};

void Fixture::makeAnna()
{
    Customer& a = cache.anna;
    a.id = makeUuid(random);
    a.displayName = "Anna Nowak";
    a.firstName = "Anna";
    a.lastName = "Nowak";
    a.honorific = Honorific::Ms;
    a.preferredLanguage = "pl";
    a.notes = "Prefers a call after 16:00.";
    a.created = now - std::chrono::hours(24 * 400);
    a.identities = {identity(random, a.id, IdentityKind::Email, "anna.nowak@example.com", true),
                    identity(random, a.id, IdentityKind::Phone, "+48600100200", false),
                    identity(random, a.id, IdentityKind::Social, "anna.nowak.77", false,
                             SocialNetwork::Messenger)};
}

void Fixture::makeAnnaConversations()
{
    const Customer& a = cache.anna;
    cache.email = conversation(random, a, Channel::Email, "Cracked kettle lid", Status::Open,
                               now - 3h);
    cache.email.priority = Priority::High;
    cache.email.teamId = team.id;
    cache.email.assigneeId = agent.id;
    cache.email.slaDue = now + 5h;
    cache.email.lastActivity = now - 3h + 40min;

    cache.call = conversation(random, a, Channel::Voice, "Where is my parcel?",
                              Status::Resolved, now - std::chrono::hours(48));
    cache.call.survey = {4, 9, std::nullopt};
    cache.call.resolved = cache.call.created + 5min;
    cache.chat = conversation(random, a, Channel::Chat, "Invoice address", Status::Pending,
                              now - std::chrono::hours(72));
    cache.visit = conversation(random, a, Channel::Visit, "Return at the branch",
                               Status::Closed, now - std::chrono::hours(120));
    cache.visit.survey = {5, std::nullopt, 2};
}

void Fixture::makePiotr()
{
    Customer& p = cache.piotr;
    p.id = makeUuid(random);
    p.displayName = "Piotr Wiśniewski";
    p.created = now - std::chrono::hours(24 * 30);
    // Its subject is long enough to wrap in a narrow pane.
    cache.longChat = conversation(random, p, Channel::Chat,
                                  "A very long chat about a replacement kettle that has still "
                                  "not arrived",
                                  Status::Open,
                                  now - std::chrono::minutes(PaneTestCache::kLongThreadMessages));
    cache.longChat.lastActivity = now - 1min;
}

bool Fixture::write()
{
    store::CacheWriter writer(*cache.db);
    Message callEvent = message(random, cache.call, Direction::Event, "Jan Kowalski",
                                "Customer asked about the courier.", cache.call.created);
    callEvent.call = CallDetail{245, {"1 Orders", "3 Parcels"}, "Deliveries",
                                CallOutcome::Answered};
    Message visitEvent = message(random, cache.visit, Direction::Event, "Ewa Lis", {},
                                 cache.visit.created);
    visitEvent.visit = VisitDetail{"Warszawa Centrum", "Return of a kettle", 25};
    Message chatMessage = message(random, cache.chat, Direction::Inbound, "Anna Nowak",
                                  "Can you change the address on my invoice?", cache.chat.created);
    std::vector<Message> messages = emailThread(random, cache.email, cache.email.created);
    for (Message m : {callEvent, visitEvent, chatMessage})
        messages.push_back(std::move(m));
    for (Message& m : longThread(random, cache.longChat, cache.longChat.created))
        messages.push_back(std::move(m));

    bool ok = check(writer.begin(), "begin") && check(writer.upsertTeam(team), "upsertTeam")
              && check(writer.upsertAgent(agent), "upsertAgent")
              && check(writer.upsertCustomer(cache.anna), "upsertCustomer")
              && check(writer.upsertCustomer(cache.piotr), "upsertCustomer");
    const Conversation* all[] = {&cache.email, &cache.call, &cache.chat, &cache.visit,
                                 &cache.longChat};
    for (const Conversation* c : all)
        ok = ok && check(writer.upsertConversation(*c), "upsertConversation");
    for (const Message& m : messages)
        ok = ok && check(writer.appendMessage(m), "appendMessage");
    // Written again so the last activity is exactly the one the tests expect.
    for (const Conversation* c : all)
        ok = ok && check(writer.upsertConversation(*c), "upsertConversation");
    return ok && check(writer.commit(), "commit");
}

} // namespace

std::unique_ptr<PaneTestCache> buildPaneTestCache()
{
    auto opened = store::Database::openInMemory();
    if (!opened) {
        qWarning("openInMemory failed: %s", opened.error().detail.c_str());
        return nullptr;
    }
    auto cache = std::make_unique<PaneTestCache>();
    cache->db = std::move(opened).value();
    Fixture fixture{*cache};
    fixture.makeAnna();
    fixture.makeAnnaConversations();
    fixture.makePiotr();
    if (!fixture.write())
        return nullptr;
    cache->reader = std::make_unique<store::CacheReader>(*cache->db);
    return cache;
}

} // namespace concord::test
