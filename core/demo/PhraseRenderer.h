#pragma once
// Fills a phrase template (see DemoVocabulary.h) with the details of one case. Appends to a
// caller's buffer so the generator can reuse its strings instead of allocating per message.

#include <string>
#include <string_view>

namespace concord::demo {

struct PhraseContext {
    std::string_view order;            // {o} "MC-48213967"
    std::string_view amount;           // {a} "1 249,99 zł"
    std::string_view product;          // {p}
    std::string_view productAccusative; // {P}
    std::string_view invoice;          // {i}
    std::string_view orderDate;        // {d} "12.11"
    std::string_view courier;          // {c}
    std::string_view tracking;         // {t}
    std::string_view caseNumber;       // {k}
    std::string_view address;          // {v} "Pani Anno", "Ms Smith"
    std::string_view customerName;     // {f}
    std::string_view customerEmail;    // {e}
    std::string_view agentFirstName;   // {g}
    std::string_view agentName;        // {s}
    std::string_view branch;           // {b}
    std::string_view earlierDate;      // {D}
    std::string_view earlierChannel;   // {R}
    std::string_view network;          // {N}
    std::string_view fromTeam;         // {X}
    std::string_view toTeam;           // {T}
    bool speakerFemale = false;        // [male|female]
    bool customerFemale = false;       // <male|female>
};

class PhraseRenderer {
public:
    static void append(std::string& out, std::string_view phrase, const PhraseContext& context);
    static std::string render(std::string_view phrase, const PhraseContext& context);
};

} // namespace concord::demo
