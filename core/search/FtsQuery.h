#pragma once
// Turns what a user typed into a safe FTS5 MATCH expression.

#include <string>
#include <string_view>

namespace concord::search {

struct FtsQueryOptions {
    bool prefixLastToken = true; // search-as-you-type: the last word may be unfinished
    // A shorter last word is matched whole: a one-letter prefix matches nearly every row
    // and would make the search slow without making it useful.
    int minPrefixLength = 2;
};

// Every word (text between spaces) is double-quoted (embedded quotes doubled), so no input
// can inject FTS5 syntax: quotes, '*', '^', ':', NEAR, AND/OR/NOT are all taken as plain
// words; a word with punctuation inside ("e-mail", "jan.nowak@firma.pl") becomes a phrase.
// Words are joined by AND. Digit groups that look like a phone number ("+48 600 100 200")
// also match their digits written together. Words without a letter or digit are skipped, and
// at most 16 words of at most 128 bytes each are used. Invalid UTF-8 becomes U+FFFD.
// Returns an empty string when the input has no searchable word.
std::string buildFtsMatch(std::string_view userInput, FtsQueryOptions options = {});

} // namespace concord::search
