#pragma once
// The base letters of the accented Latin letters, for search folding.

namespace concord::search {

// The lower-case ASCII letters a Latin letter folds to ("a" for "Ą", "l" for "Ł", "ss" for
// "ß"), or nullptr when `codePoint` is not a letter of the Latin blocks covered here:
// Latin-1 Supplement, Latin Extended-A and -B, Latin Extended Additional.
const char* latinBaseLetters(char32_t codePoint);

} // namespace concord::search
