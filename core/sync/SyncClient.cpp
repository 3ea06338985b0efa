#include "SyncClient.h"

#include "CacheReplica.h"
#include "Codec.h"
#include "FrameDecoder.h"
#include "net/Backoff.h"
#include "net/Client.h"
#include "net/EventLoop.h"
#include "net/ThreadName.h"
#include "net/Log.h"
#include "store/CacheWriter.h"
#include "store/Database.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>

#include <condition_variable>
#include <functional>
#include <future>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

namespace concord::sync {

namespace {
constexpr std::chrono::seconds kPresenceRefresh{5}; // docs/PROTOCOL.md, Presence
constexpr std::chrono::milliseconds kCheckpointInterval{250};
// Changes frames arriving within this long of one another share a commit (see
// CacheReplica::holdChangeCommits): it adds at most this much to a change's latency, and
// when the desk falls behind, the frames waiting are applied in a few commits, not one each.
constexpr std::chrono::milliseconds kHoldChanges{2};
constexpr std::size_t kHoldItems = 5000; // more held than this: commit at once
// Frames this large (snapshot batches) are decoded on the decoder's thread while this one
// stores the batch before. Smaller ones (live changes, replies) are decoded here when none
// waits ahead of them: a thread hop would only add to a live change's latency.
constexpr std::size_t kDecodeAsideBytes = 64 * 1024;
// How far the decoder may run ahead of the store. Beyond it this thread stores before it
// reads on, so a hub faster than the cache waits in TCP's window, not in the desk's memory.
constexpr std::size_t kFramesAhead = 2;
// How long stopping waits for the hub to answer its close (loopback or LAN: milliseconds).
constexpr std::chrono::milliseconds kCloseWait{500};
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
    net::EventLoop loop{1, "desk-sync"};
    net::Backoff backoff;
    boost::asio::steady_timer retry;
    boost::asio::steady_timer presenceRefresh{loop.context()};
    std::optional<Presence> presence; // what the agent is doing now, resent while it lasts
    std::unique_ptr<store::Database> db;
    std::unique_ptr<CacheReplica> replica;
    std::unique_ptr<DeskProtocol> protocol;
    std::unique_ptr<net::Client> client;
    bool stopping = false;
    // We asked the connection to close (or are stopping): frames still arriving from it, or
    // still with the decoder, are not applied. A new connection clears it.
    bool closing = false;
    std::function<void()> whenStopped; // set while stop() waits for the close handshake
    boost::asio::steady_timer closeWait{loop.context()};
    bool backlogStepQueued = false;
    boost::asio::steady_timer heldCommit{loop.context()};
    bool heldCommitArmed = false;
    std::vector<DeskEvent> heldEvents; // told once the changes they speak of are committed
    // Once live, the WAL is checkpointed here, off the sync thread (startCheckpoints()).
    std::thread checkpointer;
    std::mutex checkpointMutex;
    std::condition_variable checkpointWake;
    bool checkpointStop = false;
    // Declared after the loop it posts to, so it is gone (its thread joined) before the loop.
    FrameDecoder decoder{[this] { postDrainDecoded(); }};

    ~Impl() { stopCheckpoints(); }
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
        replica->setSearchInlineMessages(options.searchInlineMessages);
        replica->holdChangeCommits(true);
        auto clientId = replica->clientId();
        if (!clientId) {
            report(event::Failed{"the cache has no client id: " + clientId.error().detail});
            return;
        }
        protocol = std::make_unique<DeskProtocol>(*replica, *clientId, options.clientName);
        protocol->setCredentials(std::move(credentials));
        net::ClientOptions netOptions;
        netOptions.channel.idleTimeout = options.idleTimeout;
        // Snapshot frames as binary: Beast checks the UTF-8 of every text frame, which the
        // codec does anyway as it parses (a tenth of this thread in a large bootstrap).
        netOptions.channel.acceptBinary = true;
        protocol->setReadsBinaryFrames(true);
        std::weak_ptr<Impl> weak = shared_from_this();
        client = std::make_unique<net::Client>(
            loop,
            net::Client::Callbacks{
                [weak] { if (auto self = weak.lock()) self->opened(); },
                [weak](std::string text) {
                    if (auto self = weak.lock())
                        self->received(std::move(text));
                },
                [weak](const net::CloseReason&) { if (auto self = weak.lock()) self->ended(); },
                [weak](const std::string&) { if (auto self = weak.lock()) self->ended(); },
            },
            netOptions);
        reportOutbox();
        startCheckpoints(); // before a bootstrap too: its group commits would wait on them
        connect();
        workOffBacklog(); // left by a large snapshot before the desk last stopped
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
        closing = false;
        openedAt = std::chrono::steady_clock::now();
        run(protocol->connected());
    }

