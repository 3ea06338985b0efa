// CustomerHistoryModel over a real in-memory cache: every conversation on every channel,
// newest first, with its survey score, and the open conversation marked.

#include "PaneTestCache.h"
#include "common/DomainText.h"
#include "customer/CustomerHistoryModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QtTest>

using namespace concord;
using concord::test::PaneTestCache;
using concord::ui::CustomerHistoryModel;

Q_DECLARE_METATYPE(std::optional<int>)

class TstCustomerHistoryModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void passesModelTester();
    void newestFirstAcrossChannels();
    void showsChannelStatusAndSurvey();
    void surveyText_data();
    void surveyText();
    void marksTheOpenConversation();

private:
    std::vector<store::HistoryRow> history() const;
    std::unique_ptr<PaneTestCache> m_cache;
};

void TstCustomerHistoryModel::initTestCase()
{
    m_cache = test::buildPaneTestCache();
    QVERIFY(m_cache);
}

std::vector<store::HistoryRow> TstCustomerHistoryModel::history() const
{
    auto rows = m_cache->reader->customerHistory(m_cache->anna.id);
    if (!rows)
        qWarning("customerHistory failed: %s", rows.error().detail.c_str());
    return rows ? std::move(rows).value() : std::vector<store::HistoryRow>{};
}

void TstCustomerHistoryModel::passesModelTester()
{
    CustomerHistoryModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHistory(history(), PaneTestCache::q(m_cache->email.id));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(CustomerHistoryModel::ColumnCount));
    model.setCurrentConversation(PaneTestCache::q(m_cache->visit.id));
    model.setCurrentConversation({});
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TstCustomerHistoryModel::newestFirstAcrossChannels()
{
    CustomerHistoryModel model;
    model.setHistory(history(), {});
    const QList<domain::Channel> expected{domain::Channel::Email, domain::Channel::Voice,
                                          domain::Channel::Chat, domain::Channel::Visit};
    QCOMPARE(model.rowCount(), expected.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        QCOMPARE(domain::Channel(index.data(CustomerHistoryModel::ChannelRole).toInt()),
                 expected[row]);
        if (row > 0) {
            const QModelIndex newer = model.index(row - 1, 0);
            QVERIFY(newer.data(CustomerHistoryModel::LastActivityRole).toDateTime()
                    > index.data(CustomerHistoryModel::LastActivityRole).toDateTime());
        }
    }
    QCOMPARE(model.conversationIdAt(0), PaneTestCache::q(m_cache->email.id));
    QCOMPARE(model.conversationIdAt(3), PaneTestCache::q(m_cache->visit.id));

    // Even when handed the rows oldest first, the model shows the newest first.
    auto reversed = history();
    std::reverse(reversed.begin(), reversed.end());
    model.setHistory(std::move(reversed), {});
    QCOMPARE(model.conversationIdAt(0), PaneTestCache::q(m_cache->email.id));
}

void TstCustomerHistoryModel::showsChannelStatusAndSurvey()
{
    CustomerHistoryModel model;
    model.setHistory(history(), {});
    const int call = model.rowOf(PaneTestCache::q(m_cache->call.id));
    QCOMPARE(call, 1);
    const auto text = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(text(call, CustomerHistoryModel::ChannelColumn),
             ui::DomainText::channel(domain::Channel::Voice));
    QCOMPARE(text(call, CustomerHistoryModel::SubjectColumn), QString("Where is my parcel?"));
    QCOMPARE(text(call, CustomerHistoryModel::StatusColumn),
             ui::DomainText::status(domain::Status::Resolved));
    QCOMPARE(text(call, CustomerHistoryModel::SurveyColumn), QString("CSAT 4/5 · NPS 9"));
    QVERIFY(!text(call, CustomerHistoryModel::DateColumn).isEmpty());
    QVERIFY(!model.index(call, CustomerHistoryModel::ChannelColumn)
                 .data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(text(model.rowOf(PaneTestCache::q(m_cache->chat.id)),
                 CustomerHistoryModel::SurveyColumn).isEmpty());
}

void TstCustomerHistoryModel::surveyText_data()
{
    QTest::addColumn<std::optional<int>>("csat");
    QTest::addColumn<std::optional<int>>("nps");
    QTest::addColumn<std::optional<int>>("ces");
    QTest::addColumn<QString>("expected");
    const std::optional<int> none;
    QTest::newRow("none") << none << none << none << QString();
    QTest::newRow("csat") << std::optional(5) << none << none << QString("CSAT 5/5");
    QTest::newRow("nps 0") << none << std::optional(0) << none << QString("NPS 0");
    QTest::newRow("all") << std::optional(3) << std::optional(7) << std::optional(2)
                         << QString("CSAT 3/5 · NPS 7 · CES 2/7");
}

void TstCustomerHistoryModel::surveyText()
{
    QFETCH(std::optional<int>, csat);
    QFETCH(std::optional<int>, nps);
    QFETCH(std::optional<int>, ces);
    QFETCH(QString, expected);
    QCOMPARE(CustomerHistoryModel::surveyText({csat, nps, ces}), expected);
}

void TstCustomerHistoryModel::marksTheOpenConversation()
{
    CustomerHistoryModel model;
    model.setHistory(history(), PaneTestCache::q(m_cache->email.id));
    const auto isCurrent = [&](int row) {
        return model.index(row, 2).data(CustomerHistoryModel::IsCurrentRole).toBool();
    };
    QVERIFY(isCurrent(0));
    QVERIFY(!isCurrent(1));
    QVERIFY(model.index(0, 2).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(model.index(0, 2).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(1, 2).data(Qt::BackgroundRole).isValid());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setCurrentConversation(PaneTestCache::q(m_cache->visit.id));
    QCOMPARE(changed.count(), 2); // the old mark goes, the new one comes
    QVERIFY(!isCurrent(0));
    QVERIFY(isCurrent(3));
}

QTEST_MAIN(TstCustomerHistoryModel)
#include "tst_customerhistorymodel.moc"
