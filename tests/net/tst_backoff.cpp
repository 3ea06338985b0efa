// Full-jitter backoff: every delay within [0, min(cap, base * 2^attempt)], the bound doubles
// per attempt until the cap, reset() starts over, and a seed makes it reproducible.

#include "net/Backoff.h"

#include <QtTest>

#include <vector>

using concord::net::Backoff;
using Ms = std::chrono::milliseconds;

class TestBackoff : public QObject
{
    Q_OBJECT

private slots:
    void ceilingGrowsToCap_data();
    void ceilingGrowsToCap();
    void delaysStayWithinBounds();
    void delaysSpreadOverTheRange();
    void resetStartsOver();
    void sameSeedSameSequence();
    void protocolDefaults();
};

void TestBackoff::ceilingGrowsToCap_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<int>("ceilingMs");
    // base 500 ms, cap 30 s (docs/PROTOCOL.md)
    QTest::newRow("first") << 0 << 500;
    QTest::newRow("second") << 1 << 1000;
    QTest::newRow("third") << 2 << 2000;
    QTest::newRow("sixth") << 5 << 16000;
    QTest::newRow("capped") << 6 << 30000;
    QTest::newRow("long outage") << 200 << 30000;
}

void TestBackoff::ceilingGrowsToCap()
{
    QFETCH(int, attempt);
    QFETCH(int, ceilingMs);
    Backoff backoff(Ms{500}, Ms{30000}, 7);
    for (int i = 0; i < attempt; ++i)
        backoff.next();
    QCOMPARE(backoff.attempt(), attempt);
    QCOMPARE(backoff.ceiling().count(), ceilingMs);
}

void TestBackoff::delaysStayWithinBounds()
{
    Backoff backoff(Ms{100}, Ms{5000}, 42);
    for (int i = 0; i < 500; ++i) {
        const Ms bound = backoff.ceiling();
        const Ms delay = backoff.next();
        QVERIFY2(delay >= Ms{0} && delay <= bound,
                 qPrintable(QString("attempt %1: %2 ms over %3 ms")
                                .arg(i).arg(delay.count()).arg(bound.count())));
        QVERIFY(delay <= Ms{5000});
    }
}

void TestBackoff::delaysSpreadOverTheRange()
{
    // Full jitter: over many capped attempts the delays cover the whole range, so desks
    // that lost the hub together do not come back together.
    Backoff backoff(Ms{1000}, Ms{1000}, 3);
    int low = 0;
    int high = 0;
    for (int i = 0; i < 400; ++i) {
        const Ms delay = backoff.next();
        low += delay < Ms{250} ? 1 : 0;
        high += delay > Ms{750} ? 1 : 0;
    }
    QVERIFY2(low > 50 && high > 50, qPrintable(QString("low %1 high %2").arg(low).arg(high)));
}

void TestBackoff::resetStartsOver()
{
    Backoff backoff(Ms{500}, Ms{30000}, 11);
    for (int i = 0; i < 8; ++i)
        backoff.next();
    QCOMPARE(backoff.ceiling(), Ms{30000});
    backoff.reset();
    QCOMPARE(backoff.attempt(), 0);
    QCOMPARE(backoff.ceiling(), Ms{500});
    QVERIFY(backoff.next() <= Ms{500});
    QCOMPARE(backoff.ceiling(), Ms{1000});
}

void TestBackoff::sameSeedSameSequence()
{
    Backoff first(Ms{500}, Ms{30000}, 1234);
    Backoff second(Ms{500}, Ms{30000}, 1234);
    Backoff other(Ms{500}, Ms{30000}, 4321);
    std::vector<Ms> a, b, c;
    for (int i = 0; i < 20; ++i) {
        a.push_back(first.next());
        b.push_back(second.next());
        c.push_back(other.next());
    }
    QVERIFY(a == b);
    QVERIFY(a != c);
}

void TestBackoff::protocolDefaults()
{
    Backoff backoff;
    QCOMPARE(backoff.ceiling(), Ms{500});
    for (int i = 0; i < 10; ++i)
        QVERIFY(backoff.next() <= Ms{30000});
    QCOMPARE(backoff.ceiling(), Ms{30000});
}

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