    // Frames are applied in the order they came, whichever thread decoded them.
    void received(std::string text)
    {
        if (closing)
            return; // read before the close took effect: not applied, as on a closing channel
        if (decoder.pending() == 0 && text.size() < kDecodeAsideBytes) {
            apply(decode(text), false);
            return;
        }
        decoder.submit(std::move(text));
        while (!closing && decoder.pending() > kFramesAhead) {
            auto decoded = decoder.take(true);
            if (!decoded)
                break;
            apply(std::move(*decoded), true);
        }
    }

    void postDrainDecoded()
    {
        std::weak_ptr<Impl> weak = weak_from_this();
        loop.post([weak] {
            if (auto self = weak.lock())
                self->applyDecoded(false);
        });
    }

    // Applies the frames decoded so far, or with `wait` every frame handed to the decoder.
    void applyDecoded(bool wait)
    {
        while (!closing) {
            auto decoded = decoder.take(wait);
            if (!decoded)
                return;
            apply(std::move(*decoded), true);
        }
    }

    // `fromDecoder`: decoded on the decoder's thread, and so freed there too.
    void apply(DecodeResult decoded, bool fromDecoder)
    {
        if (!decoded) {
            report(event::Failed{"the hub sent an unreadable frame: " + decoded.error().detail});
            closeConnection(net::CloseCode::ProtocolError);
            return;
        }
        const bool wasLive = protocol->state() == DeskProtocol::State::Live;
        run(protocol->received(decoded.frame()));
        if (!wasLive && protocol->state() == DeskProtocol::State::Live) {
            setLink(Link::Online);
            startCheckpoints();
            sendPresence(); // the hub forgot it when the last connection ended
            workOffBacklog(); // a large snapshot just now leaves one
        }
        if (std::holds_alternative<MutationResult>(decoded.frame()))
            reportOutbox();
        if (fromDecoder && std::holds_alternative<Snapshot>(decoded.frame()))
            decoder.dispose(std::move(decoded));
    }

    // A large snapshot leaves indexes and search to be built afterwards: one step at
    // a time, each queued behind whatever the hub sent meanwhile, so live changes still land
    // within milliseconds.
    void workOffBacklog()
    {
        if (backlogStepQueued || stopping || !replica)
            return;
        auto backlog = replica->hasBacklog();
        if (!backlog || !*backlog)
            return;
        backlogStepQueued = true;
        std::weak_ptr<Impl> weak = shared_from_this();
        loop.post([weak] {
            if (auto self = weak.lock())
                self->backlogStep();
        });
    }

    void backlogStep()
    {
        backlogStepQueued = false;
        if (stopping || !replica)
            return;
        auto more = replica->backlogStep();
        releaseHeld(); // the step committed them first
        if (!more) {
            // Search stays partial until the next start tries again; sync goes on.
            net::logLine("desk: an index or search could not be built: " + more.error().detail);
            return;
        }
        if (*more)
            workOffBacklog();
    }

    // A checkpoint syncs the file and copies pages back: tens of milliseconds that a live
    // change would wait for if its commit ran one, and in a bootstrap about a second of
    // fsync at a million messages (one per group commit, docs/PERFORMANCE.md). From the
    // start, another connection does it on a thread of its own.
    void startCheckpoints()
    {
        if (checkpointer.joinable() || stopping || !replica)
            return;
        auto opened = store::Database::open(cache, store::OpenMode::ExistingOnly);
        if (!opened) {
            net::logLine("desk: no checkpoint connection: " + opened.error().detail);
            return;
        }
        if (auto handedOver = replica->leaveCheckpointsToOthers(); !handedOver) {
            net::logLine("desk: checkpoints stay with sync: " + handedOver.error().detail);
            return;
        }
        checkpointer = std::thread([this, db = std::move(opened).value()] {
            net::nameThisThread("desk-checkpoint");
            std::unique_lock lock(checkpointMutex);
            while (!checkpointWake.wait_for(lock, kCheckpointInterval,
                                            [this] { return checkpointStop; })) {
                lock.unlock();
                store::CacheWriter::checkpoint(*db); // a failure is retried next time
                lock.lock();
            }
        });
    }

    void stopCheckpoints()
    {
        if (!checkpointer.joinable())
            return;
        {
            std::lock_guard lock(checkpointMutex);
            checkpointStop = true;
        }
        checkpointWake.notify_all();
        checkpointer.join();
    }

