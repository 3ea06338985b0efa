#pragma once
// The shape of one conversation before it has words or times: who speaks in what order, so
// that it ends the way its status says (a new one has no answer yet, an open one waits for
// us, a pending one for the customer, a resolved one ends with our answer).

#include "DemoRandom.h"
#include "domain/Channel.h"
#include "domain/Conversation.h"

#include <vector>

namespace concord::demo {

enum class Step {
    // customer
    Opening, Detail, Filler, Reminder, Thanks,
    // agent, seen by the customer
    Greeting, FirstReply, Hold, Progress, Question, Resolution, Closing,
    // internal
    TopicNote, GeneralNote, EscalationNote, CallNote, VisitNote,
    // system events
    Assigned, Transfer, CallAnswered, CallMissed, CallAbandoned, CallbackRequested,
    CallbackMade, Visit
};

bool isCustomerStep(Step step);
bool isAgentStep(Step step);   // outbound, visible to the customer
bool isNoteStep(Step step);
bool isEventStep(Step step);

class ThreadScript {
public:
    // `escalate` puts a transfer to another team (and its note) after the first answer.
    static void plan(DemoRandom& random, domain::Channel channel, domain::Status status,
                     bool escalate, std::vector<Step>& steps);

private:
    static void planChat(DemoRandom& random, domain::Status status, std::vector<Step>& steps);
    static void planWritten(DemoRandom& random, domain::Channel channel, domain::Status status,
                            std::vector<Step>& steps);
    static void planCall(DemoRandom& random, domain::Status status, std::vector<Step>& steps);
    static void planVisit(DemoRandom& random, domain::Status status, std::vector<Step>& steps);
    static void addEscalation(std::vector<Step>& steps);
    static void addInternalNote(DemoRandom& random, std::vector<Step>& steps);
};

} // namespace concord::demo
