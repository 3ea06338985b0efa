#include "CacheReplica.h"

#include "Codec.h"
#include "store/CacheEraser.h"
#include "store/CacheReader.h"
#include "store/CacheWriter.h"
#include "store/Outbox.h"

#include <charconv>
#include <utility>

namespace concord::sync {

using domain::Done;
using domain::Error;
using domain::Result;
using domain::VoidResult;

namespace {

const std::string kEpochKey = "sync.epoch";
const std::string kSeqKey = "sync.seq";
const std::string kClientKey = "sync.client_id";

// Snapshot batches are committed in groups: every commit rewrites each index page the group
// touched (the uuid indexes take random inserts), so few large commits write a fraction of
// what one commit per batch does. The first batch commits alone, so the inbox shows
// something at once; later groups commit at least every second (setSnapshotGroupTime) for
// the same reason.
constexpr std::size_t kGroupRecords = 250000;

// A snapshot of more messages than setSearchInlineMessages() (default 20,000, under a
// second to index) is usable before it is searchable; its customers, subjects and messages
// are indexed in steps of kSearchStepRows (a few milliseconds each) between live changes.
constexpr int kSearchStepRows = 2000;

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};

const domain::Id& conversationOf(const MutationOp& op)
{
    return std::visit(Overloaded{
                          [](const NewConversation& o) -> const domain::Id& {
                              return o.conversation.id;
                          },
                          [](const auto& o) -> const domain::Id& { return o.conversationId; },
                      },
                      op);
}

// The messages a mutation writes, which a refusal takes back out.
std::vector<domain::Id> messagesOf(const MutationOp& op)
{
    return std::visit(Overloaded{
                          [](const Reply& o) { return std::vector<domain::Id>{o.messageId}; },
                          [](const Note& o) { return std::vector<domain::Id>{o.messageId}; },
                          [](const LogCall& o) { return std::vector<domain::Id>{o.messageId}; },
                          [](const LogVisit& o) { return std::vector<domain::Id>{o.messageId}; },
                          [](const Transfer& o) { return std::vector<domain::Id>{o.noteId}; },
                          [](const auto&) { return std::vector<domain::Id>{}; },
                      },
                      op);
}

} // namespace

CacheReplica::CacheReplica(store::Database& db, domain::Agent author)
    : m_db(db)
    , m_author(std::move(author))
    , m_reader(std::make_unique<store::CacheReader>(db))
    , m_writer(std::make_unique<store::CacheWriter>(db))
    , m_eraser(std::make_unique<store::CacheEraser>(db))
    , m_outbox(std::make_unique<store::Outbox>(db))
{
    m_writer->setAllOrNothing(true); // every write here is in a transaction rolled back whole
}

CacheReplica::~CacheReplica() = default;

template <typename Body>
VoidResult CacheReplica::inTransaction(Body&& body)
{
    if (auto committed = commitGroup(); !committed)
        return committed;
    if (auto begun = m_writer->begin(); !begun)
        return begun;
    VoidResult result = body();
    if (!result) {
        m_writer->rollback();
        return result;
    }
    return m_writer->commit();
}

Result<domain::Id> CacheReplica::clientId()
{
    if (auto kept = m_reader->meta(kClientKey); kept && !kept->empty())
        return *kept;
    const domain::Id fresh = domain::newUuid();
    if (auto saved = m_writer->setMeta(kClientKey, fresh); !saved)
        return saved.error();
    return fresh;
}

Result<std::optional<Cursor>> CacheReplica::cursor()
{
    const auto epoch = m_reader->meta(kEpochKey);
    const auto seq = m_reader->meta(kSeqKey);
    if (!epoch || epoch->empty() || !seq)
        return std::optional<Cursor>{};
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(seq->data(), seq->data() + seq->size(), value);
    if (error != std::errc() || end != seq->data() + seq->size())
        return Error{domain::ErrorCode::StorageFailure, "the cache's sync.seq is not a number: " + *seq};
    return std::optional<Cursor>{Cursor{*epoch, value}};
}

VoidResult CacheReplica::saveCursor(const Cursor& cursor)
{
    if (auto saved = m_writer->setMeta(kEpochKey, cursor.epoch); !saved)
        return saved;
    return m_writer->setMeta(kSeqKey, std::to_string(cursor.seq));
}

