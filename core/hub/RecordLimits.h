#pragma once
// How large a record the hub takes in, from a desk's mutation or a channel's ingest.
//
// A record travels on inside `changes` and `snapshot` frames, beside its conversation and
// customer: one that only just fits a frame would become a frame no desk can take, and
// every desk in scope would fail on it at each reconnect. So records stay well under it.

#include "sync/Protocol.h"

#include <cstddef>

namespace concord::hub {

inline constexpr std::size_t kMaxMessageBytes = sync::kMaxFrameBytes / 2;
inline constexpr std::size_t kMaxConversationBytes = 64 * 1024;

} // namespace concord::hub
