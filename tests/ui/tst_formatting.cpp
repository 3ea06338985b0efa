// Dates, durations, SLA wording and numbers as the agent reads them, for a fixed locale.

#include "common/Formatting.h"

#include <QtTest>

using namespace concord;
using namespace concord::ui;
using namespace std::chrono_literals;

namespace {

domain::Timestamp at(const QDateTime& when)
{
    return domain::fromEpochMs(when.toMSecsSinceEpoch());
}

// Wednesday 25 November 2026, 15:00 local time.
QDateTime now()
{
    return QDateTime(QDate(2026, 11, 25), QTime(15, 0));
}

} // namespace

class TestFormatting : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void compactDateTime_data();
    void compactDateTime();
    void duration_data();
    void duration();
    void slaText_data();
    void slaText();
    void slaState_data();
    void slaState();
    void numbers();
    void longDateTimeNamesTheDay();
};

void TestFormatting::compactDateTime_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<QString>("expected");
    const QDate today = now().date();
    QTest::newRow("today: time") << "en_GB" << QDateTime(today, QTime(9, 5)) << "09:05";
    QTest::newRow("midnight today") << "en_GB" << QDateTime(today, QTime(0, 0)) << "00:00";
    QTest::newRow("yesterday late") << "en_GB" << QDateTime(today.addDays(-1), QTime(23, 59))
                                    << "Yesterday";
    QTest::newRow("3 days: weekday") << "en_GB" << QDateTime(today.addDays(-3), QTime(12, 0))
                                     << "Sunday";
    QTest::newRow("6 days: weekday") << "en_GB" << QDateTime(today.addDays(-6), QTime(8, 0))
                                     << "Thursday";
    QTest::newRow("a week: date") << "en_GB" << QDateTime(today.addDays(-7), QTime(8, 0))
                                  << "18/11/2026";
    QTest::newRow("pl today") << "pl_PL" << QDateTime(today, QTime(9, 5)) << "09:05";
    QTest::newRow("pl weekday") << "pl_PL" << QDateTime(today.addDays(-3), QTime(12, 0))
                                << "niedziela";
    QTest::newRow("pl date") << "pl_PL" << QDateTime(today.addDays(-30), QTime(12, 0))
                             << "26.10.2026";
    QTest::newRow("C: no seconds") << "C" << QDateTime(today, QTime(9, 5, 7)) << "09:05";
    QTest::newRow("us date") << "en_US" << QDateTime(today.addDays(-30), QTime(12, 0))
                             << "10/26/26";
}

void TestFormatting::compactDateTime()
{
    QFETCH(QString, locale);
    QFETCH(QDateTime, when);
    QFETCH(QString, expected);
    QLocale::setDefault(QLocale(locale));
    QCOMPARE(Formatting::compactDateTime(at(when), now()), expected);
}

void TestFormatting::duration_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << 0 << "0 s";
    QTest::newRow("seconds") << 45 << "45 s";
    QTest::newRow("minutes pad seconds") << 245 << "4 min 05 s";
    QTest::newRow("just under an hour") << 3599 << "59 min 59 s";
    QTest::newRow("hour pads minutes") << 3725 << "1 h 02 min";
    QTest::newRow("negative is zero") << -5 << "0 s";
}

void TestFormatting::duration()
{
    QFETCH(int, seconds);
    QFETCH(QString, expected);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(Formatting::duration(seconds), expected);
}

void TestFormatting::slaText_data()
{
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<QString>("expected");
    QTest::newRow("due in 25 min") << qint64(25 * 60 + 40) << "due in 25 min";
    QTest::newRow("under a minute") << qint64(30) << "due in <1 min";
    QTest::newRow("hours") << qint64(5 * 3600 + 59 * 60) << "due in 5 h";
    QTest::newRow("47 h stays hours") << qint64(47 * 3600) << "due in 47 h";
    QTest::newRow("days") << qint64(3 * 86400 + 100) << "due in 3 d";
    QTest::newRow("just breached") << qint64(-1) << "breached <1 min ago";
    QTest::newRow("breached 2 h ago") << qint64(-(2 * 3600 + 30 * 60)) << "breached 2 h ago";
    QTest::newRow("breached minutes") << qint64(-(14 * 60)) << "breached 14 min ago";
}

void TestFormatting::slaText()
{
    QFETCH(qint64, secondsLeft);
    QFETCH(QString, expected);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(Formatting::slaText(at(now().addSecs(secondsLeft)), now()), expected);
}

void TestFormatting::slaState_data()
{
    QTest::addColumn<bool>("hasDue");
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<SlaState>("expected");
    QTest::newRow("no SLA") << false << qint64(0) << SlaState::None;
    QTest::newRow("two hours left") << true << qint64(7200) << SlaState::Ok;
    QTest::newRow("an hour and a second") << true << qint64(3601) << SlaState::Ok;
    QTest::newRow("exactly an hour") << true << qint64(3600) << SlaState::DueSoon;
    QTest::newRow("one minute") << true << qint64(60) << SlaState::DueSoon;
    QTest::newRow("due now") << true << qint64(0) << SlaState::DueSoon;
    QTest::newRow("a second late") << true << qint64(-1) << SlaState::Breached;
    QTest::newRow("days late") << true << qint64(-86400 * 3) << SlaState::Breached;
}

void TestFormatting::slaState()
{
    QFETCH(bool, hasDue);
    QFETCH(qint64, secondsLeft);
    QFETCH(SlaState, expected);
    std::optional<domain::Timestamp> due;
    if (hasDue)
        due = at(now().addSecs(secondsLeft));
    QCOMPARE(ui::slaState(due, now()), expected);
}

void TestFormatting::numbers()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(Formatting::number(1234567), QStringLiteral("1,234,567"));
    QCOMPARE(Formatting::decimal(4.26, 1), QStringLiteral("4.3"));
    QLocale::setDefault(QLocale(QLocale::Polish, QLocale::Poland));
    // Polish groups digits with a no-break space, never a comma.
    const QString polish = Formatting::number(1234567);
    QVERIFY2(polish.contains(QChar(0x00a0)) && !polish.contains(u','), qPrintable(polish));
    QCOMPARE(Formatting::decimal(4.5, 1), QStringLiteral("4,5"));
}

void TestFormatting::longDateTimeNamesTheDay()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QString text = Formatting::longDateTime(at(now()));
    QVERIFY2(text.contains(QStringLiteral("Wednesday")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2026")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("15:00")), qPrintable(text));
}

QTEST_MAIN(TestFormatting)
#include "tst_formatting.moc"
