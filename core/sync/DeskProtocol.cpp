#include "DeskProtocol.h"

#include <algorithm>

namespace concord::sync {
namespace {

// The conversations and customers a batch of changes touched, for the desk to refresh.
event::ReplicaChanged touched(const Changes& changes)
{
    event::ReplicaChanged out;
    auto add = [](std::vector<domain::Id>& ids, const domain::Id& id) {
        if (!id.empty() && std::find(ids.begin(), ids.end(), id) == ids.end())
            ids.push_back(id);
    };
    for (const ChangeItem& item : changes.items) {
        std::visit(
            [&](const auto& record) {
                using T = std::decay_t<decltype(record)>;
                if constexpr (std::is_same_v<T, domain::Conversation>) {
                    add(out.conversationIds, record.id);
                    add(out.customerIds, record.customerId);
                } else if constexpr (std::is_same_v<T, domain::Message>) {
                    add(out.conversationIds, record.conversationId);
                } else if constexpr (std::is_same_v<T, domain::Customer>) {
                    add(out.customerIds, record.id);
                } else if constexpr (std::is_same_v<T, Removed>) {
                    if (record.kind == RecordKind::Conversation)
                        add(out.conversationIds, record.id);
                    else if (record.kind == RecordKind::Customer)
                        add(out.customerIds, record.id);
                }
            },
            item.record);
    }
    return out;
}

std::int64_t recordCount(const SnapshotRecords& r)
{
    return std::int64_t(r.teams.size() + r.agents.size() + r.customers.size()
                        + r.conversations.size() + r.messages.size());
}

void append(DeskStep& into, DeskStep from)
{
    for (auto& frame : from.send)
        into.send.push_back(std::move(frame));
    for (auto& e : from.events)
        into.events.push_back(std::move(e));
    if (from.close)
        into.close = from.close;
}

} // namespace

DeskProtocol::DeskProtocol(ReplicaStore& replica, domain::Id clientId, std::string clientName)
    : m_replica(replica)
    , m_clientId(std::move(clientId))
    , m_clientName(std::move(clientName))
{
}

DeskStep DeskProtocol::setCredentials(Credentials credentials)
{
    m_credentials = std::move(credentials);
    if (m_state == State::NeedsCredentials)
        return signIn();
    return {};
}

DeskStep DeskProtocol::connected()
{
    m_state = State::AwaitingWelcome;
    m_inFlight.clear();
    m_pulling = false;
    DeskStep step;
    step.send.push_back(Hello{kProtocolVersion, m_clientName, m_clientId, m_readsBinaryFrames});
    return step;
}

void DeskProtocol::disconnected()
{
    m_state = State::Disconnected;
    m_inFlight.clear();
    m_pulling = false;
}

DeskStep DeskProtocol::received(const Frame& frame)
{
    return std::visit(
        [this](const auto& message) -> DeskStep {
            using T = std::decay_t<decltype(message)>;
            if constexpr (std::is_same_v<T, Welcome>)
                return onWelcome(message);
            else if constexpr (std::is_same_v<T, Session>)
                return onSession(message);
            else if constexpr (std::is_same_v<T, ErrorReply>)
                return onError(message);
            else if constexpr (std::is_same_v<T, Reset>)
                return onReset(message);
            else if constexpr (std::is_same_v<T, Snapshot>)
                return onSnapshot(message);
            else if constexpr (std::is_same_v<T, SnapshotEnd>)
                return onSnapshotEnd(message);
            else if constexpr (std::is_same_v<T, Changes>)
                return onChanges(message);
            else if constexpr (std::is_same_v<T, Ok>)
                return onOk(message);
            else if constexpr (std::is_same_v<T, MutationResult>)
                return onMutationResult(message);
            else if constexpr (std::is_same_v<T, Presence>)
                return DeskStep{{}, {event::PresenceSeen{message}}, {}};
            else // a frame only a desk sends: the hub is confused, or not a hub
                return fail("the hub sent a " + std::string(typeKey(Frame(message)))
                            + " frame");
        },
        frame);
}

DeskStep DeskProtocol::onWelcome(const Welcome& welcome)
{
    if (m_state != State::AwaitingWelcome)
        return fail("welcome out of order");
    if (welcome.protocol != kProtocolVersion)
        return fail("the hub speaks protocol " + std::to_string(welcome.protocol));
    m_epoch = welcome.epoch;
    return signIn();
}

DeskStep DeskProtocol::signIn()
{
    DeskStep step;
    if (m_credentials.empty()) {
        m_state = State::NeedsCredentials;
        step.events.push_back(event::NeedCredentials{});
        return step;
    }
    m_state = State::SigningIn;
    m_signInReq = nextReq();
    if (!m_credentials.token.empty())
        step.send.push_back(Resume{m_signInReq, m_credentials.token});
    else
        step.send.push_back(Login{m_signInReq, m_credentials.login, m_credentials.password});
    return step;
}

DeskStep DeskProtocol::onSession(const Session& session)
{
    if (m_state != State::SigningIn || session.req != m_signInReq)
        return fail("session out of order");
    m_credentials.token = session.token;
    m_credentials.password.clear(); // the token replaces it
    DeskStep step;
    step.events.push_back(event::SignedIn{session});
    append(step, subscribe());
    return step;
}

DeskStep DeskProtocol::subscribe()
{
    auto cursor = m_replica.cursor();
    if (!cursor)
        return fail("the cache cannot tell where it stands: " + cursor.error().detail);
    m_state = State::Subscribing;
    m_catchUpReq = nextReq();
    m_snapshotRecords = 0;
    DeskStep step;
    step.send.push_back(Subscribe{m_catchUpReq, *cursor});
    return step;
}

DeskStep DeskProtocol::onError(const ErrorReply& error)
{
    if (m_state == State::SigningIn && error.req == m_signInReq) {
        const bool tokenRefused = !m_credentials.token.empty();
        m_credentials.token.clear();
        DeskStep step;
        // A refused token with a password at hand: try the password before asking.
        if (tokenRefused && !m_credentials.empty())
            return signIn();
        m_credentials.password.clear();
        m_state = State::NeedsCredentials;
        step.events.push_back(event::SignInRefused{error.code, error.message});
        return step;
    }
    if (error.req != 0 && error.req == m_catchUpReq)
        return fail("the hub refused to sync: " + error.message);
    return {}; // a refused request of no consequence here (e.g. presence)
}

DeskStep DeskProtocol::onReset(const Reset& reset)
{
    // A pull the hub cannot serve from our cursor is answered like a fresh subscribe.
    const bool pullStartsOver = m_state == State::Live && m_pulling;
    if (m_state != State::Subscribing && !pullStartsOver)
        return fail("reset out of order");
    m_state = State::Subscribing;
    if (auto done = m_replica.beginReset(reset); !done)
        return fail("the cache could not start over: " + done.error().detail);
    m_epoch = reset.epoch;
    m_snapshotRecords = 0;
    m_pulling = false;
    return {};
}

DeskStep DeskProtocol::onSnapshot(const Snapshot& snapshot)
{
    if (m_state != State::Subscribing)
        return fail("snapshot out of order");
    if (auto done = m_replica.applySnapshot(snapshot); !done)
        return fail("the cache could not take a snapshot batch: " + done.error().detail);
    m_snapshotRecords += recordCount(snapshot.records);
    return DeskStep{{}, {event::Bootstrapping{m_snapshotRecords}}, {}};
}

DeskStep DeskProtocol::onSnapshotEnd(const SnapshotEnd& end)
{
    if (m_state != State::Subscribing)
        return fail("snapshot_end out of order");
    if (auto done = m_replica.finishSnapshot(Cursor{m_epoch, end.seq}); !done)
        return fail("the cache could not finish the snapshot: " + done.error().detail);
    return DeskStep{{}, {event::ReplicaReplaced{}}, {}};
}

DeskStep DeskProtocol::onChanges(const Changes& changes)
{
    if (m_state != State::Subscribing && m_state != State::Live)
        return fail("changes out of order");
    auto cursor = m_replica.cursor();
    if (!cursor || !*cursor)
        return fail("changes before the replica has a cursor");
    if (changes.after != (*cursor)->seq) {
        // Something was missed (or this batch repeats what we have): ask once from where we
        // stand and drop what arrives until the answer lines up again.
        if (changes.upTo <= (*cursor)->seq || m_pulling)
            return {};
        m_pulling = true;
        m_catchUpReq = nextReq();
        return DeskStep{{Pull{m_catchUpReq, **cursor}}, {}, {}};
    }
    if (auto done = m_replica.applyChanges(changes, m_epoch); !done)
        return fail("the cache could not apply changes: " + done.error().detail);
    DeskStep step;
    step.events.push_back(touched(changes));
    return step;
}

DeskStep DeskProtocol::onOk(const Ok& ok)
{
    if (ok.req == 0 || ok.req != m_catchUpReq)
        return {};
    m_pulling = false;
    const bool wasLive = m_state == State::Live;
    m_state = State::Live;
    DeskStep step = sendPendingMutations();
    if (!wasLive) {
        auto pending = m_replica.pendingMutations();
        step.events.insert(step.events.begin(),
                           event::CaughtUp{pending ? int(pending->size()) : 0});
    }
    return step;
}

DeskStep DeskProtocol::outboxChanged()
{
    if (m_state != State::Live)
        return {};
    return sendPendingMutations();
}

DeskStep DeskProtocol::sendPendingMutations()
{
    auto pending = m_replica.pendingMutations();
    if (!pending)
        return fail("the outbox cannot be read: " + pending.error().detail);
    DeskStep step;
    for (const Mutate& mutation : *pending) {
        if (m_inFlight.insert(mutation.mutationId).second)
            step.send.push_back(mutation);
    }
    return step;
}

DeskStep DeskProtocol::onMutationResult(const MutationResult& result)
{
    if (result.clientId != m_clientId)
        return {};
    if (auto done = m_replica.settle(result); !done)
        return fail("the outbox could not settle a mutation: " + done.error().detail);
    m_inFlight.erase(result.mutationId);
    return DeskStep{{}, {event::MutationSettled{result}}, {}};
}

DeskStep DeskProtocol::logOut()
{
    const bool signedIn = m_state == State::Subscribing || m_state == State::Live;
    m_credentials = {};
    DeskStep step;
    if (signedIn) {
        step.send.push_back(Logout{nextReq()});
        m_state = State::NeedsCredentials;
    }
    return step;
}

DeskStep DeskProtocol::fail(std::string what, CloseCode code)
{
    m_state = State::Disconnected;
    return DeskStep{{}, {event::Failed{std::move(what)}}, code};
}

} // namespace concord::sync
