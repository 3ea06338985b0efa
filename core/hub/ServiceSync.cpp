// ServiceCore, continued: catch-up, snapshots, the live push, mutations and ingest. All on
// the writer thread (SnapshotStream reads on the reader thread and reports back here).

#include "MutationApplier.h"
#include "RecordLimits.h"
#include "ServiceCore.h"
#include "SnapshotStream.h"
#include "WireFrames.h"
#include "net/Log.h"
#include "store/HubStore.h"
#include "sync/Codec.h"

#include <algorithm>

namespace concord::hub {

namespace {

constexpr int kCatchUpRows = 2000; // log rows per catch-up frame (halved while too big)
constexpr int kLiveRows = 20000;   // more than this since the last push: catch up instead
constexpr std::chrono::milliseconds kQueuePoll{2};
// After a push, the next waits this long: commits meanwhile go out in one frame per desk.
// At thousands of commits a second and hundreds of desks, a frame per commit per desk would
// cost the hub more in writes than the commits themselves. A push costs the writer about
// the same whatever it carries (a read, a filter per scope, a send per desk, a frame for
// each desk's socket to write and read). It adds at most 15 ms: with 10, 2,000 msg/s to
// 200 desks met p99 < 50 ms in 5 of 8 bench runs, with 15 in 7 of 7 (docs/PERFORMANCE.md).
constexpr std::chrono::milliseconds kPushInterval{15};
constexpr std::uint16_t kInternalError = 1011;
// Ingests commit at most this often; those arriving meanwhile share the next transaction.
// A commit writes every page it touched (the change log's, each index's) to the WAL, and at
// 2,000 msg/s commits of one or two messages each spent half the writer's time in pwrite.
// At low rates the first ingest after a quiet spell still commits at once.
constexpr std::chrono::milliseconds kIngestInterval{4};

domain::Timestamp now()
{
    return std::chrono::time_point_cast<std::chrono::milliseconds>(
        std::chrono::system_clock::now());
}

// Sessions with equal keys receive the same items.
std::string scopeKey(const store::HubScope& scope)
{
    if (scope.everything)
        return "*";
    std::vector<domain::Id> teams = scope.teamIds;
    std::sort(teams.begin(), teams.end());
    std::string key;
    for (const domain::Id& team : teams)
        key += team + ',';
    return key;
}

} // namespace

// ---- subscribe and pull --------------------------------------------------------------------

// A cursor the log can serve gets the changes after it; anything else a reset and snapshot.
void ServiceCore::startSync(const SessionPtr& session, std::int64_t req,
                            const std::optional<sync::Cursor>& cursor)
{
    const std::uint64_t generation = ++session->generation;
    session->catchUpReq = req;
    auto latest = m_store->latestSeq();
    auto horizon = m_store->horizon();
    if (!latest || !horizon) {
        net::logLine("hub: cannot read the log: " + (latest ? horizon : latest).error().detail);
        session->close(kInternalError, "store failure");
        return;
    }
    if (cursor && cursor->epoch == m_epoch && cursor->seq >= horizon.value()
        && cursor->seq <= latest.value()) {
        session->sync = HubSession::Sync::CatchingUp;
        session->sentSeq = session->readSeq = cursor->seq;
        return catchUp(session, generation);
    }
    startSnapshot(session, generation);
}

void ServiceCore::startSnapshot(const SessionPtr& session, std::uint64_t generation)
{
    session->sync = HubSession::Sync::Snapshot;
    SnapshotStream::Options options{m_options.database, m_epoch, m_options.syncQueueBytes};
    SnapshotStream::start(m_reader, session, generation, std::move(options),
                          [this, session, generation](std::optional<std::int64_t> seq) {
                              m_writer.post([this, session, generation, seq] {
                                  snapshotDone(session, generation, seq);
                              });
                          });
}

void ServiceCore::snapshotDone(const SessionPtr& session, std::uint64_t generation,
                               std::optional<std::int64_t> seq)
{
    if (!seq || !session->open || session->generation != generation)
        return;
    session->sync = HubSession::Sync::CatchingUp;
    session->sentSeq = session->readSeq = *seq;
    catchUp(session, generation);
}

// One frame of changes per turn, then the writer's other work, until the desk has
// everything; paced by the send queue like a snapshot.
void ServiceCore::catchUp(const SessionPtr& session, std::uint64_t generation)
{
    if (!session->open || session->generation != generation)
        return;
    if (session->queuedBytes() >= m_options.syncQueueBytes)
        return later(kQueuePoll, [this, session, generation] { catchUp(session, generation); });
    auto latest = m_store->latestSeq();
    if (!latest) {
        session->close(kInternalError, "store failure");
        return;
    }
    if (session->readSeq >= latest.value())
        return goLive(session);
    if (!sendCatchUpBatch(session))
        return;
    m_writer.post([this, session, generation] { catchUp(session, generation); });
}

bool ServiceCore::sendCatchUpBatch(const SessionPtr& session)
{
    for (int limit = kCatchUpRows;; limit /= 2) {
        auto batch = m_store->changesAfter(session->readSeq, session->scope, limit);
        if (!batch) {
            if (batch.error().code == domain::ErrorCode::InvalidArgument) {
                // Compacted under our feet: start over with a snapshot.
                startSnapshot(session, ++session->generation);
            } else {
                net::logLine("hub: catch-up failed: " + batch.error().detail);
                session->close(kInternalError, "store failure");
            }
            return false;
        }
        if (!batch->items.empty()) {
            std::string text = encodeFrame(toWire(batch.value(), session->sentSeq));
            if (text.size() > sync::kMaxFrameBytes && limit > 1)
                continue;
            if (!session->send(std::move(text)))
                return false;
            session->sentSeq = batch->upTo;
        }
        session->readSeq = batch->upTo;
        return true;
    }
}

void ServiceCore::goLive(const SessionPtr& session)
{
    session->sync = HubSession::Sync::Live;
    if (session->catchUpReq != 0)
        send(session, sync::Ok{session->catchUpReq});
    session->catchUpReq = 0;
}

// A live desk whose next frame would be too big goes back to catching up in smaller frames.
void ServiceCore::fallBehind(const SessionPtr& session)
{
    session->sync = HubSession::Sync::CatchingUp;
    session->readSeq = session->sentSeq;
    session->catchUpReq = 0;
    const std::uint64_t generation = ++session->generation;
    m_writer.post([this, session, generation] { catchUp(session, generation); });
}

// ---- live ----------------------------------------------------------------------------------

// Commits queued behind this one run first, so one push carries them all.
void ServiceCore::schedulePush()
{
    if (m_pushScheduled)
        return;
    m_pushScheduled = true;
    m_writer.post([this] { pushLive(); });
}

void ServiceCore::pushLive()
{
    // m_pushScheduled stays set until the interval has passed, so commits queue up behind.
    later(kPushInterval, [this] {
        m_pushScheduled = false;
        if (m_stopped)
            return;
        auto latest = m_store->latestSeq();
        const bool behind = latest && std::any_of(m_sessions.begin(), m_sessions.end(),
                                                  [&](const auto& entry) {
                                                      const auto& session = entry.second;
                                                      return session->sync
                                                                 == HubSession::Sync::Live
                                                             && session->readSeq < *latest;
                                                  });
        if (behind || !m_heldResults.empty())
            schedulePush();
    });
    auto latest = m_store->latestSeq();
    if (latest) {
        // Usually every live desk stands at the same place: one read serves them all.
        std::map<std::int64_t, std::vector<SessionPtr>> byPlace;
        for (const auto& [id, session] : m_sessions)
            if (session->sync == HubSession::Sync::Live && session->readSeq < latest.value())
                byPlace[session->readSeq].push_back(session);
        for (auto& [from, group] : byPlace)
            pushFrom(from, latest.value(), group);
    }
    for (auto& [session, frame] : m_heldResults)
        if (session->open)
            session->send(std::move(frame));
    m_heldResults.clear();
}

void ServiceCore::pushFrom(std::int64_t from, std::int64_t latest,
                           std::vector<SessionPtr>& group)
{
    auto batch = m_store->readChanges(from, kLiveRows);
    if (!batch || batch->upTo < latest) {
        for (const SessionPtr& session : group)
            fallBehind(session);
        return;
    }
    std::map<std::string, store::ChangeBatch> routed;
    std::map<std::pair<std::string, std::int64_t>, net::SharedText> frames;
    for (const SessionPtr& session : group) {
        const std::string key = scopeKey(session->scope);
        auto it = routed.find(key);
        if (it == routed.end())
            it = routed.emplace(key, store::filterForScope(batch.value(), session->scope)).first;
        session->readSeq = batch->upTo;
        if (it->second.items.empty())
            continue; // its cursor stays valid: nothing in between was its business
        net::SharedText& text = frames[{key, session->sentSeq}];
        if (!text)
            text = net::makeSharedText(encodeFrame(toWire(it->second, session->sentSeq)));
        if (text->size() > sync::kMaxFrameBytes) {
            fallBehind(session);
            continue;
        }
        if (session->send(text))
            session->sentSeq = batch->upTo;
    }
}

// ---- writes --------------------------------------------------------------------------------

void ServiceCore::onMutate(const SessionPtr& session, const sync::Mutate& mutate)
{
    if (mutate.clientId != session->clientId) {
        // Another desk's outbox: neither applied nor looked up, so its answers stay private.
        sync::MutationResult refused;
        refused.clientId = mutate.clientId;
        refused.mutationId = mutate.mutationId;
        refused.ok = false;
        refused.code = sync::ErrorCode::Forbidden;
        refused.message = "the clientId is not the one this connection said hello with";
        send(session, refused);
        return;
    }
    MutationOutcome outcome = m_mutations->apply(mutate, *session->agent, now());
    if (!outcome.committed) {
        session->send(std::move(outcome.frame));
        return;
    }
    // The answer follows the changes it made, so the desk has them when it settles.
    m_heldResults.emplace_back(session, std::move(outcome.frame));
    schedulePush();
}

std::future<domain::Result<std::int64_t>> ServiceCore::ingestInbound(domain::Message message)
{
    auto promise = std::make_shared<std::promise<domain::Result<std::int64_t>>>();
    auto future = promise->get_future();
    if (m_stopped) {
        promise->set_value(domain::Error{domain::ErrorCode::StorageFailure, "hub stopped"});
        return future;
    }
    // One task drains whatever is queued by the time it runs: at thousands of messages a
    // second a transaction per message would cost the writer more than the messages do.
    bool post = false;
    {
        std::lock_guard lock(m_ingestMutex);
        m_ingestQueue.push_back(QueuedIngest{std::move(message), std::move(promise)});
        post = !std::exchange(m_ingestPosted, true);
    }
    if (post)
        m_writer.post([this] { scheduleIngest(); });
    return future;
}

void ServiceCore::scheduleIngest()
{
    const auto due = m_lastIngest + kIngestInterval;
    const auto now = std::chrono::steady_clock::now();
    if (due <= now)
        return ingestQueued();
    later(due - now, [this] { ingestQueued(); });
}

void ServiceCore::failQueuedIngests()
{
    std::vector<QueuedIngest> batch;
    {
        std::lock_guard lock(m_ingestMutex);
        batch.swap(m_ingestQueue);
    }
    for (QueuedIngest& queued : batch)
        queued.promise->set_value(
            domain::Error{domain::ErrorCode::StorageFailure, "hub stopped"});
}

void ServiceCore::ingestQueued()
{
    m_lastIngest = std::chrono::steady_clock::now();
    std::vector<QueuedIngest> batch;
    {
        std::lock_guard lock(m_ingestMutex);
        batch.swap(m_ingestQueue);
        m_ingestPosted = false;
    }
    if (batch.size() == 1) {
        batch.front().promise->set_value(ingest(batch.front().message));
        return;
    }
    std::vector<domain::Result<std::int64_t>> results;
    results.reserve(batch.size());
    const bool begun = m_store->begin().ok();
    bool whole = begun;
    for (std::size_t i = 0; whole && i < batch.size(); ++i) {
        bool partial = false;
        results.push_back(ingestWrite(batch[i].message, partial));
        whole = !partial;
    }
    if (whole && m_store->commit()) {
        schedulePush();
        for (std::size_t i = 0; i < batch.size(); ++i)
            batch[i].promise->set_value(std::move(results[i]));
        return;
    }
    // A write failed halfway (or the commit did): each message again on its own, so one
    // bad message costs only itself.
    if (begun)
        m_store->rollback();
    for (QueuedIngest& queued : batch)
        queued.promise->set_value(ingest(queued.message));
}

domain::Result<std::int64_t> ServiceCore::ingest(const domain::Message& message)
{
    if (auto begun = m_store->begin(); !begun)
        return begun.error();
    bool partial = false;
    auto written = ingestWrite(message, partial);
    if (!written || !m_store->commit()) {
        m_store->rollback();
        return written ? domain::Error{domain::ErrorCode::StorageFailure, "commit failed"}
                       : written.error();
    }
    schedulePush();
    return written;
}

domain::Result<std::int64_t> ServiceCore::ingestWrite(const domain::Message& message,
                                                      bool& partial)
{
    using domain::Error;
    using domain::ErrorCode;
    partial = false;
    // Checked before anything is written: a message too big to travel would be stored and
    // then break every desk in scope at each sync (RecordLimits.h).
    if (const std::size_t size = sync::encodedSize(message); size > kMaxMessageBytes)
        return Error{ErrorCode::InvalidArgument,
                     "message " + message.id + " is too large to sync: " + std::to_string(size)
                         + " bytes, at most " + std::to_string(kMaxMessageBytes)};
    auto conversation = m_store->conversation(message.conversationId);
    if (!conversation)
        return conversation.error();
    auto appended = m_store->appendMessage(message);
    if (!appended)
        return appended.error(); // undid itself
    if (appended.value() == 0)
        return Error{ErrorCode::InvalidArgument, "message " + message.id + " exists"};
    domain::Conversation updated = conversation.value();
    updated.lastActivity = std::max(updated.lastActivity, message.sentAt);
    if (!domain::isActive(updated.status)) { // the customer wrote again: work to do
        updated.status = domain::Status::Open;
        updated.resolved.reset();
    }
    auto written = m_store->upsertConversation(updated);
    partial = !written; // the message is in, its conversation is not
    return written;
}

} // namespace concord::hub
