#pragma once
// Plans a customer's cases: which topics they contact us about, on which channels (only
// those they have an identity for), and which cases become journeys across channels (a chat
// continued by phone, a call followed by a branch visit, an e-mail complaint escalated to
// another team and chased by phone, a social message moved to e-mail).

#include "CustomerProfile.h"
#include "DemoCalendar.h"
#include "DemoVocabulary.h"
#include "StaffRoster.h"

#include <optional>
#include <vector>

namespace concord::demo {

enum class JourneyKind { Single, ChatThenCall, CallThenVisit, EmailEscalated, SocialThenEmail };

struct PlannedContact {
    domain::Channel channel = domain::Channel::Email;
    domain::SocialNetwork network = domain::SocialNetwork::None;
};

struct PlannedCase {
    Topic topic = Topic::ProductComplaint;
    JourneyKind kind = JourneyKind::Single;
    std::vector<PlannedContact> contacts; // in order; the first one starts the case
    domain::Timestamp start{};
    TeamKind team = TeamKind::FirstLine;
    bool escalate = false; // the first contact is transferred to `escalateTo`
    TeamKind escalateTo = TeamKind::Complaints;
};

class JourneyPlanner {
public:
    explicit JourneyPlanner(const DemoCalendar& calendar) : m_calendar(calendar) {}

    void plan(DemoRandom& random, const CustomerProfile& customer,
              std::vector<PlannedCase>& cases) const;

    // When the next contact of a journey happens, some time after the previous one ended;
    // nothing when that would be in the future.
    std::optional<domain::Timestamp> followUpTime(DemoRandom& random, const PlannedCase& plan,
                                                  domain::Channel next,
                                                  domain::Timestamp previousEnd) const;

private:
    PlannedContact pickContact(DemoRandom& random, const CustomerProfile& customer) const;
    void makeJourney(DemoRandom& random, const CustomerProfile& customer,
                     PlannedCase& planned) const;
    static TeamKind teamFor(DemoRandom& random, Topic topic);
    static TeamKind escalationTeamFor(Topic topic);

    const DemoCalendar& m_calendar;
};

ContactWindow windowOf(domain::Channel channel);

} // namespace concord::demo
