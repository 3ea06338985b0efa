#include "StaffRoster.h"

#include "DemoGenerator.h"

#include <initializer_list>

namespace concord::demo {
namespace {

struct StaffSeed {
    const char* login;
    const char* firstName;
    const char* lastName;
    bool female;
    domain::Role role;
    std::initializer_list<TeamKind> teams;
};

using enum TeamKind;

const StaffSeed kStaff[] = {
    {kDemoAgentLogin, "Anna", "Kowalska", true, domain::Role::Agent, {FirstLine, Complaints}},
    {kDemoSupervisorLogin, "Marek", "Zieliński", false, domain::Role::Supervisor,
     {FirstLine, Complaints, Billing, TechSupport}},
    {"katarzyna.nowak", "Katarzyna", "Nowak", true, domain::Role::Agent, {FirstLine}},
    {"piotr.wisniewski", "Piotr", "Wiśniewski", false, domain::Role::Agent, {FirstLine}},
    {"magdalena.wojcik", "Magdalena", "Wójcik", true, domain::Role::Agent, {FirstLine, Billing}},
    {"tomasz.kaminski", "Tomasz", "Kamiński", false, domain::Role::Agent, {Complaints}},
    {"agnieszka.lewandowska", "Agnieszka", "Lewandowska", true, domain::Role::Agent,
     {Complaints}},
    {"michal.dabrowski", "Michał", "Dąbrowski", false, domain::Role::Agent, {TechSupport}},
    {"joanna.szymanska", "Joanna", "Szymańska", true, domain::Role::Agent, {Billing}},
    {"pawel.wozniak", "Paweł", "Woźniak", false, domain::Role::Agent, {FirstLine, TechSupport}},
    {"ewa.kozlowska", "Ewa", "Kozłowska", true, domain::Role::Agent, {Billing}},
    {"krzysztof.jankowski", "Krzysztof", "Jankowski", false, domain::Role::Agent,
     {TechSupport}},
    {"monika.mazur", "Monika", "Mazur", true, domain::Role::Agent, {FirstLine}},
    {"jakub.krawczyk", "Jakub", "Krawczyk", false, domain::Role::Agent,
     {Complaints, FirstLine}},
    {"aleksandra.piotrowska", "Aleksandra", "Piotrowska", true, domain::Role::Agent,
     {FirstLine}},
    {"lukasz.grabowski", "Łukasz", "Grabowski", false, domain::Role::Agent,
     {TechSupport, Complaints}},
    {"natalia.pawlak", "Natalia", "Pawlak", true, domain::Role::Agent, {Billing, FirstLine}},
};

constexpr const char* kTeamNames[kTeamCount] = {"Pierwsza linia", "Reklamacje", "Rozliczenia",
                                                "Wsparcie techniczne"};
constexpr std::string_view kTeamAddresses[kTeamCount] = {
    "pomoc@mercato.pl", "reklamacje@mercato.pl", "rozliczenia@mercato.pl",
    "wsparcie@mercato.pl"};

std::size_t indexOf(TeamKind kind) { return static_cast<std::size_t>(kind); }

} // namespace

StaffRoster::StaffRoster(DemoRandom& random)
{
    for (const char* name : kTeamNames)
        m_teams.push_back({domain::makeUuid(random.engine()), name});

    for (const StaffSeed& seed : kStaff) {
        StaffMember member;
        member.agent.id = domain::makeUuid(random.engine());
        member.agent.login = seed.login;
        member.agent.displayName = std::string(seed.firstName) + ' ' + seed.lastName;
        member.agent.role = seed.role;
        for (TeamKind kind : seed.teams) {
            member.agent.teamIds.push_back(m_teams[indexOf(kind)].id);
            if (seed.role == domain::Role::Agent)
                m_members[indexOf(kind)].push_back(m_staff.size());
        }
        member.firstName = seed.firstName;
        member.female = seed.female;
        if (member.agent.login == kDemoAgentLogin)
            m_demoAgent = m_staff.size();
        m_staff.push_back(std::move(member));
    }
}

const domain::Team& StaffRoster::team(TeamKind kind) const { return m_teams[indexOf(kind)]; }

std::string_view StaffRoster::teamAddress(TeamKind kind) const
{
    return kTeamAddresses[indexOf(kind)];
}

bool StaffRoster::demoAgentWorksIn(TeamKind kind) const
{
    return kind == TeamKind::FirstLine || kind == TeamKind::Complaints;
}

const StaffMember& StaffRoster::pickAgent(TeamKind kind, DemoRandom& random,
                                          double demoShare) const
{
    if (demoAgentWorksIn(kind) && random.chance(demoShare))
        return m_staff[m_demoAgent];
    const auto& members = m_members[indexOf(kind)];
    return m_staff[members[random.index(members.size())]];
}

} // namespace concord::demo
