// Generated once from the Unicode decompositions (NFKD, combining marks dropped, lower-cased),
// with hand-picked folds for the letters that have no decomposition (ł, ø, đ, ß, æ, þ, ...).

#include "LatinFoldTable.h"

namespace concord::search {
namespace {

// U+00C0..U+024F
constexpr const char* kLatin[400] = {
    /* 00C0 */ "a", "a", "a", "a", "a", "a", "ae", "c",
    /* 00C8 */ "e", "e", "e", "e", "i", "i", "i", "i",
    /* 00D0 */ "d", "n", "o", "o", "o", "o", "o", nullptr,
    /* 00D8 */ "o", "u", "u", "u", "u", "y", "th", "ss",
    /* 00E0 */ "a", "a", "a", "a", "a", "a", "ae", "c",
    /* 00E8 */ "e", "e", "e", "e", "i", "i", "i", "i",
    /* 00F0 */ "d", "n", "o", "o", "o", "o", "o", nullptr,
    /* 00F8 */ "o", "u", "u", "u", "u", "y", "th", "y",
    /* 0100 */ "a", "a", "a", "a", "a", "a", "c", "c",
    /* 0108 */ "c", "c", "c", "c", "c", "c", "d", "d",
    /* 0110 */ "d", "d", "e", "e", "e", "e", "e", "e",
    /* 0118 */ "e", "e", "e", "e", "g", "g", "g", "g",
    /* 0120 */ "g", "g", "g", "g", "h", "h", "h", "h",
    /* 0128 */ "i", "i", "i", "i", "i", "i", "i", "i",
    /* 0130 */ "i", "i", "ij", "ij", "j", "j", "k", "k",
    /* 0138 */ "k", "l", "l", "l", "l", "l", "l", "l",
    /* 0140 */ "l", "l", "l", "n", "n", "n", "n", "n",
    /* 0148 */ "n", "n", "n", "n", "o", "o", "o", "o",
    /* 0150 */ "o", "o", "oe", "oe", "r", "r", "r", "r",
    /* 0158 */ "r", "r", "s", "s", "s", "s", "s", "s",
    /* 0160 */ "s", "s", "t", "t", "t", "t", "t", "t",
    /* 0168 */ "u", "u", "u", "u", "u", "u", "u", "u",
    /* 0170 */ "u", "u", "u", "u", "w", "w", "y", "y",
    /* 0178 */ "y", "z", "z", "z", "z", "z", "z", "s",
    /* 0180 */ "b", "b", "b", "b", "b", "b", "o", "c",
    /* 0188 */ "c", "d", "d", "d", "d", "d", "e", "e",
    /* 0190 */ "e", "f", "f", "g", nullptr, "hv", "i", "i",
    /* 0198 */ "k", "k", "l", nullptr, "m", "n", "n", "o",
    /* 01A0 */ "o", "o", "oi", "oi", "p", "p", "r", "s",
    /* 01A8 */ "s", "s", "s", "t", "t", "t", "t", "u",
    /* 01B0 */ "u", "u", "v", "y", "y", "z", "z", "z",
    /* 01B8 */ nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, "ts", "w",
    /* 01C0 */ nullptr, nullptr, nullptr, nullptr, "dz", "dz", "dz", "lj",
    /* 01C8 */ "lj", "lj", "nj", "nj", "nj", "a", "a", "i",
    /* 01D0 */ "i", "o", "o", "u", "u", "u", "u", "u",
    /* 01D8 */ "u", "u", "u", "u", "u", "e", "a", "a",
    /* 01E0 */ "a", "a", "ae", "ae", "g", "g", "g", "g",
    /* 01E8 */ "k", "k", "o", "o", "o", "o", "z", "z",
    /* 01F0 */ "j", "dz", "dz", "dz", "g", "g", "hv", "w",
    /* 01F8 */ "n", "n", "a", "a", "ae", "ae", "o", "o",
    /* 0200 */ "a", "a", "a", "a", "e", "e", "e", "e",
    /* 0208 */ "i", "i", "i", "i", "o", "o", "o", "o",
    /* 0210 */ "r", "r", "r", "r", "u", "u", "u", "u",
    /* 0218 */ "s", "s", "t", "t", "y", "y", "h", "h",
    /* 0220 */ "n", "d", "ou", "ou", "z", "z", "a", "a",
    /* 0228 */ "e", "e", "o", "o", "o", "o", "o", "o",
    /* 0230 */ "o", "o", "y", "y", "l", "n", "t", "j",
    /* 0238 */ "db", "qp", "a", "c", "c", "l", "t", "s",
    /* 0240 */ "z", nullptr, nullptr, "b", "u", "v", "e", "e",
    /* 0248 */ "j", "j", "q", "q", "r", "r", "y", "y",
};
// U+1E00..U+1EFF
constexpr const char* kLatinAdditional[256] = {
    /* 1E00 */ "a", "a", "b", "b", "b", "b", "b", "b",
    /* 1E08 */ "c", "c", "d", "d", "d", "d", "d", "d",
    /* 1E10 */ "d", "d", "d", "d", "e", "e", "e", "e",
    /* 1E18 */ "e", "e", "e", "e", "e", "e", "f", "f",
    /* 1E20 */ "g", "g", "h", "h", "h", "h", "h", "h",
    /* 1E28 */ "h", "h", "h", "h", "i", "i", "i", "i",
    /* 1E30 */ "k", "k", "k", "k", "k", "k", "l", "l",
    /* 1E38 */ "l", "l", "l", "l", "l", "l", "m", "m",
    /* 1E40 */ "m", "m", "m", "m", "n", "n", "n", "n",
    /* 1E48 */ "n", "n", "n", "n", "o", "o", "o", "o",
    /* 1E50 */ "o", "o", "o", "o", "p", "p", "p", "p",
    /* 1E58 */ "r", "r", "r", "r", "r", "r", "r", "r",
    /* 1E60 */ "s", "s", "s", "s", "s", "s", "s", "s",
    /* 1E68 */ "s", "s", "t", "t", "t", "t", "t", "t",
    /* 1E70 */ "t", "t", "u", "u", "u", "u", "u", "u",
    /* 1E78 */ "u", "u", "u", "u", "v", "v", "v", "v",
    /* 1E80 */ "w", "w", "w", "w", "w", "w", "w", "w",
    /* 1E88 */ "w", "w", "x", "x", "x", "x", "y", "y",
    /* 1E90 */ "z", "z", "z", "z", "z", "z", "h", "t",
    /* 1E98 */ "w", "y", "a", "s", "s", "s", "ss", "d",
    /* 1EA0 */ "a", "a", "a", "a", "a", "a", "a", "a",
    /* 1EA8 */ "a", "a", "a", "a", "a", "a", "a", "a",
    /* 1EB0 */ "a", "a", "a", "a", "a", "a", "a", "a",
    /* 1EB8 */ "e", "e", "e", "e", "e", "e", "e", "e",
    /* 1EC0 */ "e", "e", "e", "e", "e", "e", "e", "e",
    /* 1EC8 */ "i", "i", "i", "i", "o", "o", "o", "o",
    /* 1ED0 */ "o", "o", "o", "o", "o", "o", "o", "o",
    /* 1ED8 */ "o", "o", "o", "o", "o", "o", "o", "o",
    /* 1EE0 */ "o", "o", "o", "o", "u", "u", "u", "u",
    /* 1EE8 */ "u", "u", "u", "u", "u", "u", "u", "u",
    /* 1EF0 */ "u", "u", "y", "y", "y", "y", "y", "y",
    /* 1EF8 */ "y", "y", "ll", "ll", "v", "v", "y", "y",
};

} // namespace

const char* latinBaseLetters(char32_t codePoint)
{
    if (codePoint >= 0xC0 && codePoint <= 0x24F)
        return kLatin[codePoint - 0xC0];
    if (codePoint >= 0x1E00 && codePoint <= 0x1EFF)
        return kLatinAdditional[codePoint - 0x1E00];
    return nullptr;
}

} // namespace concord::search
