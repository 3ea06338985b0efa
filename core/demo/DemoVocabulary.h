#pragma once
// The words the demo is written in: people's names, products, branches, and the phrases of
// each topic in Polish and English. Phrases are templates for PhraseRenderer: {x} inserts a
// case detail, [male|female] agrees with the speaker, <male|female> with the customer.

#include "domain/Channel.h"

#include <array>
#include <span>
#include <string_view>

namespace concord::demo {

enum class Topic { ProductComplaint, DeliveryDelay, Billing, Return, Warranty, AccountAccess };
inline constexpr std::array<Topic, 6> kAllTopics{Topic::ProductComplaint, Topic::DeliveryDelay,
                                                 Topic::Billing,          Topic::Return,
                                                 Topic::Warranty,         Topic::AccountAccess};

using Lines = std::span<const std::string_view>;

struct FirstName {
    std::string_view name;
    std::string_view vocative; // "Anno", "Marku": how a Polish agent addresses the person
    bool female = false;
};

struct Surname {
    std::string_view male;
    std::string_view female; // same as male for surnames without a feminine form
};

struct Product {
    std::string_view polish;           // nominative: "pralka Aquela 8 kg"
    std::string_view polishAccusative; // "pralkę Aquela 8 kg"
    std::string_view english;
    int minPrice = 0; // whole złoty
    int maxPrice = 0;
};

// What one side says about one topic, in one language.
struct TopicLines {
    Lines subjects;
    Lines openings;     // the customer's first message
    Lines details;      // the customer's follow-ups
    Lines firstReplies; // the agent's first answer
    Lines progress;     // the agent's updates and questions
    Lines resolutions;  // the agent's answer that settles the case
    Lines notes;        // internal notes (Polish only)
    Lines callNotes;    // the agent's summary after a call (Polish only)
    Lines visitPurposes;
    Lines visitNotes; // the n-th note tells what came of the n-th purpose
    Lines tags;
    Lines ivrPath; // menu choices of the phone line for this topic
};

// Phrases that fit any topic.
struct CommonLines {
    Lines customerThanks;
    Lines customerFillers;   // short chat/SMS turns
    Lines customerReminders; // "is there any news?"
    Lines agentGreetings;    // chat openers
    Lines agentHolds;
    Lines agentClosings;
    Lines agentQuestions; // leave the case waiting for the customer
    Lines customerEmailOpen;
    Lines customerEmailClose;
    Lines agentEmailOpen;
    Lines agentEmailClose;
    // A sentence after the first message of a later contact that mentions the earlier one
    // ({R} its channel, {D} its date).
    Lines customerReferences;
};

// Polish-only phrases of the contact centre itself (notes and system events).
struct DeskLines {
    Lines agentReferences; // note opening of a contact that continues an earlier one
    Lines escalationNotes;
    Lines assignedEvents;    // {s}: agent
    Lines transferEvents;    // {X}: from team, {T}: to team
    Lines customerNotes;     // Customer::notes
    Lines generalNotes;      // internal notes that fit any topic
};

const TopicLines& topicLines(Topic topic, bool english);
const CommonLines& commonLines(bool english);
const DeskLines& deskLines();
std::string_view topicTag(Topic topic); // the main tag, e.g. "reklamacja"

// "rozmowy telefonicznej", "czatu", ...: a channel in the genitive for "w nawiązaniu do ..."
std::string_view channelReference(domain::Channel channel, bool english);
std::string_view networkName(domain::SocialNetwork network);

std::span<const FirstName> polishFirstNames();
std::span<const Surname> polishSurnames();
std::span<const FirstName> englishFirstNames(); // vocative unused
std::span<const Surname> englishSurnames();
std::span<const Product> products();
Lines branches();
Lines couriers();
Lines polishMailDomains();
Lines englishMailDomains();

} // namespace concord::demo
