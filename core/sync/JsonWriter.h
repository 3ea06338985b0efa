#pragma once
// Private to concord_sync: appends compact JSON to a string, straight from our values, with
// no document tree in between (snapshot batches hold thousands of records).

#include <cstdint>
#include <string>
#include <string_view>

namespace concord::sync {

class JsonWriter {
public:
    explicit JsonWriter(std::string& out) : m_out(out) {}

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    // An object key; `name` is one of our own ASCII field names, written as it is.
    void key(std::string_view name);

    // A string value, escaped; bytes that are not valid UTF-8 become U+FFFD.
    void string(std::string_view text);
    void integer(std::int64_t value);
    void boolean(bool value);

    void field(std::string_view name, std::string_view text) { key(name); string(text); }
    void field(std::string_view name, const char* text) { key(name); string(text); }
    void field(std::string_view name, const std::string& text) { key(name); string(text); }
    void field(std::string_view name, std::int64_t value) { key(name); integer(value); }
    void field(std::string_view name, int value) { key(name); integer(value); }
    void field(std::string_view name, bool value) { key(name); boolean(value); }

    // Optional text travels only when it is not empty.
    void fieldIfAny(std::string_view name, std::string_view text);

    // Where the text stands; rewind() takes back everything written after it.
    struct Mark {
        std::size_t size = 0;
        bool needComma = false;
    };
    Mark mark() const { return {m_out.size(), m_needComma}; }
    void rewind(const Mark& mark)
    {
        m_out.resize(mark.size);
        m_needComma = mark.needComma;
    }

private:
    void separate();

    std::string& m_out;
    bool m_needComma = false;
};

} // namespace concord::sync
