#pragma once
// The hub's change log as readers see it: who reads (HubScope), one logged change with the
// facts that route it (LoggedChange, read once per commit whoever listens), and what one
// reader receives (ChangeItem, ChangeBatch). Routing follows docs/PROTOCOL.md "Scope".

#include "domain/Agent.h"
#include "domain/Conversation.h"
#include "domain/Customer.h"
#include "domain/Message.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <variant>
#include <vector>

namespace concord::store {

// Codes stored in change_log; part of the schema, never renumber.
enum class ChangeKind { Team = 0, Agent = 1, Customer = 2, Conversation = 3, Message = 4 };
enum class ChangeOp { Upsert = 0, Remove = 1 };

// The wire keys of PROTOCOL.md: "team" ... "message", "upsert" / "remove".
std::string_view toKey(ChangeKind kind);
std::string_view toKey(ChangeOp op);

// A record as it is now; monostate when it no longer exists.
using HubRecord = std::variant<std::monostate, domain::Team, domain::Agent, domain::Customer,
                               domain::Conversation, domain::Message>;

// Whose view: a supervisor sees everything; an agent sees every team and agent record, the
// conversations of their teams, and every customer those involve with the customer's whole
// history (all their conversations and messages, whichever team handled them).
struct HubScope {
    bool everything = false;
    std::vector<domain::Id> teamIds;

    static HubScope all() { return {true, {}}; }
    static HubScope ofTeams(std::vector<domain::Id> teamIds)
    {
        return {false, std::move(teamIds)};
    }
    static HubScope of(const domain::Agent& agent)
    {
        return {agent.role == domain::Role::Supervisor, agent.teamIds};
    }
};

// One change as logged, with its record as it is at read time and the teams it concerns.
// Read once and routed to many readers with itemFor(); no further query is needed.
struct LoggedChange {
    std::int64_t seq = 0;
    ChangeKind kind = ChangeKind::Team;
    ChangeOp op = ChangeOp::Upsert;
    domain::Id recordId;
    HubRecord record;
    // Teams whose agents see the record now: every team that has a conversation of the
    // record's customer. Unused for teams and agents, which everyone sees.
    std::vector<domain::Id> audience;
    // Teams whose desks may hold the record from before (its team when written, a team it
    // left): those that are no longer in the audience receive a remove.
    std::vector<domain::Id> touched;
};

struct LoggedBatch {
    std::int64_t after = 0; // the cursor asked for
    std::int64_t upTo = 0;  // every change in (after, upTo] was read
    std::vector<LoggedChange> changes; // ascending seq; one entry per record (its last change)
};

// What one reader receives: an upsert carries the current record, a remove only the id.
struct ChangeItem {
    std::int64_t seq = 0;
    ChangeOp op = ChangeOp::Upsert;
    ChangeKind kind = ChangeKind::Team;
    domain::Id id;
    HubRecord record; // monostate for a remove
};

struct ChangeBatch {
    std::int64_t after = 0;
    std::int64_t upTo = 0;
    std::vector<ChangeItem> items;
};

// The item `scope` receives for `change`, or nothing when the change is none of its business.
// A conversation or customer that left the scope becomes a remove; messages never do (the
// removal of their conversation takes them along). filterForScope() puts the items in apply
// order: upserts parents first (team, agent, customer, conversation, message), then removes
// children first; within each group, by sequence.
std::optional<ChangeItem> itemFor(const LoggedChange& change, const HubScope& scope);
ChangeBatch filterForScope(const LoggedBatch& batch, const HubScope& scope);

} // namespace concord::store
