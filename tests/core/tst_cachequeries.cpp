// The cache's queries on a small hand-built data set: inbox views, filters, sorts and keyset
// paging, view counts, search, threads, customer history and summary, and that a bulk load
// gives the same answers as writing row by row.

#include "CacheTestData.h"
#include "store/CacheReader.h"
#include "store/CacheWriter.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <set>

using namespace concord;
using namespace concord::store;
using namespace std::chrono_literals;
using testdata::CacheData;

Q_DECLARE_METATYPE(concord::store::InboxView)
Q_DECLARE_METATYPE(concord::store::InboxSort)

namespace {

InboxQuery annaQuery(InboxView view, InboxSort sort)
{
    InboxQuery query;
    query.view = view;
    query.sort = sort;
    query.agentId = testdata::kAnnaId;
    query.teamIds = {testdata::kFrontLineId, testdata::kComplaintsId};
    return query;
}

bool inView(const InboxRow& row, const InboxQuery& query)
{
    switch (query.view) {
    case InboxView::Mine:
        return row.assigneeId == query.agentId;
    case InboxView::Unassigned:
        return row.assigneeId.empty();
    case InboxView::MyTeams:
        return std::find(query.teamIds.begin(), query.teamIds.end(), row.teamId)
               != query.teamIds.end();
    case InboxView::All:
        return true;
    }
    return false;
}

bool passesFilters(const InboxRow& row, const InboxQuery& query)
{
    return (query.channels & domain::channelBit(row.channel))
           && (query.statuses & statusBit(row.status))
           && (query.priorities & priorityBit(row.priority));
}

// The order the inbox promises, written out plainly.
bool comesBefore(const InboxRow& a, const InboxRow& b, InboxSort sort)
{
    switch (sort) {
    case InboxSort::LastActivity:
        return std::pair(a.lastActivity, a.key) > std::pair(b.lastActivity, b.key);
    case InboxSort::SlaDue: {
        if (a.slaDue.has_value() != b.slaDue.has_value())
            return a.slaDue.has_value();
        if (a.slaDue && *a.slaDue != *b.slaDue)
            return *a.slaDue < *b.slaDue;
        return a.key < b.key;
    }
    case InboxSort::Priority:
        return std::tuple(a.priority, a.lastActivity, a.key)
               > std::tuple(b.priority, b.lastActivity, b.key);
    }
    return false;
}

std::vector<std::string> ids(const std::vector<InboxRow>& rows)
{
    std::vector<std::string> out;
    for (const auto& row : rows)
        out.push_back(row.conversationId);
    return out;
}

} // namespace

class TestCacheQueries : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void inboxPagesMatchTheReference_data();
    void inboxPagesMatchTheReference();
    void viewCounts();
    void inboxRowCarriesTheDenormalizedFields();
    void previewCollapsesAndCuts();
    void previewPrefersMessagesOverEvents();
    void duplicateMessageIsIgnored();
    void upsertIsIdempotentAndUpdates();
    void search_data();
    void search();
    void searchCombinesWithFiltersAndPaging();
    void searchSeesNewMessages();
    void searchWorksDuringABulkLoad();
    void readerSeesWhatAnotherConnectionWrites();
    void hostileSearchNeverErrors_data();
    void hostileSearchNeverErrors();
    void threadInTimeOrder();
    void customerWithIdentities();
    void historyNewestFirst();
    void summaryFigures();
    void teamsAgentsAndMeta();
    void unknownIdsAreNotFound();
    void bulkLoadGivesTheSameAnswers();

private:
    std::vector<InboxRow> allPages(const InboxQuery& query, int pageSize);
    std::vector<InboxRow> reference(const InboxQuery& query);

    CacheData m_data;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CacheReader> m_reader;
    std::vector<InboxRow> m_rows; // every conversation, read one by one
};

void TestCacheQueries::initTestCase()
{
    m_data = testdata::makeCacheData();
    m_db = testdata::writeTestCache(m_data, false);
    QVERIFY(m_db);
    m_reader = std::make_unique<CacheReader>(*m_db);
    for (const auto& c : m_data.conversations) {
        auto row = m_reader->inboxRow(c.id);
        QVERIFY(row.ok());
        m_rows.push_back(row.value());
    }
}

