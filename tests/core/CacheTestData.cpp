#include "CacheTestData.h"

#include "store/CacheWriter.h"

#include <cstdio>

namespace concord::testdata {
namespace {

using namespace std::chrono_literals;
using domain::Channel;
using domain::Direction;
using domain::Priority;
using domain::Status;

const domain::Timestamp kBase = domain::fromEpochMs(1'760'000'000'000); // Oct 2025

std::string numberedId(char prefix, int n)
{
    char text[37];
    std::snprintf(text, sizeof text, "%c0000000-0000-4000-8000-%012d", prefix, n);
    return text;
}

domain::Message message(const std::string& conversationId, int n, Direction direction,
                        std::string body, domain::Timestamp at)
{
    domain::Message m;
    m.id = numberedId('e', n);
    m.conversationId = conversationId;
    m.direction = direction;
    m.authorName = direction == Direction::Inbound ? "Klient" : "Anna Kowalska";
    m.body = std::move(body);
    m.sentAt = at;
    return m;
}

void addCustomers(CacheData& d)
{
    domain::Customer jan{kJanId, "Jan Kowalski", "Jan", "Kowalski", domain::Honorific::Mr, "pl",
                         {}, "Stały klient", kBase - 400h, 1};
    jan.identities = {
        {numberedId('b', 1), kJanId, domain::IdentityKind::Email, domain::SocialNetwork::None,
         "jan.kowalski@example.com", true},
        {numberedId('b', 2), kJanId, domain::IdentityKind::Phone, domain::SocialNetwork::None,
         "+48600100200", false}};
    domain::Customer zofia{kZofiaId, "Zofia Łukasiewicz", "Zofia", "Łukasiewicz",
                           domain::Honorific::Ms, "pl", {}, "", kBase - 300h, 1};
    zofia.identities = {
        {numberedId('b', 3), kZofiaId, domain::IdentityKind::Email, domain::SocialNetwork::None,
         "zofia@example.pl", true},
        {numberedId('b', 4), kZofiaId, domain::IdentityKind::Social,
         domain::SocialNetwork::Messenger, "zofia.lukasiewicz", false}};
    domain::Customer john{kJohnId, "John Smith", "John", "Smith", domain::Honorific::Mr, "en",
                          {}, "", kBase - 200h, 1};
    john.identities = {{numberedId('b', 5), kJohnId, domain::IdentityKind::Email,
                        domain::SocialNetwork::None, "john.smith@example.co.uk", true}};
    domain::Customer quiet{kQuietId, "Ewa Cicha", "Ewa", "Cicha", domain::Honorific::Ms, "pl",
                           {}, "", kBase - 100h, 1};
    d.customers = {jan, zofia, john, quiet};
}

// 36 conversations cycling through every channel, status and priority, assignee and team;
// activity times repeat (ties) and every third has no SLA.
void addConversations(CacheData& d)
{
    const char* customers[] = {kJanId, kZofiaId, kJohnId};
    const char* assignees[] = {kAnnaId, "", kMarekId, kPiotrId};
    const char* teams[] = {kFrontLineId, kComplaintsId, kBillingId, ""};
    for (int i = 0; i < 36; ++i) {
        domain::Conversation c;
        c.id = i == 0 ? kComplaintId : numberedId('d', i + 1);
        c.customerId = customers[i % 3];
        c.channel = domain::kAllChannels[i % 6];
        if (c.channel == Channel::Social)
            c.network = domain::SocialNetwork::WhatsApp;
        c.subject = i == 0 ? "Reklamacja butów" : "Sprawa numer " + std::to_string(i + 1);
        c.status = domain::kAllStatuses[(i / 2) % 5];
        c.priority = domain::kAllPriorities[(i * 7) % 4];
        c.assigneeId = assignees[i % 4];
        c.teamId = teams[(i / 4) % 4];
        c.tags = i % 5 == 0 ? std::vector<std::string>{"vip", "zwrot"}
                            : std::vector<std::string>{};
        c.created = kBase - std::chrono::hours(48 + i);
        c.lastActivity = kBase - std::chrono::hours(i / 3); // groups of three tie
        if (i % 3 != 2)
            c.slaDue = kBase + std::chrono::hours((i * 5) % 11); // ties too
        if (c.status == Status::Resolved || c.status == Status::Closed) {
            c.resolved = c.lastActivity;
            c.survey.csat = 1 + i % 5;
            c.survey.nps = i % 11;
        }
        c.revision = 1;
        d.conversations.push_back(c);
    }
}

void addMessages(CacheData& d)
{
    int n = 0;
    const std::string complaint = kComplaintId;
    const domain::Timestamp t = d.conversations[0].lastActivity;
    // Appended out of time order; the thread must still read in time order.
    d.messages.push_back(message(complaint, ++n, Direction::Outbound,
                                 "Dzień dobry, proszę podać numer zamówienia.", t - 50min));
    d.messages.push_back(message(complaint, ++n, Direction::Inbound,
                                 "Chcę złożyć reklamację butów,\n\n  które   rozkleiły się po "
                                 "tygodniu.",
                                 t - 60min));
    d.messages.push_back(message(complaint, ++n, Direction::Note,
                                 "Klient stały, sprawdzić gwarancję.", t - 40min));
    domain::Message call = message(complaint, ++n, Direction::Event, "Połączenie przychodzące",
                                   t - 30min);
    call.call = domain::CallDetail{185, {"1 Zamówienia", "3 Reklamacje"}, "reklamacje",
                                   domain::CallOutcome::Answered};
    d.messages.push_back(call);
    domain::Message mail = message(complaint, ++n, Direction::Inbound,
                                   std::string(300, 'x') + " koniec", t - 45min);
    mail.email = domain::EmailDetail{"Re: Reklamacja", "jan.kowalski@example.com",
                                     "obsluga@example.pl", "", {{"Message-ID", "<1@example>"}}};
    d.messages.push_back(mail);
    // Same time as the note: insertion order decides.
    d.messages.push_back(message(complaint, ++n, Direction::Outbound, "Przyjęliśmy zgłoszenie.",
                                 t - 40min));
    for (std::size_t i = 1; i < d.conversations.size(); ++i) {
        const domain::Conversation& c = d.conversations[i];
        d.messages.push_back(message(c.id, ++n, Direction::Inbound,
                                     "Pytanie o fakturę numer " + std::to_string(i + 1),
                                     c.lastActivity - 20min));
        if (i % 4 == 0) {
            domain::Message visit = message(c.id, ++n, Direction::Event, "Wizyta w oddziale",
                                            c.lastActivity - 10min);
            visit.visit = domain::VisitDetail{"Kraków Rynek", "zwrot towaru", 15};
            d.messages.push_back(visit);
        }
    }
    // One conversation whose only message is later than its recorded last activity.
    d.messages.push_back(message(d.conversations[35].id, ++n, Direction::Inbound,
                                 "Halo, czy ktoś tam jest?", kBase + 1h));
}

} // namespace

CacheData makeCacheData()
{
    CacheData d;
    d.teams = {{kFrontLineId, "Pierwsza linia"}, {kComplaintsId, "Reklamacje"},
               {kBillingId, "Rozliczenia"}};
    d.agents = {{kAnnaId, "anna.kowalska", "Anna Kowalska", domain::Role::Agent,
                 {kFrontLineId, kComplaintsId}},
                {kMarekId, "marek.zielinski", "Marek Zieliński", domain::Role::Supervisor,
                 {kComplaintsId}},
                {kPiotrId, "piotr.nowak", "Piotr Nowak", domain::Role::Agent, {kBillingId}}};
    addCustomers(d);
    addConversations(d);
    addMessages(d);
    return d;
}

std::unique_ptr<store::Database> writeTestCache(const CacheData& data, bool bulk)
{
    auto opened = store::Database::openInMemory();
    if (!opened)
        return nullptr;
    auto db = std::move(opened).value();
    store::CacheWriter writer(*db);
    bool ok = writer.begin().ok();
    if (bulk)
        ok = ok && writer.startBulkLoad().ok();
    for (const auto& team : data.teams)
        ok = ok && writer.upsertTeam(team).ok();
    for (const auto& agent : data.agents)
        ok = ok && writer.upsertAgent(agent).ok();
    for (const auto& customer : data.customers)
        ok = ok && writer.upsertCustomer(customer).ok();
    for (const auto& conversation : data.conversations)
        ok = ok && writer.upsertConversation(conversation).ok();
    for (const auto& message : data.messages)
        ok = ok && writer.appendMessage(message).ok();
    ok = ok && writer.setMeta("desk.agent_login", "anna.kowalska").ok();
    if (bulk)
        ok = ok && writer.finishBulkLoad().ok();
    ok = ok && writer.commit().ok();
    return ok ? std::move(db) : nullptr;
}

} // namespace concord::testdata
