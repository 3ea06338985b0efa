#pragma once
// Private to concord_sync: a parsed JSON value, built by JsonParser and taken apart by the
// frame readers. Deliberately small: objects are member lists (frames have a dozen keys, a
// linear look-up beats a tree), keys point into the frame's text, and strings can be moved
// out into the domain values.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace concord::sync {

class JsonValue {
public:
    enum class Kind : std::uint8_t {
        Null,
        Boolean,
        Integer, // an integer that fits std::int64_t
        Number,  // any other number: a fraction, an exponent, or too big
        String,
        Array,
        Object
    };

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isBoolean() const { return m_kind == Kind::Boolean; }
    bool isInteger() const { return m_kind == Kind::Integer; }
    bool isString() const { return m_kind == Kind::String; }
    bool isArray() const { return m_kind == Kind::Array; }
    bool isObject() const { return m_kind == Kind::Object; }

    bool boolean() const { return m_boolean; }
    std::int64_t integer() const { return m_integer; }
    std::string& text() { return m_text; }

    // An array's elements, or an object's members (each with its key()).
    std::vector<JsonValue>& items() { return m_items; }
    std::size_t size() const { return m_items.size(); }
    std::string_view key() const { return m_key; }

    // An object's member; the last one wins when a key repeats. nullptr when absent.
    JsonValue* find(std::string_view name)
    {
        for (auto it = m_items.rbegin(); it != m_items.rend(); ++it)
            if (it->m_key == name)
                return &*it;
        return nullptr;
    }

private:
    friend class JsonParser;

    Kind m_kind = Kind::Null;
    bool m_boolean = false;
    std::int64_t m_integer = 0;
    std::string_view m_key; // inside an object: into the parsed text or the parser's keys
    std::string m_text;
    std::vector<JsonValue> m_items;
};

} // namespace concord::sync
