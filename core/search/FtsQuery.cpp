#include "FtsQuery.h"

#include "PolishFolding.h"
#include "Utf8.h"

#include <algorithm>
#include <vector>

namespace concord::search {
namespace {

constexpr std::size_t kMaxWords = 16;
constexpr std::size_t kMaxWordBytes = 128;
constexpr int kMinPhoneDigits = 7;

struct Word {
    std::string text;      // valid UTF-8, as typed
    std::string lastToken; // the folded last token, to decide on a prefix match
    std::string digits;    // the digits, when the word looks like part of a phone number
    bool phoneLike = true;
    bool searchable = false;
};

bool isSpace(char32_t c)
{
    return c <= 0x20 || c == 0x7F || c == 0x85 || c == 0xA0 || c == 0x1680
           || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 || c == 0x202F
           || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

bool isPhonePunctuation(char32_t c)
{
    return c == '+' || c == '-' || c == '(' || c == ')' || c == '.' || c == '/';
}

void addCodePoint(Word& word, char32_t c, bool& inToken)
{
    appendUtf8(c, word.text);
    if (c >= '0' && c <= '9')
        word.digits += static_cast<char>(c);
    else if (!isPhonePunctuation(c))
        word.phoneLike = false;
    if (!isWordCodePoint(c)) {
        inToken = false;
        return;
    }
    if (!inToken)
        word.lastToken.clear();
    inToken = true;
    appendFolded(c, word.lastToken);
    if (!word.lastToken.empty())
        word.searchable = true;
}

std::vector<Word> splitWords(std::string_view input)
{
    std::vector<Word> words;
    Word current;
    bool inToken = false;
    auto finish = [&] {
        if (current.searchable && words.size() < kMaxWords) {
            current.phoneLike = current.phoneLike && !current.digits.empty();
            words.push_back(std::move(current));
        }
        current = Word{};
        inToken = false;
    };
    std::size_t pos = 0;
    while (pos < input.size()) {
        const char32_t c = decodeUtf8(input, pos);
        if (isSpace(c)) {
            finish();
            continue;
        }
        std::string encoded;
        appendUtf8(c, encoded);
        if (current.text.size() + encoded.size() <= kMaxWordBytes)
            addCodePoint(current, c, inToken);
    }
    finish();
    return words;
}

std::string quoted(std::string_view text)
{
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

int characterCount(std::string_view utf8)
{
    int count = 0;
    for (char c : utf8)
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return count;
}

std::string phrase(const Word& word, bool prefix, const FtsQueryOptions& options)
{
    std::string out = quoted(word.text);
    if (prefix && options.prefixLastToken
        && characterCount(word.lastToken) >= std::max(options.minPrefixLength, 1))
        out += '*';
    return out;
}

// A run of phone-like words with enough digits matches as typed or as one digit string, since
// identities store numbers without spaces.
std::string phoneGroup(const std::vector<Word>& words, std::size_t first, std::size_t end,
                       bool prefix, const FtsQueryOptions& options)
{
    std::string digits;
    std::string asTyped;
    for (std::size_t i = first; i < end; ++i) {
        digits += words[i].digits;
        if (!asTyped.empty())
            asTyped += " AND ";
        asTyped += phrase(words[i], prefix && i + 1 == end, options);
    }
    std::string joined = quoted(digits);
    if (prefix && options.prefixLastToken)
        joined += '*';
    return "(" + asTyped + " OR " + joined + ")";
}

} // namespace

std::string buildFtsMatch(std::string_view userInput, FtsQueryOptions options)
{
    const std::vector<Word> words = splitWords(userInput);
    std::string match;
    std::size_t i = 0;
    while (i < words.size()) {
        std::size_t end = i + 1;
        std::size_t digitCount = words[i].digits.size();
        if (words[i].phoneLike) {
            while (end < words.size() && words[end].phoneLike)
                digitCount += words[end++].digits.size();
        }
        const bool last = end == words.size();
        const bool needsJoin = end - i > 1 || words[i].digits != words[i].text;
        if (!match.empty())
            match += " AND ";
        if (words[i].phoneLike && digitCount >= kMinPhoneDigits && needsJoin) {
            match += phoneGroup(words, i, end, last, options);
        } else {
            for (std::size_t j = i; j < end; ++j) {
                if (j > i)
                    match += " AND ";
                match += phrase(words[j], last && j + 1 == end, options);
            }
        }
        i = end;
    }
    return match;
}

} // namespace concord::search