std::vector<InboxRow> TestCacheQueries::allPages(const InboxQuery& query, int pageSize)
{
    std::vector<InboxRow> rows;
    for (int guard = 0; guard < 100; ++guard) {
        auto page = m_reader->inboxPage(query, rows.empty() ? nullptr : &rows.back(), pageSize);
        if (!page.ok()) {
            qWarning() << page.error().detail.c_str();
            return {};
        }
        rows.insert(rows.end(), page->begin(), page->end());
        if (static_cast<int>(page->size()) < pageSize)
            break;
    }
    return rows;
}

std::vector<InboxRow> TestCacheQueries::reference(const InboxQuery& query)
{
    std::vector<InboxRow> rows;
    std::copy_if(m_rows.begin(), m_rows.end(), std::back_inserter(rows),
                 [&](const InboxRow& r) { return inView(r, query) && passesFilters(r, query); });
    std::sort(rows.begin(), rows.end(),
              [&](const InboxRow& a, const InboxRow& b) { return comesBefore(a, b, query.sort); });
    return rows;
}

void TestCacheQueries::inboxPagesMatchTheReference_data()
{
    QTest::addColumn<InboxView>("view");
    QTest::addColumn<InboxSort>("sort");
    QTest::addColumn<unsigned>("channels");
    QTest::addColumn<unsigned>("statuses");
    QTest::addColumn<unsigned>("priorities");

    const std::pair<const char*, InboxView> views[] = {{"mine", InboxView::Mine},
                                                       {"unassigned", InboxView::Unassigned},
                                                       {"myteams", InboxView::MyTeams},
                                                       {"all", InboxView::All}};
    const std::pair<const char*, InboxSort> sorts[] = {{"activity", InboxSort::LastActivity},
                                                       {"sla", InboxSort::SlaDue},
                                                       {"priority", InboxSort::Priority}};
    const unsigned active = statusBit(domain::Status::New) | statusBit(domain::Status::Open)
                            | statusBit(domain::Status::Pending);
    const unsigned chatOrMail = domain::channelBit(domain::Channel::Chat)
                                | domain::channelBit(domain::Channel::Email);
    const unsigned urgent = priorityBit(domain::Priority::Urgent)
                            | priorityBit(domain::Priority::High);
    for (const auto& [viewName, view] : views) {
        for (const auto& [sortName, sort] : sorts) {
            const std::string name = std::string(viewName) + "/" + sortName;
            QTest::newRow((name + "/unfiltered").c_str())
                << view << sort << domain::kAnyChannel << kAnyStatus << kAnyPriority;
            QTest::newRow((name + "/active").c_str())
                << view << sort << domain::kAnyChannel << active << kAnyPriority;
            QTest::newRow((name + "/chat+mail urgent").c_str())
                << view << sort << chatOrMail << kAnyStatus << urgent;
            QTest::newRow((name + "/nothing").c_str()) << view << sort << 0u << kAnyStatus
                                                       << kAnyPriority;
        }
    }
}

void TestCacheQueries::inboxPagesMatchTheReference()
{
    QFETCH(InboxView, view);
    QFETCH(InboxSort, sort);
    QFETCH(unsigned, channels);
    QFETCH(unsigned, statuses);
    QFETCH(unsigned, priorities);
    InboxQuery query = annaQuery(view, sort);
    query.channels = channels;
    query.statuses = statuses;
    query.priorities = priorities;

    const auto expected = ids(reference(query));
    // Pages of 4 cut through the ties (groups of three share a time or an SLA).
    QCOMPARE(ids(allPages(query, 4)), expected);
    QCOMPARE(ids(allPages(query, 1000)), expected);
    const auto pageOfTwo = m_reader->inboxPage(query, nullptr, 2);
    QVERIFY(pageOfTwo.ok());
    QCOMPARE(pageOfTwo->size(), std::min<std::size_t>(2, expected.size()));
}

void TestCacheQueries::viewCounts()
{
    InboxQuery query = annaQuery(InboxView::All, InboxSort::LastActivity);
    query.statuses = statusBit(domain::Status::New) | statusBit(domain::Status::Open);
    const auto counts = m_reader->viewCounts(query);
    QVERIFY(counts.ok());
    auto expectedCount = [&](InboxView view) {
        InboxQuery q = query;
        q.view = view;
        return static_cast<std::int64_t>(reference(q).size());
    };
    QCOMPARE(counts->mine, expectedCount(InboxView::Mine));
    QCOMPARE(counts->unassigned, expectedCount(InboxView::Unassigned));
    QCOMPARE(counts->myTeams, expectedCount(InboxView::MyTeams));
    QCOMPARE(counts->all, expectedCount(InboxView::All));
    QVERIFY(counts->mine > 0 && counts->unassigned > 0 && counts->myTeams > counts->mine);

    InboxQuery everything = annaQuery(InboxView::Mine, InboxSort::SlaDue);
    const auto total = m_reader->viewCounts(everything);
    QVERIFY(total.ok());
    QCOMPARE(total->all, static_cast<std::int64_t>(m_data.conversations.size()));
}

