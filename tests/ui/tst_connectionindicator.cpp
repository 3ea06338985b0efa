// The status bar's link indicator says what an agent needs to know: online or not, and
// whether their writes are still waiting.

#include "shell/ConnectionIndicator.h"
#include "shell/Translations.h"

#include <QLabel>
#include <QTest>

using concord::ui::ConnectionIndicator;
using concord::ui::SyncStatus;

class TstConnectionIndicator : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void wordsEachLink_data();
    void wordsEachLink();
    void pendingWritesAreCountedAndHiddenAtZero();
    void tooltipNamesTheHub();
};

namespace {

QLabel* label(ConnectionIndicator& indicator, const char* name)
{
    return indicator.findChild<QLabel*>(QString::fromLatin1(name));
}

} // namespace

// English plurals ("1 change", "3 changes") come from the English translation, as in the desk.
void TstConnectionIndicator::initTestCase()
{
    QCOMPARE(concord::ui::installTranslations(QStringLiteral("en")), QStringLiteral("en"));
}

void TstConnectionIndicator::wordsEachLink_data()
{
    QTest::addColumn<int>("link");
    QTest::addColumn<QString>("text");
    QTest::newRow("offline") << int(SyncStatus::Link::Offline) << "Offline";
    QTest::newRow("connecting") << int(SyncStatus::Link::Connecting) << "Connecting…";
    QTest::newRow("online") << int(SyncStatus::Link::Online) << "Online";
}

void TstConnectionIndicator::wordsEachLink()
{
    QFETCH(int, link);
    QFETCH(QString, text);
    ConnectionIndicator indicator;
    SyncStatus status;
    status.link = SyncStatus::Link::Connecting; // differs from the start for two of the rows
    indicator.setStatus(status);
    status.link = static_cast<SyncStatus::Link>(link);
    indicator.setStatus(status);
    QCOMPARE(label(indicator, "connectionLink")->text(), text);
}

void TstConnectionIndicator::pendingWritesAreCountedAndHiddenAtZero()
{
    ConnectionIndicator indicator;
    indicator.show();
    QVERIFY(QTest::qWaitForWindowExposed(&indicator));
    QLabel* pending = label(indicator, "connectionPending");
    QVERIFY(!pending->isVisible());
    SyncStatus status;
    status.pendingWrites = 3;
    indicator.setStatus(status);
    QVERIFY(pending->isVisible());
    QCOMPARE(pending->text(), QStringLiteral("3 changes waiting to be sent"));
    status.pendingWrites = 1;
    indicator.setStatus(status);
    QCOMPARE(pending->text(), QStringLiteral("1 change waiting to be sent"));
    status.pendingWrites = 0;
    indicator.setStatus(status);
    QVERIFY(!pending->isVisible());
}

void TstConnectionIndicator::tooltipNamesTheHub()
{
    ConnectionIndicator indicator;
    const QString standalone = indicator.toolTip();
    QVERIFY(!standalone.isEmpty());
    SyncStatus status;
    status.hub = QStringLiteral("hub.example.com:7420");
    indicator.setStatus(status);
    QVERIFY(indicator.toolTip().contains(status.hub));
}

QTEST_MAIN(TstConnectionIndicator)
#include "tst_connectionindicator.moc"
