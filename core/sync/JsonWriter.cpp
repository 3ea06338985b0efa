#include "JsonWriter.h"

#include "JsonPlainRun.h"
#include "Utf8Check.h"

#include <charconv>

namespace concord::sync {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD"; // U+FFFD

void appendControl(std::string& out, unsigned char c)
{
    static constexpr char kHex[] = "0123456789abcdef";
    switch (c) {
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    default: break;
    }
    const char escaped[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
    out.append(escaped, sizeof escaped);
}

} // namespace

void JsonWriter::separate()
{
    if (m_needComma)
        m_out += ',';
}

void JsonWriter::beginObject()
{
    separate();
    m_out += '{';
    m_needComma = false;
}

void JsonWriter::endObject()
{
    m_out += '}';
    m_needComma = true;
}

void JsonWriter::beginArray()
{
    separate();
    m_out += '[';
    m_needComma = false;
}

void JsonWriter::endArray()
{
    m_out += ']';
    m_needComma = true;
}

void JsonWriter::key(std::string_view name)
{
    separate();
    m_out += '"';
    m_out += name;
    m_out += "\":";
    m_needComma = false;
}

void JsonWriter::string(std::string_view text)
{
    separate();
    m_out += '"';
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t size = text.size();
    std::size_t runStart = 0; // bytes copied verbatim in one append
    std::size_t i = 0;
    auto flush = [&] { m_out.append(text.data() + runStart, i - runStart); };
    while (i < size) {
        i = std::size_t(endOfPlainRun(text.data() + i, text.data() + size) - text.data());
        if (i == size)
            break;
        const unsigned char c = p[i];
        if (c >= 0x80) {
            if (const std::size_t n = utf8SequenceLength(p + i, size - i)) {
                i += n;
                continue;
            }
            flush();
            m_out += kReplacement;
        } else {
            flush();
            if (c == '"' || c == '\\') {
                m_out += '\\';
                m_out += static_cast<char>(c);
            } else {
                appendControl(m_out, c);
            }
        }
        runStart = ++i;
    }
    flush();
    m_out += '"';
    m_needComma = true;
}

void JsonWriter::integer(std::int64_t value)
{
    separate();
    char buffer[24];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    m_out.append(buffer, end);
    m_needComma = true;
}

void JsonWriter::boolean(bool value)
{
    separate();
    m_out += value ? "true" : "false";
    m_needComma = true;
}

void JsonWriter::fieldIfAny(std::string_view name, std::string_view text)
{
    if (!text.empty())
        field(name, text);
}

} // namespace concord::sync
