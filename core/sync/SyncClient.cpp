#include "SyncClient.h"

#include "CacheReplica.h"
#include "Codec.h"
#include "net/Backoff.h"
#include "net/Client.h"
#include "net/EventLoop.h"
#include "net/Log.h"
#include "store/Database.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>

#include <future>
#include <optional>

namespace concord::sync {

namespace {
constexpr std::chrono::seconds kPresenceRefresh{5}; // docs/PROTOCOL.md, Presence
} // namespace

// Everything below runs on the loop's one thread, so none of it needs a lock.
struct SyncClient::Impl : std::enable_shared_from_this<SyncClient::Impl> {
    Impl(std::filesystem::path cachePath, SyncClientOptions opts, SyncSinks s)
        : cache(std::move(cachePath))
        , options(std::move(opts))
        , sinks(std::move(s))
        , backoff(options.backoffBase, options.backoffCap)
        , retry(loop.context())
    {
    }

    std::filesystem::path cache;
    SyncClientOptions options;
    SyncSinks sinks;
    net::EventLoop loop{1};
    net::Backoff backoff;
    boost::asio::steady_timer retry;
    boost::asio::steady_timer presenceRefresh{loop.context()};
    std::optional<Presence> presence; // what the agent is doing now, resent while it lasts
    std::unique_ptr<store::Database> db;
    std::unique_ptr<CacheReplica> replica;
    std::unique_ptr<DeskProtocol> protocol;
    std::unique_ptr<net::Client> client;
    bool stopping = false;
    bool searchStepQueued = false;
    std::chrono::steady_clock::time_point openedAt;

    void start(Credentials credentials, domain::Agent author)
    {
        auto opened = store::Database::open(cache, store::OpenMode::CreateOrMigrate);
        if (!opened) {
            report(event::Failed{"the cache cannot be opened: " + opened.error().detail});
            setLink(Link::Offline);
            return;
        }
        db = std::move(opened).value();
        replica = std::make_unique<CacheReplica>(*db, std::move(author));
        auto clientId = replica->clientId();
        if (!clientId) {
            report(event::Failed{"the cache has no client id: " + clientId.error().detail});
            return;
        }
        protocol = std::make_unique<DeskProtocol>(*replica, *clientId, options.clientName);
        protocol->setCredentials(std::move(credentials));
        net::ClientOptions netOptions;
        netOptions.channel.idleTimeout = options.idleTimeout;
        std::weak_ptr<Impl> weak = shared_from_this();
        client = std::make_unique<net::Client>(
            loop,
            net::Client::Callbacks{
                [weak] { if (auto self = weak.lock()) self->opened(); },
                [weak](std::string text) { if (auto self = weak.lock()) self->received(text); },
                [weak](const net::CloseReason&) { if (auto self = weak.lock()) self->ended(); },
                [weak](const std::string&) { if (auto self = weak.lock()) self->ended(); },
            },
            netOptions);
        reportOutbox();
        connect();
        indexSearchBacklog(); // left by a large snapshot before the desk last stopped
    }

    void connect()
    {
        if (stopping || !client)
            return;
        setLink(Link::Connecting);
        client->connect(options.host, options.port);
    }

    void opened()
    {
        openedAt = std::chrono::steady_clock::now();
        run(protocol->connected());
    }

    void received(const std::string& text)
    {
        auto decoded = decode(text);
        if (!decoded) {
            report(event::Failed{"the hub sent an unreadable frame: " + decoded.error().detail});
            client->close(net::CloseCode::ProtocolError);
            return;
        }
        const bool wasLive = protocol->state() == DeskProtocol::State::Live;
        run(protocol->received(decoded.frame()));
        if (!wasLive && protocol->state() == DeskProtocol::State::Live) {
            setLink(Link::Online);
            sendPresence(); // the hub forgot it when the last connection ended
        }
        if (std::holds_alternative<MutationResult>(decoded.frame()))
            reportOutbox();
    }

    // A large snapshot leaves its messages' search index to be built afterwards: one step at
    // a time, each queued behind whatever the hub sent meanwhile, so live changes still land
    // within milliseconds.
    void indexSearchBacklog()
    {
        if (searchStepQueued || stopping || !replica)
            return;
        auto backlog = replica->hasSearchBacklog();
        if (!backlog || !*backlog)
            return;
        searchStepQueued = true;
        std::weak_ptr<Impl> weak = shared_from_this();
        loop.post([weak] {
            if (auto self = weak.lock())
                self->searchStep();
        });
    }

    void searchStep()
    {
        searchStepQueued = false;
        if (stopping || !replica)
            return;
        auto more = replica->searchBacklogStep();
        if (!more) {
            // Search stays partial until the next start tries again; sync goes on.
            net::logLine("desk: the search index could not be built: " + more.error().detail);
            return;
        }
        if (*more)
            indexSearchBacklog();
    }

