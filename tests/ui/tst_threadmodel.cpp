// ThreadModel and MessageDelegate over a real in-memory cache: the thread reads in time order,
// inbound, outbound, notes, calls, visits and system events are told apart, and the bubbles
// sit where a reader expects them.

#include "PaneTestCache.h"
#include "common/DomainText.h"
#include "common/Formatting.h"
#include "conversation/MessageDelegate.h"
#include "conversation/MessageLayout.h"
#include "conversation/ThreadModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QStyleOptionViewItem>
#include <QtTest>

using namespace concord;
using concord::ui::ThreadModel;
using Kind = ThreadModel::Kind;

class TstThreadModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void passesModelTester();
    void threadIsInTimeOrder();
    void inboundNoteEventAndOutboundAreDistinct();
    void emailShowsSubjectFromAndTo();
    void callEventExposesItsDetail();
    void visitEventExposesItsDetail();
    void copyTextCarriesTheMessage();
    void bubblesSitWhereTheyBelong();
    void rowsGrowTallerWhenNarrower();

private:
    std::vector<domain::Message> thread(const domain::Conversation& conversation);
    QStyleOptionViewItem option(int width) const;

    std::unique_ptr<test::PaneTestCache> m_cache;
};

void TstThreadModel::initTestCase()
{
    m_cache = test::buildPaneTestCache();
    QVERIFY(m_cache);
}

std::vector<domain::Message> TstThreadModel::thread(const domain::Conversation& conversation)
{
    auto messages = m_cache->reader->messages(conversation.id);
    if (!messages)
        qWarning("messages failed: %s", messages.error().detail.c_str());
    return messages ? std::move(messages).value() : std::vector<domain::Message>{};
}

QStyleOptionViewItem TstThreadModel::option(int width) const
{
    QStyleOptionViewItem opt;
    opt.font = QApplication::font();
    opt.palette = QApplication::palette();
    opt.rect = QRect(0, 0, width, 100);
    return opt;
}

