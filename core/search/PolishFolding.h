#pragma once
// Folding of Polish (and other Latin-script) text for search: lower case, every diacritic
// removed, ł/Ł included, so "zlozyc reklamacje" matches "Chcę złożyć reklamację".

#include <string>
#include <string_view>

namespace concord::search {

// Folds UTF-8 text; characters outside Latin scripts pass through lower-cased where
// possible. Invalid UTF-8 bytes are replaced by U+FFFD, never dropped silently.
std::string foldForSearch(std::string_view utf8);

} // namespace concord::search
