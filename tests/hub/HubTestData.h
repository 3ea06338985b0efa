#pragma once
// Small records for the hub's tests, and a replica that applies changes as a desk would.

#include "store/HubChanges.h"
#include "store/HubSnapshot.h"

#include <map>
#include <string>

namespace concord::hubtest {

domain::Team team(const std::string& name);
domain::Agent agent(const std::string& login, domain::Role role,
                    std::vector<domain::Id> teamIds);
domain::Customer customer(const std::string& name);
domain::Conversation conversation(const domain::Id& customerId, const domain::Id& teamId,
                                  std::int64_t lastActivityMs);
domain::Message message(const domain::Id& conversationId, std::int64_t sentAtMs,
                        const std::string& body);

// What a desk holds: records by kind and id. Applying a remove of a conversation drops its
// messages; of a customer, its conversations and their messages (the contract of readChanges).
class Replica {
public:
    void apply(const store::SnapshotBatch& batch);
    void apply(const store::ChangeBatch& batch);
    bool operator==(const Replica&) const = default;

    std::map<domain::Id, domain::Team> teams;
    std::map<domain::Id, domain::Agent> agents;
    std::map<domain::Id, domain::Customer> customers;
    std::map<domain::Id, domain::Conversation> conversations;
    std::map<domain::Id, domain::Message> messages;

private:
    void removeConversation(const domain::Id& id);
};

} // namespace concord::hubtest
