#pragma once
// How domain values are stored in the cache's columns: the integer codes of the enums that
// are filtered and sorted on, the JSON of message detail and tags, and derived text (the
// inbox preview, the customer's searchable identities).

#include "domain/Channel.h"
#include "domain/Conversation.h"
#include "domain/Customer.h"
#include "domain/Message.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

} // namespace concord::store::rows
