#include "ThreadBuilder.h"

#include "ConversationTraits.h"

#include <algorithm>

namespace concord::demo {

using namespace std::chrono;
using domain::Channel;
using domain::Direction;
using domain::Status;
using domain::Timestamp;

namespace {

// How likely each status is for a conversation of this age (New, Open, Pending, Resolved,
// Closed): the last hours are mostly unanswered or in progress, older weeks mostly done.
std::size_t statusIndex(DemoRandom& random, Timestamp created, Timestamp now)
{
    const auto age = now - created;
    if (age < hours{3})
        return random.weighted({35, 40, 20, 5, 0});
    if (age < hours{48})
        return random.weighted({10, 30, 25, 30, 5});
    if (age < days{7})
        return random.weighted({2, 10, 13, 45, 30});
    return random.weighted({1, 4, 6, 40, 149});
}

bool isAnswer(const domain::Message& m)
{
    if (m.direction == Direction::Outbound || m.visit)
        return true;
    return m.call && m.call->outcome == domain::CallOutcome::Answered;
}

// Customer-visible turns: what the customer or we said, and calls and visits.
bool isVisibleTurn(const domain::Message& m)
{
    return m.direction == Direction::Inbound || m.direction == Direction::Outbound || m.call
           || m.visit;
}

} // namespace

ThreadBuilder::ThreadBuilder(const DemoCalendar& calendar, const StaffRoster& roster)
    : m_calendar(calendar)
    , m_roster(roster)
    , m_writer(roster)
{
}

Status ThreadBuilder::likelyStatus(DemoRandom& random, Channel channel, Timestamp created) const
{
    const Status status = domain::kAllStatuses[statusIndex(random, created, m_calendar.now())];
    // Somebody always spoke to a visitor: a visit is never unanswered.
    return (channel == Channel::Visit && status == Status::New) ? Status::Open : status;
}

std::size_t ThreadBuilder::build(DemoRandom& random, const CustomerProfile& customer,
                                 const CaseFacts& facts, const ContactRequest& request,
                                 domain::Conversation& c, std::vector<domain::Message>& messages)
{
    const Status intended = likelyStatus(random, request.channel, request.created);
    const bool recent = m_calendar.now() - request.created < days{14};
    const double demoShare = recent ? 0.3 : 0.0; // older work spreads evenly over the team
    const StaffMember& first = m_roster.pickAgent(request.team, random, demoShare);
    const StaffMember& last = request.escalate
                                  ? m_roster.pickAgent(request.escalateTo, random, demoShare)
                                  : first;

    ThreadScript::plan(random, request.channel, intended, request.escalate, m_steps);
    m_writer.begin(random, customer, facts, request);
    const std::size_t count = writeThread(random, request, first, last, messages);

    c.id = domain::makeUuid(random.engine());
    c.customerId = customer.customer.id;
    c.channel = request.channel;
    c.network = request.network;
    c.subject = m_writer.subject();
    c.teamId = m_roster.team(request.escalate ? request.escalateTo : request.team).id;
    c.created = request.created;
    c.revision = 1;
    c.tags.clear();
    for (std::size_t i = 0; i < count; ++i)
        messages[i].conversationId = c.id;

    settle(random, intended, count == m_steps.size(), messages, count, c);
    const bool unassigned = (c.status == Status::New && random.chance(0.75))
                            || (domain::isActive(c.status) && random.chance(0.06));
    c.assigneeId = unassigned ? domain::Id{} : last.agent.id;
    c.priority = ConversationTraits::priority(random, facts.topic, request.escalate);
    c.slaDue = ConversationTraits::slaDue(random, c, m_calendar.now());
    const bool settled = !domain::isActive(c.status);
    c.survey = (settled && random.chance(0.35)) ? ConversationTraits::survey(random)
                                                : domain::SurveyAnswers{};
    ConversationTraits::addTags(random, facts.topic, request.escalate, customer.english,
                                request.earlier.has_value(), c);
    return count;
}

std::size_t ThreadBuilder::writeThread(DemoRandom& random, const ContactRequest& request,
                                       const StaffMember& first, const StaffMember& last,
                                       std::vector<domain::Message>& messages)
{
    const Timestamp now = m_calendar.now();
    const StaffMember* agent = &first;
    Timestamp at = request.created;
    int busy = 0;
    std::size_t count = 0;
    for (std::size_t i = 0; i < m_steps.size(); ++i) {
        const Step step = m_steps[i];
        if (i > 0 || step == Step::Greeting || step == Step::Assigned)
            at = stepTime(random, request.channel, step, at, busy);
        if (at > now)
            break; // the rest has not happened yet
        if (count == messages.size())
            messages.emplace_back();
        domain::Message& message = messages[count++];
        m_writer.write(random, step, *agent, at, message);
        busy = MessageWriter::busySeconds(message);
        if (step == Step::Transfer)
            agent = &last;
    }
    return count;
}

Timestamp ThreadBuilder::stepTime(DemoRandom& random, Channel channel, Step step,
                                  Timestamp previous, int busySeconds) const
{
    const Timestamp after = previous + seconds{busySeconds};
    if (channel == Channel::Chat) {
        if (step == Step::Greeting)
            return after + seconds{random.between(10, 240)}; // waiting in the queue
        if (isCustomerStep(step))
            return after + seconds{random.between(15, 150)};
        if (isNoteStep(step))
            return after + seconds{random.between(30, 300)};
        return after + seconds{random.between(8, 120)};
    }
    if (channel == Channel::Voice || channel == Channel::Visit) {
        const ContactWindow window =
            channel == Channel::Visit ? ContactWindow::Branch : ContactWindow::Business;
        switch (step) {
        case Step::CallNote:
        case Step::VisitNote: return after + seconds{random.between(60, 360)};
        case Step::CallbackMade:
            return m_calendar.nextOpen(after + minutes{random.between(10, 180)}, window, random);
        default:
            return m_calendar.nextOpen(after + minutes{random.between(5, 120)}, window, random);
        }
    }
    return writtenStepTime(random, channel, step, after);
}

Timestamp ThreadBuilder::writtenStepTime(DemoRandom& random, Channel channel, Step step,
                                         Timestamp previous) const
{
    const bool email = channel == Channel::Email;
    const bool sms = channel == Channel::Sms;
    if (isCustomerStep(step)) {
        const auto gap = email ? random.between(20, 60 * 30)
                               : (sms ? random.between(2, 300) : random.between(1, 240));
        return m_calendar.nextOpen(previous + minutes{gap}, ContactWindow::Anytime, random);
    }
    std::int64_t gap = 0;
    if (isAgentStep(step))
        gap = email ? random.between(20, 60 * 24) : (sms ? random.between(5, 240)
                                                         : random.between(3, 180));
    else if (step == Step::Assigned)
        gap = random.between(1, 20);
    else
        gap = random.between(1, 60);
    return m_calendar.nextOpen(previous + minutes{gap}, ContactWindow::Business, random);
}

void ThreadBuilder::settle(DemoRandom& random, Status intended, bool complete,
                           const std::vector<domain::Message>& messages, std::size_t count,
                           domain::Conversation& c) const
{
    const auto begin = messages.begin();
    const auto end = begin + static_cast<std::ptrdiff_t>(count);
    const auto answer = std::find_if(begin, end, isAnswer);
    const auto lastTurn = std::find_if(std::make_reverse_iterator(end),
                                       std::make_reverse_iterator(begin), isVisibleTurn);
    const bool waitingForUs = lastTurn != std::make_reverse_iterator(begin)
                              && lastTurn->direction == Direction::Inbound;

    if (answer == end)
        c.status = Status::New;
    else if (complete)
        c.status = intended;
    else // cut short by `now`: whoever spoke last decides who is waiting
        c.status = waitingForUs ? Status::Open : Status::Pending;

    const domain::Message& last = messages[count - 1];
    c.lastActivity = last.sentAt;
    c.firstResponse.reset();
    if (answer != end)
        c.firstResponse = answer->sentAt;
    c.resolved.reset();
    if (!domain::isActive(c.status)) {
        const auto done = last.sentAt + seconds{MessageWriter::busySeconds(last)}
                          + minutes{random.between(1, 30)};
        c.resolved = std::min(done, m_calendar.now());
    }
}

} // namespace concord::demo
