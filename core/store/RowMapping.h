#pragma once
// How domain values are stored in the cache's columns: the integer codes of the enums that
// are filtered and sorted on, the JSON of message detail and tags, and derived text (the
// inbox preview, the customer's searchable identities).

#include "domain/Agent.h"
#include "domain/Channel.h"
#include "domain/Conversation.h"
#include "domain/Customer.h"
#include "domain/Message.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace SQLite {
class Statement;
}

namespace concord::store::rows {

// Integer codes; part of the schema, never renumber.
int channelCode(domain::Channel channel);
domain::Channel channelFromCode(int code);
int statusCode(domain::Status status);
domain::Status statusFromCode(int code);
int priorityCode(domain::Priority priority); // larger is more urgent
domain::Priority priorityFromCode(int code);
int directionCode(domain::Direction direction);
domain::Direction directionFromCode(int code);

// Bit masks over the codes above, for "(mask >> column) & 1" filters.
unsigned channelCodeMask(domain::ChannelMask channels);
unsigned statusCodeMask(unsigned statusMask);     // store::StatusMask
unsigned priorityCodeMask(unsigned priorityMask); // store::PriorityMask

// The email/call/visit detail as JSON text; nullopt when the message has none.
std::optional<std::string> detailToJson(const domain::Message& message);
void detailFromJson(std::string_view json, domain::Message& message);

std::string tagsToJson(const std::vector<std::string>& tags);
std::vector<std::string> tagsFromJson(std::string_view json);

// The start of a message body as the inbox shows it: whitespace collapsed, at most
// kPreviewLength characters, never cut inside a character.
inline constexpr std::size_t kPreviewLength = 160;
std::string makePreview(std::string_view body);

// Which messages the preview prefers: any customer-visible message or note over events.
int previewRank(domain::Direction direction);

// The customer's identities as searchable text; phone numbers also as bare digits and
// without the country code, so "600100200" and "+48 600 100 200" both find "+48600100200".
std::string customerSearchText(const domain::Customer& customer);

// Whole records read from a statement, one way for every reader (the desk's CacheReader and
// the hub's store). Each list of columns is spliced into a SELECT after the FROM it names;
// the matching ...At() reads them starting at column `first`.
//
// FROM conversations c LEFT JOIN customers cu ON cu.key = c.customer_key
//   LEFT JOIN teams t ON t.key = c.team_key LEFT JOIN agents a ON a.key = c.assignee_key
extern const char* const kConversationColumns; // 19 columns
extern const char* const kConversationJoins;   // the joins above, after "conversations c"
domain::Conversation conversationAt(SQLite::Statement& s, int first);
// FROM customers cu; identities are read separately (identityAt).
extern const char* const kCustomerColumns; // 9 columns
domain::Customer customerAt(SQLite::Statement& s, int first);
// FROM identities i
extern const char* const kIdentityColumns; // 5 columns; customerId is left to the caller
domain::Identity identityAt(SQLite::Statement& s, int first);
// FROM agents a; teamIds are read separately.
extern const char* const kAgentColumns; // 4 columns
domain::Agent agentAt(SQLite::Statement& s, int first);
// FROM messages m; conversationId is left to the caller.
extern const char* const kMessageColumns; // 7 columns
domain::Message messageAt(SQLite::Statement& s, int first);

} // namespace concord::store::rows