    // The connection is gone (or never came): try again after a jittered pause.
    void ended()
    {
        if (protocol)
            protocol->disconnected();
        if (stopping)
            return;
        // Offline until the next attempt: the status bar tells the agent writes are queued.
        setLink(Link::Offline);
        // A connection that stayed up a while earns a fresh start of the backoff.
        if (std::chrono::steady_clock::now() - openedAt > std::chrono::seconds(60))
            backoff.reset();
        retry.expires_after(backoff.next());
        std::weak_ptr<Impl> weak = shared_from_this();
        retry.async_wait([weak](const boost::system::error_code& error) {
            if (auto self = weak.lock(); self && !error)
                self->connect();
        });
    }

    void run(DeskStep step)
    {
        for (const Frame& frame : step.send)
            client->send(encode(frame));
        for (const DeskEvent& e : step.events) {
            if (const auto* signedIn = std::get_if<event::SignedIn>(&e))
                replica->setAuthor(signedIn->session.agent);
            report(e);
        }
        if (step.close)
            client->close(toWire(*step.close));
    }

    void write(const MutationOp& op)
    {
        if (!replica)
            return;
        auto queued = replica->enqueue(op, std::chrono::time_point_cast<std::chrono::milliseconds>(
                                               std::chrono::system_clock::now()));
        if (!queued) {
            report(event::Failed{"the write could not be kept: " + queued.error().detail});
            return;
        }
        reportOutbox();
        report(event::ReplicaChanged{{std::visit(
            [](const auto& o) -> domain::Id {
                if constexpr (std::is_same_v<std::decay_t<decltype(o)>, NewConversation>)
                    return o.conversation.id;
                else
                    return o.conversationId;
            },
            op)}, {}});
        if (client && client->isOpen())
            run(protocol->outboxChanged());
    }

    // Presence is ephemeral: sent only while live, never queued; the hub drops a desk's
    // presence after 15 s of silence, so it is refreshed every 5 s while it lasts.
    void setPresence(Presence next)
    {
        if (presence && presence->conversationId != next.conversationId) {
            presence->state = PresenceState::Left; // one conversation at a time
            sendPresence();
        }
        presence = std::move(next);
        sendPresence();
        if (presence->state == PresenceState::Left)
            presence.reset();
        refreshPresenceLater();
    }

    void sendPresence()
    {
        if (presence && client && client->isOpen() && protocol
            && protocol->state() == DeskProtocol::State::Live)
            client->send(encode(*presence));
    }

    void refreshPresenceLater()
    {
        presenceRefresh.cancel();
        if (!presence || stopping)
            return;
        presenceRefresh.expires_after(kPresenceRefresh);
        std::weak_ptr<Impl> weak = shared_from_this();
        presenceRefresh.async_wait([weak](const boost::system::error_code& error) {
            if (auto self = weak.lock(); self && !error) {
                self->sendPresence();
                self->refreshPresenceLater();
            }
        });
    }

    void stop()
    {
        stopping = true;
        retry.cancel();
        presenceRefresh.cancel();
        client.reset(); // closes with 1000; no callback follows
        setLink(Link::Offline);
    }

    void report(const DeskEvent& e) const
    {
        if (sinks.event)
            sinks.event(e);
    }
    void setLink(Link link) const
    {
        if (sinks.link)
            sinks.link(link);
    }
    void reportOutbox() const
    {
        if (!sinks.outbox || !replica)
            return;
        if (auto count = replica->pendingCount())
            sinks.outbox(*count);
    }
};

SyncClient::SyncClient(std::filesystem::path cache, SyncClientOptions options, SyncSinks sinks)
    : m_impl(std::make_shared<Impl>(std::move(cache), std::move(options), std::move(sinks)))
{
}

SyncClient::~SyncClient()
{
    stop();
}

void SyncClient::start(Credentials credentials, domain::Agent author)
{
    m_impl->loop.post([impl = m_impl, credentials = std::move(credentials),
                       author = std::move(author)]() mutable {
        impl->start(std::move(credentials), std::move(author));
    });
}

void SyncClient::stop()
{
    if (!m_impl || m_stopped)
        return;
    m_stopped = true;
    if (m_impl->loop.runsInThisThread()) {
        m_impl->stop();
    } else {
        std::promise<void> done;
        m_impl->loop.post([impl = m_impl, &done] {
            impl->stop();
            done.set_value();
        });
        done.get_future().wait();
    }
    m_impl->loop.stop();
}

void SyncClient::setCredentials(Credentials credentials)
{
    m_impl->loop.post([impl = m_impl, credentials = std::move(credentials)]() mutable {
        if (impl->protocol)
            impl->run(impl->protocol->setCredentials(std::move(credentials)));
    });
}

void SyncClient::write(MutationOp op)
{
    m_impl->loop.post([impl = m_impl, op = std::move(op)] { impl->write(op); });
}

void SyncClient::setPresence(domain::Id conversationId, PresenceState state)
{
    m_impl->loop.post([impl = m_impl, conversationId = std::move(conversationId), state] {
        impl->setPresence(Presence{conversationId, state, {}, {}});
    });
}

void SyncClient::logOut()
{
    m_impl->loop.post([impl = m_impl] {
        if (impl->protocol && impl->client)
            impl->run(impl->protocol->logOut());
    });
}

} // namespace concord::sync
