#include "LongThread.h"

#include "demo/DemoGenerator.h"
#include "store/CacheReader.h"
#include "store/CacheWriter.h"

#include <array>
#include <random>
#include <string_view>

namespace concord::bench {
namespace {

using namespace std::chrono;

constexpr std::array<std::string_view, 8> kCustomerLines{
    "Dzień dobry, wracam z kolejnym pytaniem o zamówienie hurtowe.",
    "Czy możemy zmienić termin dostawy części towaru na przyszły tydzień?",
    "Przesyłam listę pozycji do korekty, proszę o potwierdzenie.",
    "Faktura zbiorcza ma złą stawkę VAT przy dwóch pozycjach.",
    "Kurier zostawił tylko 12 z 15 palet.",
    "Dziękuję, a co z pozostałymi paletami?",
    "Proszę o kontakt telefoniczny po 15:00.",
    "Chcę złożyć reklamację na uszkodzone kartony z ostatniej dostawy.",
};
constexpr std::array<std::string_view, 8> kAgentLines{
    "Dziękuję, sprawdzam status wszystkich pozycji.",
    "Termin dostawy zmieniony, potwierdzenie wyślę mailem.",
    "Korekta faktury została zlecona w księgowości.",
    "Brakujące palety wyjadą jutro rano.",
    "Przyjąłem reklamację, numer RK/2025/90001.",
    "Proszę o zdjęcia uszkodzonych kartonów.",
    "Zgodnie z ustaleniami oddzwonię po 15:00.",
    "Czy mogę jeszcze w czymś pomóc?",
};

} // namespace

domain::Result<domain::Id> addLongThread(store::Database& db, const domain::Id& customerId,
                                         int messages, domain::Timestamp now)
{
    store::CacheReader reader(db);
    auto agent = reader.agentByLogin(demo::kDemoAgentLogin);
    if (!agent)
        return agent.error();
    auto customer = reader.customer(customerId);
    if (!customer)
        return customer.error();

    std::mt19937_64 random(1000);
    domain::Conversation c;
    c.id = domain::makeUuid(random);
    c.customerId = customerId;
    c.channel = domain::Channel::Chat;
    c.subject = "Zamówienie hurtowe – korekty dostaw i faktur";
    c.status = domain::Status::Open;
    c.teamId = agent->teamIds.empty() ? domain::Id{} : agent->teamIds.front();
    c.assigneeId = agent->id;
    c.tags = {"benchmark"};
    c.created = now - days{30};
    c.firstResponse = c.created + minutes{3};
    const auto step = (now - minutes{5} - c.created) / messages;
    c.lastActivity = c.created + step * (messages - 1);
    c.revision = 1;

    store::CacheWriter writer(db);
    if (auto begun = writer.begin(); !begun)
        return begun.error();
    if (auto written = writer.upsertConversation(c); !written)
        return written.error();
    for (int i = 0; i < messages; ++i) {
        domain::Message m;
        m.id = domain::makeUuid(random);
        m.conversationId = c.id;
        const bool fromCustomer = i % 2 == 0;
        m.direction = fromCustomer ? domain::Direction::Inbound : domain::Direction::Outbound;
        m.authorId = fromCustomer ? customerId : agent->id;
        m.authorName = fromCustomer ? customer->displayName : agent->displayName;
        m.body = std::string(fromCustomer ? kCustomerLines[i / 2 % 8] : kAgentLines[i / 2 % 8]);
        m.body += " (" + std::to_string(i + 1) + ")";
        m.sentAt = c.created + step * i;
        if (auto appended = writer.appendMessage(m); !appended)
            return appended.error();
    }
    if (auto committed = writer.commit(); !committed)
        return committed.error();
    return c.id;
}

} // namespace concord::bench
