#include "DetailJsonText.h"

#include <string_view>

namespace concord::store::jsontext {
namespace {

// JSON text for the detail and tags columns, as rows::detailToJson and rows::tagsToJson
// write it (keys in the same order, invalid UTF-8 replaced by U+FFFD) without building a
// document first: a bulk load writes one for every third message.
class JsonText {
public:
    std::string take() { return std::move(m_out); }
    JsonText& raw(std::string_view text)
    {
        m_out += text;
        return *this;
    }
    JsonText& number(int value)
    {
        m_out += std::to_string(value);
        return *this;
    }
    JsonText& string(std::string_view text)
    {
        m_out += '"';
        for (std::size_t i = 0; i < text.size();) {
            // Runs of text that needs no escaping are copied at once, not byte by byte.
            std::size_t plain = i;
            while (plain < text.size() && needsNoEscape(text[plain]))
                ++plain;
            m_out.append(text.data() + i, plain - i);
            i = plain;
            if (i == text.size())
                break;
            const auto c = static_cast<unsigned char>(text[i]);
            if (c >= 0x80) {
                const Sequence sequence = sequenceAt(text, i);
                if (sequence.valid)
                    m_out.append(text.substr(i, sequence.length));
                else
                    m_out += "\xEF\xBF\xBD";
                i += sequence.length;
                continue;
            }
            escape(c);
            ++i;
        }
        m_out += '"';
        return *this;
    }
    JsonText& strings(const std::vector<std::string>& values)
    {
        m_out += '[';
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (i > 0)
                m_out += ',';
            string(values[i]);
        }
        m_out += ']';
        return *this;
    }

private:
    static bool needsNoEscape(char ch)
    {
        const auto c = static_cast<unsigned char>(ch);
        return c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
    }
    // For the bytes needsNoEscape() turns away below 0x80: quote, backslash, control.
    void escape(unsigned char c)
    {
        switch (c) {
        case '"': m_out += "\\\""; return;
        case '\\': m_out += "\\\\"; return;
        case '\b': m_out += "\\b"; return;
        case '\f': m_out += "\\f"; return;
        case '\n': m_out += "\\n"; return;
        case '\r': m_out += "\\r"; return;
        case '\t': m_out += "\\t"; return;
        default: break;
        }
        static const char hex[] = "0123456789abcdef";
        m_out += "\\u00";
        m_out += hex[c >> 4];
        m_out += hex[c & 0xF];
    }
    struct Sequence {
        std::size_t length;
        bool valid;
    };
    // The UTF-8 sequence at `i` (RFC 3629) when it is well-formed; otherwise its longest
    // well-formed start (at least one byte), which becomes one U+FFFD: Unicode's "maximal
    // subpart" practice, and what nlohmann-json's replacing dump does.
    static Sequence sequenceAt(std::string_view text, std::size_t i)
    {
        const auto at = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
        const unsigned char c = at(i);
        std::size_t length = 0;
        unsigned char low = 0x80, high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF)
            length = 2;
        else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0;
            if (c == 0xED)
                high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90;
            if (c == 0xF4)
                high = 0x8F;
        } else
            return {1, false};
        std::size_t k = 1;
        for (; k < length && i + k < text.size(); ++k) {
            const unsigned char b = at(i + k);
            const bool continues = k == 1 ? (b >= low && b <= high) : (b >= 0x80 && b <= 0xBF);
            if (!continues)
                return {k, false};
        }
        return {k, k == length};
    }

    std::string m_out;
};

} // namespace

// Keys in nlohmann-json's order (sorted), so the text equals what rows::detailToJson writes.
std::optional<std::string> detailJson(const domain::Message& m)
{
    if (!m.email && !m.call && !m.visit)
        return std::nullopt;
    JsonText j;
    j.raw("{");
    const char* separator = "";
    if (const auto& c = m.call) {
        j.raw("\"call\":{\"duration\":").number(c->durationSeconds).raw(",\"ivr\":");
        j.strings(c->ivrPath).raw(",\"outcome\":").string(domain::toKey(c->outcome));
        j.raw(",\"queue\":").string(c->queue).raw("}");
        separator = ",";
    }
    if (const auto& e = m.email) {
        j.raw(separator).raw("\"email\":{\"cc\":").string(e->cc).raw(",\"from\":");
        j.string(e->from).raw(",\"headers\":[");
        for (std::size_t i = 0; i < e->headers.size(); ++i) {
            j.raw(i > 0 ? ",[" : "[").string(e->headers[i].first).raw(",");
            j.string(e->headers[i].second).raw("]");
        }
        j.raw("],\"subject\":").string(e->subject).raw(",\"to\":").string(e->to).raw("}");
        separator = ",";
    }
    if (const auto& v = m.visit) {
        j.raw(separator).raw("\"visit\":{\"branch\":").string(v->branch);
        j.raw(",\"minutes\":").number(v->durationMinutes).raw(",\"purpose\":");
        j.string(v->purpose).raw("}");
    }
    j.raw("}");
    return j.take();
}

std::string tagsJson(const std::vector<std::string>& tags)
{
    JsonText j;
    j.strings(tags);
    return j.take();
}

} // namespace concord::store::jsontext