void TestCacheQueries::inboxRowCarriesTheDenormalizedFields()
{
    const auto row = m_reader->inboxRow(testdata::kComplaintId);
    QVERIFY(row.ok());
    QCOMPARE(row->customerName, "Jan Kowalski");
    QCOMPARE(row->customerId, testdata::kJanId);
    QCOMPARE(row->assigneeName, "Anna Kowalska");
    QCOMPARE(row->teamName, "Pierwsza linia");
    QCOMPARE(row->subject, "Reklamacja butów");
    QCOMPARE(row->messageCount, 6);
    // The latest message that is not an event; of two at the same time, the later written.
    QCOMPARE(row->preview, "Przyjęliśmy zgłoszenie.");
    QCOMPARE(row->channel, domain::Channel::Email);

    // A message later than the recorded activity moves the conversation's activity.
    const auto late = m_reader->inboxRow(m_data.conversations[35].id);
    QVERIFY(late.ok());
    QCOMPARE(domain::toEpochMs(late->lastActivity),
             domain::toEpochMs(m_data.messages.back().sentAt));
    QCOMPARE(late->preview, "Halo, czy ktoś tam jest?");
    QCOMPARE(late->messageCount, 2);
    QVERIFY(!late->slaDue.has_value());

    const auto social = m_reader->inboxRow(m_data.conversations[3].id);
    QVERIFY(social.ok());
    QCOMPARE(social->network, domain::SocialNetwork::WhatsApp);
    QVERIFY(social->assigneeName.empty() == m_data.conversations[3].assigneeId.empty());
}

void TestCacheQueries::previewCollapsesAndCuts()
{
    CacheData data = testdata::makeCacheData();
    data.messages.clear();
    domain::Message m;
    m.id = "f0000000-0000-4000-8000-000000000001";
    m.conversationId = testdata::kComplaintId;
    m.direction = domain::Direction::Inbound;
    m.body = "  Zażółć \n\n\t gęślą   jaźń " + std::string(400, 'y');
    m.sentAt = data.conversations[0].lastActivity;
    data.messages.push_back(m);
    auto db = testdata::writeTestCache(data, false);
    QVERIFY(db);
    CacheReader reader(*db);
    const auto row = reader.inboxRow(testdata::kComplaintId);
    QVERIFY(row.ok());
    const QString preview = QString::fromStdString(row->preview);
    QVERIFY(preview.startsWith("Zażółć gęślą jaźń yyy"));
    QCOMPARE(preview.size(), 160);
}

void TestCacheQueries::previewPrefersMessagesOverEvents()
{
    for (bool bulk : {false, true}) {
        CacheData data = testdata::makeCacheData();
        data.messages.clear();
        const domain::Conversation& call = data.conversations[4]; // a voice conversation
        auto add = [&](int n, domain::Direction direction, const char* body, int minutes) {
            domain::Message m;
            m.id = "f0000000-0000-4000-8000-00000000000" + std::to_string(n);
            m.conversationId = call.id;
            m.direction = direction;
            m.body = body;
            m.sentAt = call.lastActivity + std::chrono::minutes(minutes);
            data.messages.push_back(m);
        };
        add(1, domain::Direction::Event, "Połączenie odebrane", 0);
        auto db = testdata::writeTestCache(data, bulk);
        QVERIFY(db);
        CacheReader reader(*db);
        QCOMPARE(reader.inboxRow(call.id)->preview, "Połączenie odebrane"); // nothing else yet

        data.messages.clear();
        add(2, domain::Direction::Note, "Oddzwonić jutro", 1);
        add(3, domain::Direction::Event, "Połączenie nieodebrane", 2);
        CacheWriter writer(*db);
        QVERIFY(writer.begin().ok());
        if (bulk)
            QVERIFY(writer.startBulkLoad().ok());
        for (const auto& m : data.messages)
            QVERIFY(writer.appendMessage(m).ok());
        if (bulk)
            QVERIFY(writer.finishBulkLoad().ok());
        QVERIFY(writer.commit().ok());
        const auto row = reader.inboxRow(call.id);
        QCOMPARE(row->preview, "Oddzwonić jutro");
        QCOMPARE(row->messageCount, 3);
        QCOMPARE(row->lastActivity, call.lastActivity + 2min);
    }
}

