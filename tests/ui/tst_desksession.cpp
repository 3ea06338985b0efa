// Opening the desk's cache: a missing cache is seeded with the demo (complete or not at all);
// a damaged file or an unknown agent is refused with the right error and nothing is lost.

#include "session/DeskSession.h"
#include "shell/ErrorText.h"
#include "store/CacheReader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;

namespace {

std::filesystem::path pathOf(const QTemporaryDir& dir, const char* name)
{
    return std::filesystem::path(dir.filePath(QLatin1String(name)).toStdString());
}

QByteArray digest(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class DeskSessionTest : public QObject {
    Q_OBJECT
private slots:
    void missingCacheIsSeededWithTheDemo();
    void damagedFileIsRefusedAndLeftUntouched();
    void unknownAgentIsRefused();
};

void DeskSessionTest::missingCacheIsSeededWithTheDemo()
{
    QTemporaryDir dir;
    const auto file = pathOf(dir, "nested/folder/cache.sqlite");
    std::int64_t lastProgress = 0;
    auto session = ui::DeskSession::open(file, {}, [&](std::int64_t n) { lastProgress = n; });
    QVERIFY2(session.ok(), session.ok() ? "" : session.error().detail.c_str());
    QVERIFY(std::filesystem::exists(file));
    QVERIFY(!std::filesystem::exists(std::filesystem::path(file).concat(".seeding")));
    QVERIFY(lastProgress > 0);
    QCOMPARE(QString::fromStdString((*session)->agent().login), QStringLiteral("anna.kowalska"));

    store::InboxQuery all;
    auto counts = (*session)->reader().viewCounts(all);
    QVERIFY(counts.ok());
    QVERIFY(counts->all > 1000);

    // The supervisor of the same cache opens it too.
    session->reset();
    auto supervisor = ui::DeskSession::open(file, QStringLiteral("marek.zielinski"));
    QVERIFY(supervisor.ok());
    QVERIFY((*supervisor)->isSupervisor());
}

void DeskSessionTest::damagedFileIsRefusedAndLeftUntouched()
{
    QTemporaryDir dir;
    const QString name = dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        QFile f(name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("This is a note, not a Concord cache.\n");
        f.write(QByteArray(8192, '\x5a'));
    }
    const QByteArray before = digest(name);
    auto session = ui::DeskSession::open(std::filesystem::path(name.toStdString()));
    QVERIFY(!session.ok());
    QCOMPARE(session.error().code, domain::ErrorCode::NotADatabase);
    QCOMPARE(digest(name), before);
    const QString text = ui::ErrorText::openCache(session.error(), name);
    QVERIFY(text.contains(QStringLiteral("left untouched")));
}

void DeskSessionTest::unknownAgentIsRefused()
{
    QTemporaryDir dir;
    const auto file = pathOf(dir, "cache.sqlite");
    QVERIFY(ui::DeskSession::open(file).ok());
    auto session = ui::DeskSession::open(file, QStringLiteral("nobody.here"));
    QVERIFY(!session.ok());
    QCOMPARE(session.error().code, domain::ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(DeskSessionTest)
#include "tst_desksession.moc"
