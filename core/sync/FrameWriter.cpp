// Encoding side of FrameJson.h: one writeFields overload per frame type.

#include "FrameJson.h"
#include "RecordJson.h"

namespace concord::sync {
namespace {

using domain::toEpochMs;

void writeReqIfAny(JsonWriter& out, std::int64_t req)
{
    if (req > 0)
        out.field("req", req);
}

void writeCursor(JsonWriter& out, const Cursor& cursor)
{
    out.beginObject();
    out.field("epoch", cursor.epoch);
    out.field("seq", cursor.seq);
    out.endObject();
}

template <typename Record>
void writeRecords(JsonWriter& out, std::string_view name, const std::vector<Record>& records)
{
    out.key(name);
    out.beginArray();
    for (const Record& record : records)
        writeRecord(out, record);
    out.endArray();
}

void writeFields(JsonWriter& out, const Hello& f)
{
    out.field("protocol", f.protocol);
    out.field("client", f.client);
    out.field("clientId", f.clientId);
    if (f.binaryFrames)
        out.field("binaryFrames", true);
}

void writeFields(JsonWriter& out, const Welcome& f)
{
    out.field("protocol", f.protocol);
    out.field("hub", f.hub);
    out.field("epoch", f.epoch);
}

void writeFields(JsonWriter& out, const Login& f)
{
    out.field("req", f.req);
    out.field("login", f.login);
    out.field("password", f.password);
}

void writeFields(JsonWriter& out, const Resume& f)
{
    out.field("req", f.req);
    out.field("token", f.token);
}

void writeFields(JsonWriter& out, const Logout& f) { out.field("req", f.req); }

void writeFields(JsonWriter& out, const Ok& f) { out.field("req", f.req); }

void writeFields(JsonWriter& out, const Session& f)
{
    out.field("req", f.req);
    out.field("token", f.token);
    out.field("expiresAt", toEpochMs(f.expiresAt));
    out.key("agent");
    writeRecord(out, f.agent);
}

void writeFields(JsonWriter& out, const ErrorReply& f)
{
    writeReqIfAny(out, f.req);
    out.field("code", toKey(f.code));
    out.field("message", f.message);
}

void writeFields(JsonWriter& out, const Subscribe& f)
{
    out.field("req", f.req);
    if (f.cursor) {
        out.key("cursor");
        writeCursor(out, *f.cursor);
    }
}

void writeFields(JsonWriter& out, const Pull& f)
{
    out.field("req", f.req);
    out.key("cursor");
    writeCursor(out, f.cursor);
}

void writeFields(JsonWriter& out, const Reset& f)
{
    out.field("epoch", f.epoch);
    out.field("seq", f.seq);
}

void writeFields(JsonWriter& out, const Snapshot& f)
{
    out.field("seq", f.seq);
    out.key("records");
    out.beginObject();
    writeRecords(out, "teams", f.records.teams);
    writeRecords(out, "agents", f.records.agents);
    writeRecords(out, "customers", f.records.customers);
    writeRecords(out, "conversations", f.records.conversations);
    writeRecords(out, "messages", f.records.messages);
    out.endObject();
}

void writeFields(JsonWriter& out, const SnapshotEnd& f) { out.field("seq", f.seq); }

void writeItem(JsonWriter& out, const ChangeItem& item)
{
    out.beginObject();
    out.field("seq", item.seq);
    out.field("kind", toKey(item.kind()));
    if (const auto* removed = std::get_if<Removed>(&item.record)) {
        out.field("op", "remove");
        out.field("id", removed->id);
    } else {
        out.field("op", "upsert");
        out.key("record");
        std::visit(
            [&](const auto& record) {
                if constexpr (!std::is_same_v<std::decay_t<decltype(record)>, Removed>)
                    writeRecord(out, record);
            },
            item.record);
    }
    out.endObject();
}

void writeFields(JsonWriter& out, const Changes& f)
{
    out.field("after", f.after);
    out.field("upTo", f.upTo);
    out.key("items");
    out.beginArray();
    for (const ChangeItem& item : f.items)
        writeItem(out, item);
    out.endArray();
}

void writeFields(JsonWriter& out, const Mutate& f)
{
    out.field("clientId", f.clientId);
    out.field("mutationId", f.mutationId);
    writeMutationOp(out, f.op);
}

void writeFields(JsonWriter& out, const MutationResult& f)
{
    out.field("clientId", f.clientId);
    out.field("mutationId", f.mutationId);
    out.field("ok", f.ok);
    if (f.ok) {
        out.field("seq", f.seq);
        return;
    }
    out.field("code", toKey(f.code));
    out.field("message", f.message);
    if (f.holder) {
        out.key("holder");
        out.beginObject();
        out.field("id", f.holder->id);
        out.field("displayName", f.holder->displayName);
        out.endObject();
    }
    if (f.current) {
        out.key("current");
        writeRecord(out, *f.current);
    }
}

void writeFields(JsonWriter& out, const Presence& f)
{
    out.field("conversationId", f.conversationId);
    out.field("state", toKey(f.state));
    out.fieldIfAny("agentId", f.agentId);
    out.fieldIfAny("displayName", f.displayName);
}

} // namespace

void writeFrame(JsonWriter& out, const Frame& frame)
{
    out.beginObject();
    out.field("type", typeKey(frame));
    std::visit([&](const auto& fields) { writeFields(out, fields); }, frame);
    out.endObject();
}

} // namespace concord::sync
