#pragma once
// Writes the words and channel detail of each step of one conversation: bodies from the
// phrase tables, e-mail subjects and headers, call and visit details. Holds one
// conversation's context between begin() and the last write().

#include "CaseFacts.h"
#include "ContactRequest.h"
#include "CustomerProfile.h"
#include "DemoRandom.h"
#include "PhraseRenderer.h"
#include "StaffRoster.h"
#include "ThreadScript.h"
#include "domain/Message.h"

#include <string>
#include <vector>

namespace concord::demo {

class MessageWriter {
public:
    explicit MessageWriter(const StaffRoster& roster);

    // Starts a conversation and picks its subject.
    void begin(DemoRandom& random, const CustomerProfile& customer, const CaseFacts& facts,
               const ContactRequest& request);
    const std::string& subject() const { return m_subject; }
    // Fills `out` (id, direction, author, body, detail) for `step` written at `at`;
    // `agent` is the agent handling the conversation at that point.
    void write(DemoRandom& random, Step step, const StaffMember& agent, domain::Timestamp at,
               domain::Message& out);

    // Seconds the step keeps the agent busy: a call's or a visit's length, else 0.
    static int busySeconds(const domain::Message& message);

private:
    // A line not yet used in this conversation where the table allows.
    std::string_view pick(DemoRandom& random, Lines lines);
    void writeCustomer(DemoRandom& random, Step step, domain::Message& out);
    void writeAgent(DemoRandom& random, Step step, domain::Message& out);
    void writeNote(DemoRandom& random, Step step, domain::Message& out);
    void writeEvent(DemoRandom& random, Step step, domain::Message& out);
    void writeCall(DemoRandom& random, Step step, domain::Message& out);
    void writeVisit(DemoRandom& random, domain::Message& out);
    void addEmailDetail(DemoRandom& random, bool fromCustomer, domain::Message& out);
    Lines customerLines(Step step) const;
    Lines agentLines(Step step) const;

    const StaffRoster& m_roster;
    const CustomerProfile* m_customer = nullptr;
    const CaseFacts* m_facts = nullptr;
    const ContactRequest* m_request = nullptr;
    std::string m_subject;
    std::vector<const char*> m_used;
    std::size_t m_visitPurpose = 0; // visit purposes and visit notes pair up by index
    PhraseContext m_context;
    std::string m_earlierDate;
    std::string m_lastMessageId;
    bool m_english = false;
    bool m_referenced = false; // the earlier contact has been mentioned
    bool m_transferred = false;
};

} // namespace concord::demo
