#pragma once
// The FTS5 tokenizer "concord": cuts text into words and folds them with
// concord::search (case, every diacritic, ł -> l), for documents and queries alike.

#include <string>

struct sqlite3;

namespace concord::store {

inline constexpr const char* kSearchTokenizerName = "concord";

// Registers the tokenizer on one connection; every connection that reads or writes the FTS
// tables needs it. Returns false (and why, in `error`) when FTS5 is not available.
bool registerSearchTokenizer(sqlite3* db, std::string& error);

} // namespace concord::store
