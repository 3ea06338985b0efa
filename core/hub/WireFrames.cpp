#include "WireFrames.h"

#include "sync/Codec.h"

#include <type_traits>
#include <utility>

namespace concord::hub {

namespace {

sync::RecordKind wireKind(store::ChangeKind kind)
{
    switch (kind) {
    case store::ChangeKind::Team:
        return sync::RecordKind::Team;
    case store::ChangeKind::Agent:
        return sync::RecordKind::Agent;
    case store::ChangeKind::Customer:
        return sync::RecordKind::Customer;
    case store::ChangeKind::Conversation:
        return sync::RecordKind::Conversation;
    case store::ChangeKind::Message:
        break;
    }
    return sync::RecordKind::Message;
}

// Fills snapshot frames record by record, starting a new frame before one would overflow.
class FrameFiller {
public:
    explicit FrameFiller(std::int64_t seq) : m_seq(seq) { restart(); }

    template <typename Record>
    void add(std::vector<Record> sync::SnapshotRecords::*list, Record&& record)
    {
        const std::size_t size = sync::encodedSize(record);
        if (m_count > 0 && m_bytes + size > sync::kMaxFrameBytes)
            flush();
        (m_frame.records.*list).push_back(std::forward<Record>(record));
        m_bytes += size;
        ++m_count;
    }

    std::vector<std::string> finish()
    {
        if (m_count > 0)
            flush();
        return std::move(m_frames);
    }

private:
    void restart()
    {
        m_frame = sync::Snapshot{m_seq, {}};
        m_bytes = sync::kSnapshotEnvelopeBytes + 20; // the seq's digits
        m_count = 0;
    }
    void flush()
    {
        m_frames.push_back(sync::encode(sync::Frame(std::move(m_frame))));
        restart();
    }

    std::int64_t m_seq;
    sync::Snapshot m_frame;
    std::size_t m_bytes = 0;
    std::size_t m_count = 0;
    std::vector<std::string> m_frames;
};

template <typename Record>
void addAll(FrameFiller& filler, std::vector<Record> sync::SnapshotRecords::*list,
            std::vector<Record>& records)
{
    for (Record& record : records)
        filler.add(list, std::move(record));
}

} // namespace

sync::ChangeItem toWire(const store::ChangeItem& item)
{
    sync::ChangeItem out;
    out.seq = item.seq;
    out.record = sync::Removed{wireKind(item.kind), item.id};
    if (item.op == store::ChangeOp::Remove)
        return out;
    std::visit(
        [&out](const auto& record) {
            if constexpr (!std::is_same_v<std::decay_t<decltype(record)>, std::monostate>)
                out.record = record;
        },
        item.record);
    return out;
}

sync::Changes toWire(const store::ChangeBatch& batch, std::int64_t after)
{
    sync::Changes changes{after, batch.upTo, {}};
    changes.items.reserve(batch.items.size());
    for (const store::ChangeItem& item : batch.items)
        changes.items.push_back(toWire(item));
    return changes;
}

std::vector<std::string> snapshotFrames(std::int64_t seq, store::SnapshotBatch batch)
{
    using R = sync::SnapshotRecords;
    FrameFiller filler(seq);
    addAll(filler, &R::teams, batch.teams);
    addAll(filler, &R::agents, batch.agents);
    addAll(filler, &R::customers, batch.customers);
    addAll(filler, &R::conversations, batch.conversations);
    addAll(filler, &R::messages, batch.messages);
    return filler.finish();
}

std::string encodeFrame(const sync::Frame& frame)
{
    return sync::encode(frame);
}

} // namespace concord::hub
