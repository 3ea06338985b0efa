#include "ServiceCore.h"

#include "AgentAccounts.h"
#include "MutationApplier.h"
#include "TokenService.h"
#include "WireFrames.h"
#include "net/Log.h"
#include "store/CacheWriter.h"
#include "store/HubCredentials.h"
#include "store/HubStore.h"
#include "sync/Codec.h"

#include <boost/asio/steady_timer.hpp>

#include <type_traits>

namespace concord::hub {
using sync::ErrorCode;

namespace {

constexpr std::chrono::milliseconds kCheckpointInterval{250};

domain::Timestamp now()
{
    return std::chrono::time_point_cast<std::chrono::milliseconds>(
        std::chrono::system_clock::now());
}

// The `req` of a frame that carries one (0 otherwise), for the error that answers it.
std::int64_t reqOf(const sync::Frame& frame)
{
    return std::visit(
        [](const auto& message) -> std::int64_t {
            if constexpr (requires { message.req; })
                return message.req;
            else
                return 0;
        },
        frame);
}

template <typename T>
constexpr bool kDeskFrame =
    std::is_same_v<T, sync::Hello> || std::is_same_v<T, sync::Login>
    || std::is_same_v<T, sync::Resume> || std::is_same_v<T, sync::Logout>
    || std::is_same_v<T, sync::Subscribe> || std::is_same_v<T, sync::Pull>
    || std::is_same_v<T, sync::Mutate> || std::is_same_v<T, sync::Presence>;

std::shared_ptr<HubSession> sessionOf(const net::ConnectionPtr& connection)
{
    return std::static_pointer_cast<HubSession>(connection->context());
}

} // namespace

ServiceCore::ServiceCore(HubServiceOptions options, std::unique_ptr<store::HubStore> store,
                         std::unique_ptr<store::HubStore> authStore)
    : m_options(std::move(options)),
      m_epoch(store->epoch()),
      m_store(std::move(store)),
      m_authStore(std::move(authStore)),
      m_mutations(std::make_unique<MutationApplier>(*m_store)),
      m_accounts(std::make_unique<AgentAccounts>(*m_authStore)),
      m_tokens(std::make_unique<TokenService>(m_authStore->credentials())),
      m_writerTokens(std::make_unique<TokenService>(m_store->credentials()))
{
    // A checkpoint syncs the file: on the writer it would hold up every ingest and push
    // behind it, so the auth thread's connection does it (it only waits on Argon2 there).
    // Set before the writer's first task: a connection is used by one thread at a time.
    const bool checkpointsElsewhere =
        store::CacheWriter::setAutoCheckpoint(m_store->database(), 0).ok();
    m_writer.post([this] { sweepPresence(); });
    if (checkpointsElsewhere)
        m_auth.post([this] { checkpointLater(); });
}

void ServiceCore::checkpointLater()
{
    auto timer = std::make_shared<boost::asio::steady_timer>(m_auth.context(),
                                                             kCheckpointInterval);
    timer->async_wait([this, timer](const boost::system::error_code& ec) {
        if (ec || m_stopped)
            return;
        store::CacheWriter::checkpoint(m_authStore->database()); // else: next time
        checkpointLater();
    });
}

ServiceCore::~ServiceCore()
{
    stop();
}

void ServiceCore::stop()
{
    if (m_stopped.exchange(true))
        return;
    std::promise<void> drained;
    m_writer.post([this, &drained] {
        m_heldResults.clear();
        m_sessions.clear();
        failQueuedIngests(); // one may wait for kIngestInterval, which will not come
        drained.set_value();
    });
    drained.get_future().wait();
    m_reader.stop();
    m_auth.stop();
    m_writer.stop();
}

// ---- from the server's strands -------------------------------------------------------------

void ServiceCore::opened(const net::ConnectionPtr& connection)
{
    auto session = std::make_shared<HubSession>(connection);
    connection->setContext(session);
    if (m_stopped)
        return;
    m_writer.post([this, session] {
        m_sessions[session->connectionId] = session;
        startHelloTimer(session);
    });
}

// Decoding runs here, in parallel across connections; the session's state is the writer's.
void ServiceCore::received(const net::ConnectionPtr& connection, std::string text)
{
    auto session = sessionOf(connection);
    if (!session || m_stopped)
        return;
    sync::DecodeResult decoded = sync::decode(text);
    if (!decoded) {
        const bool malformed = decoded.error().code == ErrorCode::Malformed;
        const int count = malformed ? ++session->malformed : session->malformed.load();
        m_writer.post([this, session, reply = decoded.error().toReply(), count] {
            send(session, reply);
            if (count >= m_options.malformedLimit)
                session->close(net::CloseCode::Policy, "too many malformed frames");
        });
        return;
    }
    m_writer.post([this, session, frame = std::move(decoded).frame()] { handle(session, frame); });
}

void ServiceCore::closed(const net::ConnectionPtr& connection)
{
    auto session = sessionOf(connection);
    connection->setContext({}); // the session holds the connection: break the cycle
    if (!session)
        return;
    session->release();
    ++session->generation; // stops its snapshot or catch-up
    if (m_stopped)
        return;
    m_writer.post([this, session] {
        session->open = false;
        m_sessions.erase(session->connectionId);
        if (!session->agent)
            return;
        while (!session->presence.empty())
            endPresence(session, session->presence.begin()->first);
    });
}

// ---- the session ---------------------------------------------------------------------------

void ServiceCore::send(const SessionPtr& session, const sync::Frame& frame)
{
    session->send(encodeFrame(frame));
}

void ServiceCore::sendError(const SessionPtr& session, std::int64_t req, ErrorCode code,
                            std::string message)
{
    send(session, sync::ErrorReply{req, code, std::move(message)});
}

void ServiceCore::later(std::chrono::steady_clock::duration delay, std::function<void()> task)
{
    auto timer = std::make_shared<boost::asio::steady_timer>(m_writer.context(), delay);
    timer->async_wait([timer, task = std::move(task)](const boost::system::error_code& ec) {
        if (!ec)
            task();
    });
}

void ServiceCore::startHelloTimer(const SessionPtr& session)
{
    std::weak_ptr<HubSession> weak = session;
    later(m_options.helloTimeout, [weak] {
        auto session = weak.lock();
        if (session && session->open && !session->helloed)
            session->close(net::CloseCode::NoHello, "no hello");
    });
}

void ServiceCore::handle(const SessionPtr& session, const sync::Frame& frame)
{
    if (!session->open)
        return;
    std::visit(
        [&](const auto& message) {
            using T = std::decay_t<decltype(message)>;
            if constexpr (!kDeskFrame<T>) {
                sendError(session, reqOf(frame), ErrorCode::Malformed,
                          std::string("a hub sends ") + std::string(sync::typeKey(frame))
                              + ", a desk does not");
            } else if constexpr (std::is_same_v<T, sync::Hello>) {
                onHello(session, message);
            } else if (!session->helloed) {
                sendError(session, reqOf(frame), ErrorCode::Unauthenticated, "hello first");
            } else if constexpr (std::is_same_v<T, sync::Login>) {
                onLogin(session, message);
            } else if constexpr (std::is_same_v<T, sync::Resume>) {
                onResume(session, message);
            } else if (!session->agent) {
                sendError(session, reqOf(frame), ErrorCode::Unauthenticated,
                          "log in or resume first");
            } else if (!sessionStillValid(session)) {
                sendError(session, reqOf(frame), ErrorCode::SessionExpired,
                          "the session was revoked or has expired");
                session->close(net::CloseCode::Policy, "session ended");
                session->open = false;
            } else if constexpr (std::is_same_v<T, sync::Logout>) {
                onLogout(session, message);
            } else if constexpr (std::is_same_v<T, sync::Subscribe>) {
                startSync(session, message.req, message.cursor);
            } else if constexpr (std::is_same_v<T, sync::Pull>) {
                startSync(session, message.req, message.cursor);
            } else if constexpr (std::is_same_v<T, sync::Mutate>) {
                onMutate(session, message);
            } else if constexpr (std::is_same_v<T, sync::Presence>) {
                onPresence(session, message);
            }
        },
        frame);
}

void ServiceCore::onHello(const SessionPtr& session, const sync::Hello& hello)
{
    if (session->helloed)
        return sendError(session, 0, ErrorCode::Malformed, "hello was already said");
    if (hello.protocol != sync::kProtocolVersion) {
        sendError(session, 0, ErrorCode::UnsupportedProtocol,
                  "this hub speaks protocol " + std::to_string(sync::kProtocolVersion));
        session->close(net::CloseCode::UnsupportedVersion, "unsupported protocol");
        session->open = false;
        return;
    }
    session->helloed = true;
    session->clientId = hello.clientId;
    session->binaryFrames = hello.binaryFrames;
    send(session, sync::Welcome{sync::kProtocolVersion, m_options.hubName, m_epoch});
}

void ServiceCore::onLogin(const SessionPtr& session, const sync::Login& login)
{
    if (session->agent || session->authPending)
        return sendError(session, login.req, ErrorCode::Malformed, "already signing in");
    session->authPending = true;
    const auto notBefore = std::chrono::steady_clock::now() + m_options.failedLoginDelay;
    // Argon2id takes tens of milliseconds: on the auth thread, not the writer.
    m_auth.post([this, session, login, notBefore] {
        if (lockedOut(login.login, now()))
            return refuseLater(session, login.req, ErrorCode::RateLimited,
                               "too many failed logins; try again later", notBefore);
        const LoginResult result = m_accounts->authenticate(login.login, login.password, now());
        if (result.status != LoginStatus::Ok) {
            const bool disabled = result.status == LoginStatus::Disabled;
            if (result.status == LoginStatus::Failed)
                net::logLine("hub: login check failed: " + result.detail);
            return refuseLater(session, login.req,
                               disabled ? ErrorCode::AccountDisabled : ErrorCode::BadCredentials,
                               disabled ? "the account is disabled" : "wrong login or password",
                               notBefore);
        }
        auto issued = m_tokens->issue(result.agent.id, now());
        if (!issued)
            return refuseLater(session, login.req, ErrorCode::BadCredentials,
                               "the hub could not start a session", notBefore);
        m_writer.post([this, session, req = login.req, agent = result.agent,
                       token = issued.value()] {
            signIn(session, req, agent, token.token, token.expiresAt);
        });
    });
}

// Auth thread: guessing a password stops after a few tries in a row, for a while.
bool ServiceCore::lockedOut(const std::string& login, domain::Timestamp at)
{
    auto agent = m_authStore->agentByLogin(login);
    if (!agent)
        return false;
    auto credential = m_authStore->credentials().credential(agent->id);
    return credential && credential->failedAttempts >= m_options.failedLoginLimit
           && credential->lastFailure
           && at - *credential->lastFailure < m_options.failedLoginLockout;
}

// Any thread: the answer waits on the writer's clock, the auth thread moves on at once.
void ServiceCore::refuseLater(const SessionPtr& session, std::int64_t req, ErrorCode code,
                              std::string message,
                              std::chrono::steady_clock::time_point notBefore)
{
    auto timer = std::make_shared<boost::asio::steady_timer>(m_writer.context(), notBefore);
    timer->async_wait([this, timer, session, req, code, message = std::move(message)](auto) {
        session->authPending = false;
        if (session->open)
            sendError(session, req, code, message);
    });
}

void ServiceCore::onResume(const SessionPtr& session, const sync::Resume& resume)
{
    if (session->agent || session->authPending)
        return sendError(session, resume.req, ErrorCode::Malformed, "already signing in");
    session->authPending = true;
    m_auth.post([this, session, resume] {
        auto check = m_tokens->verify(resume.token, now());
        std::optional<domain::Agent> agent;
        if (check && check->status == TokenStatus::Valid)
            if (auto found = m_authStore->agent(check->agentId))
                agent = std::move(found).value();
        m_writer.post([this, session, resume, agent, expires = check ? check->expiresAt
                                                                     : domain::Timestamp{}] {
            if (!agent) {
                session->authPending = false;
                return sendError(session, resume.req, ErrorCode::SessionExpired,
                                 "unknown, expired or revoked token");
            }
            signIn(session, resume.req, *agent, resume.token, expires);
        });
    });
}

void ServiceCore::signIn(const SessionPtr& session, std::int64_t req, domain::Agent agent,
                         std::string token, domain::Timestamp expiresAt)
{
    session->authPending = false;
    if (!session->open)
        return;
    session->agent = agent;
    session->scope = store::HubScope::of(agent);
    session->token = token;
    send(session, sync::Session{req, std::move(token), expiresAt, std::move(agent)});
}

// A token revoked since sign-in (the agent was disabled, or logged out elsewhere) or expired
// ends the session at its next frame: one hash and one indexed read, cheaper than any write.
bool ServiceCore::sessionStillValid(const SessionPtr& session)
{
    auto check = m_writerTokens->verify(session->token, now());
    if (!check) {
        net::logLine("hub: cannot check a session: " + check.error().detail);
        return true; // a storage hiccup does not sign everyone out
    }
    return check->status == TokenStatus::Valid;
}

void ServiceCore::onLogout(const SessionPtr& session, const sync::Logout& logout)
{
    while (!session->presence.empty())
        endPresence(session, session->presence.begin()->first);
    session->agent.reset(); // nothing more is served on this connection
    ++session->generation;
    m_auth.post([this, session, req = logout.req, token = session->token] {
        if (auto revoked = m_tokens->revoke(token); !revoked)
            net::logLine("hub: logout could not revoke a token: " + revoked.error().detail);
        m_writer.post([this, session, req] {
            if (!session->open)
                return;
            send(session, sync::Ok{req});
            session->close(net::CloseCode::Normal, "logged out");
        });
    });
}

// ---- presence ------------------------------------------------------------------------------

void ServiceCore::onPresence(const SessionPtr& session, const sync::Presence& presence)
{
    auto conversation = m_store->conversation(presence.conversationId);
    if (!conversation)
        return sendError(session, 0, ErrorCode::NotFound, "no such conversation");
    const auto& teams = session->scope.teamIds;
    if (!session->scope.everything
        && std::find(teams.begin(), teams.end(), conversation->teamId) == teams.end())
        return sendError(session, 0, ErrorCode::Forbidden, "outside the sender's scope");
    if (presence.state == sync::PresenceState::Left)
        session->presence.erase(presence.conversationId);
    else
        session->presence[presence.conversationId] = std::chrono::steady_clock::now();
    relayPresence(session, conversation.value(), presence.state);
}

void ServiceCore::endPresence(const SessionPtr& session, domain::Id conversationId)
{
    session->presence.erase(conversationId);
    if (auto conversation = m_store->conversation(conversationId))
        relayPresence(session, conversation.value(), sync::PresenceState::Left);
}

// Desks refresh their presence every 5 s; one that fell silent has left.
void ServiceCore::sweepPresence()
{
    const auto stale = std::chrono::steady_clock::now() - m_options.presenceTimeout;
    for (const auto& [id, session] : m_sessions) {
        std::vector<domain::Id> gone;
        for (const auto& [conversationId, refreshed] : session->presence)
            if (refreshed < stale)
                gone.push_back(conversationId);
        for (const domain::Id& conversationId : gone)
            endPresence(session, conversationId);
    }
    later(m_options.presenceTimeout / 4, [this] { sweepPresence(); });
}

// To every other signed-in desk whose scope holds the conversation's team.
void ServiceCore::relayPresence(const SessionPtr& from, const domain::Conversation& conversation,
                                sync::PresenceState state)
{
    if (!from->agent)
        return;
    const auto text = net::makeSharedText(encodeFrame(
        sync::Presence{conversation.id, state, from->agent->id, from->agent->displayName}));
    for (const auto& [id, other] : m_sessions) {
        if (other == from || !other->agent)
            continue;
        const auto& teams = other->scope.teamIds;
        if (other->scope.everything
            || std::find(teams.begin(), teams.end(), conversation.teamId) != teams.end())
            other->send(text);
    }
}

} // namespace concord::hub
