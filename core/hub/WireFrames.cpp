#include "WireFrames.h"

#include "sync/Codec.h"
#include "sync/SnapshotFrameWriter.h"

#include <type_traits>

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

std::vector<std::string> snapshotFrames(std::int64_t seq, const store::SnapshotBatch& batch)
{
    sync::SnapshotFrameWriter frames(seq);
    auto addAll = [&frames](const auto& records) {
        for (const auto& record : records)
            frames.add(record);
    };
    addAll(batch.teams);
    addAll(batch.agents);
    addAll(batch.customers);
    addAll(batch.conversations);
    addAll(batch.messages);
    return frames.finish();
}

std::string encodeFrame(const sync::Frame& frame)
{
    return sync::encode(frame);
}

} // namespace concord::hub
