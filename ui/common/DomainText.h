#pragma once
// User-visible words for the domain's enums, translated (tr) in one place.

#include "domain/Agent.h"
#include "domain/Channel.h"
#include "domain/Conversation.h"
#include "domain/Identity.h"
#include "domain/Message.h"

#include <QCoreApplication>
#include <QString>

namespace concord::ui {

class DomainText {
    Q_DECLARE_TR_FUNCTIONS(DomainText)
public:
    static QString channel(domain::Channel channel);
    // "Messenger", "WhatsApp", ...; for Social with a known network, the network's name.
    static QString channel(domain::Channel channel, domain::SocialNetwork network);
    static QString network(domain::SocialNetwork network);
    static QString status(domain::Status status);
    static QString priority(domain::Priority priority);
    static QString direction(domain::Direction direction);
    static QString callOutcome(domain::CallOutcome outcome);
    static QString identityKind(domain::IdentityKind kind);
    static QString role(domain::Role role);
    // A customer's preferred language ("pl", "en-GB") named in the interface's language;
    // an unknown tag is shown as it is.
    static QString language(const std::string& tag);
};

} // namespace concord::ui
