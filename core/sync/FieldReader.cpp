#include "FieldReader.h"

namespace concord::sync {
namespace {

std::string& stringRef(JsonValue& value, std::string_view name)
{
    if (!value.isString())
        failField(name, "not a string");
    return value.text();
}

domain::Id checkedId(std::string&& text, std::string_view name)
{
    if (!domain::isUuid(text))
        failField(name, "not a lower-case UUID");
    return std::move(text);
}

} // namespace

void failField(std::string_view name, std::string_view why)
{
    std::string detail;
    detail.reserve(name.size() + why.size() + 2);
    detail.append(name).append(": ").append(why);
    throw FieldError{std::move(detail)};
}

JsonValue* findField(JsonValue& object, std::string_view name)
{
    JsonValue* value = object.find(name);
    return value && !value->isNull() ? value : nullptr;
}

JsonValue& requireField(JsonValue& object, std::string_view name)
{
    if (JsonValue* value = findField(object, name))
        return *value;
    failField(name, "missing");
}

JsonValue& requireObject(JsonValue& object, std::string_view name)
{
    JsonValue& value = requireField(object, name);
    if (!value.isObject())
        failField(name, "not an object");
    return value;
}

JsonValue* optionalObject(JsonValue& object, std::string_view name)
{
    return findField(object, name) ? &requireObject(object, name) : nullptr;
}

JsonValue& requireArray(JsonValue& object, std::string_view name)
{
    JsonValue& value = requireField(object, name);
    if (!value.isArray())
        failField(name, "not an array");
    return value;
}

JsonValue* optionalArray(JsonValue& object, std::string_view name)
{
    return findField(object, name) ? &requireArray(object, name) : nullptr;
}

std::string requireString(JsonValue& object, std::string_view name)
{
    return std::move(stringRef(requireField(object, name), name));
}

std::string optionalString(JsonValue& object, std::string_view name)
{
    JsonValue* value = findField(object, name);
    return value ? std::move(stringRef(*value, name)) : std::string();
}

std::int64_t integerValue(const JsonValue& value, std::string_view name, std::int64_t min,
                          std::int64_t max)
{
    if (value.kind() == JsonValue::Kind::Number)
        failField(name, "not an integer, or out of range");
    if (!value.isInteger())
        failField(name, "not an integer");
    const std::int64_t number = value.integer();
    if (number < min || number > max)
        failField(name, "out of range");
    return number;
}

std::int64_t requireInteger(JsonValue& object, std::string_view name, std::int64_t min,
                            std::int64_t max)
{
    return integerValue(requireField(object, name), name, min, max);
}

std::optional<std::int64_t> optionalInteger(JsonValue& object, std::string_view name,
                                            std::int64_t min, std::int64_t max)
{
    const JsonValue* value = findField(object, name);
    if (!value)
        return std::nullopt;
    return integerValue(*value, name, min, max);
}

int requireInt(JsonValue& object, std::string_view name, int min, int max)
{
    return static_cast<int>(requireInteger(object, name, min, max));
}

std::optional<int> optionalInt(JsonValue& object, std::string_view name, int min, int max)
{
    if (const auto value = optionalInteger(object, name, min, max))
        return static_cast<int>(*value);
    return std::nullopt;
}

bool requireBool(JsonValue& object, std::string_view name)
{
    const JsonValue& value = requireField(object, name);
    if (!value.isBoolean())
        failField(name, "not a boolean");
    return value.boolean();
}

bool optionalBool(JsonValue& object, std::string_view name)
{
    return findField(object, name) ? requireBool(object, name) : false;
}

domain::Id requireId(JsonValue& object, std::string_view name)
{
    return checkedId(requireString(object, name), name);
}

domain::Id optionalId(JsonValue& object, std::string_view name)
{
    std::string text = optionalString(object, name);
    return text.empty() ? text : checkedId(std::move(text), name);
}

domain::Id requirePossiblyEmptyId(JsonValue& object, std::string_view name)
{
    if (!object.find(name))
        failField(name, "missing");
    return optionalId(object, name);
}

domain::Timestamp requireTime(JsonValue& object, std::string_view name)
{
    return domain::fromEpochMs(requireInteger(object, name));
}

std::optional<domain::Timestamp> optionalTime(JsonValue& object, std::string_view name)
{
    if (const auto ms = optionalInteger(object, name))
        return domain::fromEpochMs(*ms);
    return std::nullopt;
}

std::vector<std::string> optionalStrings(JsonValue& object, std::string_view name)
{
    std::vector<std::string> result;
    if (JsonValue* array = optionalArray(object, name)) {
        result.reserve(array->size());
        for (JsonValue& item : array->items())
            result.push_back(std::move(stringRef(item, name)));
    }
    return result;
}

} // namespace concord::sync
