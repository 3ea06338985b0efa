#pragma once
// The detail and tags columns' JSON text, written straight from the values: the same text
// rows::detailToJson and rows::tagsToJson write (keys in the same order, invalid UTF-8
// replaced by U+FFFD), without building a document first. A bulk load writes one for every
// third message, so this is on the bootstrap's hot path.

#include "domain/Message.h"

#include <optional>
#include <string>
#include <vector>

namespace concord::store::jsontext {

// None when the message has no email, call or visit detail.
std::optional<std::string> detailJson(const domain::Message& message);
std::string tagsJson(const std::vector<std::string>& tags);

} // namespace concord::store::jsontext
