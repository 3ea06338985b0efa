#pragma once
// From the store's terms to encoded protocol frames: changes routed to one scope, and a
// snapshot batch split so every frame stays under sync::kMaxFrameBytes.

#include "store/HubChanges.h"
#include "store/HubSnapshot.h"
#include "sync/Protocol.h"

#include <cstdint>
#include <string>
#include <vector>

namespace concord::hub {

sync::ChangeItem toWire(const store::ChangeItem& item);
// `after` is the desk's cursor, which may lie before batch.after when nothing in between
// was in its scope.
sync::Changes toWire(const store::ChangeBatch& batch, std::int64_t after);

// The batch as `snapshot` frames at `seq`, in order, each encoded under the frame cap
// (a single record larger than the cap travels alone and is refused by the peer).
std::vector<std::string> snapshotFrames(std::int64_t seq, const store::SnapshotBatch& batch);

std::string encodeFrame(const sync::Frame& frame);

} // namespace concord::hub