void TstThreadModel::passesModelTester()
{
    ThreadModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto email = thread(m_cache->email);
    QCOMPARE(email.size(), 4u);
    model.setMessages({email.begin(), email.begin() + 2});
    QCOMPARE(model.rowCount(), 2);

    // The same conversation grown by new messages: rows are appended, the view keeps its place.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setMessages(email);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);

    model.setMessages(thread(m_cache->call));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(reset.count(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TstThreadModel::threadIsInTimeOrder()
{
    ThreadModel model;
    model.setMessages(thread(m_cache->email));
    QCOMPARE(model.rowCount(), 4);
    for (int row = 1; row < model.rowCount(); ++row) {
        const QDateTime before = model.index(row - 1).data(ThreadModel::SentAtRole).toDateTime();
        const QDateTime after = model.index(row).data(ThreadModel::SentAtRole).toDateTime();
        QVERIFY2(before < after, qPrintable(QStringLiteral("row %1").arg(row)));
    }
    QVERIFY(model.index(0).data(ThreadModel::BodyRole).toString().startsWith("The kettle"));
    QVERIFY(model.index(3).data(ThreadModel::BodyRole).toString().startsWith("We are sorry"));
    QVERIFY(model.index(0).data(ThreadModel::DayBreakRole).toBool());
}

void TstThreadModel::inboundNoteEventAndOutboundAreDistinct()
{
    ThreadModel model;
    model.setMessages(thread(m_cache->email));
    const QList<Kind> expected{Kind::Inbound, Kind::Note, Kind::SystemEvent, Kind::Outbound};
    for (int row = 0; row < expected.size(); ++row)
        QCOMPARE(Kind(model.index(row).data(ThreadModel::KindRole).toInt()), expected[row]);
    QCOMPARE(model.index(1).data(ThreadModel::DirectionRole).toInt(),
             int(domain::Direction::Note));
    QCOMPARE(model.index(1).data(ThreadModel::AuthorRole).toString(), QString("Jan Kowalski"));
    QVERIFY(model.index(2).data(ThreadModel::AuthorRole).toString().isEmpty());
}

void TstThreadModel::emailShowsSubjectFromAndTo()
{
    ThreadModel model;
    model.setMessages(thread(m_cache->email));
    const QModelIndex inbound = model.index(0);
    QCOMPARE(inbound.data(ThreadModel::TitleRole).toString(), QString("Cracked kettle lid"));
    QCOMPARE(inbound.data(ThreadModel::EmailFromRole).toString(),
             QString("anna.nowak@example.com"));
    const QString lines = inbound.data(ThreadModel::DetailLinesRole).toStringList().join('\n');
    QVERIFY2(lines.contains("anna.nowak@example.com"), qPrintable(lines));
    QVERIFY2(lines.contains("service@concord.example"), qPrintable(lines));
    // A note has no e-mail lines, even in an e-mail conversation.
    QVERIFY(model.index(1).data(ThreadModel::DetailLinesRole).toStringList().isEmpty());
}

void TstThreadModel::callEventExposesItsDetail()
{
    ThreadModel model;
    model.setMessages(thread(m_cache->call));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex call = model.index(0);
    QCOMPARE(Kind(call.data(ThreadModel::KindRole).toInt()), Kind::CallEvent);
    QCOMPARE(call.data(ThreadModel::CallDurationRole).toInt(), 245);
    QCOMPARE(call.data(ThreadModel::CallDurationTextRole).toString(),
             ui::Formatting::duration(245));
    const QString answered = ui::DomainText::callOutcome(domain::CallOutcome::Answered);
    QCOMPARE(call.data(ThreadModel::CallOutcomeTextRole).toString(), answered);
    QCOMPARE(call.data(ThreadModel::IvrPathRole).toString(), QString("1 Orders › 3 Parcels"));
    QCOMPARE(call.data(ThreadModel::QueueRole).toString(), QString("Deliveries"));
    // What the card shows: the outcome in its title, duration, IVR path and queue below.
    QVERIFY(call.data(ThreadModel::TitleRole).toString().contains(answered));
    const QString lines = call.data(ThreadModel::DetailLinesRole).toStringList().join('\n');
    QVERIFY2(lines.contains(ui::Formatting::duration(245)), qPrintable(lines));
    QVERIFY2(lines.contains("1 Orders › 3 Parcels"), qPrintable(lines));
    QVERIFY2(lines.contains("Deliveries"), qPrintable(lines));
}

void TstThreadModel::visitEventExposesItsDetail()
{
    ThreadModel model;
    model.setMessages(thread(m_cache->visit));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex visit = model.index(0);
    QCOMPARE(Kind(visit.data(ThreadModel::KindRole).toInt()), Kind::VisitEvent);
    QCOMPARE(visit.data(ThreadModel::VisitBranchRole).toString(), QString("Warszawa Centrum"));
    QCOMPARE(visit.data(ThreadModel::VisitDurationRole).toInt(), 25);
    QVERIFY(visit.data(ThreadModel::TitleRole).toString().contains("Warszawa Centrum"));
    const QString lines = visit.data(ThreadModel::DetailLinesRole).toStringList().join('\n');
    QVERIFY2(lines.contains("Return of a kettle"), qPrintable(lines));
    QVERIFY2(lines.contains(QLocale().toString(25)), qPrintable(lines));
}

void TstThreadModel::copyTextCarriesTheMessage()
{
    ThreadModel model;
    model.setMessages(thread(m_cache->email));
    const QString text = model.index(0).data(ThreadModel::CopyTextRole).toString();
    QVERIFY2(text.contains("Anna Nowak"), qPrintable(text));
    QVERIFY2(text.contains("Cracked kettle lid"), qPrintable(text));
    QVERIFY2(text.contains("arrived with a cracked lid.\nPlease help."), qPrintable(text));
}

void TstThreadModel::bubblesSitWhereTheyBelong()
{
    ThreadModel model;
    model.setMessages(thread(m_cache->email));
    const int width = 800;
    const auto bubble = [&](int row) {
        return ui::MessageLayout(option(width), model.index(row), width).bubbleRect();
    };
    const QRect inbound = bubble(0);
    const QRect note = bubble(1);
    const QRect event = bubble(2);
    const QRect outbound = bubble(3);
    QVERIFY2(inbound.left() < width / 4 && inbound.right() < width * 9 / 10, "inbound: left");
    QVERIFY2(outbound.right() > width * 9 / 10 && outbound.left() > width / 10,
             "outbound: right");
    QVERIFY2(note.width() > width * 9 / 10, "a note spans the thread");
    QVERIFY2(qAbs(event.center().x() - width / 2) <= 1, "system events are centred");
    QVERIFY(event.height() < inbound.height());

    ThreadModel calls;
    calls.setMessages(thread(m_cache->call));
    const QRect card = ui::MessageLayout(option(width), calls.index(0), width).bubbleRect();
    QVERIFY2(qAbs(card.center().x() - width / 2) <= 1, "call cards are centred");
}

void TstThreadModel::rowsGrowTallerWhenNarrower()
{
    ThreadModel model;
    model.setMessages(thread(m_cache->longChat));
    ui::MessageDelegate delegate(&model);
    const QModelIndex longest = model.index(8); // 56 words
    const QSize wide = delegate.sizeHint(option(900), longest);
    const QSize narrow = delegate.sizeHint(option(320), longest);
    QCOMPARE(wide.width(), 900);
    QCOMPARE(narrow.width(), 320);
    QVERIFY2(narrow.height() > wide.height(),
             qPrintable(QStringLiteral("%1 vs %2").arg(narrow.height()).arg(wide.height())));
    // Back to the first width: measured again, same answer.
    QCOMPARE(delegate.sizeHint(option(900), longest), wide);
}

QTEST_MAIN(TstThreadModel)
#include "tst_threadmodel.moc"
