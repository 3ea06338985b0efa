// The mutation ops of FrameJson.h: `op` and the op's fields, flat inside `mutate`.

#include "FrameJson.h"
#include "RecordJson.h"

#include <array>
#include <utility>

namespace concord::sync {
namespace {

using domain::toEpochMs;

void writeFields(JsonWriter& out, const Reply& op)
{
    out.field("conversationId", op.conversationId);
    out.field("messageId", op.messageId);
    out.field("body", op.body);
    out.field("sentAt", toEpochMs(op.sentAt));
    if (op.email) {
        out.key("email");
        writeEmail(out, *op.email);
    }
}

void writeFields(JsonWriter& out, const Note& op)
{
    out.field("conversationId", op.conversationId);
    out.field("messageId", op.messageId);
    out.field("body", op.body);
    out.field("sentAt", toEpochMs(op.sentAt));
}

void writeFields(JsonWriter& out, const SetStatus& op)
{
    out.field("conversationId", op.conversationId);
    out.field("status", domain::toKey(op.status));
}

void writeFields(JsonWriter& out, const SetPriority& op)
{
    out.field("conversationId", op.conversationId);
    out.field("priority", domain::toKey(op.priority));
}

void writeFields(JsonWriter& out, const SetTags& op)
{
    out.field("conversationId", op.conversationId);
    out.key("tags");
    out.beginArray();
    for (const std::string& tag : op.tags)
        out.string(tag);
    out.endArray();
}

void writeFields(JsonWriter& out, const Claim& op)
{
    out.field("conversationId", op.conversationId);
    out.field("expectedAssigneeId", op.expectedAssigneeId);
}

void writeFields(JsonWriter& out, const Assign& op)
{
    out.field("conversationId", op.conversationId);
    out.field("assigneeId", op.assigneeId);
    out.field("expectedAssigneeId", op.expectedAssigneeId);
}

void writeFields(JsonWriter& out, const Unassign& op)
{
    out.field("conversationId", op.conversationId);
    out.field("expectedAssigneeId", op.expectedAssigneeId);
}

void writeFields(JsonWriter& out, const Transfer& op)
{
    out.field("conversationId", op.conversationId);
    out.field("teamId", op.teamId);
    out.field("expectedTeamId", op.expectedTeamId);
    out.field("noteId", op.noteId);
    out.field("note", op.note);
}

void writeFields(JsonWriter& out, const LogCall& op)
{
    out.field("conversationId", op.conversationId);
    out.field("messageId", op.messageId);
    out.field("sentAt", toEpochMs(op.sentAt));
    out.key("call");
    writeCall(out, op.call);
    out.field("body", op.body);
}

void writeFields(JsonWriter& out, const LogVisit& op)
{
    out.field("conversationId", op.conversationId);
    out.field("messageId", op.messageId);
    out.field("sentAt", toEpochMs(op.sentAt));
    out.key("visit");
    writeVisit(out, op.visit);
    out.field("body", op.body);
}

void writeFields(JsonWriter& out, const NewConversation& op)
{
    out.key("conversation");
    writeRecord(out, op.conversation);
    if (op.message) {
        out.key("message");
        writeRecord(out, *op.message);
    }
}

template <typename Read>
auto readNested(JsonValue& object, std::string_view name, Read read)
{
    JsonValue& nested = requireObject(object, name);
    try {
        return read(nested);
    } catch (FieldError& error) {
        error.detail = std::string(name) + "." + error.detail;
        throw;
    }
}

MutationOp readReply(JsonValue& o)
{
    Reply op{requireId(o, "conversationId"), requireId(o, "messageId"),
             optionalString(o, "body"), requireTime(o, "sentAt"), std::nullopt};
    if (findField(o, "email"))
        op.email = readNested(o, "email", readEmail);
    return op;
}

MutationOp readNote(JsonValue& o)
{
    return Note{requireId(o, "conversationId"), requireId(o, "messageId"),
                optionalString(o, "body"), requireTime(o, "sentAt")};
}

MutationOp readSetStatus(JsonValue& o)
{
    return SetStatus{requireId(o, "conversationId"),
                     requireEnum<domain::Status>(o, "status", domain::statusFromKey)};
}

MutationOp readSetPriority(JsonValue& o)
{
    return SetPriority{requireId(o, "conversationId"),
                       requireEnum<domain::Priority>(o, "priority", domain::priorityFromKey)};
}

MutationOp readSetTags(JsonValue& o)
{
    requireArray(o, "tags"); // an empty list clears the tags, but it must be said
    return SetTags{requireId(o, "conversationId"), optionalStrings(o, "tags")};
}

MutationOp readClaim(JsonValue& o)
{
    return Claim{requireId(o, "conversationId"), requirePossiblyEmptyId(o, "expectedAssigneeId")};
}

MutationOp readAssign(JsonValue& o)
{
    return Assign{requireId(o, "conversationId"), requireId(o, "assigneeId"),
                  requirePossiblyEmptyId(o, "expectedAssigneeId")};
}

MutationOp readUnassign(JsonValue& o)
{
    return Unassign{requireId(o, "conversationId"),
                    requirePossiblyEmptyId(o, "expectedAssigneeId")};
}

MutationOp readTransfer(JsonValue& o)
{
    return Transfer{requireId(o, "conversationId"), requireId(o, "teamId"),
                    requirePossiblyEmptyId(o, "expectedTeamId"), optionalId(o, "noteId"),
                    optionalString(o, "note")};
}

MutationOp readLogCall(JsonValue& o)
{
    LogCall op{requireId(o, "conversationId"), requireId(o, "messageId"),
               requireTime(o, "sentAt"), {}, optionalString(o, "body")};
    op.call = readNested(o, "call", readCall);
    return op;
}

MutationOp readLogVisit(JsonValue& o)
{
    LogVisit op{requireId(o, "conversationId"), requireId(o, "messageId"),
                requireTime(o, "sentAt"), {}, optionalString(o, "body")};
    op.visit = readNested(o, "visit", readVisit);
    return op;
}

MutationOp readNewConversation(JsonValue& o)
{
    NewConversation op{readNested(o, "conversation", readConversation), std::nullopt};
    if (findField(o, "message"))
        op.message = readNested(o, "message", readMessage);
    return op;
}

using OpReader = MutationOp (*)(JsonValue&);

constexpr std::array<std::pair<std::string_view, OpReader>, 12> kOpReaders{{
    {"reply", readReply},
    {"note", readNote},
    {"set_status", readSetStatus},
    {"set_priority", readSetPriority},
    {"set_tags", readSetTags},
    {"claim", readClaim},
    {"assign", readAssign},
    {"unassign", readUnassign},
    {"transfer", readTransfer},
    {"log_call", readLogCall},
    {"log_visit", readLogVisit},
    {"new_conversation", readNewConversation},
}};

} // namespace

void writeMutationOp(JsonWriter& out, const MutationOp& op)
{
    out.field("op", opKey(op));
    std::visit([&](const auto& fields) { writeFields(out, fields); }, op);
}

MutationOp readMutationOp(JsonValue& object)
{
    const std::string key = requireString(object, "op");
    for (const auto& [name, read] : kOpReaders)
        if (name == key)
            return read(object);
    failField("op", "unknown key '" + key.substr(0, 40) + "'");
}

} // namespace concord::sync
