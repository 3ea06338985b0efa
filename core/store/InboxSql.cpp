#include "InboxSql.h"

#include "RowMapping.h"

#include <limits>

namespace concord::store {
namespace {

constexpr std::int64_t kNoSla = std::numeric_limits<std::int64_t>::max(); // as sla_order

// Collects the WHERE terms and their bound values. Terms name their columns through an alias:
// "c" for the conversations table, "h" for temp.search_hits, which carries the same filter
// and sort columns.
class Builder {
public:
    explicit Builder(std::string alias) : m_alias(std::move(alias)) {}

    std::string column(const char* name) const { return m_alias + "." + name; }
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
    std::string m_alias;
    InboxSql m_sql;
    std::string m_conditions;
};

std::string teamList(Builder& b, const InboxKeys& keys)
{
    if (keys.teamKeys.empty())
        return "0";
    std::string list = b.column("team_key") + " IN (";
    for (std::size_t i = 0; i < keys.teamKeys.size(); ++i)
        list += (i ? ", " : "") + b.param(keys.teamKeys[i]);
    return list + ")";
}

std::string isMine(Builder& b, const InboxKeys& keys)
{
    return keys.agentKey ? b.column("assignee_key") + " = " + b.param(*keys.agentKey)
                         : std::string("0");
}

bool coversAll(unsigned codeMask, unsigned allCodes)
{
    return (codeMask & allCodes) == allCodes;
}

// A bit test on the code: one statement serves every combination of a filter.
void maskFilter(Builder& b, const char* column, unsigned codeMask, unsigned allCodes)
{
    if (!coversAll(codeMask, allCodes))
        b.where("((" + b.param(codeMask) + " >> " + b.column(column) + ") & 1)");
}

// The same filter as an IN list of fixed length (unused places get -1), which lets the counts
// seek conversations_by_status instead of scanning it.
void inList(Builder& b, const char* column, unsigned codeMask, unsigned allCodes)
{
    if (coversAll(codeMask, allCodes))
        return;
    std::string list;
    for (unsigned code = 0; (1u << code) <= allCodes; ++code) {
        const bool wanted = codeMask & (1u << code);
        list += (list.empty() ? "" : ", ") + b.param(wanted ? code : -1);
    }
    b.where(b.column(column) + " IN (" + list + ")");
}

void filters(Builder& b, const InboxQuery& query, bool seekable)
{
    const unsigned statuses = rows::statusCodeMask(query.statuses);
    const unsigned allStatuses = rows::statusCodeMask(kAnyStatus);
    const unsigned channels = rows::channelCodeMask(query.channels);
    const unsigned allChannels = rows::channelCodeMask(domain::kAnyChannel);
    if (seekable) {
        inList(b, "status", statuses, allStatuses);
        inList(b, "channel", channels, allChannels);
    } else {
        maskFilter(b, "channel", channels, allChannels);
        maskFilter(b, "status", statuses, allStatuses);
    }
    maskFilter(b, "priority", rows::priorityCodeMask(query.priorities),
               rows::priorityCodeMask(kAnyPriority));
}

void viewFilter(Builder& b, const InboxQuery& query, const InboxKeys& keys)
{
    switch (query.view) {
    case InboxView::Mine:
        b.where(isMine(b, keys));
        break;
    case InboxView::Unassigned:
        b.where(b.column("assignee_key") + " IS NULL");
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
        b.where("(" + b.column("last_activity") + ", " + b.column("key") + ") < ("
                + b.param(activity) + ", " + b.param(after.key) + ")");
        break;
    case InboxSort::SlaDue: {
        const std::int64_t sla = after.slaDue ? domain::toEpochMs(*after.slaDue) : kNoSla;
        b.where("(" + b.column("sla_order") + ", " + b.column("key") + ") > (" + b.param(sla)
                + ", " + b.param(after.key) + ")");
        break;
    }
    case InboxSort::Priority:
        b.where("(" + b.column("priority") + ", " + b.column("last_activity") + ", "
                + b.column("key") + ") < (" + b.param(rows::priorityCode(after.priority)) + ", "
                + b.param(activity) + ", " + b.param(after.key) + ")");
        break;
    }
}

std::string orderBy(InboxSort sort, const std::string& a)
{
    switch (sort) {
    case InboxSort::LastActivity:
        return " ORDER BY " + a + ".last_activity DESC, " + a + ".key DESC";
    case InboxSort::SlaDue:
        return " ORDER BY " + a + ".sla_order, " + a + ".key";
    case InboxSort::Priority:
        return " ORDER BY " + a + ".priority DESC, " + a + ".last_activity DESC, " + a
               + ".key DESC";
    }
    return {};
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
    Builder b(searching ? "h" : "c");
    viewFilter(b, query, keys);
    filters(b, query, false);
    if (after)
        afterFilter(b, query.sort, *after);
    const std::string limitParam = b.param(limit);
    if (!searching) {
        // Walks the sort's index in order and stops after `limit` matching rows.
        return b.take(inboxRowSelect("conversations c") + b.conditions() + orderBy(query.sort, "c")
                      + " LIMIT " + limitParam);
    }
    // Filters and sorts the matches in the temp table, then reads only the page's rows.
    return b.take(inboxRowSelect("(SELECT * FROM temp.search_hits h" + b.conditions()
                                 + orderBy(query.sort, "h") + " LIMIT " + limitParam
                                 + ") p CROSS JOIN conversations c ON c.key = p.key")
                  + orderBy(query.sort, "p"));
}

InboxSql viewCountsSql(const InboxQuery& query, const InboxKeys& keys, bool searching)
{
    Builder b(searching ? "h" : "c");
    const std::string mine = isMine(b, keys);
    const std::string teams = teamList(b, keys);
    filters(b, query, true);
    return b.take("SELECT count(*) FILTER (WHERE " + mine + "), count(*) FILTER (WHERE "
                  + b.column("assignee_key") + " IS NULL), count(*) FILTER (WHERE " + teams
                  + "), count(*) FROM " + (searching ? "temp.search_hits h" : "conversations c")
                  + b.conditions());
}

} // namespace concord::store
