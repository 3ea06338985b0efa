#include "HubTestData.h"

namespace concord::hubtest {

domain::Team team(const std::string& name)
{
    return {domain::newUuid(), name};
}

domain::Agent agent(const std::string& login, domain::Role role,
                    std::vector<domain::Id> teamIds)
{
    return {domain::newUuid(), login, login, role, std::move(teamIds)};
}

domain::Customer customer(const std::string& name)
{
    domain::Customer c;
    c.id = domain::newUuid();
    c.displayName = name;
    c.created = domain::fromEpochMs(1'700'000'000'000);
    domain::Identity identity;
    identity.id = domain::newUuid();
    identity.customerId = c.id;
    identity.kind = domain::IdentityKind::Email;
    identity.value = name + "@example.com";
    identity.primary = true;
    c.identities.push_back(identity);
    return c;
}

domain::Conversation conversation(const domain::Id& customerId, const domain::Id& teamId,
                                  std::int64_t lastActivityMs)
{
    domain::Conversation c;
    c.id = domain::newUuid();
    c.customerId = customerId;
    c.teamId = teamId;
    c.channel = domain::Channel::Chat;
    c.subject = "Sprawa " + c.id.substr(0, 8);
    c.created = domain::fromEpochMs(lastActivityMs - 1000);
    c.lastActivity = domain::fromEpochMs(lastActivityMs);
    return c;
}

domain::Message message(const domain::Id& conversationId, std::int64_t sentAtMs,
                        const std::string& body)
{
    domain::Message m;
    m.id = domain::newUuid();
    m.conversationId = conversationId;
    m.body = body;
    m.sentAt = domain::fromEpochMs(sentAtMs);
    return m;
}

void Replica::apply(const store::SnapshotBatch& batch)
{
    for (const auto& t : batch.teams)
        teams[t.id] = t;
    for (const auto& a : batch.agents)
        agents[a.id] = a;
    for (const auto& c : batch.customers)
        customers[c.id] = c;
    for (const auto& c : batch.conversations)
        conversations[c.id] = c;
    for (const auto& m : batch.messages)
        messages[m.id] = m;
}

void Replica::removeConversation(const domain::Id& id)
{
    conversations.erase(id);
    std::erase_if(messages,
                  [&id](const auto& entry) { return entry.second.conversationId == id; });
}

void Replica::apply(const store::ChangeBatch& batch)
{
    using store::ChangeKind;
    for (const store::ChangeItem& item : batch.items) {
        if (item.op == store::ChangeOp::Upsert) {
            std::visit(
                [this](const auto& record) {
                    using T = std::decay_t<decltype(record)>;
                    if constexpr (std::is_same_v<T, domain::Team>)
                        teams[record.id] = record;
                    else if constexpr (std::is_same_v<T, domain::Agent>)
                        agents[record.id] = record;
                    else if constexpr (std::is_same_v<T, domain::Customer>)
                        customers[record.id] = record;
                    else if constexpr (std::is_same_v<T, domain::Conversation>)
                        conversations[record.id] = record;
                    else if constexpr (std::is_same_v<T, domain::Message>)
                        messages[record.id] = record;
                },
                item.record);
            continue;
        }
        switch (item.kind) {
        case ChangeKind::Team:
            teams.erase(item.id);
            break;
        case ChangeKind::Agent:
            agents.erase(item.id);
            break;
        case ChangeKind::Customer: {
            customers.erase(item.id);
            std::vector<domain::Id> owned;
            for (const auto& [id, c] : conversations)
                if (c.customerId == item.id)
                    owned.push_back(id);
            for (const auto& id : owned)
                removeConversation(id);
            break;
        }
        case ChangeKind::Conversation:
            removeConversation(item.id);
            break;
        case ChangeKind::Message:
            messages.erase(item.id);
            break;
        }
    }
}

} // namespace concord::hubtest