void TestCacheQueries::duplicateMessageIsIgnored()
{
    auto db = testdata::writeTestCache(m_data, false);
    QVERIFY(db);
    CacheWriter writer(*db);
    domain::Message again = m_data.messages.front();
    again.body = "changed";
    QVERIFY(writer.appendMessage(again).ok());
    CacheReader reader(*db);
    QCOMPARE(reader.inboxRow(testdata::kComplaintId)->messageCount, 6);
    const auto thread = reader.messages(testdata::kComplaintId);
    QVERIFY(thread.ok());
    QCOMPARE(thread->size(), std::size_t{6});
    for (const auto& message : thread.value())
        QVERIFY(message.body != "changed");
}

void TestCacheQueries::upsertIsIdempotentAndUpdates()
{
    auto db = testdata::writeTestCache(m_data, false);
    QVERIFY(db);
    CacheWriter writer(*db);
    CacheReader reader(*db);
    domain::Conversation c = m_data.conversations[0];
    c.status = domain::Status::Pending;
    c.subject = "Reklamacja kozaków";
    c.assigneeId.clear();
    QVERIFY(writer.upsertConversation(c).ok());
    QVERIFY(writer.upsertConversation(c).ok());
    const auto row = reader.inboxRow(c.id);
    QVERIFY(row.ok());
    QCOMPARE(row->status, domain::Status::Pending);
    QVERIFY(row->assigneeId.empty());
    QCOMPARE(row->messageCount, 6); // the thread's figures survive an upsert
    QCOMPARE(row->preview, "Przyjęliśmy zgłoszenie.");
    const auto counts = reader.viewCounts(annaQuery(InboxView::All, InboxSort::LastActivity));
    QCOMPARE(counts->all, static_cast<std::int64_t>(m_data.conversations.size()));

    // The subject's search entry follows the new subject.
    InboxQuery query = annaQuery(InboxView::All, InboxSort::LastActivity);
    query.search = "kozakow";
    QCOMPARE(ids(reader.inboxPage(query, nullptr, 50).value()),
             std::vector<std::string>{c.id});

    domain::Customer jan = m_data.customers[0];
    jan.identities.pop_back(); // the phone number is gone
    jan.displayName = "Jan Kowalski-Nowak";
    QVERIFY(writer.upsertCustomer(jan).ok());
    QVERIFY(writer.upsertCustomer(jan).ok());
    const auto customer = reader.customer(testdata::kJanId);
    QCOMPARE(customer->identities.size(), std::size_t{1});
    query.search = "600100200";
    QVERIFY(reader.inboxPage(query, nullptr, 50)->empty());
    query.search = "Kowalski-Nowak";
    QCOMPARE(reader.inboxPage(query, nullptr, 50)->size(), std::size_t{12});

    domain::Conversation orphan = c;
    orphan.id = "d0000000-0000-4000-8000-0000000000ff";
    orphan.customerId = "c0000000-0000-4000-8000-0000000000ff";
    const auto refused = writer.upsertConversation(orphan);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, domain::ErrorCode::NotFound);
}

void TestCacheQueries::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("mustFind");
    QTest::addColumn<int>("count");

    const QString complaint = testdata::kComplaintId;
    QTest::newRow("folded phrase") << "zlozyc reklamacje" << QStringList{complaint} << 1;
    QTest::newRow("as written") << "Chcę złożyć reklamację" << QStringList{complaint} << 1;
    QTest::newRow("shouted") << "ZŁOŻYĆ" << QStringList{complaint} << 1;
    QTest::newRow("prefix") << "reklam" << QStringList{complaint} << 1;
    QTest::newRow("note text") << "gwarancje" << QStringList{complaint} << 1;
    QTest::newRow("subject") << "butow" << QStringList{complaint} << 1;
    QTest::newRow("customer name") << "kowalski" << QStringList{complaint} << 12;
    QTest::newRow("customer name folded") << "lukasiewicz" << QStringList{} << 12;
    QTest::newRow("customer first and last") << "zofia lukas" << QStringList{} << 12;
    QTest::newRow("email") << "jan.kowalski@example.com" << QStringList{complaint} << 12;
    QTest::newRow("email prefix") << "john.smith@exa" << QStringList{} << 12;
    QTest::newRow("phone as stored") << "+48600100200" << QStringList{complaint} << 12;
    QTest::newRow("phone with spaces") << "+48 600 100 200" << QStringList{complaint} << 12;
    QTest::newRow("phone national") << "600100200" << QStringList{complaint} << 12;
    QTest::newRow("social handle") << "zofia.lukasiewicz" << QStringList{} << 12;
    QTest::newRow("invoice number") << "numer 17 faktur" << QStringList{} << 1;
    QTest::newRow("only the last word is a prefix") << "faktur 17" << QStringList{} << 0;
    QTest::newRow("no such word") << "hulajnoga" << QStringList{} << 0;
}

