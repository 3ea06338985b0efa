#pragma once
// Applies desk mutations to the hub's store, each exactly once: the answer to
// (clientId, mutationId) is stored with the effect in one transaction (HubMutationLog), so a
// resend gets the stored answer and changes nothing. Checks the sender's role and scope
// first: an agent may change only conversations of their own teams. Runs on the store's one
// writer thread.

#include "domain/Agent.h"
#include "domain/Time.h"
#include "sync/Mutation.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <variant>

namespace concord::store {
class HubStore;
}

namespace concord::hub {

struct MutationOutcome {
    std::string frame;     // the encoded mutation_result to send
    bool committed = false; // true when this call changed the store (push changes first)
};

class MutationApplier {
public:
    explicit MutationApplier(store::HubStore& store) : m_store(store) {}

    MutationOutcome apply(const sync::Mutate& mutate, const domain::Agent& sender,
                          domain::Timestamp now);

private:
    struct Refusal {
        sync::ErrorCode code = sync::ErrorCode::Invalid;
        std::string message;
        std::optional<sync::Holder> holder;
        bool remember = true; // false for a storage failure: a resend may yet succeed
    };
    using Step = std::variant<std::int64_t, Refusal>; // the last sequence logged, or why not
    struct Context;

    static Refusal refuse(sync::ErrorCode code, std::string message,
                          std::optional<sync::Holder> holder = std::nullopt,
                          bool remember = true);

    Step applyOp(const sync::MutationOp& op, Context& context);
    Step reply(const sync::Reply& op, Context& context);
    Step note(const sync::Note& op, Context& context);
    Step setStatus(const sync::SetStatus& op, Context& context);
    Step setPriority(const sync::SetPriority& op, Context& context);
    Step setTags(const sync::SetTags& op, Context& context);
    Step claim(const sync::Claim& op, Context& context);
    Step assign(const sync::Assign& op, Context& context);
    Step unassign(const sync::Unassign& op, Context& context);
    Step transfer(const sync::Transfer& op, Context& context);
    Step logCall(const sync::LogCall& op, Context& context);
    Step logVisit(const sync::LogVisit& op, Context& context);
    Step newConversation(const sync::NewConversation& op, Context& context);

    Step appendMessage(domain::Message message, domain::Conversation conversation,
                       bool firstResponse);
    Step saveConversation(const domain::Conversation& conversation);
    Step editConversation(const domain::Id& id, Context& context,
                          const std::function<void(domain::Conversation&)>& edit);
    std::optional<Refusal> loadConversation(const domain::Id& id, Context& context,
                                            domain::Conversation& into);
    std::optional<Refusal> checkNewMessageId(const domain::Id& id);
    std::optional<sync::Holder> holderOf(const domain::Id& agentId);
    bool customerInScope(const domain::Id& customerId, const domain::Agent& sender);
    std::optional<domain::Conversation> currentFor(const sync::MutationOp& op,
                                                   const domain::Agent& sender);
    MutationOutcome finish(const sync::Mutate& mutate, const domain::Agent& sender,
                           const Step& step);

    store::HubStore& m_store;
};

} // namespace concord::hub
