#pragma once
// Sample values for the codec tests: each record with every optional field set ("full") and
// with none ("bare"), so a round trip covers both sides of every optional.

#include "domain/Agent.h"
#include "domain/Conversation.h"
#include "domain/Customer.h"
#include "domain/Id.h"
#include "domain/Message.h"

#include <string>

namespace CodecSamples {

using namespace concord;

// A fixed UUID per number, so failing rows print the same ids every run.
domain::Id uuid(int n);

// Polish letters, an emoji and JSON's special characters in one string.
std::string trickyText();

domain::Team team();
domain::Agent fullAgent();
domain::Agent bareAgent();
domain::Customer fullCustomer();
domain::Customer bareCustomer();
domain::Conversation fullConversation();
domain::Conversation bareConversation();
domain::Message fullEmailMessage();
domain::Message callMessage();
domain::Message visitMessage();
domain::Message bareMessage();

// A typical inbound chat message as the demo data has them, for the speed figure.
domain::Message typicalMessage(int n);

} // namespace CodecSamples
