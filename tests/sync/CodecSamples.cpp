#include "CodecSamples.h"

#include <random>

namespace CodecSamples {

domain::Id uuid(int n)
{
    std::mt19937_64 random(static_cast<std::uint64_t>(n));
    return domain::makeUuid(random);
}

std::string trickyText()
{
    return "Zażółć gęślą jaźń, ĄĘŁŃÓŚŹŻ 😀👍🏽 \"quoted\" back\\slash\ttab\nline\x01 / </script>";
}

domain::Team team() { return {uuid(1), "Obsługa klienta"}; }

domain::Agent fullAgent()
{
    return {uuid(2), "anna.nowak", "Anna Nowak", domain::Role::Supervisor, {uuid(1), uuid(3)}};
}

domain::Agent bareAgent() { return {uuid(4), "jan", "Jan", domain::Role::Agent, {}}; }

domain::Customer fullCustomer()
{
    domain::Customer c;
    c.id = uuid(10);
    c.displayName = "Łucja Żółkiewska";
    c.firstName = "Łucja";
    c.lastName = "Żółkiewska";
    c.honorific = domain::Honorific::Ms;
    c.preferredLanguage = "pl";
    c.identities = {
        {uuid(11), c.id, domain::IdentityKind::Email, domain::SocialNetwork::None,
         "lucja@example.pl", true},
        {uuid(12), c.id, domain::IdentityKind::Phone, domain::SocialNetwork::None,
         "+48600100200", false},
        {uuid(13), c.id, domain::IdentityKind::Social, domain::SocialNetwork::WhatsApp,
         "@lucja", false}};
    c.notes = trickyText();
    c.created = domain::fromEpochMs(1'700'000'000'123);
    c.revision = 42;
    return c;
}

domain::Customer bareCustomer()
{
    domain::Customer c;
    c.id = uuid(14);
    c.displayName = "X";
    c.preferredLanguage.clear();
    c.created = domain::fromEpochMs(0);
    return c;
}

domain::Conversation fullConversation()
{
    domain::Conversation c;
    c.id = uuid(20);
    c.customerId = uuid(10);
    c.channel = domain::Channel::Social;
    c.network = domain::SocialNetwork::Instagram;
    c.subject = "Reklamacja – zamówienie 123";
    c.status = domain::Status::Pending;
    c.priority = domain::Priority::Urgent;
    c.teamId = uuid(1);
    c.assigneeId = uuid(2);
    c.tags = {"reklamacja", "vip", "zwrot"};
    c.created = domain::fromEpochMs(1'700'000'000'000);
    c.firstResponse = domain::fromEpochMs(1'700'000'060'000);
    c.resolved = domain::fromEpochMs(1'700'000'900'000);
    c.lastActivity = domain::fromEpochMs(1'700'000'900'500);
    c.slaDue = domain::fromEpochMs(1'700'003'600'000);
    c.survey = {5, 10, 1};
    c.revision = 7;
    return c;
}

domain::Conversation bareConversation()
{
    domain::Conversation c;
    c.id = uuid(21);
    c.customerId = uuid(14);
    c.created = domain::fromEpochMs(-1000); // before 1970: times are signed
    c.lastActivity = domain::fromEpochMs(5);
    return c;
}

domain::Message fullEmailMessage()
{
    domain::Message m;
    m.id = uuid(30);
    m.conversationId = uuid(20);
    m.direction = domain::Direction::Outbound;
    m.authorId = uuid(2);
    m.authorName = "Anna Nowak";
    m.body = trickyText();
    m.sentAt = domain::fromEpochMs(1'700'000'060'000);
    m.email = domain::EmailDetail{"Re: Reklamacja", "obsluga@bank.pl", "lucja@example.pl",
                                  "kierownik@bank.pl",
                                  {{"Message-ID", "<a@b>"}, {"In-Reply-To", "<c@d>"}}};
    return m;
}

domain::Message callMessage()
{
    domain::Message m = bareMessage();
    m.id = uuid(31);
    m.direction = domain::Direction::Event;
    m.call = domain::CallDetail{312, {"1 Zamówienia", "3 Zwroty"}, "zwroty",
                                domain::CallOutcome::Callback};
    return m;
}

domain::Message visitMessage()
{
    domain::Message m = bareMessage();
    m.id = uuid(32);
    m.direction = domain::Direction::Event;
    m.visit = domain::VisitDetail{"Kraków Rynek", "Otwarcie konta", 25};
    return m;
}

domain::Message bareMessage()
{
    domain::Message m;
    m.id = uuid(33);
    m.conversationId = uuid(21);
    m.sentAt = domain::fromEpochMs(1);
    return m;
}

domain::Message typicalMessage(int n)
{
    domain::Message m;
    m.id = uuid(1000 + n);
    m.conversationId = uuid(20);
    m.direction = n % 2 ? domain::Direction::Inbound : domain::Direction::Outbound;
    m.authorId = uuid(n % 2 ? 10 : 2);
    m.authorName = n % 2 ? "Łucja Żółkiewska" : "Anna Nowak";
    m.body = "Dzień dobry, piszę w sprawie zamówienia nr 2024/11/" + std::to_string(n)
             + ". Paczka nie dotarła, a śledzenie przesyłki od tygodnia pokazuje ten sam "
               "status. Proszę o sprawdzenie i informację, kiedy mogę się jej spodziewać.";
    m.sentAt = domain::fromEpochMs(1'700'000'000'000 + n * 60'000LL);
    return m;
}

} // namespace CodecSamples
