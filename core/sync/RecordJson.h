#pragma once
// Private to concord_sync: the domain records <-> JSON, per the Records table of
// docs/PROTOCOL.md. Field names are the camelCase struct names; empty optional values
// (unset optionals, empty text, empty lists, unset enums, unassigned ids) are omitted and
// read back as empty; times are epoch milliseconds. Readers throw FieldError.

#include "FieldReader.h"
#include "JsonWriter.h"
#include "domain/Agent.h"
#include "domain/Conversation.h"
#include "domain/Customer.h"
#include "domain/Message.h"

namespace concord::sync {

void writeRecord(JsonWriter& out, const domain::Team& team);
void writeRecord(JsonWriter& out, const domain::Agent& agent);
void writeRecord(JsonWriter& out, const domain::Customer& customer);
void writeRecord(JsonWriter& out, const domain::Conversation& conversation);
void writeRecord(JsonWriter& out, const domain::Message& message);

void writeEmail(JsonWriter& out, const domain::EmailDetail& email);
void writeCall(JsonWriter& out, const domain::CallDetail& call);
void writeVisit(JsonWriter& out, const domain::VisitDetail& visit);

domain::Team readTeam(JsonValue& object);
domain::Agent readAgent(JsonValue& object);
domain::Customer readCustomer(JsonValue& object);
domain::Conversation readConversation(JsonValue& object);
domain::Message readMessage(JsonValue& object);

domain::EmailDetail readEmail(JsonValue& object);
domain::CallDetail readCall(JsonValue& object);
domain::VisitDetail readVisit(JsonValue& object);

// Reads every element of an array field with `read`; an error names the element.
template <typename T, typename Read>
std::vector<T> readEach(JsonValue& array, std::string_view name, Read read)
{
    std::vector<T> result;
    result.reserve(array.size());
    std::size_t index = 0;
    try {
        for (JsonValue& item : array.items()) {
            if (!item.isObject())
                failField("", "not an object");
            result.push_back(read(item));
            ++index;
        }
    } catch (FieldError& error) {
        error.detail = std::string(name) + "[" + std::to_string(index) + "]." + error.detail;
        throw;
    }
    return result;
}

} // namespace concord::sync
