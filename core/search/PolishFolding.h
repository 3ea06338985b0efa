#pragma once
// Folding of Polish (and other Latin-script) text for search: lower case, every diacritic
// removed, ł/Ł included, so "zlozyc reklamacje" matches "Chcę złożyć reklamację".

#include <string>
#include <string_view>

namespace concord::search {

// Folds UTF-8 text; characters outside Latin scripts pass through lower-cased where
// possible. Invalid UTF-8 bytes are replaced by U+FFFD, never dropped silently.
std::string foldForSearch(std::string_view utf8);

// The building blocks of foldForSearch, shared with the search tokenizer and the query
// builder so that documents and queries are cut into words and folded alike.
// Appends the folded form of one code point (nothing for a combining mark).
void appendFolded(char32_t codePoint, std::string& out);
// True for code points that are part of a word: letters, digits, combining marks and the
// scripts the folding does not know; false for spaces, punctuation, symbols and U+FFFD.
bool isWordCodePoint(char32_t codePoint);

} // namespace concord::search