void TestCacheQueries::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, mustFind);
    QFETCH(int, count);
    InboxQuery query = annaQuery(InboxView::All, InboxSort::LastActivity);
    query.search = text.toStdString();
    const auto found = allPages(query, 5);
    QCOMPARE(static_cast<int>(found.size()), count);
    std::set<std::string> unique;
    for (const auto& row : found)
        unique.insert(row.conversationId);
    QCOMPARE(static_cast<int>(unique.size()), count);
    for (const QString& id : mustFind)
        QVERIFY2(unique.count(id.toStdString()), qPrintable(id));
    const auto counts = m_reader->viewCounts(query);
    QVERIFY(counts.ok());
    QCOMPARE(counts->all, static_cast<std::int64_t>(count));
}

void TestCacheQueries::searchCombinesWithFiltersAndPaging()
{
    for (InboxSort sort : {InboxSort::LastActivity, InboxSort::SlaDue, InboxSort::Priority}) {
        InboxQuery query = annaQuery(InboxView::MyTeams, sort);
        query.statuses = statusBit(domain::Status::New) | statusBit(domain::Status::Pending)
                         | statusBit(domain::Status::Closed);
        query.search = "kowalski";
        std::vector<InboxRow> expected;
        for (const auto& row : reference(query))
            if (row.customerId == testdata::kJanId)
                expected.push_back(row);
        QVERIFY(!expected.empty());
        QCOMPARE(ids(allPages(query, 2)), ids(expected));
    }
}

void TestCacheQueries::searchSeesNewMessages()
{
    auto db = testdata::writeTestCache(m_data, false);
    QVERIFY(db);
    CacheReader reader(*db);
    CacheWriter writer(*db);
    InboxQuery query = annaQuery(InboxView::All, InboxSort::LastActivity);
    query.search = "hulajnoga";
    QVERIFY(reader.inboxPage(query, nullptr, 10)->empty());
    domain::Message m = m_data.messages.back();
    m.id = "f0000000-0000-4000-8000-000000000002";
    m.body = "Zepsuta hulajnoga elektryczna";
    QVERIFY(writer.appendMessage(m).ok());
    const auto page = reader.inboxPage(query, nullptr, 10);
    QVERIFY(page.ok());
    QCOMPARE(ids(page.value()), std::vector<std::string>{m.conversationId});
    QCOMPARE(page->front().preview, "Zepsuta hulajnoga elektryczna");
}

void TestCacheQueries::searchWorksDuringABulkLoad()
{
    auto db = testdata::writeTestCache(m_data, false);
    QVERIFY(db);
    CacheWriter writer(*db);
    QVERIFY(writer.startBulkLoad().ok()); // drops the indexes a search prefers
    CacheReader reader(*db);
    InboxQuery query = annaQuery(InboxView::All, InboxSort::SlaDue);
    query.search = "zlozyc reklamacje";
    const auto page = reader.inboxPage(query, nullptr, 10);
    QVERIFY2(page.ok(), page.ok() ? "" : page.error().detail.c_str());
    QCOMPARE(ids(page.value()), std::vector<std::string>{testdata::kComplaintId});
    QVERIFY(writer.finishBulkLoad().ok());
    QCOMPARE(ids(reader.inboxPage(query, nullptr, 10).value()),
             std::vector<std::string>{testdata::kComplaintId});
}