VoidResult CacheReplica::beginReset(const Reset&)
{
    auto cleared = inTransaction([&]() -> VoidResult {
        if (auto removed = m_eraser->removeAllRecords(); !removed)
            return removed;
        return m_writer->setMeta(kEpochKey, ""); // no cursor until the snapshot is whole
    });
    if (!cleared)
        return cleared;
    // The snapshot loads like the demo generator: the conversations' indexes and search are
    // built once at the end (after going live when the snapshot is large). Should the desk
    // stop halfway, it has no cursor and starts over, which builds them again.
    auto bulk = m_writer->startBulkLoad();
    m_bulkLoading = bulk.ok();
    m_bulkMessages = 0;
    return bulk;
}

VoidResult CacheReplica::commitGroup()
{
    if (!m_groupOpen)
        return Done{};
    m_groupOpen = false;
    if (!std::exchange(m_groupIsLive, false))
        ++m_groupsCommitted;
    if (auto committed = m_writer->commit(); !committed) {
        m_writer->rollback();
        return committed;
    }
    return Done{};
}

VoidResult CacheReplica::applySnapshot(const Snapshot& batch)
{
    if (!m_bulkLoading)
        return inTransaction([&] { return writeRecords(batch.records); });
    // A failure loses the whole open group, which is no worse than losing one batch: the
    // replica has no cursor until the snapshot ends, so the desk starts over either way.
    if (!m_groupOpen) {
        if (auto begun = m_writer->begin(); !begun)
            return begun;
        m_groupOpen = true;
        m_groupRecords = 0;
        m_groupStarted = std::chrono::steady_clock::now();
    }
    if (auto written = writeRecords(batch.records); !written) {
        m_groupOpen = false;
        m_writer->rollback();
        return written;
    }
    m_bulkMessages += batch.records.messages.size();
    m_groupRecords += batch.records.teams.size() + batch.records.agents.size()
                      + batch.records.customers.size() + batch.records.conversations.size()
                      + batch.records.messages.size();
    if (m_groupsCommitted == 0 || m_groupRecords >= kGroupRecords
        || std::chrono::steady_clock::now() - m_groupStarted >= m_groupTime)
        return commitGroup();
    return Done{};
}

VoidResult CacheReplica::writeRecords(const SnapshotRecords& r)
{
    // Parents first, so every reference finds its row.
    for (const auto& team : r.teams)
        if (auto done = m_writer->upsertTeam(team); !done)
            return done;
    for (const auto& agent : r.agents)
        if (auto done = m_writer->upsertAgent(agent); !done)
            return done;
    for (const auto& customer : r.customers)
        if (auto done = m_writer->upsertCustomer(customer); !done)
            return done;
    for (const auto& conversation : r.conversations)
        if (auto done = m_writer->upsertConversation(conversation); !done)
            return done;
    for (const auto& message : r.messages)
        if (auto done = m_writer->appendMessage(message); !done)
            return done;
    return Done{};
}

// The finish commits the last group of snapshot batches; a checkpoint at that commit would
// copy all its pages into the file again before the desk may go live. That commit skips it:
// the desk checkpoints on a thread of its own (SyncClient), and a commit without one
// checkpoints as it always did.
VoidResult CacheReplica::finishSnapshot(const Cursor& cursor)
{
    const auto checkpointPages = store::CacheWriter::autoCheckpoint(m_db);
    const bool skipCheckpoint = m_bulkLoading && checkpointPages && *checkpointPages > 0;
    if (skipCheckpoint)
        store::CacheWriter::setAutoCheckpoint(m_db, 0); // if it fails, the commit checkpoints
    auto finished = finishSnapshotWithin(cursor);
    if (!skipCheckpoint)
        return finished;
    auto restored = store::CacheWriter::setAutoCheckpoint(m_db, *checkpointPages);
    return finished && !restored ? restored : finished;
}

VoidResult CacheReplica::finishSnapshotWithin(const Cursor& cursor)
{
    return inTransaction([&]() -> VoidResult {
        if (m_bulkLoading) {
            auto built = m_bulkMessages > m_searchInlineMessages
                             ? m_writer->finishBulkLoadLeavingSearch()
                             : m_writer->finishBulkLoad();
            if (!built)
                return built;
            m_bulkLoading = false;
        }
        return saveCursor(cursor);
    });
}

