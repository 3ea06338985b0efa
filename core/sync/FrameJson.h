#pragma once
// Private to concord_sync: each frame type's fields <-> JSON. Readers throw FieldError.

#include "FieldReader.h"
#include "JsonWriter.h"
#include "Protocol.h"

#include <optional>
#include <string_view>

namespace concord::sync {

// The whole frame as one object, "type" first.
void writeFrame(JsonWriter& out, const Frame& frame);

// The frame of the given type from its object; nullopt when the type is not one of ours.
std::optional<Frame> readFrame(std::string_view type, JsonValue& object);

// A mutation's `op` key and its fields, inside the mutate object.
void writeMutationOp(JsonWriter& out, const MutationOp& op);
MutationOp readMutationOp(JsonValue& object);

} // namespace concord::sync
