#include "CacheReader.h"
#include "HubStoreDetail.h"
#include "SqlError.h"

#include <unordered_map>

// The hub's store, reading its change log: what changed after a cursor, each record as it
// is now with the teams that see it, for catch-ups and live pushes.

namespace concord::store {
using domain::Error;
using domain::ErrorCode;
using domain::Result;
using hubdetail::addUnique;
using hubdetail::orNothing;
using hubdetail::ReadTransaction;
using sql::StatementUse;

struct HubStore::LogRow {
    std::int64_t seq = 0;
    ChangeKind kind = ChangeKind::Team;
    ChangeOp op = ChangeOp::Upsert;
    domain::Id id;
    domain::Id team;
    domain::Id oldTeam;
    domain::Id customer;
};

namespace {

std::string recordKey(ChangeKind kind, const domain::Id& id)
{
    return std::to_string(static_cast<int>(kind)) + id;
}

} // namespace

// Fills in the record as it is now and the teams that see it (those with a conversation of
// its customer). `customerTag` is the customer logged with the change, for records gone.
void HubStore::completeRecord(LoggedChange& change, const domain::Id& customerTag,
                              AudienceCache& audiences)
{
    domain::Id customerId = customerTag;
    switch (change.kind) {
    case ChangeKind::Team:
        if (auto found = m_stmts->findTeam(change.recordId))
            change.record = std::move(*found);
        return;
    case ChangeKind::Agent:
        if (auto found = m_stmts->findAgent(change.recordId))
            change.record = std::move(*found);
        return;
    case ChangeKind::Customer:
        if (auto found = orNothing(m_reader->customer(change.recordId)))
            change.record = std::move(*found);
        customerId = change.recordId;
        break;
    case ChangeKind::Conversation:
        if (auto found = orNothing(m_reader->conversation(change.recordId))) {
            customerId = found->customerId;
            change.record = std::move(*found);
        }
        break;
    case ChangeKind::Message:
        if (auto found = m_stmts->findMessage(change.recordId)) {
            if (const auto place = m_stmts->placeOf(found->conversationId))
                customerId = place->customerId;
            change.record = std::move(*found);
        }
        break;
    }
    auto it = audiences.find(customerId);
    if (it == audiences.end())
        it = audiences.emplace(customerId, teamsOfCustomer(customerId)).first;
    change.audience = it->second;
}

Result<LoggedBatch> HubStore::readChanges(std::int64_t after, int limit)
{
    return guarded("readChanges", [&]() -> Result<LoggedBatch> {
        ReadTransaction transaction(m_db->sql());
        const std::int64_t latest = m_stmts->single(m_stmts->latestSeq);
        const std::int64_t horizon = m_stmts->single(m_stmts->horizon);
        if (after < horizon || after > latest)
            return Error{ErrorCode::InvalidArgument,
                         "cursor " + std::to_string(after) + " is outside ["
                             + std::to_string(horizon) + ", " + std::to_string(latest) + "]"};
        std::vector<LogRow> rows;
        {
            auto& s = m_stmts->readLog;
            StatementUse use(s);
            s.bind(1, static_cast<int64_t>(after));
            s.bind(2, std::max(limit, 1));
            while (s.executeStep())
                rows.push_back({s.getColumn(0).getInt64(),
                                static_cast<ChangeKind>(s.getColumn(1).getInt()),
                                static_cast<ChangeOp>(s.getColumn(3).getInt()),
                                sql::textAt(s, 2), sql::textAt(s, 4), sql::textAt(s, 5),
                                sql::textAt(s, 6)});
        }
        LoggedBatch batch;
        batch.after = after;
        const bool split = static_cast<int>(rows.size()) >= std::max(limit, 1)
                           && rows.back().seq < latest;
        batch.upTo = split ? rows.back().seq : latest;
        AudienceCache audiences;
        collectChanges(rows, batch.changes, audiences);
        if (split)
            addParents(batch.changes, audiences);
        return batch;
    });
}

// One entry per record, at its first change; the teams it touched are gathered from all.
void HubStore::collectChanges(const std::vector<LogRow>& rows,
                              std::vector<LoggedChange>& changes, AudienceCache& audiences)
{
    std::unordered_map<std::string, std::size_t> index;
    std::vector<domain::Id> customerTags;
    for (const LogRow& row : rows) {
        const auto [it, fresh] = index.emplace(recordKey(row.kind, row.id), changes.size());
        if (fresh) {
            LoggedChange& change = changes.emplace_back();
            change.seq = row.seq;
            change.kind = row.kind;
            change.recordId = row.id;
            customerTags.emplace_back();
        }
        LoggedChange& change = changes[it->second];
        change.op = row.op; // the last one logged; the record as it is now decides in the end
        addUnique(change.touched, row.team);
        addUnique(change.touched, row.oldTeam);
        if (!row.customer.empty())
            customerTags[it->second] = row.customer;
    }
    for (std::size_t i = 0; i < changes.size(); ++i)
        completeRecord(changes[i], customerTags[i], audiences);
}

// A batch that stops short of the newest change may hold a record whose parent's own change
// lies beyond it: bring the parent (customer, conversation) along, as it is now.
void HubStore::addParents(std::vector<LoggedChange>& changes, AudienceCache& audiences)
{
    std::unordered_map<std::string, bool> present;
    for (const LoggedChange& change : changes)
        present[recordKey(change.kind, change.recordId)] = true;
    std::vector<LoggedChange> out;
    out.reserve(changes.size());
    auto bring = [&](ChangeKind kind, const domain::Id& id, std::int64_t seq) {
        if (id.empty() || !present.emplace(recordKey(kind, id), true).second)
            return;
        LoggedChange parent;
        parent.seq = seq;
        parent.kind = kind;
        parent.recordId = id;
        completeRecord(parent, {}, audiences);
        out.push_back(std::move(parent));
    };
    for (LoggedChange& change : changes) {
        if (const auto* message = std::get_if<domain::Message>(&change.record)) {
            if (const auto place = m_stmts->placeOf(message->conversationId))
                bring(ChangeKind::Customer, place->customerId, change.seq);
            bring(ChangeKind::Conversation, message->conversationId, change.seq);
        } else if (const auto* conversation = std::get_if<domain::Conversation>(&change.record)) {
            bring(ChangeKind::Customer, conversation->customerId, change.seq);
        }
        out.push_back(std::move(change));
    }
    changes = std::move(out);
}

Result<ChangeBatch> HubStore::changesAfter(std::int64_t after, const HubScope& scope, int limit)
{
    auto batch = readChanges(after, limit);
    if (!batch)
        return batch.error();
    return filterForScope(batch.value(), scope);
}

Result<std::unique_ptr<HubSnapshot>> HubStore::snapshot(const HubScope& scope)
{
    return HubSnapshot::open(*m_db, scope);
}

} // namespace concord::store