VoidResult CacheReplica::applyChanges(const Changes& changes, const domain::Id& epoch)
{
    auto apply = [&]() -> VoidResult {
        if (auto deferred = m_writer->deferMessageSearch(); !deferred)
            return deferred;
        for (const ChangeItem& item : changes.items)
            if (auto done = applyItem(item); !done)
                return done;
        return saveCursor(Cursor{epoch, changes.upTo});
    };
    if (!m_holdChanges || m_bulkLoading)
        return inTransaction(apply);
    if (!holdsChanges()) {
        if (auto committed = commitGroup(); !committed)
            return committed;
        if (auto begun = m_writer->begin(); !begun)
            return begun;
        m_groupOpen = true;
        m_groupIsLive = true;
        m_groupRecords = 0;
    }
    // A failure loses the frames held with this one too, cursor included: the next frame
    // then does not follow the cursor and the desk pulls them again.
    if (auto applied = apply(); !applied) {
        m_groupOpen = false;
        m_groupIsLive = false;
        m_writer->rollback();
        return applied;
    }
    m_groupRecords += changes.items.size();
    return Done{};
}

VoidResult CacheReplica::commitHeld()
{
    return holdsChanges() ? commitGroup() : VoidResult{Done{}};
}

VoidResult CacheReplica::applyItem(const ChangeItem& item)
{
    return std::visit(
        Overloaded{
            [&](const domain::Team& t) { return m_writer->upsertTeam(t); },
            [&](const domain::Agent& a) { return m_writer->upsertAgent(a); },
            [&](const domain::Customer& c) { return m_writer->upsertCustomer(c); },
            [&](const domain::Conversation& c) { return m_writer->upsertConversation(c); },
            [&](const domain::Message& m) { return m_writer->appendMessage(m); },
            [&](const Removed& r) -> VoidResult {
                switch (r.kind) {
                case RecordKind::Conversation: return m_eraser->removeConversation(r.id);
                case RecordKind::Customer: return m_eraser->removeCustomer(r.id);
                case RecordKind::Message: return m_eraser->removeMessage(r.id);
                case RecordKind::Team:
                case RecordKind::Agent: break; // kept: old threads still name them
                }
                return Done{};
            },
        },
        item.record);
}

Result<std::vector<Mutate>> CacheReplica::pendingMutations()
{
    auto entries = m_outbox->pending();
    if (!entries)
        return entries.error();
    std::vector<Mutate> mutations;
    mutations.reserve(entries->size());
    for (const auto& entry : *entries) {
        auto decoded = decode(entry.frame);
        const auto* mutate = decoded ? std::get_if<Mutate>(&decoded.frame()) : nullptr;
        if (!mutate)
            return Error{domain::ErrorCode::StorageFailure,
                         "outbox entry " + std::to_string(entry.mutationId) + " is unreadable"};
        mutations.push_back(*mutate);
    }
    return mutations;
}

Result<bool> CacheReplica::backlogStep()
{
    if (m_bulkLoading)
        return false; // the end of the snapshot indexes it all anew
    bool more = false;
    auto done = inTransaction([&]() -> VoidResult {
        auto step = m_writer->backlogStep(kSearchStepRows);
        if (!step)
            return step.error();
        more = *step;
        return Done{};
    });
    if (!done)
        return done.error();
    return more;
}

Result<bool> CacheReplica::hasBacklog()
{
    if (m_bulkLoading)
        return false;
    return m_writer->hasBacklog();
}

VoidResult CacheReplica::leaveCheckpointsToOthers()
{
    return store::CacheWriter::setAutoCheckpoint(m_db, 0);
}

Result<int> CacheReplica::pendingCount()
{
    return m_outbox->count();
}

Result<std::int64_t> CacheReplica::enqueue(const MutationOp& op, domain::Timestamp now)
{
    auto client = clientId();
    if (!client)
        return client.error();
    // What the hub could not read would stay in the outbox forever, blocking what follows.
    if (auto checked = decode(encode(Mutate{*client, 1, op})); !checked)
        return Error{domain::ErrorCode::InvalidArgument,
                     "the write cannot be sent: " + checked.error().detail};
    std::int64_t mutationId = 0;
    auto done = inTransaction([&]() -> VoidResult {
        if (auto applied = applyEffect(op, now); !applied)
            return applied;
        auto added = m_outbox->add(conversationOf(op), now, [&](std::int64_t id) {
            return encode(Mutate{*client, id, op});
        });
        if (!added)
            return added.error();
        mutationId = *added;
        return Done{};
    });
    if (!done)
        return done.error();
    return mutationId;
}

