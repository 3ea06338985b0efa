#pragma once
// Turns what a user typed into a safe FTS5 MATCH expression.

#include <string>
#include <string_view>

namespace concord::search {

struct FtsQueryOptions {
    bool prefixLastToken = true; // search-as-you-type: the last word may be unfinished
};

// Every token is double-quoted (embedded quotes doubled), so no input can inject FTS5
// syntax: quotes, '*', '^', ':', NEAR, AND/OR/NOT are all taken as plain words. Tokens are
// joined by implicit AND. Returns an empty string when the input has no searchable token.
std::string buildFtsMatch(std::string_view userInput, FtsQueryOptions options = {});

} // namespace concord::search
