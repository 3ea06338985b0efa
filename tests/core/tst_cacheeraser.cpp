// Taking records out of the desk's cache: an optimistic message the hub refused, a
// conversation that left the desk's scope, a customer no longer involved, and everything when
// the hub starts the desk over. The inbox, the thread, the history and search must all agree
// afterwards, and the desk's own outbox and settings must stay.

#include "CacheTestData.h"
#include "store/CacheEraser.h"
#include "store/CacheReader.h"
#include "store/CacheWriter.h"
#include "store/Outbox.h"

#include <QTest>

#include <algorithm>

using namespace concord;
using namespace concord::store;

namespace {

InboxQuery allWithSearch(const std::string& search = {})
{
    InboxQuery query;
    query.view = InboxView::All;
    query.search = search;
    return query;
}

bool inboxHas(CacheReader& reader, const std::string& conversationId,
              const std::string& search = {})
{
    const auto page = reader.inboxPage(allWithSearch(search), nullptr, 500);
    if (!page)
        return false;
    return std::any_of(page->begin(), page->end(),
                       [&](const InboxRow& row) { return row.conversationId == conversationId; });
}

} // namespace

class TstCacheEraser : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void refusedMessageLeavesNoTrace();
    void conversationLeavesWithItsMessages();
    void customerLeavesWithAllOfTheirs();
    void startingOverKeepsOutboxAndSettings();
    void removalsRepeatHarmlessly();

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CacheReader> m_reader;
};

void TstCacheEraser::init()
{
    m_db = testdata::writeTestCache(testdata::makeCacheData());
    QVERIFY(m_db);
    m_reader = std::make_unique<CacheReader>(*m_db);
}

// The reader's statements must go before the connection they run on.
void TstCacheEraser::cleanup()
{
    m_reader.reset();
    m_db.reset();
}

void TstCacheEraser::refusedMessageLeavesNoTrace()
{
    const auto before = m_reader->inboxRow(testdata::kComplaintId);
    QVERIFY(before.ok());
    domain::Message optimistic;
    optimistic.id = "e0000000-0000-4000-8000-0000000000ff";
    optimistic.conversationId = testdata::kComplaintId;
    optimistic.direction = domain::Direction::Outbound;
    optimistic.body = "Optymistyczna odpowiedź przed potwierdzeniem";
    optimistic.sentAt = domain::fromEpochMs(4'000'000'000'000); // the newest of the thread
    CacheWriter writer(*m_db);
    QVERIFY(writer.appendMessage(optimistic).ok());
    QCOMPARE(m_reader->inboxRow(testdata::kComplaintId)->messageCount,
             before->messageCount + 1);
    QVERIFY(inboxHas(*m_reader, testdata::kComplaintId, "optymistyczna"));

    CacheEraser eraser(*m_db);
    QVERIFY(eraser.removeMessage(optimistic.id).ok());
    const auto after = m_reader->inboxRow(testdata::kComplaintId);
    QCOMPARE(after->messageCount, before->messageCount);
    QCOMPARE(after->preview, before->preview);
    QCOMPARE(m_reader->messages(testdata::kComplaintId)->size(),
             std::size_t(before->messageCount));
    QVERIFY(!inboxHas(*m_reader, testdata::kComplaintId, "optymistyczna"));
}

void TstCacheEraser::conversationLeavesWithItsMessages()
{
    QVERIFY(inboxHas(*m_reader, testdata::kComplaintId));
    QVERIFY(inboxHas(*m_reader, testdata::kComplaintId, "zlozyc reklamacje"));
    const int allBefore = m_reader->viewCounts(allWithSearch())->all;
    CacheEraser eraser(*m_db);
    QVERIFY(eraser.removeConversation(testdata::kComplaintId).ok());
    QVERIFY(!inboxHas(*m_reader, testdata::kComplaintId));
    QVERIFY(!inboxHas(*m_reader, testdata::kComplaintId, "zlozyc reklamacje"));
    QCOMPARE(m_reader->viewCounts(allWithSearch())->all, allBefore - 1);
    const auto thread = m_reader->messages(testdata::kComplaintId);
    QVERIFY(!thread.ok() || thread->empty());
    const auto history = m_reader->customerHistory(testdata::kJanId);
    QVERIFY(history.ok());
    QVERIFY(std::none_of(history->begin(), history->end(), [](const HistoryRow& row) {
        return row.conversationId == testdata::kComplaintId;
    }));
}

void TstCacheEraser::customerLeavesWithAllOfTheirs()
{
    QVERIFY(m_reader->customer(testdata::kJanId).ok());
    CacheEraser eraser(*m_db);
    QVERIFY(eraser.removeCustomer(testdata::kJanId).ok());
    QVERIFY(!m_reader->customer(testdata::kJanId).ok());
    QVERIFY(!inboxHas(*m_reader, testdata::kComplaintId));
    const auto page = m_reader->inboxPage(allWithSearch("Kowalski"), nullptr, 500);
    QVERIFY(page.ok());
    for (const InboxRow& row : *page)
        QVERIFY(row.customerName != "Jan Kowalski");
    QVERIFY(m_reader->customer(testdata::kZofiaId).ok()); // others stay
}

void TstCacheEraser::startingOverKeepsOutboxAndSettings()
{
    Outbox outbox(*m_db);
    QVERIFY(outbox.add(testdata::kComplaintId, domain::fromEpochMs(1), [](std::int64_t id) {
                  return std::to_string(id);
              }).ok());
    CacheEraser eraser(*m_db);
    QVERIFY(eraser.removeAllRecords().ok());
    QCOMPARE(m_reader->viewCounts(allWithSearch())->all, 0);
    QVERIFY(m_reader->inboxPage(allWithSearch("reklamacje"), nullptr, 10)->empty());
    QVERIFY(m_reader->teams()->empty());
    QCOMPARE(outbox.count().value(), 1);
    QCOMPARE(m_reader->meta("desk.agent_login").value_or(""), std::string("anna.kowalska"));

    // The snapshot that follows is searchable again: the search triggers came back.
    const auto data = testdata::makeCacheData();
    CacheWriter writer(*m_db);
    QVERIFY(writer.begin().ok());
    for (const auto& team : data.teams)
        QVERIFY(writer.upsertTeam(team).ok());
    for (const auto& agent : data.agents)
        QVERIFY(writer.upsertAgent(agent).ok());
    for (const auto& customer : data.customers)
        QVERIFY(writer.upsertCustomer(customer).ok());
    for (const auto& conversation : data.conversations)
        QVERIFY(writer.upsertConversation(conversation).ok());
    for (const auto& message : data.messages)
        QVERIFY(writer.appendMessage(message).ok());
    QVERIFY(writer.commit().ok());
    QVERIFY(inboxHas(*m_reader, testdata::kComplaintId, "zlozyc reklamacje"));
}

void TstCacheEraser::removalsRepeatHarmlessly()
{
    CacheEraser eraser(*m_db);
    QVERIFY(eraser.removeConversation(testdata::kComplaintId).ok());
    QVERIFY(eraser.removeConversation(testdata::kComplaintId).ok());
    QVERIFY(eraser.removeMessage("e0000000-0000-4000-8000-00000000dead").ok());
    QVERIFY(eraser.removeCustomer("c0000000-0000-4000-8000-00000000dead").ok());
}

QTEST_GUILESS_MAIN(TstCacheEraser)
#include "tst_cacheeraser.moc"