// The desk's layout: the GUI reads through one connection while the sync thread writes
// through another; a search made before a write must not hide what the write brought.
void TestCacheQueries::readerSeesWhatAnotherConnectionWrites()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::filesystem::path file = dir.filePath("cache.db").toStdString();
    auto writerDb = Database::open(file, OpenMode::CreateOrMigrate);
    auto readerDb = Database::open(file, OpenMode::ExistingOnly);
    QVERIFY(writerDb.ok() && readerDb.ok());
    CacheWriter writer(**writerDb);
    CacheReader reader(**readerDb);
    CacheData data = testdata::makeCacheData();
    const std::vector<domain::Message> messages = std::move(data.messages);
    data.messages.clear();
    QVERIFY(writer.begin().ok());
    for (const auto& team : data.teams)
        QVERIFY(writer.upsertTeam(team).ok());
    for (const auto& customer : data.customers)
        QVERIFY(writer.upsertCustomer(customer).ok());
    for (const auto& agent : data.agents)
        QVERIFY(writer.upsertAgent(agent).ok());
    QVERIFY(writer.upsertConversation(data.conversations[0]).ok());
    QVERIFY(writer.commit().ok());

    InboxQuery query;
    query.search = "reklamacje";
    QVERIFY(reader.inboxPage(query, nullptr, 10)->empty());
    QCOMPARE(reader.viewCounts(query)->all, 0);
    for (const auto& message : messages)
        if (message.conversationId == testdata::kComplaintId)
            QVERIFY(writer.appendMessage(message).ok()); // each commits on its own
    const auto page = reader.inboxPage(query, nullptr, 10);
    QVERIFY(page.ok());
    QCOMPARE(ids(page.value()), std::vector<std::string>{testdata::kComplaintId});
    QCOMPARE(page->front().messageCount, 6);
    QCOMPARE(reader.viewCounts(query)->all, 1);
}

void TestCacheQueries::hostileSearchNeverErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    for (const char* text :
         {"\"", "\"\"", "*", "**", "reklam*", "^reklam", "body:reklam", "subject : x", "(",
          ")", "(reklam", "NEAR", "NEAR(a b)", "AND", "OR", "NOT", "a AND", "OR b", "-",
          "-reklam", "+", "'", "';--", "\\", "%", "_", "{", "}", "[x]", "!!!", "....",
          "\xff\xfe", "\xc5", "a\xc5\x82\xff"}) {
        QTest::newRow(text) << QByteArray(text);
    }
    QTest::newRow("very long") << QByteArray(100000, 'z');
    QTest::newRow("many words") << QByteArray("reklam ").repeated(1000);
    QTest::newRow("nul") << QByteArray("re\0klam", 7);
}

void TestCacheQueries::hostileSearchNeverErrors()
{
    QFETCH(QByteArray, text);
    InboxQuery query = annaQuery(InboxView::All, InboxSort::Priority);
    query.search = std::string(text.constData(), static_cast<std::size_t>(text.size()));
    const auto page = m_reader->inboxPage(query, nullptr, 50);
    QVERIFY2(page.ok(), page.ok() ? "" : page.error().detail.c_str());
    const auto counts = m_reader->viewCounts(query);
    QVERIFY2(counts.ok(), counts.ok() ? "" : counts.error().detail.c_str());
    QCOMPARE(static_cast<std::int64_t>(page->size()), std::min<std::int64_t>(counts->all, 50));
}

void TestCacheQueries::threadInTimeOrder()
{
    const auto thread = m_reader->messages(testdata::kComplaintId);
    QVERIFY(thread.ok());
    std::vector<std::string> bodies;
    for (const auto& m : thread.value())
        bodies.push_back(m.body.substr(0, 12));
    const std::vector<std::string> expected{"Chcę złoż", "Dzień dobry,", "xxxxxxxxxxxx",
                                            "Klient stały", "Przyjęliśmy ", "Połączenie"};
    for (std::size_t i = 0; i < expected.size(); ++i)
        QVERIFY2(bodies[i].starts_with(expected[i].substr(0, 8)), bodies[i].c_str());
    QCOMPARE(thread->size(), expected.size());
    const domain::Message& mail = thread->at(2);
    QVERIFY(mail.email.has_value());
    QCOMPARE(mail.email->subject, "Re: Reklamacja");
    QCOMPARE(mail.email->headers.size(), std::size_t{1});
    QCOMPARE(mail.email->headers[0].second, "<1@example>");
    const domain::Message& call = thread->back();
    QCOMPARE(call.direction, domain::Direction::Event);
    QVERIFY(call.call.has_value());
    QCOMPARE(call.call->durationSeconds, 185);
    QCOMPARE(call.call->ivrPath, (std::vector<std::string>{"1 Zamówienia", "3 Reklamacje"}));
    QCOMPARE(call.call->outcome, domain::CallOutcome::Answered);
    QVERIFY(!call.email && !call.visit);
    QCOMPARE(thread->at(3).direction, domain::Direction::Note);

    const auto withVisit = m_reader->messages(m_data.conversations[4].id);
    QVERIFY(withVisit.ok());
    QCOMPARE(withVisit->size(), std::size_t{2});
    QVERIFY(withVisit->back().visit.has_value());
    QCOMPARE(withVisit->back().visit->branch, "Kraków Rynek");
    QCOMPARE(withVisit->back().visit->durationMinutes, 15);
}

