#pragma once
// The contact centre's teams and agents, and who gets which work. The demo agent (the login
// the desk opens as) works in First line and Complaints; the supervisor is in every team.

#include "DemoRandom.h"
#include "domain/Agent.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace concord::demo {

enum class TeamKind { FirstLine, Complaints, Billing, TechSupport };
inline constexpr std::size_t kTeamCount = 4;

struct StaffMember {
    domain::Agent agent;
    std::string firstName;
    bool female = false;
};

class StaffRoster {
public:
    explicit StaffRoster(DemoRandom& random);

    const std::vector<domain::Team>& teams() const { return m_teams; }
    const std::vector<StaffMember>& staff() const { return m_staff; }
    const domain::Team& team(TeamKind kind) const;
    std::string_view teamAddress(TeamKind kind) const; // e-mail address of the team's inbox
    const StaffMember& demoAgent() const { return m_staff[m_demoAgent]; }
    bool demoAgentWorksIn(TeamKind kind) const;

    // Someone from the team (never the supervisor); the demo agent with `demoShare` chance
    // when it is one of the demo agent's teams.
    const StaffMember& pickAgent(TeamKind kind, DemoRandom& random, double demoShare) const;

private:
    std::vector<domain::Team> m_teams;
    std::vector<StaffMember> m_staff;
    std::array<std::vector<std::size_t>, kTeamCount> m_members; // agents only, per team
    std::size_t m_demoAgent = 0;
};

} // namespace concord::demo
