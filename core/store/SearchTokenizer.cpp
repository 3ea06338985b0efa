#include "SearchTokenizer.h"

#include "search/PolishFolding.h"
#include "search/Utf8.h"

#include <sqlite3.h>

#include <new>

namespace concord::store {
namespace {

// Longer "words" (base64 blobs, long URLs) are cut here so they cannot bloat the index;
// queries are cut the same way, so matching still works.
constexpr std::size_t kMaxTokenBytes = 64;

// ASCII, most of the text, takes a short path; the rest goes through concord::search.
bool isWord(char32_t c)
{
    if (c >= 0x80)
        return search::isWordCodePoint(c);
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}

void appendFolded(char32_t c, std::string& token)
{
    if (c >= 0x80)
        search::appendFolded(c, token);
    else
        token += static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
}

// The tokenizer has no settings; FTS5 still wants an object per table.
struct Tokenizer {};

int createTokenizer(void*, const char**, int, Fts5Tokenizer** out)
{
    *out = reinterpret_cast<Fts5Tokenizer*>(new (std::nothrow) Tokenizer);
    return *out ? SQLITE_OK : SQLITE_NOMEM;
}

void deleteTokenizer(Fts5Tokenizer* tokenizer)
{
    delete reinterpret_cast<Tokenizer*>(tokenizer);
}

using TokenCallback = int (*)(void*, int, const char*, int, int, int);

int tokenize(Fts5Tokenizer*, void* context, int, const char* text, int length,
             TokenCallback emit)
{
    const std::string_view input(text ? text : "", text ? static_cast<std::size_t>(length) : 0);
    std::string token;
    token.reserve(kMaxTokenBytes + 8);
    std::size_t tokenStart = 0;
    std::size_t tokenEnd = 0;
    bool inToken = false;
    auto flush = [&]() -> int {
        inToken = false;
        if (token.empty())
            return SQLITE_OK;
        const int rc = emit(context, 0, token.data(), static_cast<int>(token.size()),
                            static_cast<int>(tokenStart), static_cast<int>(tokenEnd));
        token.clear();
        return rc;
    };
    std::size_t pos = 0;
    while (pos < input.size()) {
        const std::size_t start = pos;
        const auto byte = static_cast<unsigned char>(input[pos]);
        const char32_t c = byte < 0x80 ? (++pos, byte) : search::decodeUtf8(input, pos);
        if (!isWord(c)) {
            if (const int rc = flush(); rc != SQLITE_OK)
                return rc;
            continue;
        }
        if (!inToken) {
            inToken = true;
            tokenStart = start;
        }
        if (token.size() < kMaxTokenBytes)
            appendFolded(c, token);
        tokenEnd = pos;
    }
    return flush();
}

fts5_api* fts5Api(sqlite3* db)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

} // namespace

bool registerSearchTokenizer(sqlite3* db, std::string& error)
{
    fts5_api* api = fts5Api(db);
    if (!api || api->iVersion < 2) {
        error = "FTS5 is not available in this SQLite build";
        return false;
    }
    fts5_tokenizer tokenizer{createTokenizer, deleteTokenizer, tokenize};
    if (api->xCreateTokenizer(api, kSearchTokenizerName, nullptr, &tokenizer, nullptr)
        != SQLITE_OK) {
        error = sqlite3_errmsg(db);
        return false;
    }
    return true;
}

} // namespace concord::store
