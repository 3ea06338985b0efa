#pragma once
// The one place that knows the wire encoding: protocol frames <-> JSON text, one frame per
// WebSocket text message. Neither function throws.

#include "ErrorCode.h"
#include "Protocol.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace concord::sync {

// Why a text could not be decoded, in the terms of an `error` reply: `code` is Malformed or
// UnknownType; `req` is the frame's `req` when it could be read (else 0), so the answer
// can echo it.
struct DecodeError {
    ErrorCode code = ErrorCode::Malformed;
    std::string detail; // English, for logs and the reply's `message`
    std::int64_t req = 0;

    ErrorReply toReply() const { return {req, code, detail}; }
};

class DecodeResult {
public:
    DecodeResult(Frame frame) : m_state(std::move(frame)) {}
    DecodeResult(DecodeError error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<Frame>(m_state); }
    explicit operator bool() const { return ok(); }

    Frame& frame() & { return std::get<Frame>(m_state); }
    const Frame& frame() const& { return std::get<Frame>(m_state); }
    Frame&& frame() && { return std::get<Frame>(std::move(m_state)); }

    const DecodeError& error() const { return std::get<DecodeError>(m_state); }

private:
    std::variant<Frame, DecodeError> m_state;
};

// JSON text of the frame. Text that is not valid UTF-8 is sent with U+FFFD in place of the
// bad bytes. Encoding does not validate: a frame that breaks the rules (an empty required
// id, req 0 on a request) goes out and is refused by the peer's decode. The caller checks
// the size against kMaxFrameBytes (snapshot batches: SnapshotFrameWriter splits them).
std::string encode(const Frame& frame);

// The bytes one record takes in a frame (with its separating comma), so the hub can refuse a
// record too large to ever travel (MutationApplier).
std::size_t encodedSize(const domain::Team& record);
std::size_t encodedSize(const domain::Agent& record);
std::size_t encodedSize(const domain::Customer& record);
std::size_t encodedSize(const domain::Conversation& record);
std::size_t encodedSize(const domain::Message& record);

// Validates everything the encoding rules require (size, JSON, `type`, required fields and
// their types, ranges, UUIDs, enum keys, UTF-8) and ignores unknown fields.
DecodeResult decode(std::string_view text);

} // namespace concord::sync