void TestCacheQueries::customerWithIdentities()
{
    const auto jan = m_reader->customer(testdata::kJanId);
    QVERIFY(jan.ok());
    QCOMPARE(jan->displayName, "Jan Kowalski");
    QCOMPARE(jan->honorific, domain::Honorific::Mr);
    QCOMPARE(jan->notes, "Stały klient");
    QCOMPARE(jan->identities.size(), std::size_t{2});
    QCOMPARE(jan->identities[0].value, "jan.kowalski@example.com");
    QVERIFY(jan->identities[0].primary);
    QCOMPARE(jan->identities[1].kind, domain::IdentityKind::Phone);
    QCOMPARE(jan->identities[1].customerId, testdata::kJanId);
    const auto zofia = m_reader->customer(testdata::kZofiaId);
    QCOMPARE(zofia->identities[1].network, domain::SocialNetwork::Messenger);
}

void TestCacheQueries::historyNewestFirst()
{
    const auto history = m_reader->customerHistory(testdata::kJanId);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), std::size_t{12});
    std::set<domain::Channel> channels;
    for (std::size_t i = 0; i + 1 < history->size(); ++i) {
        const auto& a = history->at(i);
        const auto& b = history->at(i + 1);
        QVERIFY(a.lastActivity >= b.lastActivity);
        channels.insert(a.channel);
    }
    QCOMPARE(channels.size(), std::size_t{2}); // Jan's are every third: two channels
    const auto& newest = history->front();
    const auto expected = reference(annaQuery(InboxView::All, InboxSort::LastActivity));
    const auto firstOfJan = std::find_if(expected.begin(), expected.end(), [](const auto& r) {
        return r.customerId == testdata::kJanId;
    });
    QCOMPARE(newest.conversationId, firstOfJan->conversationId);
    const auto complaint = std::find_if(history->begin(), history->end(), [](const auto& r) {
        return r.conversationId == testdata::kComplaintId;
    });
    QVERIFY(complaint != history->end());
    QCOMPARE(complaint->messageCount, 6);
    QCOMPARE(complaint->teamName, "Pierwsza linia");
    QCOMPARE(complaint->assigneeName, "Anna Kowalska");
    QVERIFY(m_reader->customerHistory(testdata::kQuietId)->empty());
}

void TestCacheQueries::summaryFigures()
{
    const auto summary = m_reader->customerSummary(testdata::kJanId);
    QVERIFY(summary.ok());
    std::array<int, 6> perChannel{};
    int open = 0;
    int csatCount = 0;
    double csatSum = 0;
    auto first = domain::Timestamp::max();
    auto last = domain::Timestamp::min();
    for (const auto& row : m_rows) {
        if (row.customerId != testdata::kJanId)
            continue;
        ++perChannel[static_cast<std::size_t>(row.channel)];
        open += domain::isActive(row.status) ? 1 : 0;
        last = std::max(last, row.lastActivity);
    }
    for (const auto& c : m_data.conversations) {
        if (c.customerId != testdata::kJanId)
            continue;
        first = std::min(first, c.created);
        if (c.survey.csat) {
            ++csatCount;
            csatSum += *c.survey.csat;
        }
    }
    QCOMPARE(summary->contactsPerChannel, perChannel);
    QCOMPARE(summary->conversations, 12);
    QCOMPARE(summary->openConversations, open);
    QVERIFY(open > 0 && open < 12);
    QCOMPARE(summary->firstContact, std::optional(first));
    QCOMPARE(summary->lastContact, std::optional(last));
    QCOMPARE(summary->csatAnswers, csatCount);
    QVERIFY(summary->averageCsat.has_value());
    QCOMPARE(*summary->averageCsat, csatSum / csatCount);

    const auto quiet = m_reader->customerSummary(testdata::kQuietId);
    QVERIFY(quiet.ok());
    QCOMPARE(quiet->conversations, 0);
    QVERIFY(!quiet->averageCsat && !quiet->firstContact && !quiet->lastContact);
}

