// Every shape of inbox query is answered from an index in the requested order (never a scan
// of the conversations table, never a sort of all of them), so a page costs the same at a
// million messages as at a hundred. Checked with EXPLAIN QUERY PLAN.

#include "store/Database.h"
#include "store/InboxSql.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QTest>

using namespace concord;
using namespace concord::store;

namespace {

std::string plan(Database& db, const InboxSql& sql)
{
    SQLite::Statement explain(db.sql(), "EXPLAIN QUERY PLAN " + sql.text);
    for (std::size_t i = 0; i < sql.values.size(); ++i)
        explain.bind(static_cast<int>(i + 1), static_cast<int64_t>(sql.values[i]));
    std::string text;
    while (explain.executeStep())
        text += explain.getColumn(3).getString() + "\n";
    return text;
}

} // namespace

class TestQueryPlans : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void inboxPagesWalkAnIndexInOrder();
    void searchPagesSortOnlyTheMatches();
    void viewCountsSeekTheNarrowIndex();

private:
    std::unique_ptr<Database> m_db;
    InboxKeys m_keys{7, {1, 2}};
};

void TestQueryPlans::initTestCase()
{
    auto db = Database::openInMemory();
    QVERIFY(db.ok());
    m_db = std::move(db).value();
}

void TestQueryPlans::inboxPagesWalkAnIndexInOrder()
{
    InboxRow after;
    after.key = 42;
    after.slaDue = domain::fromEpochMs(1000);
    int shapes = 0;
    for (InboxView view : {InboxView::Mine, InboxView::Unassigned, InboxView::MyTeams,
                           InboxView::All}) {
        for (InboxSort sort : {InboxSort::LastActivity, InboxSort::SlaDue, InboxSort::Priority}) {
            for (unsigned statuses : {kAnyStatus, statusBit(domain::Status::New)}) {
                for (const InboxRow* from : {static_cast<const InboxRow*>(nullptr),
                                             static_cast<const InboxRow*>(&after)}) {
                    InboxQuery query;
                    query.view = view;
                    query.sort = sort;
                    query.statuses = statuses;
                    query.channels = domain::channelBit(domain::Channel::Voice);
                    const std::string text = plan(*m_db, inboxPageSql(query, m_keys, from, 50,
                                                                      false));
                    QVERIFY2(text.find("SEARCH c USING INDEX conversations_by_")
                                     != std::string::npos
                                 || text.find("SCAN c USING INDEX conversations_by_")
                                        != std::string::npos,
                             text.c_str());
                    QVERIFY2(text.find("TEMP B-TREE") == std::string::npos, text.c_str());
                    ++shapes;
                }
            }
        }
    }
    QCOMPARE(shapes, 48);
}

void TestQueryPlans::searchPagesSortOnlyTheMatches()
{
    m_db->sql().exec("CREATE TEMP TABLE IF NOT EXISTS search_hits (key INTEGER PRIMARY KEY, "
                     "last_activity, sla_order, priority, status, channel, assignee_key, "
                     "team_key)");
    InboxQuery query;
    query.view = InboxView::MyTeams;
    query.sort = InboxSort::Priority;
    const std::string text = plan(*m_db, inboxPageSql(query, m_keys, nullptr, 50, true));
    QVERIFY2(text.find("SCAN h") != std::string::npos, text.c_str());
    QVERIFY2(text.find("SEARCH c USING INTEGER PRIMARY KEY") != std::string::npos, text.c_str());
    QVERIFY2(text.find("SCAN c") == std::string::npos, text.c_str());
}

void TestQueryPlans::viewCountsSeekTheNarrowIndex()
{
    InboxQuery query;
    query.statuses = statusBit(domain::Status::New) | statusBit(domain::Status::Open);
    query.channels = domain::channelBit(domain::Channel::Chat);
    const std::string text = plan(*m_db, viewCountsSql(query, m_keys, false));
    QVERIFY2(text.find("SEARCH c USING COVERING INDEX conversations_by_status")
                 != std::string::npos,
             text.c_str());
    query.statuses = kAnyStatus;
    query.channels = domain::kAnyChannel;
    const std::string all = plan(*m_db, viewCountsSql(query, m_keys, false));
    QVERIFY2(all.find("COVERING INDEX") != std::string::npos, all.c_str());
}

QTEST_GUILESS_MAIN(TestQueryPlans)
#include "tst_queryplans.moc"
