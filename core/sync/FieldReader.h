#pragma once
// Private to concord_sync: reads typed, validated fields out of a parsed JSON object.
// Every reader throws FieldError on a missing field, a wrong JSON type, a value out of
// range, a bad UUID or an unknown enum key; decode() catches it, so nothing leaves the
// library. Strings are moved out of the parsed value, which decode() owns and drops.

#include "JsonValue.h"
#include "domain/Id.h"
#include "domain/Time.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace concord::sync {

struct FieldError {
    std::string detail;
};

[[noreturn]] void failField(std::string_view name, std::string_view why);

// The field's value; nullptr when absent or null (null counts as absent).
JsonValue* findField(JsonValue& object, std::string_view name);
JsonValue& requireField(JsonValue& object, std::string_view name);

JsonValue& requireObject(JsonValue& object, std::string_view name);
JsonValue* optionalObject(JsonValue& object, std::string_view name);
JsonValue& requireArray(JsonValue& object, std::string_view name);
JsonValue* optionalArray(JsonValue& object, std::string_view name);

std::string requireString(JsonValue& object, std::string_view name);
std::string optionalString(JsonValue& object, std::string_view name); // absent: empty

inline constexpr std::int64_t kInt64Max = std::numeric_limits<std::int64_t>::max();
inline constexpr std::int64_t kInt64Min = std::numeric_limits<std::int64_t>::min();

std::int64_t integerValue(const JsonValue& value, std::string_view name, std::int64_t min,
                          std::int64_t max);
std::int64_t requireInteger(JsonValue& object, std::string_view name, std::int64_t min = kInt64Min,
                            std::int64_t max = kInt64Max);
std::optional<std::int64_t> optionalInteger(JsonValue& object, std::string_view name,
                                            std::int64_t min = kInt64Min,
                                            std::int64_t max = kInt64Max);
int requireInt(JsonValue& object, std::string_view name, int min, int max);
std::optional<int> optionalInt(JsonValue& object, std::string_view name, int min, int max);

bool requireBool(JsonValue& object, std::string_view name);
bool optionalBool(JsonValue& object, std::string_view name); // absent: false

// A UUID that must be there.
domain::Id requireId(JsonValue& object, std::string_view name);
// A reference that may be empty: absent, null or "" give an empty id; else a UUID.
domain::Id optionalId(JsonValue& object, std::string_view name);
// Like optionalId, but the field itself must be present (a precondition: "" = none).
domain::Id requirePossiblyEmptyId(JsonValue& object, std::string_view name);

domain::Timestamp requireTime(JsonValue& object, std::string_view name);
std::optional<domain::Timestamp> optionalTime(JsonValue& object, std::string_view name);

std::vector<std::string> optionalStrings(JsonValue& object, std::string_view name);

// Enums by their stable keys, through the domain's `…FromKey` functions.
template <typename Enum, typename FromKey>
Enum requireEnum(JsonValue& object, std::string_view name, FromKey fromKey)
{
    const std::string key = requireString(object, name);
    if (const std::optional<Enum> value = fromKey(key))
        return *value;
    failField(name, "unknown key '" + key.substr(0, 40) + "'");
}

template <typename Enum, typename FromKey>
Enum optionalEnum(JsonValue& object, std::string_view name, FromKey fromKey, Enum absent)
{
    if (!findField(object, name))
        return absent;
    return requireEnum<Enum>(object, name, fromKey);
}

} // namespace concord::sync
