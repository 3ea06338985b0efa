#include "RowMapping.h"

#include "SqlSupport.h"

#include <nlohmann/json.hpp>

namespace concord::store::rows {
namespace {

using nlohmann::json;

template <typename Enum, std::size_t N>
int codeOf(const std::array<Enum, N>& all, Enum value)
{
    for (std::size_t i = 0; i < N; ++i)
        if (all[i] == value)
            return static_cast<int>(i);
    return 0;
}

template <typename Enum, std::size_t N>
Enum valueOf(const std::array<Enum, N>& all, int code)
{
    return code >= 0 && static_cast<std::size_t>(code) < N ? all[code] : all[0];
}

// Code order is fixed here, independent of the order of the domain's enums.
constexpr std::array<domain::Channel, 6> kChannelCodes{
    domain::Channel::Email, domain::Channel::Chat,  domain::Channel::Sms,
    domain::Channel::Social, domain::Channel::Voice, domain::Channel::Visit};
constexpr std::array<domain::Status, 5> kStatusCodes{
    domain::Status::New, domain::Status::Open, domain::Status::Pending,
    domain::Status::Resolved, domain::Status::Closed};
constexpr std::array<domain::Priority, 4> kPriorityCodes{
    domain::Priority::Low, domain::Priority::Normal, domain::Priority::High,
    domain::Priority::Urgent};
constexpr std::array<domain::Direction, 4> kDirectionCodes{
    domain::Direction::Inbound, domain::Direction::Outbound, domain::Direction::Note,
    domain::Direction::Event};

template <typename Enum, std::size_t N>
unsigned codeMask(const std::array<Enum, N>& all, unsigned enumMask)
{
    unsigned mask = 0;
    for (std::size_t i = 0; i < N; ++i)
        if (enumMask & (1u << static_cast<unsigned>(all[i])))
            mask |= 1u << i;
    return mask;
}

std::string text(const json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

int number(const json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_number_integer() ? it->get<int>() : 0;
}

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

} // namespace

int channelCode(domain::Channel v) { return codeOf(kChannelCodes, v); }
domain::Channel channelFromCode(int c) { return valueOf(kChannelCodes, c); }
int statusCode(domain::Status v) { return codeOf(kStatusCodes, v); }
domain::Status statusFromCode(int c) { return valueOf(kStatusCodes, c); }
int priorityCode(domain::Priority v) { return codeOf(kPriorityCodes, v); }
domain::Priority priorityFromCode(int c) { return valueOf(kPriorityCodes, c); }
int directionCode(domain::Direction v) { return codeOf(kDirectionCodes, v); }
domain::Direction directionFromCode(int c) { return valueOf(kDirectionCodes, c); }

unsigned channelCodeMask(domain::ChannelMask m) { return codeMask(kChannelCodes, m); }
unsigned statusCodeMask(unsigned m) { return codeMask(kStatusCodes, m); }
unsigned priorityCodeMask(unsigned m) { return codeMask(kPriorityCodes, m); }

std::optional<std::string> detailToJson(const domain::Message& message)
{
    json detail = json::object();
    if (const auto& e = message.email) {
        json headers = json::array();
        for (const auto& [name, value] : e->headers)
            headers.push_back({name, value});
        detail["email"] = {{"subject", e->subject}, {"from", e->from}, {"to", e->to},
                           {"cc", e->cc},           {"headers", std::move(headers)}};
    }
    if (const auto& c = message.call) {
        detail["call"] = {{"duration", c->durationSeconds},
                          {"ivr", c->ivrPath},
                          {"queue", c->queue},
                          {"outcome", std::string(domain::toKey(c->outcome))}};
    }
    if (const auto& v = message.visit) {
        detail["visit"] = {
            {"branch", v->branch}, {"purpose", v->purpose}, {"minutes", v->durationMinutes}};
    }
    if (detail.empty())
        return std::nullopt;
    // Replace, not throw, on invalid UTF-8: a damaged header must not lose the message.
    return detail.dump(-1, ' ', false, json::error_handler_t::replace);
}

void detailFromJson(std::string_view source, domain::Message& message)
{
    const json detail = json::parse(source, nullptr, false);
    if (!detail.is_object())
        return;
    if (const auto it = detail.find("email"); it != detail.end() && it->is_object()) {
        domain::EmailDetail email{text(*it, "subject"), text(*it, "from"), text(*it, "to"),
                                  text(*it, "cc"), {}};
        if (const auto h = it->find("headers"); h != it->end() && h->is_array())
            for (const json& pair : *h)
                if (pair.is_array() && pair.size() == 2 && pair[0].is_string()
                    && pair[1].is_string())
                    email.headers.emplace_back(pair[0].get<std::string>(),
                                               pair[1].get<std::string>());
        message.email = std::move(email);
    }
    if (const auto it = detail.find("call"); it != detail.end() && it->is_object()) {
        domain::CallDetail call;
        call.durationSeconds = number(*it, "duration");
        if (const auto ivr = it->find("ivr"); ivr != it->end() && ivr->is_array())
            for (const json& step : *ivr)
                if (step.is_string())
                    call.ivrPath.push_back(step.get<std::string>());
        call.queue = text(*it, "queue");
        call.outcome = domain::callOutcomeFromKey(text(*it, "outcome"))
                           .value_or(domain::CallOutcome::Answered);
        message.call = std::move(call);
    }
    if (const auto it = detail.find("visit"); it != detail.end() && it->is_object()) {
        message.visit = domain::VisitDetail{text(*it, "branch"), text(*it, "purpose"),
                                            number(*it, "minutes")};
    }
}

std::string tagsToJson(const std::vector<std::string>& tags)
{
    return json(tags).dump(-1, ' ', false, json::error_handler_t::replace);
}

std::vector<std::string> tagsFromJson(std::string_view source)
{
    std::vector<std::string> tags;
    const json parsed = json::parse(source, nullptr, false);
    if (parsed.is_array())
        for (const json& tag : parsed)
            if (tag.is_string())
                tags.push_back(tag.get<std::string>());
    return tags;
}

std::string makePreview(std::string_view body)
{
    std::string preview;
    preview.reserve(std::min(body.size(), kPreviewLength * 2));
    std::size_t characters = 0;
    bool pendingSpace = false;
    for (std::size_t i = 0; i < body.size(); ++i) {
        const char c = body[i];
        if (isAsciiSpace(c)) {
            pendingSpace = !preview.empty();
            continue;
        }
        const bool startsCharacter = (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        if (startsCharacter) {
            if (characters + (pendingSpace ? 1 : 0) >= kPreviewLength)
                break;
            if (pendingSpace) {
                preview += ' ';
                ++characters;
                pendingSpace = false;
            }
            ++characters;
        }
        preview += c;
    }
    return preview;
}

int previewRank(domain::Direction direction)
{
    return direction == domain::Direction::Event ? 0 : 1;
}

std::string customerSearchText(const domain::Customer& customer)
{
    std::string out;
    auto add = [&out](std::string_view piece) {
        if (piece.empty())
            return;
        if (!out.empty())
            out += ' ';
        out += piece;
    };
    for (const domain::Identity& identity : customer.identities) {
        add(identity.value);
        if (identity.kind != domain::IdentityKind::Phone)
            continue;
        std::string digits;
        for (char c : identity.value)
            if (c >= '0' && c <= '9')
                digits += c;
        if (digits != identity.value)
            add(digits);
        if (digits.size() > 9)
            add(std::string_view(digits).substr(digits.size() - 9)); // the national number
    }
    return out;
}

const char* const kConversationColumns =
    "c.id, cu.id, c.channel, c.network, c.subject, c.status, c.priority, t.id, a.id, c.tags, "
    "c.created, c.first_response, c.resolved, c.last_activity, c.sla_due, c.csat, c.nps, "
    "c.ces, c.revision";
const char* const kConversationJoins = " LEFT JOIN customers cu ON cu.key = c.customer_key "
                                       "LEFT JOIN teams t ON t.key = c.team_key "
                                       "LEFT JOIN agents a ON a.key = c.assignee_key";

domain::Conversation conversationAt(SQLite::Statement& s, int f)
{
    domain::Conversation c;
    c.id = sql::textAt(s, f);
    c.customerId = sql::textAt(s, f + 1);
    c.channel = channelFromCode(s.getColumn(f + 2).getInt());
    c.network = domain::socialNetworkFromKey(sql::textAt(s, f + 3))
                    .value_or(domain::SocialNetwork::None);
    c.subject = sql::textAt(s, f + 4);
    c.status = statusFromCode(s.getColumn(f + 5).getInt());
    c.priority = priorityFromCode(s.getColumn(f + 6).getInt());
    c.teamId = sql::textAt(s, f + 7);
    c.assigneeId = sql::textAt(s, f + 8);
    c.tags = tagsFromJson(sql::textAt(s, f + 9));
    c.created = sql::timeAt(s, f + 10);
    c.firstResponse = sql::optionalTimeAt(s, f + 11);
    c.resolved = sql::optionalTimeAt(s, f + 12);
    c.lastActivity = sql::timeAt(s, f + 13);
    c.slaDue = sql::optionalTimeAt(s, f + 14);
    c.survey = {sql::optionalIntAt(s, f + 15), sql::optionalIntAt(s, f + 16),
                sql::optionalIntAt(s, f + 17)};
    c.revision = s.getColumn(f + 18).getInt64();
    return c;
}

const char* const kCustomerColumns =
    "cu.id, cu.display_name, cu.first_name, cu.last_name, cu.honorific, "
    "cu.preferred_language, cu.notes, cu.created, cu.revision";

domain::Customer customerAt(SQLite::Statement& s, int f)
{
    domain::Customer c;
    c.id = sql::textAt(s, f);
    c.displayName = sql::textAt(s, f + 1);
    c.firstName = sql::textAt(s, f + 2);
    c.lastName = sql::textAt(s, f + 3);
    c.honorific = domain::honorificFromKey(sql::textAt(s, f + 4))
                      .value_or(domain::Honorific::Unknown);
    c.preferredLanguage = sql::textAt(s, f + 5);
    c.notes = sql::textAt(s, f + 6);
    c.created = sql::timeAt(s, f + 7);
    c.revision = s.getColumn(f + 8).getInt64();
    return c;
}

const char* const kIdentityColumns = "i.id, i.kind, i.network, i.value, i.is_primary";

domain::Identity identityAt(SQLite::Statement& s, int f)
{
    domain::Identity identity;
    identity.id = sql::textAt(s, f);
    identity.kind = domain::identityKindFromKey(sql::textAt(s, f + 1))
                        .value_or(domain::IdentityKind::Email);
    identity.network = domain::socialNetworkFromKey(sql::textAt(s, f + 2))
                           .value_or(domain::SocialNetwork::None);
    identity.value = sql::textAt(s, f + 3);
    identity.primary = s.getColumn(f + 4).getInt() != 0;
    return identity;
}

const char* const kAgentColumns = "a.id, a.login, a.display_name, a.role";

domain::Agent agentAt(SQLite::Statement& s, int f)
{
    domain::Agent agent;
    agent.id = sql::textAt(s, f);
    agent.login = sql::textAt(s, f + 1);
    agent.displayName = sql::textAt(s, f + 2);
    agent.role = domain::roleFromKey(sql::textAt(s, f + 3)).value_or(domain::Role::Agent);
    return agent;
}

const char* const kMessageColumns =
    "m.id, m.direction, m.author_id, m.author_name, m.body, m.sent_at, m.detail";

domain::Message messageAt(SQLite::Statement& s, int f)
{
    domain::Message m;
    m.id = sql::textAt(s, f);
    m.direction = directionFromCode(s.getColumn(f + 1).getInt());
    m.authorId = sql::textAt(s, f + 2);
    m.authorName = sql::textAt(s, f + 3);
    m.body = sql::textAt(s, f + 4);
    m.sentAt = sql::timeAt(s, f + 5);
    if (!s.isColumnNull(f + 6))
        detailFromJson(sql::textAt(s, f + 6), m);
    return m;
}

} // namespace concord::store::rows
