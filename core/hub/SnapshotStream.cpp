#include "SnapshotStream.h"

#include "WireFrames.h"
#include "net/EventLoop.h"
#include "store/HubSnapshot.h"
#include "store/HubStore.h"

#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>

#include <chrono>
#include "net/Log.h"

namespace concord::hub {

namespace {

constexpr std::size_t kBatchRecords = 5000;
constexpr std::size_t kBatchBytes = 768 * 1024; // the store's estimate; frames are cut exactly
constexpr int kBatchesPerTurn = 4;              // then let the other streams have a go
constexpr std::chrono::milliseconds kQueuePoll{2};
constexpr std::uint16_t kInternalError = 1011;

} // namespace

void SnapshotStream::start(net::EventLoop& loop, std::shared_ptr<HubSession> session,
                           std::uint64_t generation, Options options, Finished finished)
{
    std::shared_ptr<SnapshotStream> stream(new SnapshotStream(
        loop, std::move(session), generation, std::move(options), std::move(finished)));
    boost::asio::post(loop.context(), [stream] { stream->open(); });
}

SnapshotStream::SnapshotStream(net::EventLoop& loop, std::shared_ptr<HubSession> session,
                               std::uint64_t generation, Options options, Finished finished)
    : m_loop(loop),
      m_session(std::move(session)),
      m_generation(generation),
      m_options(std::move(options)),
      m_finished(std::move(finished))
{
}

SnapshotStream::~SnapshotStream()
{
    m_snapshot.reset(); // ends the read transaction before its connection closes
}

bool SnapshotStream::stale() const
{
    return m_session->generation.load() != m_generation || !m_session->isOpen();
}

void SnapshotStream::open()
{
    if (stale())
        return end(std::nullopt);
    auto store = store::HubStore::open(m_options.database, store::OpenMode::ExistingOnly);
    if (!store)
        return fail(store.error().detail);
    m_store = std::move(store).value();
    auto snapshot = m_store->snapshot(m_session->scope);
    if (!snapshot)
        return fail(snapshot.error().detail);
    m_snapshot = std::move(snapshot).value();
    m_seq = m_snapshot->seq();
    m_session->send(encodeFrame(sync::Reset{m_options.epoch, m_seq}));
    step();
}

void SnapshotStream::step()
{
    if (m_done)
        return;
    if (stale())
        return end(std::nullopt);
    for (int turn = 0; turn < kBatchesPerTurn; ++turn) {
        if (m_session->queuedBytes() >= m_options.queueBytes) {
            auto timer = std::make_shared<boost::asio::steady_timer>(m_loop.context(),
                                                                     kQueuePoll);
            timer->async_wait([self = shared_from_this(), timer](auto) { self->step(); });
            return;
        }
        if (!sendBatch())
            return;
    }
    boost::asio::post(m_loop.context(), [self = shared_from_this()] { self->step(); });
}

// One batch from the store, cut into frames; false once the stream has ended.
bool SnapshotStream::sendBatch()
{
    auto batch = m_snapshot->next(kBatchRecords, kBatchBytes);
    if (!batch) {
        fail(batch.error().detail);
        return false;
    }
    if (batch->records() == 0) {
        m_snapshot.reset();
        m_store.reset();
        m_session->send(encodeFrame(sync::SnapshotEnd{m_seq}));
        end(m_seq);
        return false;
    }
    for (std::string& frame : snapshotFrames(m_seq, *batch)) {
        if (!m_session->sendRecords(std::move(frame))) { // closed, or too slow (4008)
            end(std::nullopt);
            return false;
        }
    }
    return true;
}

void SnapshotStream::fail(const std::string& what)
{
    net::logLine("hub: snapshot failed: " + what);
    m_session->close(kInternalError, "snapshot failed");
    end(std::nullopt);
}

void SnapshotStream::end(std::optional<std::int64_t> seq)
{
    if (m_done)
        return;
    m_done = true;
    m_snapshot.reset();
    m_store.reset();
    if (m_finished)
        m_finished(seq);
}

} // namespace concord::hub