VoidResult CacheReplica::settle(const MutationResult& result)
{
    return inTransaction([&]() -> VoidResult {
        if (!result.ok) {
            auto pending = pendingMutations();
            if (!pending)
                return pending.error();
            for (const Mutate& mutation : *pending)
                if (mutation.mutationId == result.mutationId)
                    if (auto undone = undoEffect(mutation.op, result); !undone)
                        return undone;
        }
        return m_outbox->remove(result.mutationId);
    });
}

VoidResult CacheReplica::undoEffect(const MutationOp& op, const MutationResult& result)
{
    if (const auto* created = std::get_if<NewConversation>(&op))
        return m_eraser->removeConversation(created->conversation.id);
    for (const domain::Id& message : messagesOf(op))
        if (auto removed = m_eraser->removeMessage(message); !removed)
            return removed;
    if (result.current)
        return m_writer->upsertConversation(*result.current);
    return Done{};
}

VoidResult CacheReplica::applyEffect(const MutationOp& op, domain::Timestamp now)
{
    auto message = [&](const domain::Id& conversation, const domain::Id& id,
                       domain::Direction direction, std::string body, domain::Timestamp at) {
        domain::Message m;
        m.id = id;
        m.conversationId = conversation;
        m.direction = direction;
        m.authorId = m_author.id;
        m.authorName = m_author.displayName;
        m.body = std::move(body);
        m.sentAt = at;
        return m;
    };
    // Field changes: the conversation as it is now, changed as the hub will change it.
    auto changeConversation = [&](const domain::Id& id, auto&& change) -> VoidResult {
        auto conversation = m_reader->conversation(id);
        if (!conversation)
            return conversation.error();
        change(*conversation);
        return m_writer->upsertConversation(*conversation);
    };
    using domain::Direction;
    return std::visit(
        Overloaded{
            [&](const Reply& o) {
                auto m = message(o.conversationId, o.messageId, Direction::Outbound, o.body,
                                 o.sentAt);
                m.email = o.email;
                return m_writer->appendMessage(m);
            },
            [&](const Note& o) {
                return m_writer->appendMessage(
                    message(o.conversationId, o.messageId, Direction::Note, o.body, o.sentAt));
            },
            [&](const SetStatus& o) {
                return changeConversation(o.conversationId,
                                          [&](domain::Conversation& c) { c.status = o.status; });
            },
            [&](const SetPriority& o) {
                return changeConversation(
                    o.conversationId, [&](domain::Conversation& c) { c.priority = o.priority; });
            },
            [&](const SetTags& o) {
                return changeConversation(o.conversationId,
                                          [&](domain::Conversation& c) { c.tags = o.tags; });
            },
            [&](const Claim& o) {
                return changeConversation(
                    o.conversationId, [&](domain::Conversation& c) { c.assigneeId = m_author.id; });
            },
            [&](const Assign& o) {
                return changeConversation(
                    o.conversationId, [&](domain::Conversation& c) { c.assigneeId = o.assigneeId; });
            },
            [&](const Unassign& o) {
                return changeConversation(o.conversationId,
                                          [](domain::Conversation& c) { c.assigneeId.clear(); });
            },
            [&](const Transfer& o) -> VoidResult {
                auto moved = changeConversation(o.conversationId, [&](domain::Conversation& c) {
                    c.teamId = o.teamId;
                    c.assigneeId.clear();
                });
                if (!moved || o.note.empty())
                    return moved;
                return m_writer->appendMessage(
                    message(o.conversationId, o.noteId, Direction::Note, o.note, now));
            },
            [&](const LogCall& o) {
                auto m = message(o.conversationId, o.messageId, Direction::Event, o.body,
                                 o.sentAt);
                m.call = o.call;
                return m_writer->appendMessage(m);
            },
            [&](const LogVisit& o) {
                auto m = message(o.conversationId, o.messageId, Direction::Event, o.body,
                                 o.sentAt);
                m.visit = o.visit;
                return m_writer->appendMessage(m);
            },
            [&](const NewConversation& o) -> VoidResult {
                if (auto created = m_writer->upsertConversation(o.conversation); !created)
                    return created;
                if (o.message)
                    return m_writer->appendMessage(*o.message);
                return Done{};
            },
        },
        op);
}

} // namespace concord::sync
