#pragma once
// Builds one conversation and its thread: picks the status its age makes likely, scripts the
// turns, times them (agents in working hours, nothing after `now`), writes them, and derives
// the conversation's own fields (first response, resolved, last activity, SLA, survey) from
// what was written.

#include "CaseFacts.h"
#include "ContactRequest.h"
#include "CustomerProfile.h"
#include "DemoCalendar.h"
#include "MessageWriter.h"
#include "StaffRoster.h"
#include "ThreadScript.h"
#include "domain/Conversation.h"
#include "domain/Message.h"

#include <vector>

namespace concord::demo {

class ThreadBuilder {
public:
    ThreadBuilder(const DemoCalendar& calendar, const StaffRoster& roster);

    // Fills `conversation` and the first N entries of `messages` (a pool reused between
    // calls, grown as needed); returns N, at least 1.
    std::size_t build(DemoRandom& random, const CustomerProfile& customer,
                      const CaseFacts& facts, const ContactRequest& request,
                      domain::Conversation& conversation,
                      std::vector<domain::Message>& messages);

private:
    domain::Status likelyStatus(DemoRandom& random, domain::Channel channel,
                                domain::Timestamp created) const;
    domain::Timestamp stepTime(DemoRandom& random, domain::Channel channel, Step step,
                               domain::Timestamp previous, int busySeconds) const;
    domain::Timestamp writtenStepTime(DemoRandom& random, domain::Channel channel, Step step,
                                      domain::Timestamp previous) const;
    std::size_t writeThread(DemoRandom& random, const ContactRequest& request,
                            const StaffMember& first, const StaffMember& last,
                            std::vector<domain::Message>& messages);
    void settle(DemoRandom& random, domain::Status intended, bool complete,
                const std::vector<domain::Message>& messages, std::size_t count,
                domain::Conversation& c) const;

    const DemoCalendar& m_calendar;
    const StaffRoster& m_roster;
    MessageWriter m_writer;
    std::vector<Step> m_steps;
};

} // namespace concord::demo
