#pragma once
// The desk's side of the conversation with the hub, as a state machine without I/O: it is
// told what the connection did (connected, a frame arrived, it dropped) and answers with the
// frames to send and what the desk should hear of it. The replica is written through a
// ReplicaStore. SyncClient puts it on a socket; tests drive it directly.
//
// Order of a session: hello -> welcome -> resume (token) or login (password) -> session ->
// subscribe (cursor) -> [reset, snapshot..., snapshot_end] -> changes... -> ok (caught up)
// -> live: changes as they happen, mutations from the outbox sent in order.

#include "Protocol.h"
#include "ReplicaStore.h"

#include <set>
#include <string>
#include <variant>
#include <vector>

namespace concord::sync {

struct Credentials {
    std::string token; // tried first when set
    std::string login;
    std::string password;
    bool empty() const { return token.empty() && (login.empty() || password.empty()); }
};

// What the desk hears. All values, so they can cross to the GUI thread as copies.
namespace event {
struct NeedCredentials {};                 // no token and no password to sign in with
struct SignedIn { Session session; };      // keep session.token for the next start
struct SignInRefused { ErrorCode code; std::string message; };
struct Bootstrapping { std::int64_t records = 0; }; // snapshot records taken in so far
struct ReplicaReplaced {};                 // after a snapshot: reload everything shown
struct ReplicaChanged {                    // after changes: refresh these
    std::vector<domain::Id> conversationIds;
    std::vector<domain::Id> customerIds;
};
struct CaughtUp { int pendingMutations = 0; }; // live from here on
struct MutationSettled { MutationResult result; };
struct PresenceSeen { Presence presence; };
struct Failed { std::string what; };       // the connection is being closed because of it
} // namespace event

using DeskEvent = std::variant<event::NeedCredentials, event::SignedIn, event::SignInRefused,
                               event::Bootstrapping, event::ReplicaReplaced,
                               event::ReplicaChanged, event::CaughtUp, event::MutationSettled,
                               event::PresenceSeen, event::Failed>;

// One reaction: frames to send (in order), events for the desk, and whether to close.
struct DeskStep {
    std::vector<Frame> send;
    std::vector<DeskEvent> events;
    std::optional<CloseCode> close;
};

class DeskProtocol {
public:
    enum class State {
        Disconnected,
        AwaitingWelcome,
        SigningIn,
        NeedsCredentials, // connected, waiting for setCredentials
        Subscribing,      // includes a bootstrap or a catch-up in progress
        Live,
    };

    DeskProtocol(ReplicaStore& replica, domain::Id clientId, std::string clientName);

    State state() const { return m_state; }
    const domain::Id& epoch() const { return m_epoch; }

    // Whether hello says the desk reads binary frames; its connection must then accept them
    // (net::ChannelOptions::acceptBinary). Off unless set.
    void setReadsBinaryFrames(bool on) { m_readsBinaryFrames = on; }

    // New credentials (after the login dialog); signs in at once if the desk is waiting.
    DeskStep setCredentials(Credentials credentials);
    DeskStep connected();
    DeskStep received(const Frame& frame);
    void disconnected();
    // Something was added to the outbox: sends it when live.
    DeskStep outboxChanged();
    // Forgets the token (log out): sends logout when signed in.
    DeskStep logOut();

private:
    DeskStep onWelcome(const Welcome& welcome);
    DeskStep onSession(const Session& session);
    DeskStep onError(const ErrorReply& error);
    DeskStep onReset(const Reset& reset);
    DeskStep onSnapshot(const Snapshot& snapshot);
    DeskStep onSnapshotEnd(const SnapshotEnd& end);
    DeskStep onChanges(const Changes& changes);
    DeskStep onOk(const Ok& ok);
    DeskStep onMutationResult(const MutationResult& result);
    DeskStep signIn();
    DeskStep subscribe();
    DeskStep sendPendingMutations();
    DeskStep fail(std::string what, CloseCode code = CloseCode::Normal);
    std::int64_t nextReq() { return ++m_lastReq; }

    ReplicaStore& m_replica;
    domain::Id m_clientId;
    std::string m_clientName;
    bool m_readsBinaryFrames = false;
    Credentials m_credentials;
    State m_state = State::Disconnected;
    domain::Id m_epoch;
    std::int64_t m_lastReq = 0;
    std::int64_t m_signInReq = 0;
    std::int64_t m_catchUpReq = 0;     // the subscribe or pull whose ok means "caught up"
    std::int64_t m_snapshotRecords = 0;
    bool m_pulling = false;            // a gap was seen; changes wait for the pull's answer
    std::set<std::int64_t> m_inFlight; // mutation ids sent on this connection
};

} // namespace concord::sync
