#include "Codec.h"

#include "FrameJson.h"
#include "JsonParser.h"
#include "RecordJson.h"

#include <exception>

namespace concord::sync {
namespace {

// The deepest frame we send (a snapshot's e-mail header pair) is 7 levels; anything far
// deeper is hostile and is refused while parsing.
constexpr int kMaxDepth = 16;

DecodeError malformed(std::string detail, std::int64_t req = 0)
{
    return DecodeError{ErrorCode::Malformed, std::move(detail), req};
}

// The frame's `req`, when it is there and well-formed, so a refusal can echo it.
std::int64_t readableReq(JsonValue& object)
{
    const JsonValue* req = object.find("req");
    return req && req->isInteger() && req->integer() > 0 ? req->integer() : 0;
}

DecodeResult decodeObject(JsonValue& object)
{
    const std::int64_t req = readableReq(object);
    JsonValue* type = object.find("type");
    if (!type || !type->isString())
        return malformed("type: missing or not a string", req);
    const std::string typeName = type->text();
    try {
        if (std::optional<Frame> frame = readFrame(typeName, object))
            return std::move(*frame);
    } catch (const FieldError& error) {
        return malformed(typeName + "." + error.detail, req);
    }
    return DecodeError{ErrorCode::UnknownType,
                       "unknown type '" + typeName.substr(0, 40) + "'", req};
}

} // namespace

std::string encode(const Frame& frame)
{
    std::string text;
    text.reserve(256);
    JsonWriter writer(text);
    writeFrame(writer, frame);
    return text;
}

namespace {

template <typename Record>
std::size_t recordSize(const Record& record)
{
    std::string text;
    text.reserve(512);
    JsonWriter writer(text);
    writeRecord(writer, record);
    return text.size() + 1;
}

} // namespace

std::size_t encodedSize(const domain::Team& record) { return recordSize(record); }
std::size_t encodedSize(const domain::Agent& record) { return recordSize(record); }
std::size_t encodedSize(const domain::Customer& record) { return recordSize(record); }
std::size_t encodedSize(const domain::Conversation& record) { return recordSize(record); }
std::size_t encodedSize(const domain::Message& record) { return recordSize(record); }

DecodeResult decode(std::string_view text)
{
    if (text.size() > kMaxFrameBytes)
        return malformed("frame of " + std::to_string(text.size()) + " bytes is over the cap");
    try {
        JsonParser parser(text, kMaxDepth);
        JsonValue root;
        if (!parser.parse(root))
            return malformed(parser.error());
        if (!root.isObject())
            return malformed("not a JSON object");
        return decodeObject(root);
    } catch (const std::exception& error) { // only std::bad_alloc is expected here
        return malformed(std::string("cannot decode: ") + error.what());
    }
}

} // namespace concord::sync