void TestCacheQueries::teamsAgentsAndMeta()
{
    const auto teams = m_reader->teams();
    QVERIFY(teams.ok());
    QCOMPARE(teams->size(), std::size_t{3});
    QCOMPARE(teams->front().name, "Pierwsza linia");
    const auto agents = m_reader->agents();
    QVERIFY(agents.ok());
    QCOMPARE(agents->size(), std::size_t{3});
    const auto anna = m_reader->agentByLogin("anna.kowalska");
    QVERIFY(anna.ok());
    QCOMPARE(anna->id, testdata::kAnnaId);
    QCOMPARE(anna->displayName, "Anna Kowalska");
    QCOMPARE(anna->teamIds.size(), std::size_t{2});
    const auto marek = m_reader->agentByLogin("marek.zielinski");
    QCOMPARE(marek->role, domain::Role::Supervisor);
    QCOMPARE(marek->teamIds, std::vector<domain::Id>{testdata::kComplaintsId});
    for (const auto& agent : agents.value())
        QVERIFY(!agent.teamIds.empty());
    QCOMPARE(m_reader->meta("desk.agent_login"), std::optional<std::string>("anna.kowalska"));
    QVERIFY(!m_reader->meta("no.such.key"));
}

void TestCacheQueries::unknownIdsAreNotFound()
{
    const std::string unknown = "00000000-0000-4000-8000-000000000000";
    QCOMPARE(m_reader->conversation(unknown).error().code, domain::ErrorCode::NotFound);
    QCOMPARE(m_reader->inboxRow(unknown).error().code, domain::ErrorCode::NotFound);
    QCOMPARE(m_reader->messages(unknown).error().code, domain::ErrorCode::NotFound);
    QCOMPARE(m_reader->customer(unknown).error().code, domain::ErrorCode::NotFound);
    QCOMPARE(m_reader->customerHistory(unknown).error().code, domain::ErrorCode::NotFound);
    QCOMPARE(m_reader->agentByLogin("nobody").error().code, domain::ErrorCode::NotFound);
    InboxQuery stranger = annaQuery(InboxView::Mine, InboxSort::LastActivity);
    stranger.agentId = unknown;
    QVERIFY(m_reader->inboxPage(stranger, nullptr, 10)->empty());
}

void TestCacheQueries::bulkLoadGivesTheSameAnswers()
{
    auto bulkDb = testdata::writeTestCache(m_data, true);
    QVERIFY(bulkDb);
    CacheReader bulk(*bulkDb);
    for (InboxView view : {InboxView::Mine, InboxView::Unassigned, InboxView::MyTeams,
                           InboxView::All}) {
        for (InboxSort sort : {InboxSort::LastActivity, InboxSort::SlaDue, InboxSort::Priority}) {
            for (const char* search : {"", "reklam", "kowalski", "faktur"}) {
                InboxQuery query = annaQuery(view, sort);
                query.search = search;
                const auto a = m_reader->inboxPage(query, nullptr, 100);
                const auto b = bulk.inboxPage(query, nullptr, 100);
                QVERIFY(a.ok() && b.ok());
                QCOMPARE(a->size(), b->size());
                for (std::size_t i = 0; i < a->size(); ++i) {
                    const InboxRow& x = a->at(i);
                    const InboxRow& y = b->at(i);
                    QCOMPARE(y.conversationId, x.conversationId);
                    QCOMPARE(y.preview, x.preview);
                    QCOMPARE(y.messageCount, x.messageCount);
                    QCOMPARE(y.lastActivity, x.lastActivity);
                    QCOMPARE(y.customerName, x.customerName);
                }
                QCOMPARE(bulk.viewCounts(query)->myTeams, m_reader->viewCounts(query)->myTeams);
            }
        }
    }
    for (const auto& c : m_data.conversations) {
        const auto a = m_reader->messages(c.id);
        const auto b = bulk.messages(c.id);
        QCOMPARE(a->size(), b->size());
        for (std::size_t i = 0; i < a->size(); ++i)
            QCOMPARE(b->at(i).id, a->at(i).id);
    }
    QCOMPARE(bulk.customerHistory(testdata::kZofiaId)->size(),
             m_reader->customerHistory(testdata::kZofiaId)->size());
}

QTEST_GUILESS_MAIN(TestCacheQueries)
#include "tst_cachequeries.moc"
