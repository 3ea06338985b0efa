#pragma once
// Minimal UTF-8 decoding and encoding for the search code: lenient on input (a bad byte
// becomes U+FFFD), strict on output (always valid UTF-8).

#include <cstddef>
#include <string>
#include <string_view>

namespace concord::search {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

// Decodes the code point starting at `pos` and moves `pos` past it. A malformed, truncated
// or overlong sequence, a surrogate or a value above U+10FFFF consumes one byte and gives
// U+FFFD. `pos` must be below text.size().
char32_t decodeUtf8(std::string_view text, std::size_t& pos);

// Appends the UTF-8 encoding of `codePoint` (U+FFFD for a value that is not a scalar).
void appendUtf8(char32_t codePoint, std::string& out);

} // namespace concord::search
