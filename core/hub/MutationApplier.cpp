#include "MutationApplier.h"

#include "RecordLimits.h"
#include "store/CacheReader.h"
#include "store/CustomerHistory.h"
#include "store/HubMutationLog.h"
#include "store/HubStore.h"
#include "sync/Codec.h"

#include <algorithm>

namespace concord::hub {
using sync::ErrorCode;

MutationApplier::Refusal MutationApplier::refuse(sync::ErrorCode code, std::string message,
                                                 std::optional<sync::Holder> holder,
                                                 bool remember)
{
    Refusal refusal;
    refusal.code = code;
    refusal.message = std::move(message);
    refusal.holder = std::move(holder);
    refusal.remember = remember;
    return refusal;
}

struct MutationApplier::Context {
    const domain::Agent& sender;
    domain::Timestamp now;

    bool supervisor() const { return sender.role == domain::Role::Supervisor; }
    bool ownsTeam(const domain::Id& teamId) const
    {
        return supervisor()
               || std::find(sender.teamIds.begin(), sender.teamIds.end(), teamId)
                      != sender.teamIds.end();
    }
    domain::Message message(const domain::Id& id, const domain::Id& conversationId,
                            domain::Direction direction, std::string body,
                            domain::Timestamp sentAt) const
    {
        domain::Message m;
        m.id = id;
        m.conversationId = conversationId;
        m.direction = direction;
        m.authorId = sender.id;
        m.authorName = sender.displayName;
        m.body = std::move(body);
        m.sentAt = sentAt;
        return m;
    }
};

MutationOutcome MutationApplier::apply(const sync::Mutate& mutate, const domain::Agent& sender,
                                       domain::Timestamp now)
{
    auto stored = m_store.mutations().find(mutate.clientId, mutate.mutationId);
    if (stored && stored.value())
        return {stored.value()->result, false};
    if (auto begun = m_store.begin(); !begun)
        return finish(mutate, sender, refuse(ErrorCode::Invalid, begun.error().detail, {}, false));
    Context context{sender, now};
    return finish(mutate, sender, applyOp(mutate.op, context));
}

// A refused desk puts back what its optimistic effect changed from the conversation as the
// hub has it; only for a conversation the sender may change (a refusal must not leak).
std::optional<domain::Conversation> MutationApplier::currentFor(const sync::MutationOp& op,
                                                                const domain::Agent& sender)
{
    const domain::Id id = std::visit(
        [](const auto& o) -> domain::Id {
            if constexpr (std::is_same_v<std::decay_t<decltype(o)>, sync::NewConversation>)
                return o.conversation.id;
            else
                return o.conversationId;
        },
        op);
    auto found = m_store.conversation(id);
    if (!found)
        return std::nullopt;
    Context context{sender, {}};
    if (!context.ownsTeam(found->teamId))
        return std::nullopt;
    return std::move(found).value();
}

MutationOutcome MutationApplier::finish(const sync::Mutate& mutate, const domain::Agent& sender,
                                        const Step& step)
{
    sync::MutationResult result;
    result.clientId = mutate.clientId;
    result.mutationId = mutate.mutationId;
    std::int64_t seq = 0;
    bool remember = true;
    if (const auto* refusal = std::get_if<Refusal>(&step)) {
        m_store.rollback();
        result.ok = false;
        result.code = refusal->code;
        result.message = refusal->message;
        result.holder = refusal->holder;
        if (refusal->code != ErrorCode::Forbidden)
            result.current = currentFor(mutate.op, sender);
        remember = refusal->remember;
    } else {
        seq = std::get<std::int64_t>(step);
        result.seq = seq;
    }
    std::string frame = sync::encode(sync::Frame(result));
    if (!remember)
        return {std::move(frame), false};
    if (!result.ok && !m_store.begin()) // a refusal is remembered in a write of its own
        return {std::move(frame), false};
    auto recorded = m_store.mutations().record(mutate.clientId, mutate.mutationId, frame, seq);
    if (!recorded || !m_store.commit()) {
        m_store.rollback();
        sync::MutationResult failed;
        failed.clientId = mutate.clientId;
        failed.mutationId = mutate.mutationId;
        failed.ok = false;
        failed.message = "the hub could not store the change";
        return {sync::encode(sync::Frame(failed)), false};
    }
    return {recorded->result, result.ok};
}

MutationApplier::Step MutationApplier::applyOp(const sync::MutationOp& op, Context& context)
{
    return std::visit(
        [&](const auto& o) -> Step {
            using T = std::decay_t<decltype(o)>;
            if constexpr (std::is_same_v<T, sync::Reply>)
                return reply(o, context);
            else if constexpr (std::is_same_v<T, sync::Note>)
                return note(o, context);
            else if constexpr (std::is_same_v<T, sync::SetStatus>)
                return setStatus(o, context);
            else if constexpr (std::is_same_v<T, sync::SetPriority>)
                return setPriority(o, context);
            else if constexpr (std::is_same_v<T, sync::SetTags>)
                return setTags(o, context);
            else if constexpr (std::is_same_v<T, sync::Claim>)
                return claim(o, context);
            else if constexpr (std::is_same_v<T, sync::Assign>)
                return assign(o, context);
            else if constexpr (std::is_same_v<T, sync::Unassign>)
                return unassign(o, context);
            else if constexpr (std::is_same_v<T, sync::Transfer>)
                return transfer(o, context);
            else if constexpr (std::is_same_v<T, sync::LogCall>)
                return logCall(o, context);
            else if constexpr (std::is_same_v<T, sync::LogVisit>)
                return logVisit(o, context);
            else
                return newConversation(o, context);
        },
        op);
}

// ---- helpers -------------------------------------------------------------------------------

std::optional<MutationApplier::Refusal> MutationApplier::loadConversation(
    const domain::Id& id, Context& context, domain::Conversation& into)
{
    auto found = m_store.conversation(id);
    if (!found) {
        if (found.error().code == domain::ErrorCode::NotFound)
            return refuse(ErrorCode::NotFound, "no conversation " + id);
        return refuse(ErrorCode::Invalid, found.error().detail, {}, false);
    }
    if (!context.ownsTeam(found->teamId))
        return refuse(ErrorCode::Forbidden, "the conversation belongs to another team");
    into = std::move(found).value();
    return std::nullopt;
}

std::optional<MutationApplier::Refusal> MutationApplier::checkNewMessageId(const domain::Id& id)
{
    auto found = m_store.message(id);
    if (found)
        return refuse(ErrorCode::DuplicateId, "message " + id + " exists");
    if (found.error().code != domain::ErrorCode::NotFound)
        return refuse(ErrorCode::Invalid, found.error().detail, {}, false);
    return std::nullopt;
}

std::optional<sync::Holder> MutationApplier::holderOf(const domain::Id& agentId)
{
    if (agentId.empty())
        return std::nullopt;
    auto agent = m_store.agent(agentId);
    if (!agent)
        return sync::Holder{agentId, {}};
    return sync::Holder{agentId, agent->displayName};
}

MutationApplier::Step MutationApplier::saveConversation(const domain::Conversation& conversation)
{
    if (sync::encodedSize(conversation) > kMaxConversationBytes)
        return refuse(ErrorCode::Invalid, "the conversation's subject or tags are too long");
    auto written = m_store.upsertConversation(conversation);
    if (!written) {
        const bool missing = written.error().code == domain::ErrorCode::NotFound;
        return refuse(missing ? ErrorCode::NotFound : ErrorCode::Invalid,
                      written.error().detail, {}, missing);
    }
    return written.value();
}

MutationApplier::Step MutationApplier::editConversation(
    const domain::Id& id, Context& context,
    const std::function<void(domain::Conversation&)>& edit)
{
    domain::Conversation conversation;
    if (auto refused = loadConversation(id, context, conversation))
        return *refused;
    edit(conversation);
    return saveConversation(conversation);
}

// Appends the message, then moves the conversation's activity (and first response) on.
MutationApplier::Step MutationApplier::appendMessage(domain::Message message,
                                                     domain::Conversation conversation,
                                                     bool firstResponse)
{
    if (sync::encodedSize(message) > kMaxMessageBytes)
        return refuse(ErrorCode::Invalid, "the message is too long");
    if (auto refused = checkNewMessageId(message.id))
        return *refused;
    auto appended = m_store.appendMessage(message);
    if (!appended)
        return refuse(ErrorCode::Invalid, appended.error().detail, {}, false);
    if (appended.value() == 0)
        return refuse(ErrorCode::DuplicateId, "message " + message.id + " exists");
    conversation.lastActivity = std::max(conversation.lastActivity, message.sentAt);
    if (firstResponse && !conversation.firstResponse)
        conversation.firstResponse = message.sentAt;
    return saveConversation(conversation);
}

// ---- the ops -------------------------------------------------------------------------------

MutationApplier::Step MutationApplier::reply(const sync::Reply& op, Context& context)
{
    domain::Conversation conversation;
    if (auto refused = loadConversation(op.conversationId, context, conversation))
        return *refused;
    if (op.body.empty())
        return refuse(ErrorCode::Invalid, "a reply needs a body");
    domain::Message message = context.message(op.messageId, op.conversationId,
                                              domain::Direction::Outbound, op.body, op.sentAt);
    message.email = op.email;
    // An agent has answered: the conversation is no longer waiting for its first look.
    if (conversation.status == domain::Status::New)
        conversation.status = domain::Status::Open;
    return appendMessage(std::move(message), std::move(conversation), true);
}

MutationApplier::Step MutationApplier::note(const sync::Note& op, Context& context)
{
    domain::Conversation conversation;
    if (auto refused = loadConversation(op.conversationId, context, conversation))
        return *refused;
    if (op.body.empty())
        return refuse(ErrorCode::Invalid, "a note needs a body");
    return appendMessage(context.message(op.messageId, op.conversationId,
                                         domain::Direction::Note, op.body, op.sentAt),
                         std::move(conversation), false);
}

MutationApplier::Step MutationApplier::setStatus(const sync::SetStatus& op, Context& context)
{
    return editConversation(op.conversationId, context, [&](domain::Conversation& c) {
        c.status = op.status;
        // The resolution time is when it last stopped needing work.
        if (domain::isActive(op.status))
            c.resolved.reset();
        else if (!c.resolved)
            c.resolved = context.now;
    });
}

MutationApplier::Step MutationApplier::setPriority(const sync::SetPriority& op,
                                                   Context& context)
{
    return editConversation(op.conversationId, context,
                            [&](domain::Conversation& c) { c.priority = op.priority; });
}

MutationApplier::Step MutationApplier::setTags(const sync::SetTags& op, Context& context)
{
    return editConversation(op.conversationId, context,
                            [&](domain::Conversation& c) { c.tags = op.tags; });
}

MutationApplier::Step MutationApplier::claim(const sync::Claim& op, Context& context)
{
    domain::Conversation conversation;
    if (auto refused = loadConversation(op.conversationId, context, conversation))
        return *refused;
    if (conversation.assigneeId != op.expectedAssigneeId) {
        if (conversation.assigneeId.empty())
            return refuse(ErrorCode::StalePrecondition, "the conversation was released");
        return refuse(ErrorCode::AlreadyClaimed, "someone else has the conversation",
                       holderOf(conversation.assigneeId));
    }
    conversation.assigneeId = context.sender.id;
    return saveConversation(conversation);
}

MutationApplier::Step MutationApplier::assign(const sync::Assign& op, Context& context)
{
    domain::Conversation conversation;
    if (auto refused = loadConversation(op.conversationId, context, conversation))
        return *refused;
    if (conversation.assigneeId != op.expectedAssigneeId)
        return refuse(ErrorCode::StalePrecondition, "the assignee has changed",
                       holderOf(conversation.assigneeId));
    if (!context.supervisor() && conversation.assigneeId != context.sender.id)
        return refuse(ErrorCode::Forbidden, "an agent may hand over only their own");
    if (!op.assigneeId.empty() && !m_store.agent(op.assigneeId))
        return refuse(ErrorCode::NotFound, "no agent " + op.assigneeId);
    conversation.assigneeId = op.assigneeId;
    return saveConversation(conversation);
}

MutationApplier::Step MutationApplier::unassign(const sync::Unassign& op, Context& context)
{
    domain::Conversation conversation;
    if (auto refused = loadConversation(op.conversationId, context, conversation))
        return *refused;
    if (conversation.assigneeId != op.expectedAssigneeId)
        return refuse(ErrorCode::StalePrecondition, "the assignee has changed",
                       holderOf(conversation.assigneeId));
    if (!context.supervisor() && !conversation.assigneeId.empty()
        && conversation.assigneeId != context.sender.id)
        return refuse(ErrorCode::Forbidden, "an agent may release only their own");
    conversation.assigneeId.clear();
    return saveConversation(conversation);
}

MutationApplier::Step MutationApplier::transfer(const sync::Transfer& op, Context& context)
{
    domain::Conversation conversation;
    if (auto refused = loadConversation(op.conversationId, context, conversation))
        return *refused;
    if (conversation.teamId != op.expectedTeamId)
        return refuse(ErrorCode::StalePrecondition, "the conversation changed teams");
    if (!m_store.team(op.teamId))
        return refuse(ErrorCode::NotFound, "no team " + op.teamId);
    if (!op.noteId.empty())
        if (auto refused = checkNewMessageId(op.noteId))
            return *refused;
    conversation.teamId = op.teamId;
    conversation.assigneeId.clear(); // the new team routes it afresh
    Step moved = saveConversation(conversation);
    if (std::holds_alternative<Refusal>(moved) || op.noteId.empty())
        return moved;
    // The note is written after the move, so the receiving team gets it with the thread.
    auto stored = m_store.conversation(conversation.id);
    if (!stored)
        return refuse(ErrorCode::Invalid, stored.error().detail, {}, false);
    return appendMessage(context.message(op.noteId, op.conversationId, domain::Direction::Note,
                                         op.note, context.now),
                         std::move(stored).value(), false);
}

MutationApplier::Step MutationApplier::logCall(const sync::LogCall& op, Context& context)
{
    domain::Conversation conversation;
    if (auto refused = loadConversation(op.conversationId, context, conversation))
        return *refused;
    domain::Message message = context.message(op.messageId, op.conversationId,
                                              domain::Direction::Event, op.body, op.sentAt);
    message.call = op.call;
    return appendMessage(std::move(message), std::move(conversation), false);
}

MutationApplier::Step MutationApplier::logVisit(const sync::LogVisit& op, Context& context)
{
    domain::Conversation conversation;
    if (auto refused = loadConversation(op.conversationId, context, conversation))
        return *refused;
    domain::Message message = context.message(op.messageId, op.conversationId,
                                              domain::Direction::Event, op.body, op.sentAt);
    message.visit = op.visit;
    return appendMessage(std::move(message), std::move(conversation), false);
}

// The customer is in an agent's scope when one of its conversations is in their teams.
bool MutationApplier::customerInScope(const domain::Id& customerId,
                                      const domain::Agent& sender)
{
    if (sender.role == domain::Role::Supervisor)
        return true;
    auto history = m_store.reader().customerHistory(customerId);
    auto teams = m_store.teams();
    if (!history || !teams)
        return false;
    for (const store::HistoryRow& row : history.value())
        for (const domain::Team& team : teams.value())
            if (team.name == row.teamName
                && std::find(sender.teamIds.begin(), sender.teamIds.end(), team.id)
                       != sender.teamIds.end())
                return true;
    return false;
}

MutationApplier::Step MutationApplier::newConversation(const sync::NewConversation& op,
                                                       Context& context)
{
    const domain::Conversation& wanted = op.conversation;
    if (!context.ownsTeam(wanted.teamId))
        return refuse(ErrorCode::Forbidden, "a conversation may be opened only in own teams");
    if (!m_store.customer(wanted.customerId))
        return refuse(ErrorCode::NotFound, "no customer " + wanted.customerId);
    if (!customerInScope(wanted.customerId, context.sender))
        return refuse(ErrorCode::Forbidden, "the customer is outside the sender's scope");
    if (m_store.conversation(wanted.id))
        return refuse(ErrorCode::DuplicateId, "conversation " + wanted.id + " exists");
    if (op.message && op.message->conversationId != wanted.id)
        return refuse(ErrorCode::Invalid, "the message belongs to another conversation");
    Step created = saveConversation(wanted);
    if (std::holds_alternative<Refusal>(created) || !op.message)
        return created;
    auto stored = m_store.conversation(wanted.id);
    if (!stored)
        return refuse(ErrorCode::Invalid, stored.error().detail, {}, false);
    domain::Message message = *op.message;
    if (message.direction != domain::Direction::Inbound) { // the desk speaks for its agent
        message.authorId = context.sender.id;
        message.authorName = context.sender.displayName;
    }
    const bool outbound = message.direction == domain::Direction::Outbound;
    return appendMessage(std::move(message), std::move(stored).value(), outbound);
}

} // namespace concord::hub
