// Decoding side of FrameJson.h: one reader per frame type, found by the frame's `type`.

#include "FrameJson.h"
#include "RecordJson.h"

#include <array>
#include <limits>
#include <utility>

namespace concord::sync {
namespace {

constexpr int kIntMax = std::numeric_limits<int>::max();
constexpr int kIntMin = std::numeric_limits<int>::min();

std::int64_t requireReq(JsonValue& o) { return requireInteger(o, "req", 1); }
std::int64_t requireSeq(JsonValue& o, std::string_view name) { return requireInteger(o, name, 0); }

Cursor readCursor(JsonValue& object, std::string_view name)
{
    JsonValue& o = requireObject(object, name);
    try {
        return Cursor{requireId(o, "epoch"), requireSeq(o, "seq")};
    } catch (FieldError& error) {
        error.detail = std::string(name) + "." + error.detail;
        throw;
    }
}

template <typename Record, typename Read>
std::vector<Record> readRecords(JsonValue& records, std::string_view name, Read read)
{
    if (JsonValue* array = optionalArray(records, name))
        return readEach<Record>(*array, name, read);
    return {};
}

Frame readHello(JsonValue& o)
{
    const int protocol = requireInt(o, "protocol", kIntMin, kIntMax);
    if (protocol == kProtocolVersion)
        return Hello{protocol, requireString(o, "client"), requireId(o, "clientId"),
                     optionalBool(o, "binaryFrames")};
    // Another version may shape its hello differently; what matters is that the hub can
    // answer unsupported_protocol, so the rest is read only where it is readable.
    Hello hello{protocol, {}, {}};
    try {
        hello.client = optionalString(o, "client");
        hello.clientId = optionalId(o, "clientId");
    } catch (const FieldError&) {
    }
    return hello;
}

Frame readWelcome(JsonValue& o)
{
    return Welcome{requireInt(o, "protocol", kIntMin, kIntMax), requireString(o, "hub"),
                   requireId(o, "epoch")};
}

Frame readLogin(JsonValue& o)
{
    return Login{requireReq(o), requireString(o, "login"), requireString(o, "password")};
}

Frame readResume(JsonValue& o) { return Resume{requireReq(o), requireString(o, "token")}; }

Frame readLogout(JsonValue& o) { return Logout{requireReq(o)}; }

Frame readOk(JsonValue& o) { return Ok{requireReq(o)}; }

Frame readSession(JsonValue& o)
{
    Session session{requireReq(o), requireString(o, "token"), requireTime(o, "expiresAt"), {}};
    JsonValue& agent = requireObject(o, "agent");
    try {
        session.agent = readAgent(agent);
    } catch (FieldError& error) {
        error.detail = "agent." + error.detail;
        throw;
    }
    return session;
}

Frame readError(JsonValue& o)
{
    return ErrorReply{optionalInteger(o, "req", 1).value_or(0),
                      requireEnum<ErrorCode>(o, "code", errorCodeFromKey),
                      optionalString(o, "message")};
}

Frame readSubscribe(JsonValue& o)
{
    Subscribe subscribe{requireReq(o), std::nullopt};
    if (findField(o, "cursor"))
        subscribe.cursor = readCursor(o, "cursor");
    return subscribe;
}

Frame readPull(JsonValue& o) { return Pull{requireReq(o), readCursor(o, "cursor")}; }

Frame readReset(JsonValue& o) { return Reset{requireId(o, "epoch"), requireSeq(o, "seq")}; }

Frame readSnapshot(JsonValue& o)
{
    Snapshot snapshot{requireSeq(o, "seq"), {}};
    JsonValue& records = requireObject(o, "records");
    SnapshotRecords& r = snapshot.records;
    r.teams = readRecords<domain::Team>(records, "teams", readTeam);
    r.agents = readRecords<domain::Agent>(records, "agents", readAgent);
    r.customers = readRecords<domain::Customer>(records, "customers", readCustomer);
    r.conversations = readRecords<domain::Conversation>(records, "conversations",
                                                        readConversation);
    r.messages = readRecords<domain::Message>(records, "messages", readMessage);
    return snapshot;
}

Frame readSnapshotEnd(JsonValue& o) { return SnapshotEnd{requireSeq(o, "seq")}; }

ChangeItem readItem(JsonValue& o)
{
    ChangeItem item;
    item.seq = requireSeq(o, "seq");
    const RecordKind kind = requireEnum<RecordKind>(o, "kind", recordKindFromKey);
    const std::string op = requireString(o, "op");
    if (op == "remove") {
        item.record = Removed{kind, requireId(o, "id")};
        return item;
    }
    if (op != "upsert")
        failField("op", "unknown key '" + op.substr(0, 40) + "'");
    JsonValue& record = requireObject(o, "record");
    try {
        switch (kind) {
        case RecordKind::Team: item.record = readTeam(record); break;
        case RecordKind::Agent: item.record = readAgent(record); break;
        case RecordKind::Customer: item.record = readCustomer(record); break;
        case RecordKind::Conversation: item.record = readConversation(record); break;
        case RecordKind::Message: item.record = readMessage(record); break;
        }
    } catch (FieldError& error) {
        error.detail = "record." + error.detail;
        throw;
    }
    return item;
}

Frame readChanges(JsonValue& o)
{
    Changes changes{requireSeq(o, "after"), requireSeq(o, "upTo"), {}};
    changes.items = readEach<ChangeItem>(requireArray(o, "items"), "items", readItem);
    return changes;
}

Frame readMutate(JsonValue& o)
{
    return Mutate{requireId(o, "clientId"), requireInteger(o, "mutationId", 1),
                  readMutationOp(o)};
}

Frame readMutationResult(JsonValue& o)
{
    MutationResult result;
    result.clientId = requireId(o, "clientId");
    result.mutationId = requireInteger(o, "mutationId", 1);
    result.ok = requireBool(o, "ok");
    if (result.ok) {
        result.seq = requireSeq(o, "seq");
        return result;
    }
    result.code = requireEnum<ErrorCode>(o, "code", errorCodeFromKey);
    result.message = optionalString(o, "message");
    if (JsonValue* holder = optionalObject(o, "holder")) {
        try {
            result.holder = Holder{requireId(*holder, "id"),
                                   optionalString(*holder, "displayName")};
        } catch (FieldError& error) {
            error.detail = "holder." + error.detail;
            throw;
        }
    }
    if (JsonValue* current = optionalObject(o, "current")) {
        try {
            result.current = readConversation(*current);
        } catch (FieldError& error) {
            error.detail = "current." + error.detail;
            throw;
        }
    }
    return result;
}

Frame readPresence(JsonValue& o)
{
    return Presence{requireId(o, "conversationId"),
                    requireEnum<PresenceState>(o, "state", presenceStateFromKey),
                    optionalId(o, "agentId"), optionalString(o, "displayName")};
}

using FrameReader = Frame (*)(JsonValue&);

constexpr std::array<std::pair<std::string_view, FrameReader>, 17> kReaders{{
    {"hello", readHello},
    {"welcome", readWelcome},
    {"login", readLogin},
    {"resume", readResume},
    {"logout", readLogout},
    {"ok", readOk},
    {"session", readSession},
    {"error", readError},
    {"subscribe", readSubscribe},
    {"pull", readPull},
    {"reset", readReset},
    {"snapshot", readSnapshot},
    {"snapshot_end", readSnapshotEnd},
    {"changes", readChanges},
    {"mutate", readMutate},
    {"mutation_result", readMutationResult},
    {"presence", readPresence},
}};

} // namespace

std::optional<Frame> readFrame(std::string_view type, JsonValue& object)
{
    for (const auto& [name, read] : kReaders)
        if (name == type)
            return read(object);
    return std::nullopt;
}

} // namespace concord::sync
