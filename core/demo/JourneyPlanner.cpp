#include "JourneyPlanner.h"

namespace concord::demo {

using namespace std::chrono;
using domain::Channel;
using domain::IdentityKind;
using domain::SocialNetwork;

namespace {

SocialNetwork anyNetwork(DemoRandom& random, const CustomerProfile& customer)
{
    SocialNetwork found = SocialNetwork::None;
    int seen = 0;
    for (const auto& id : customer.customer.identities) {
        // Reservoir pick: each of the customer's networks equally likely.
        if (id.kind == IdentityKind::Social && random.index(static_cast<std::size_t>(++seen)) == 0)
            found = id.network;
    }
    return found;
}

} // namespace

ContactWindow windowOf(Channel channel)
{
    switch (channel) {
    case Channel::Chat:
    case Channel::Voice: return ContactWindow::Business;
    case Channel::Visit: return ContactWindow::Branch;
    default: return ContactWindow::Anytime;
    }
}

void JourneyPlanner::plan(DemoRandom& random, const CustomerProfile& customer,
                          std::vector<PlannedCase>& cases) const
{
    cases.clear();
    const std::size_t count = 1 + random.weighted({34, 28, 18, 11, 6, 3});
    for (std::size_t i = 0; i < count; ++i) {
        PlannedCase planned;
        planned.topic = kAllTopics[random.weighted({24, 24, 14, 16, 10, 12})];
        planned.team = teamFor(random, planned.topic);
        if (random.chance(0.22))
            makeJourney(random, customer, planned);
        if (planned.contacts.empty()) {
            planned.contacts.push_back(pickContact(random, customer));
            const Channel channel = planned.contacts.front().channel;
            const bool written = channel == Channel::Email || channel == Channel::Chat
                                 || channel == Channel::Social;
            if (written && random.chance(0.03)) { // a transfer now and then, not only journeys
                planned.escalate = true;
                planned.escalateTo = escalationTeamFor(planned.topic);
                planned.team = TeamKind::FirstLine;
            }
        }
        planned.start = m_calendar.pickContactTime(random,
                                                   windowOf(planned.contacts.front().channel));
        cases.push_back(std::move(planned));
    }
}

PlannedContact JourneyPlanner::pickContact(DemoRandom& random,
                                           const CustomerProfile& customer) const
{
    const bool email = customer.has(IdentityKind::Email);
    const bool phone = customer.has(IdentityKind::Phone);
    const bool social = customer.has(IdentityKind::Social);
    // email, chat, sms, social, voice, visit
    const int weights[] = {email ? 30 : 0, 24, phone ? 9 : 0, social ? 18 : 0, phone ? 20 : 0, 7};
    PlannedContact contact;
    contact.channel = domain::kAllChannels[random.weighted(weights)];
    if (contact.channel == Channel::Social)
        contact.network = anyNetwork(random, customer);
    return contact;
}

void JourneyPlanner::makeJourney(DemoRandom& random, const CustomerProfile& customer,
                                 PlannedCase& planned) const
{
    const bool email = customer.has(IdentityKind::Email);
    const bool phone = customer.has(IdentityKind::Phone);
    const bool social = customer.has(IdentityKind::Social);
    const int weights[] = {phone ? 30 : 0, phone ? 25 : 0, email ? 30 : 0,
                           (social && email) ? 15 : 0};
    if (!phone && !email)
        return;
    planned.kind = static_cast<JourneyKind>(1 + random.weighted(weights));
    auto& contacts = planned.contacts;
    switch (planned.kind) {
    case JourneyKind::ChatThenCall:
        contacts = {{Channel::Chat, SocialNetwork::None}, {Channel::Voice, SocialNetwork::None}};
        break;
    case JourneyKind::CallThenVisit:
        contacts = {{Channel::Voice, SocialNetwork::None}, {Channel::Visit, SocialNetwork::None}};
        break;
    case JourneyKind::EmailEscalated:
        contacts = {{Channel::Email, SocialNetwork::None}};
        planned.team = TeamKind::FirstLine;
        planned.escalate = true;
        planned.escalateTo = escalationTeamFor(planned.topic);
        if (random.chance(0.6))
            contacts.push_back({phone ? Channel::Voice : Channel::Email, SocialNetwork::None});
        break;
    default:
        contacts = {{Channel::Social, anyNetwork(random, customer)},
                    {Channel::Email, SocialNetwork::None}};
        break;
    }
}

std::optional<domain::Timestamp> JourneyPlanner::followUpTime(DemoRandom& random,
                                                              const PlannedCase& plan,
                                                              Channel next,
                                                              domain::Timestamp previousEnd) const
{
    minutes gap{};
    switch (plan.kind) {
    case JourneyKind::ChatThenCall: gap = minutes{random.between(10, 60 * 48)}; break;
    case JourneyKind::CallThenVisit: gap = minutes{random.between(60 * 20, 60 * 24 * 5)}; break;
    case JourneyKind::EmailEscalated: gap = minutes{random.between(60 * 24, 60 * 24 * 6)}; break;
    default: gap = minutes{random.between(5, 60 * 24)}; break;
    }
    const auto at = m_calendar.nextOpen(previousEnd + gap, windowOf(next), random);
    if (at > m_calendar.now() - minutes{2})
        return std::nullopt;
    return at;
}

TeamKind JourneyPlanner::teamFor(DemoRandom& random, Topic topic)
{
    using enum TeamKind;
    switch (topic) {
    case Topic::ProductComplaint: return random.chance(0.55) ? Complaints : FirstLine;
    case Topic::DeliveryDelay: return FirstLine;
    case Topic::Billing: return random.chance(0.8) ? Billing : FirstLine;
    case Topic::Return: return random.chance(0.6) ? FirstLine : Complaints;
    case Topic::Warranty: return random.chance(0.5) ? Complaints : TechSupport;
    case Topic::AccountAccess: return random.chance(0.65) ? TechSupport : FirstLine;
    }
    return FirstLine;
}

TeamKind JourneyPlanner::escalationTeamFor(Topic topic)
{
    switch (topic) {
    case Topic::Billing: return TeamKind::Billing;
    case Topic::AccountAccess: return TeamKind::TechSupport;
    default: return TeamKind::Complaints;
    }
}

} // namespace concord::demo
