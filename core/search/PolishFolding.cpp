#include "PolishFolding.h"

#include "LatinFoldTable.h"
#include "Utf8.h"

namespace concord::search {
namespace {

bool isCombiningMark(char32_t c)
{
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF)
           || (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF)
           || (c >= 0xFE20 && c <= 0xFE2F);
}

bool isAsciiAlnum(char32_t c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Upper to lower case for the non-Latin alphabets our customers write in most.
char32_t lowerGreekCyrillic(char32_t c)
{
    if (c >= 0x0391 && c <= 0x03A9 && c != 0x03A2)
        return c + 0x20; // Greek capitals
    if (c == 0x03C2)
        return 0x03C3; // final sigma
    if (c >= 0x0410 && c <= 0x042F)
        return c + 0x20; // Cyrillic basic capitals
    if (c >= 0x0400 && c <= 0x040F)
        return c + 0x50; // Cyrillic capitals with marks (Ё, Є, І, Ї, ...)
    return c;
}

} // namespace

void appendFolded(char32_t c, std::string& out)
{
    if (c < 0x80) {
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A'))
                                       : static_cast<char>(c);
        return;
    }
    if (isCombiningMark(c))
        return;
    if (const char* base = latinBaseLetters(c)) {
        out += base;
        return;
    }
    if (c >= 0xFF21 && c <= 0xFF3A) { // full-width A-Z
        out += static_cast<char>('a' + (c - 0xFF21));
        return;
    }
    if (c >= 0xFF41 && c <= 0xFF5A) { // full-width a-z
        out += static_cast<char>('a' + (c - 0xFF41));
        return;
    }
    if (c >= 0xFF10 && c <= 0xFF19) { // full-width digits
        out += static_cast<char>('0' + (c - 0xFF10));
        return;
    }
    appendUtf8(lowerGreekCyrillic(c), out);
}

bool isWordCodePoint(char32_t c)
{
    if (c < 0x80)
        return isAsciiAlnum(c);
    if (c <= 0xBF || c == 0xD7 || c == 0xF7) // Latin-1 controls, punctuation, symbols
        return false;
    if (c == 0x037E || c == 0x0387) // Greek question mark and ano teleia
        return false;
    if ((c >= 0x2000 && c <= 0x2BFF) || (c >= 0x2E00 && c <= 0x2E7F)
        || (c >= 0x3000 && c <= 0x303F)) // punctuation, symbols, arrows, CJK punctuation
        return false;
    if ((c >= 0xE000 && c <= 0xF8FF) || (c >= 0xFE10 && c <= 0xFE1F)
        || (c >= 0xFE30 && c <= 0xFE6F) || c == 0xFEFF)
        return false;
    if ((c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20)
        || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65)
        || (c >= 0xFFF0 && c <= 0xFFFF)) // full-width punctuation, specials, U+FFFD
        return false;
    if ((c >= 0x1F000 && c <= 0x1FAFF) || c >= 0xF0000) // emoji, private use planes
        return false;
    return true;
}

std::string foldForSearch(std::string_view utf8)
{
    std::string out;
    out.reserve(utf8.size());
    std::size_t pos = 0;
    while (pos < utf8.size())
        appendFolded(decodeUtf8(utf8, pos), out);
    return out;
}

} // namespace concord::search
