#pragma once
// Private to concord_sync: a strict JSON parser (RFC 8259) for incoming frames. It checks
// UTF-8 as it goes, bounds the nesting depth, and never throws. It exists because decoding
// snapshot batches is the desk's hot path at bootstrap, and a general-purpose library spent
// most of that time copying strings byte by byte.

#include "JsonValue.h"

#include <deque>
#include <string>
#include <string_view>

namespace concord::sync {

class JsonParser {
public:
    // `text` and the parser must outlive the values it builds: keys point into both.
    JsonParser(std::string_view text, int maxDepth);

    // Parses the whole text into `root`; false (see error()) when it is not one JSON value
    // with nothing but whitespace around it, or nests deeper than maxDepth.
    bool parse(JsonValue& root);
    const std::string& error() const { return m_error; }

private:
    bool parseValue(JsonValue& out, int depth);
    bool parseObject(JsonValue& out, int depth);
    bool parseArray(JsonValue& out, int depth);
    bool parseString(std::string& out);
    bool parseKey(std::string_view& key);
    bool parseEscape(std::string& out);
    bool parseHex4(unsigned& value);
    bool parseNumber(JsonValue& out);
    bool parseLiteral(std::string_view literal);
    void skipWhitespace();
    bool fail(std::string_view why);

    const char* m_begin;
    const char* m_p;
    const char* m_end;
    int m_maxDepth;
    std::deque<std::string> m_escapedKeys; // keys with escapes, decoded; stable addresses
    std::string m_error;
};

} // namespace concord::sync
