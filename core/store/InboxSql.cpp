#include "InboxSql.h"

#include "RowMapping.h"

#include <limits>

namespace concord::store {
namespace {

constexpr std::int64_t kNoSla = std::numeric_limits<std::int64_t>::max(); // as sla_order

class Builder {
public:
    std::string param(std::int64_t value)
    {
        m_sql.values.push_back(value);
        return "?" + std::to_string(m_sql.values.size());
    }
    void where(const std::string& condition)
    {
        m_conditions += m_conditions.empty() ? " WHERE " : " AND ";
        m_conditions += condition;
    }
    const std::string& conditions() const { return m_conditions; }
    InboxSql take(std::string text)
    {
        m_sql.text = std::move(text);
        return std::move(m_sql);
    }

private:
    InboxSql m_sql;
    std::string m_conditions;
};

std::string source(bool searching)
{
    // CROSS JOIN keeps the (small) set of matches as the outer loop.
    return searching ? "temp.search_hits h CROSS JOIN conversations c ON c.key = h.key"
                     : "conversations c";
}

std::string teamList(Builder& b, const InboxKeys& keys)
{
    if (keys.teamKeys.empty())
        return "0";
    std::string list = "c.team_key IN (";
    for (std::size_t i = 0; i < keys.teamKeys.size(); ++i)
        list += (i ? ", " : "") + b.param(keys.teamKeys[i]);
    return list + ")";
}

std::string isMine(Builder& b, const InboxKeys& keys)
{
    return keys.agentKey ? "c.assignee_key = " + b.param(*keys.agentKey) : std::string("0");
}

void maskFilter(Builder& b, const char* column, unsigned codeMask, unsigned allCodes)
{
    if ((codeMask & allCodes) == allCodes)
        return;
    b.where("((" + b.param(codeMask) + " >> " + column + ") & 1)");
}

void filters(Builder& b, const InboxQuery& query)
{
    maskFilter(b, "c.channel", rows::channelCodeMask(query.channels),
               rows::channelCodeMask(domain::kAnyChannel));
    maskFilter(b, "c.status", rows::statusCodeMask(query.statuses),
               rows::statusCodeMask(kAnyStatus));
    maskFilter(b, "c.priority", rows::priorityCodeMask(query.priorities),
               rows::priorityCodeMask(kAnyPriority));
}

void viewFilter(Builder& b, const InboxQuery& query, const InboxKeys& keys)
{
    switch (query.view) {
    case InboxView::Mine:
        b.where(isMine(b, keys));
        break;
    case InboxView::Unassigned:
        b.where("c.assignee_key IS NULL");
        break;
    case InboxView::MyTeams:
        b.where(teamList(b, keys));
        break;
    case InboxView::All:
        break;
    }
}

// Keyset paging: rows strictly after the last row of the previous page in the sort order,
// ties broken by key, so pages neither repeat nor skip rows.
void afterFilter(Builder& b, InboxSort sort, const InboxRow& after)
{
    const std::int64_t activity = domain::toEpochMs(after.lastActivity);
    switch (sort) {
    case InboxSort::LastActivity:
        b.where("(c.last_activity, c.key) < (" + b.param(activity) + ", " + b.param(after.key)
                + ")");
        break;
    case InboxSort::SlaDue: {
        const std::int64_t sla = after.slaDue ? domain::toEpochMs(*after.slaDue) : kNoSla;
        b.where("(c.sla_order, c.key) > (" + b.param(sla) + ", " + b.param(after.key) + ")");
        break;
    }
    case InboxSort::Priority:
        b.where("(c.priority, c.last_activity, c.key) < ("
                + b.param(rows::priorityCode(after.priority)) + ", " + b.param(activity) + ", "
                + b.param(after.key) + ")");
        break;
    }
}

const char* orderBy(InboxSort sort)
{
    switch (sort) {
    case InboxSort::LastActivity:
        return " ORDER BY c.last_activity DESC, c.key DESC";
    case InboxSort::SlaDue:
        return " ORDER BY c.sla_order, c.key";
    case InboxSort::Priority:
        return " ORDER BY c.priority DESC, c.last_activity DESC, c.key DESC";
    }
    return "";
}

} // namespace

std::string inboxRowSelect(const std::string& from)
{
    return "SELECT c.key, c.id, cu.id, cu.display_name, c.channel, c.network, c.subject, "
           "c.preview, c.status, c.priority, a.id, a.display_name, t.id, t.name, "
           "c.last_activity, c.sla_due, c.message_count FROM "
           + from
           + " LEFT JOIN customers cu ON cu.key = c.customer_key"
             " LEFT JOIN agents a ON a.key = c.assignee_key"
             " LEFT JOIN teams t ON t.key = c.team_key";
}

InboxSql inboxPageSql(const InboxQuery& query, const InboxKeys& keys, const InboxRow* after,
                      int limit, bool searching)
{
    Builder b;
    viewFilter(b, query, keys);
    filters(b, query);
    if (after)
        afterFilter(b, query.sort, *after);
    const std::string limitParam = b.param(limit);
    return b.take(inboxRowSelect(source(searching)) + b.conditions() + orderBy(query.sort)
                  + " LIMIT " + limitParam);
}

InboxSql viewCountsSql(const InboxQuery& query, const InboxKeys& keys, bool searching)
{
    Builder b;
    const std::string mine = isMine(b, keys);
    const std::string teams = teamList(b, keys);
    filters(b, query);
    return b.take("SELECT count(*) FILTER (WHERE " + mine
                  + "), count(*) FILTER (WHERE c.assignee_key IS NULL), count(*) FILTER (WHERE "
                  + teams + "), count(*) FROM " + source(searching) + b.conditions());
}

} // namespace concord::store