    // The connection is gone (or never came): try again after a jittered pause.
    void ended()
    {
        applyDecoded(true); // what the connection delivered before it ended comes first
        commitHeldNow();
        if (protocol)
            protocol->disconnected();
        if (stopping) {
            postFinishStop();
            return;
        }
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
        const bool hold = replica->holdsChanges();
        if (!hold)
            releaseHeld(); // whatever this step wrote committed them
        for (const DeskEvent& e : step.events) {
            if (const auto* signedIn = std::get_if<event::SignedIn>(&e))
                replica->setAuthor(signedIn->session.agent);
            if (hold)
                heldEvents.push_back(e); // in order, behind the held changes
            else
                report(e);
        }
        if (hold)
            commitHeldSoon();
        if (step.close)
            closeConnection(toWire(*step.close));
    }

    // Frames the decoder still holds came after the one that ends the connection: as on a
    // channel that is closing, they are not applied.
    void closeConnection(std::uint16_t code)
    {
        closing = true;
        decoder.clear();
        client->close(code);
    }

    // Commits the held changes within kHoldChanges. The timer is never cancelled: firing
    // with nothing held is harmless, and a cancelled wait would leave the flag stale.
    void commitHeldSoon()
    {
        if (replica->heldItems() >= kHoldItems) {
            commitHeldNow();
            return;
        }
        if (heldCommitArmed)
            return;
        heldCommitArmed = true;
        heldCommit.expires_after(kHoldChanges);
        std::weak_ptr<Impl> weak = shared_from_this();
        heldCommit.async_wait([weak](const boost::system::error_code& error) {
            if (auto self = weak.lock()) {
                self->heldCommitArmed = false;
                if (!error)
                    self->commitHeldNow();
            }
        });
    }

    void commitHeldNow()
    {
        if (!replica)
            return;
        // A failure rolled them back with their cursor: the next frame does not follow it,
        // and the desk pulls them again.
        if (auto committed = replica->commitHeld(); !committed)
            net::logLine("desk: held changes could not be committed: "
                         + committed.error().detail);
        releaseHeld();
    }

    void releaseHeld()
    {
        if (heldEvents.empty() || (replica && replica->holdsChanges()))
            return;
        const std::vector<DeskEvent> events = std::move(heldEvents);
        heldEvents.clear();
        for (const DeskEvent& e : events)
            report(e);
    }

    void write(const MutationOp& op)
    {
        if (!replica)
            return;
        auto queued = replica->enqueue(op, std::chrono::time_point_cast<std::chrono::milliseconds>(
                                               std::chrono::system_clock::now()));
        releaseHeld(); // the write committed them first
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

    // Stops syncing, then calls `stopped` on this thread. An open connection is closed with
    // 1000 and its handshake given up to kCloseWait: the hub then forgets the desk (and the
    // agent's presence) at once, not when its own close timeout runs out.
    void stop(std::function<void()> stopped)
    {
        stopping = true;
        closing = true;
        decoder.clear(); // not stored: the cursor brings them again next time
        commitHeldNow();
        retry.cancel();
        presenceRefresh.cancel();
        whenStopped = std::move(stopped);
        if (!client || !client->isOpen()) {
            postFinishStop();
            return;
        }
        client->close(net::CloseCode::Normal);
        closeWait.expires_after(kCloseWait);
        std::weak_ptr<Impl> weak = shared_from_this();
        closeWait.async_wait([weak](const boost::system::error_code&) {
            if (auto self = weak.lock())
                self->finishStop();
        });
    }

    // Never from inside one of the client's callbacks: finishing destroys the client, whose
    // destructor waits for its callbacks to end.
    void postFinishStop()
    {
        std::weak_ptr<Impl> weak = shared_from_this();
        loop.post([weak] {
            if (auto self = weak.lock())
                self->finishStop();
        });
    }

    void finishStop()
    {
        if (!whenStopped)
            return; // done already (the close ended, or its wait ran out)
        closeWait.cancel();
        client.reset(); // drops whatever is left of the connection; no callback follows
        stopCheckpoints();
        setLink(Link::Offline);
        std::exchange(whenStopped, nullptr)();
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
        // This thread cannot wait for the close; the loop stops below, and the connection
        // ends with the client when the last owner lets the session go.
        m_impl->stop([] {});
    } else {
        std::promise<void> done;
        m_impl->loop.post([impl = m_impl, &done] { impl->stop([&done] { done.set_value(); }); });
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
