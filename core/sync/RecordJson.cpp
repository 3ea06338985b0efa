#include "RecordJson.h"

namespace concord::sync {
namespace {

using domain::toEpochMs;

void writeIdIfAny(JsonWriter& out, std::string_view name, const domain::Id& id)
{
    out.fieldIfAny(name, id);
}

void writeTimeIfAny(JsonWriter& out, std::string_view name,
                    const std::optional<domain::Timestamp>& time)
{
    if (time)
        out.field(name, toEpochMs(*time));
}

void writeStringsIfAny(JsonWriter& out, std::string_view name,
                       const std::vector<std::string>& items)
{
    if (items.empty())
        return;
    out.key(name);
    out.beginArray();
    for (const std::string& item : items)
        out.string(item);
    out.endArray();
}

void writeIdentity(JsonWriter& out, const domain::Identity& identity)
{
    out.beginObject();
    out.field("id", identity.id);
    out.field("kind", domain::toKey(identity.kind));
    out.fieldIfAny("network", domain::toKey(identity.network));
    out.field("value", identity.value);
    if (identity.primary)
        out.field("primary", true);
    out.endObject();
}

void writeSurveyIfAny(JsonWriter& out, const domain::SurveyAnswers& survey)
{
    if (!survey.csat && !survey.nps && !survey.ces)
        return;
    out.key("survey");
    out.beginObject();
    if (survey.csat)
        out.field("csat", *survey.csat);
    if (survey.nps)
        out.field("nps", *survey.nps);
    if (survey.ces)
        out.field("ces", *survey.ces);
    out.endObject();
}

std::vector<domain::Id> readIds(JsonValue& object, std::string_view name)
{
    std::vector<domain::Id> ids = optionalStrings(object, name);
    for (const domain::Id& id : ids)
        if (!domain::isUuid(id))
            failField(name, "not a lower-case UUID");
    return ids;
}

domain::Identity readIdentity(JsonValue& object)
{
    domain::Identity identity;
    identity.id = requireId(object, "id");
    identity.kind = requireEnum<domain::IdentityKind>(object, "kind",
                                                      domain::identityKindFromKey);
    identity.network = optionalEnum(object, "network", domain::socialNetworkFromKey,
                                    domain::SocialNetwork::None);
    identity.value = requireString(object, "value");
    identity.primary = optionalBool(object, "primary");
    return identity;
}

domain::SurveyAnswers readSurvey(JsonValue* object)
{
    domain::SurveyAnswers survey;
    if (!object)
        return survey;
    survey.csat = optionalInt(*object, "csat", 1, 5);
    survey.nps = optionalInt(*object, "nps", 0, 10);
    survey.ces = optionalInt(*object, "ces", 1, 7);
    return survey;
}

std::pair<std::string, std::string> readHeader(JsonValue& pair)
{
    if (!pair.isArray() || pair.size() != 2 || !pair.items()[0].isString()
        || !pair.items()[1].isString())
        failField("headers", "not a [name, value] pair of strings");
    return {std::move(pair.items()[0].text()), std::move(pair.items()[1].text())};
}

// A nested detail object is reported as "email.from: ..." when it fails.
template <typename Read>
auto readNested(JsonValue& object, std::string_view name, Read read)
{
    try {
        return read(object);
    } catch (FieldError& error) {
        error.detail = std::string(name) + "." + error.detail;
        throw;
    }
}

} // namespace

void writeRecord(JsonWriter& out, const domain::Team& team)
{
    out.beginObject();
    out.field("id", team.id);
    out.field("name", team.name);
    out.endObject();
}

void writeRecord(JsonWriter& out, const domain::Agent& agent)
{
    out.beginObject();
    out.field("id", agent.id);
    out.field("login", agent.login);
    out.field("displayName", agent.displayName);
    out.field("role", domain::toKey(agent.role));
    writeStringsIfAny(out, "teamIds", agent.teamIds);
    out.endObject();
}

void writeRecord(JsonWriter& out, const domain::Customer& customer)
{
    out.beginObject();
    out.field("id", customer.id);
    out.field("displayName", customer.displayName);
    out.fieldIfAny("firstName", customer.firstName);
    out.fieldIfAny("lastName", customer.lastName);
    out.fieldIfAny("honorific", domain::toKey(customer.honorific));
    out.fieldIfAny("preferredLanguage", customer.preferredLanguage);
    if (!customer.identities.empty()) {
        out.key("identities");
        out.beginArray();
        for (const domain::Identity& identity : customer.identities)
            writeIdentity(out, identity);
        out.endArray();
    }
    out.fieldIfAny("notes", customer.notes);
    out.field("created", toEpochMs(customer.created));
    out.field("revision", customer.revision);
    out.endObject();
}

void writeRecord(JsonWriter& out, const domain::Conversation& conversation)
{
    out.beginObject();
    out.field("id", conversation.id);
    out.field("customerId", conversation.customerId);
    out.field("channel", domain::toKey(conversation.channel));
    out.fieldIfAny("network", domain::toKey(conversation.network));
    out.fieldIfAny("subject", conversation.subject);
    out.field("status", domain::toKey(conversation.status));
    out.field("priority", domain::toKey(conversation.priority));
    writeIdIfAny(out, "teamId", conversation.teamId);
    writeIdIfAny(out, "assigneeId", conversation.assigneeId);
    writeStringsIfAny(out, "tags", conversation.tags);
    out.field("created", toEpochMs(conversation.created));
    writeTimeIfAny(out, "firstResponse", conversation.firstResponse);
    writeTimeIfAny(out, "resolved", conversation.resolved);
    out.field("lastActivity", toEpochMs(conversation.lastActivity));
    writeTimeIfAny(out, "slaDue", conversation.slaDue);
    writeSurveyIfAny(out, conversation.survey);
    out.field("revision", conversation.revision);
    out.endObject();
}

void writeRecord(JsonWriter& out, const domain::Message& message)
{
    out.beginObject();
    out.field("id", message.id);
    out.field("conversationId", message.conversationId);
    out.field("direction", domain::toKey(message.direction));
    writeIdIfAny(out, "authorId", message.authorId);
    out.fieldIfAny("authorName", message.authorName);
    out.fieldIfAny("body", message.body);
    out.field("sentAt", toEpochMs(message.sentAt));
    if (message.email) {
        out.key("email");
        writeEmail(out, *message.email);
    }
    if (message.call) {
        out.key("call");
        writeCall(out, *message.call);
    }
    if (message.visit) {
        out.key("visit");
        writeVisit(out, *message.visit);
    }
    out.endObject();
}

void writeEmail(JsonWriter& out, const domain::EmailDetail& email)
{
    out.beginObject();
    out.fieldIfAny("subject", email.subject);
    out.fieldIfAny("from", email.from);
    out.fieldIfAny("to", email.to);
    out.fieldIfAny("cc", email.cc);
    if (!email.headers.empty()) {
        out.key("headers");
        out.beginArray();
        for (const auto& [name, value] : email.headers) {
            out.beginArray();
            out.string(name);
            out.string(value);
            out.endArray();
        }
        out.endArray();
    }
    out.endObject();
}

void writeCall(JsonWriter& out, const domain::CallDetail& call)
{
    out.beginObject();
    out.field("durationSeconds", call.durationSeconds);
    writeStringsIfAny(out, "ivrPath", call.ivrPath);
    out.fieldIfAny("queue", call.queue);
    out.field("outcome", domain::toKey(call.outcome));
    out.endObject();
}

void writeVisit(JsonWriter& out, const domain::VisitDetail& visit)
{
    out.beginObject();
    out.fieldIfAny("branch", visit.branch);
    out.fieldIfAny("purpose", visit.purpose);
    out.field("durationMinutes", visit.durationMinutes);
    out.endObject();
}

domain::Team readTeam(JsonValue& object)
{
    domain::Team team;
    team.id = requireId(object, "id");
    team.name = requireString(object, "name");
    return team;
}

domain::Agent readAgent(JsonValue& object)
{
    domain::Agent agent;
    agent.id = requireId(object, "id");
    agent.login = requireString(object, "login");
    agent.displayName = requireString(object, "displayName");
    agent.role = requireEnum<domain::Role>(object, "role", domain::roleFromKey);
    agent.teamIds = readIds(object, "teamIds");
    return agent;
}

domain::Customer readCustomer(JsonValue& object)
{
    domain::Customer customer;
    customer.id = requireId(object, "id");
    customer.displayName = requireString(object, "displayName");
    customer.firstName = optionalString(object, "firstName");
    customer.lastName = optionalString(object, "lastName");
    customer.honorific = optionalEnum(object, "honorific", domain::honorificFromKey,
                                      domain::Honorific::Unknown);
    customer.preferredLanguage = optionalString(object, "preferredLanguage");
    if (JsonValue* identities = optionalArray(object, "identities")) {
        customer.identities = readEach<domain::Identity>(*identities, "identities",
                                                         readIdentity);
        for (domain::Identity& identity : customer.identities)
            identity.customerId = customer.id;
    }
    customer.notes = optionalString(object, "notes");
    customer.created = requireTime(object, "created");
    customer.revision = requireInteger(object, "revision", 0);
    return customer;
}

domain::Conversation readConversation(JsonValue& object)
{
    domain::Conversation c;
    c.id = requireId(object, "id");
    c.customerId = requireId(object, "customerId");
    c.channel = requireEnum<domain::Channel>(object, "channel", domain::channelFromKey);
    c.network = optionalEnum(object, "network", domain::socialNetworkFromKey,
                             domain::SocialNetwork::None);
    c.subject = optionalString(object, "subject");
    c.status = requireEnum<domain::Status>(object, "status", domain::statusFromKey);
    c.priority = requireEnum<domain::Priority>(object, "priority", domain::priorityFromKey);
    c.teamId = optionalId(object, "teamId");
    c.assigneeId = optionalId(object, "assigneeId");
    c.tags = optionalStrings(object, "tags");
    c.created = requireTime(object, "created");
    c.firstResponse = optionalTime(object, "firstResponse");
    c.resolved = optionalTime(object, "resolved");
    c.lastActivity = requireTime(object, "lastActivity");
    c.slaDue = optionalTime(object, "slaDue");
    c.survey = readNested(object, "survey",
                          [](JsonValue& o) { return readSurvey(optionalObject(o, "survey")); });
    c.revision = requireInteger(object, "revision", 0);
    return c;
}

domain::Message readMessage(JsonValue& object)
{
    domain::Message m;
    m.id = requireId(object, "id");
    m.conversationId = requireId(object, "conversationId");
    m.direction = requireEnum<domain::Direction>(object, "direction",
                                                 domain::directionFromKey);
    m.authorId = optionalId(object, "authorId");
    m.authorName = optionalString(object, "authorName");
    m.body = optionalString(object, "body");
    m.sentAt = requireTime(object, "sentAt");
    if (JsonValue* email = optionalObject(object, "email"))
        m.email = readNested(*email, "email", readEmail);
    if (JsonValue* call = optionalObject(object, "call"))
        m.call = readNested(*call, "call", readCall);
    if (JsonValue* visit = optionalObject(object, "visit"))
        m.visit = readNested(*visit, "visit", readVisit);
    return m;
}

domain::EmailDetail readEmail(JsonValue& object)
{
    domain::EmailDetail email;
    email.subject = optionalString(object, "subject");
    email.from = optionalString(object, "from");
    email.to = optionalString(object, "to");
    email.cc = optionalString(object, "cc");
    if (JsonValue* headers = optionalArray(object, "headers")) {
        email.headers.reserve(headers->size());
        for (JsonValue& pair : headers->items())
            email.headers.push_back(readHeader(pair));
    }
    return email;
}

domain::CallDetail readCall(JsonValue& object)
{
    domain::CallDetail call;
    call.durationSeconds = requireInt(object, "durationSeconds", 0,
                                      std::numeric_limits<int>::max());
    call.ivrPath = optionalStrings(object, "ivrPath");
    call.queue = optionalString(object, "queue");
    call.outcome = requireEnum<domain::CallOutcome>(object, "outcome",
                                                    domain::callOutcomeFromKey);
    return call;
}

domain::VisitDetail readVisit(JsonValue& object)
{
    domain::VisitDetail visit;
    visit.branch = optionalString(object, "branch");
    visit.purpose = optionalString(object, "purpose");
    visit.durationMinutes = requireInt(object, "durationMinutes", 0,
                                       std::numeric_limits<int>::max());
    return visit;
}

} // namespace concord::sync
