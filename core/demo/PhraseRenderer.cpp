#include "PhraseRenderer.h"

namespace concord::demo {
namespace {

std::string_view placeholder(char key, const PhraseContext& c)
{
    switch (key) {
    case 'o': return c.order;
    case 'a': return c.amount;
    case 'p': return c.product;
    case 'P': return c.productAccusative;
    case 'i': return c.invoice;
    case 'd': return c.orderDate;
    case 'c': return c.courier;
    case 't': return c.tracking;
    case 'k': return c.caseNumber;
    case 'v': return c.address;
    case 'f': return c.customerName;
    case 'e': return c.customerEmail;
    case 'g': return c.agentFirstName;
    case 's': return c.agentName;
    case 'b': return c.branch;
    case 'D': return c.earlierDate;
    case 'R': return c.earlierChannel;
    case 'N': return c.network;
    case 'X': return c.fromTeam;
    case 'T': return c.toTeam;
    default: return {};
    }
}

// "[male|female]" starting at `open`: appends the chosen half, returns the index past ']'.
std::size_t appendAlternative(std::string& out, std::string_view phrase, std::size_t open,
                              char close, bool female)
{
    const std::size_t bar = phrase.find('|', open);
    const std::size_t end = phrase.find(close, open);
    if (bar == std::string_view::npos || end == std::string_view::npos || bar > end) {
        out.push_back(phrase[open]); // not a well-formed choice: keep the text as written
        return open + 1;
    }
    if (female)
        out.append(phrase.substr(bar + 1, end - bar - 1));
    else
        out.append(phrase.substr(open + 1, bar - open - 1));
    return end + 1;
}

} // namespace

void PhraseRenderer::append(std::string& out, std::string_view phrase, const PhraseContext& c)
{
    std::size_t i = 0;
    while (i < phrase.size()) {
        const std::size_t mark = phrase.find_first_of("{[<", i);
        if (mark == std::string_view::npos) {
            out.append(phrase.substr(i));
            return;
        }
        out.append(phrase.substr(i, mark - i));
        const char opener = phrase[mark];
        if (opener == '{' && mark + 2 < phrase.size() && phrase[mark + 2] == '}') {
            out.append(placeholder(phrase[mark + 1], c));
            i = mark + 3;
        } else if (opener == '[') {
            i = appendAlternative(out, phrase, mark, ']', c.speakerFemale);
        } else if (opener == '<') {
            i = appendAlternative(out, phrase, mark, '>', c.customerFemale);
        } else {
            out.push_back(opener);
            i = mark + 1;
        }
    }
}

std::string PhraseRenderer::render(std::string_view phrase, const PhraseContext& context)
{
    std::string out;
    out.reserve(phrase.size() + 32);
    append(out, phrase, context);
    return out;
}

} // namespace concord::demo
