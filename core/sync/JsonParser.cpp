#include "JsonParser.h"

#include "JsonPlainRun.h"
#include "Utf8Check.h"

#include <charconv>

namespace concord::sync {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

void appendUtf8(std::string& out, unsigned codePoint)
{
    if (codePoint < 0x80) {
        out += static_cast<char>(codePoint);
    } else if (codePoint < 0x800) {
        out += static_cast<char>(0xC0 | (codePoint >> 6));
        out += static_cast<char>(0x80 | (codePoint & 0x3F));
    } else if (codePoint < 0x10000) {
        out += static_cast<char>(0xE0 | (codePoint >> 12));
        out += static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (codePoint & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (codePoint >> 18));
        out += static_cast<char>(0x80 | ((codePoint >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (codePoint & 0x3F));
    }
}

} // namespace

JsonParser::JsonParser(std::string_view text, int maxDepth)
    : m_begin(text.data())
    , m_p(text.data())
    , m_end(text.data() + text.size())
    , m_maxDepth(maxDepth)
{}

bool JsonParser::parse(JsonValue& root)
{
    skipWhitespace();
    if (!parseValue(root, 0))
        return false;
    skipWhitespace();
    return m_p == m_end || fail("unexpected text after the value");
}

bool JsonParser::fail(std::string_view why)
{
    if (m_error.empty()) {
        m_error.append("not JSON: ").append(why).append(" at byte ");
        m_error += std::to_string(m_p - m_begin);
    }
    return false;
}

void JsonParser::skipWhitespace()
{
    while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
        ++m_p;
}

bool JsonParser::parseValue(JsonValue& out, int depth)
{
    if (m_p == m_end)
        return fail("unexpected end");
    switch (*m_p) {
    case '{': return parseObject(out, depth + 1);
    case '[': return parseArray(out, depth + 1);
    case '"':
        ++m_p;
        out.m_kind = JsonValue::Kind::String;
        return parseString(out.m_text);
    case 't':
        out.m_kind = JsonValue::Kind::Boolean;
        out.m_boolean = true;
        return parseLiteral("true");
    case 'f':
        out.m_kind = JsonValue::Kind::Boolean;
        return parseLiteral("false");
    case 'n':
        out.m_kind = JsonValue::Kind::Null;
        return parseLiteral("null");
    default: return parseNumber(out);
    }
}

bool JsonParser::parseObject(JsonValue& out, int depth)
{
    if (depth > m_maxDepth)
        return fail("nested too deeply");
    out.m_kind = JsonValue::Kind::Object;
    ++m_p; // '{'
    skipWhitespace();
    if (m_p < m_end && *m_p == '}') {
        ++m_p;
        return true;
    }
    out.m_items.reserve(8);
    while (true) {
        if (m_p == m_end || *m_p != '"')
            return fail("expected a key");
        ++m_p;
        JsonValue& member = out.m_items.emplace_back();
        if (!parseKey(member.m_key))
            return false;
        skipWhitespace();
        if (m_p == m_end || *m_p != ':')
            return fail("expected ':'");
        ++m_p;
        skipWhitespace();
        if (!parseValue(member, depth))
            return false;
        skipWhitespace();
        if (m_p < m_end && *m_p == ',') {
            ++m_p;
            skipWhitespace();
            continue;
        }
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        return fail("expected ',' or '}'");
    }
}

bool JsonParser::parseArray(JsonValue& out, int depth)
{
    if (depth > m_maxDepth)
        return fail("nested too deeply");
    out.m_kind = JsonValue::Kind::Array;
    ++m_p; // '['
    skipWhitespace();
    if (m_p < m_end && *m_p == ']') {
        ++m_p;
        return true;
    }
    while (true) {
        if (!parseValue(out.m_items.emplace_back(), depth))
            return false;
        skipWhitespace();
        if (m_p < m_end && *m_p == ',') {
            ++m_p;
            skipWhitespace();
            continue;
        }
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        return fail("expected ',' or ']'");
    }
}

// After the opening quote. Runs of plain text are appended in one go.
bool JsonParser::parseString(std::string& out)
{
    const char* run = m_p;
    while (m_p < m_end) {
        m_p = endOfPlainRun(m_p, m_end);
        if (m_p == m_end)
            break;
        const auto c = static_cast<unsigned char>(*m_p);
        if (c == '"') {
            out.append(run, m_p);
            ++m_p;
            return true;
        }
        if (c == '\\') {
            out.append(run, m_p);
            if (!parseEscape(out))
                return false;
            run = m_p;
        } else if (c < 0x20) {
            return fail("control character in a string");
        } else {
            const auto n = utf8SequenceLength(reinterpret_cast<const unsigned char*>(m_p),
                                              static_cast<std::size_t>(m_end - m_p));
            if (n == 0)
                return fail("invalid UTF-8 in a string");
            m_p += n;
        }
    }
    return fail("unterminated string");
}

// Keys are almost always plain: then they point into the text and cost no copy.
bool JsonParser::parseKey(std::string_view& key)
{
    const char* start = m_p;
    m_p = endOfPlainRun(m_p, m_end);
    if (m_p < m_end && *m_p == '"') {
        key = std::string_view(start, static_cast<std::size_t>(m_p - start));
        ++m_p;
        return true;
    }
    m_p = start;
    std::string& decoded = m_escapedKeys.emplace_back();
    if (!parseString(decoded))
        return false;
    key = decoded;
    return true;
}

// At the backslash.
bool JsonParser::parseEscape(std::string& out)
{
    if (++m_p == m_end)
        return fail("unterminated escape");
    const char c = *m_p++;
    switch (c) {
    case '"': out += '"'; return true;
    case '\\': out += '\\'; return true;
    case '/': out += '/'; return true;
    case 'b': out += '\b'; return true;
    case 'f': out += '\f'; return true;
    case 'n': out += '\n'; return true;
    case 'r': out += '\r'; return true;
    case 't': out += '\t'; return true;
    case 'u': break;
    default: return fail("unknown escape");
    }
    unsigned codePoint = 0;
    if (!parseHex4(codePoint))
        return false;
    if (codePoint >= 0xDC00 && codePoint <= 0xDFFF)
        return fail("lone low surrogate");
    if (codePoint >= 0xD800 && codePoint <= 0xDBFF) {
        unsigned low = 0;
        if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
            return fail("lone high surrogate");
        m_p += 2;
        if (!parseHex4(low))
            return false;
        if (low < 0xDC00 || low > 0xDFFF)
            return fail("lone high surrogate");
        codePoint = 0x10000 + ((codePoint - 0xD800) << 10) + (low - 0xDC00);
    }
    appendUtf8(out, codePoint);
    return true;
}

bool JsonParser::parseHex4(unsigned& value)
{
    if (m_end - m_p < 4)
        return fail("unterminated escape");
    for (int i = 0; i < 4; ++i) {
        const char c = *m_p++;
        value <<= 4;
        if (c >= '0' && c <= '9')
            value |= static_cast<unsigned>(c - '0');
        else if (c >= 'a' && c <= 'f')
            value |= static_cast<unsigned>(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            value |= static_cast<unsigned>(c - 'A' + 10);
        else
            return fail("bad \\u escape");
    }
    return true;
}

// -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
bool JsonParser::parseNumber(JsonValue& out)
{
    const char* start = m_p;
    if (m_p < m_end && *m_p == '-')
        ++m_p;
    if (m_p == m_end || !isDigit(*m_p))
        return fail("unexpected character");
    if (*m_p == '0')
        ++m_p;
    else
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    bool integral = true;
    if (m_p < m_end && *m_p == '.') {
        integral = false;
        if (++m_p == m_end || !isDigit(*m_p))
            return fail("bad number");
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        integral = false;
        if (++m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (m_p == m_end || !isDigit(*m_p))
            return fail("bad number");
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    out.m_kind = JsonValue::Kind::Number;
    if (integral && std::from_chars(start, m_p, out.m_integer).ec == std::errc())
        out.m_kind = JsonValue::Kind::Integer;
    return true;
}

bool JsonParser::parseLiteral(std::string_view literal)
{
    if (static_cast<std::size_t>(m_end - m_p) < literal.size()
        || std::string_view(m_p, literal.size()) != literal)
        return fail("unexpected character");
    m_p += literal.size();
    return true;
}

} // namespace concord::sync
