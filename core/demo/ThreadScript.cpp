#include "ThreadScript.h"

#include <algorithm>

namespace concord::demo {

using domain::Channel;
using domain::Status;

bool isCustomerStep(Step s) { return s <= Step::Thanks; }
bool isAgentStep(Step s) { return s >= Step::Greeting && s <= Step::Closing; }
bool isNoteStep(Step s) { return s >= Step::TopicNote && s <= Step::VisitNote; }
bool isEventStep(Step s) { return s >= Step::Assigned; }

void ThreadScript::plan(DemoRandom& random, Channel channel, Status status, bool escalate,
                        std::vector<Step>& steps)
{
    steps.clear();
    switch (channel) {
    case Channel::Chat: planChat(random, status, steps); break;
    case Channel::Voice: planCall(random, status, steps); break;
    case Channel::Visit: planVisit(random, status, steps); break;
    default: planWritten(random, channel, status, steps); break;
    }
    if (escalate)
        addEscalation(steps);
    if (status != Status::New && random.chance(0.12))
        addInternalNote(random, steps);
}

void ThreadScript::planChat(DemoRandom& random, Status status, std::vector<Step>& steps)
{
    if (status == Status::New) { // still waiting in the queue
        steps.push_back(Step::Opening);
        if (random.chance(0.5))
            steps.push_back(Step::Filler);
        return;
    }
    const bool done = !domain::isActive(status);
    const auto length = static_cast<std::size_t>(random.between(6, 20));
    if (random.chance(0.35))
        steps.push_back(Step::Assigned);
    steps.insert(steps.end(), {Step::Greeting, Step::Opening, Step::FirstReply});
    const std::size_t ending = done ? 3 : 1;
    bool customerTurn = true;
    while (steps.size() + ending < length) {
        if (customerTurn)
            steps.push_back(random.chance(0.5) ? Step::Detail : Step::Filler);
        else
            steps.push_back(random.chance(0.4) ? Step::Hold : Step::Progress);
        customerTurn = !customerTurn;
    }
    if (done)
        steps.insert(steps.end(), {Step::Resolution, Step::Thanks, Step::Closing});
    else if (status == Status::Open)
        steps.push_back(random.chance(0.5) ? Step::Detail : Step::Filler);
    else
        steps.push_back(Step::Question);
}

void ThreadScript::planWritten(DemoRandom& random, Channel channel, Status status,
                               std::vector<Step>& steps)
{
    steps.push_back(Step::Opening);
    if (status == Status::New) {
        if (random.chance(0.25))
            steps.push_back(Step::Reminder);
        return;
    }
    const bool done = !domain::isActive(status);
    const std::int64_t most = channel == Channel::Social ? 10 : 6;
    const auto length = static_cast<std::size_t>(random.between(2, most));
    if (channel == Channel::Social && random.chance(0.3))
        steps.push_back(Step::Assigned);
    steps.push_back(Step::FirstReply);
    bool customerTurn = true;
    while (steps.size() + 1 < length) {
        if (customerTurn)
            steps.push_back(random.chance(0.75) ? Step::Detail : Step::Filler);
        else
            steps.push_back(Step::Progress);
        customerTurn = !customerTurn;
    }
    if (done) {
        steps.push_back(Step::Resolution);
        if (random.chance(0.4))
            steps.push_back(Step::Thanks);
    } else if (status == Status::Open) {
        steps.push_back(random.chance(0.6) ? Step::Detail : Step::Reminder);
    } else {
        steps.push_back(Step::Question);
    }
}

void ThreadScript::planCall(DemoRandom& random, Status status, std::vector<Step>& steps)
{
    if (status == Status::New) { // nobody has spoken to the caller yet
        steps.push_back(random.chance(0.6) ? Step::CallMissed : Step::CallAbandoned);
        if (random.chance(0.3))
            steps.push_back(Step::CallMissed);
        return;
    }
    switch (random.weighted({64, 10, 10, 16})) {
    case 0: steps.push_back(Step::CallAnswered); break;
    case 1: steps.insert(steps.end(), {Step::CallMissed, Step::CallbackMade}); break;
    case 2: // gave up in the queue and rang again later
        steps.insert(steps.end(), {Step::CallAbandoned, Step::CallAnswered});
        break;
    default: steps.insert(steps.end(), {Step::CallbackRequested, Step::CallbackMade}); break;
    }
    if (!domain::isActive(status) || random.chance(0.85))
        steps.push_back(Step::CallNote);
    if (domain::isActive(status) && random.chance(0.25))
        steps.push_back(Step::GeneralNote);
}

void ThreadScript::planVisit(DemoRandom& random, Status status, std::vector<Step>& steps)
{
    steps.insert(steps.end(), {Step::Visit, Step::VisitNote});
    if (domain::isActive(status) && random.chance(0.3))
        steps.push_back(Step::GeneralNote);
}

void ThreadScript::addEscalation(std::vector<Step>& steps)
{
    // After the first answer when there is one, else after the customer's first message.
    auto at = std::find_if(steps.begin(), steps.end(), [](Step s) {
        return s == Step::FirstReply || s == Step::CallNote || s == Step::CallAnswered
               || s == Step::VisitNote;
    });
    at = (at == steps.end()) ? steps.begin() + 1 : at + 1;
    steps.insert(at, {Step::EscalationNote, Step::Transfer});
}

void ThreadScript::addInternalNote(DemoRandom& random, std::vector<Step>& steps)
{
    if (steps.size() < 2)
        return;
    const auto at = static_cast<std::ptrdiff_t>(random.between(1, std::int64_t(steps.size())));
    steps.insert(steps.begin() + at, random.chance(0.6) ? Step::TopicNote : Step::GeneralNote);
}

} // namespace concord::demo
