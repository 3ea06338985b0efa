// The desk's command line as a user types it: good options run, bad ones are refused with a
// clear message and a non-zero exit, --help and --version exit cleanly.

#include "shell/CommandLine.h"
#include "shell/Translations.h"

#include <QStandardPaths>
#include <QTest>

using concord::ui::CommandLine;
using concord::ui::DeskOptions;

class CommandLineTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void outcomes_data();
    void outcomes();
    void defaultCacheIsInTheUsersDataFolder();
    void languageIsFoundBeforeTheFullParse_data();
    void languageIsFoundBeforeTheFullParse();
};

void CommandLineTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("concord-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral("9.9.9"));
}

void CommandLineTest::outcomes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("cache");
    QTest::addColumn<QString>("language");

    const int run = int(CommandLine::Outcome::Run);
    const int ok = int(CommandLine::Outcome::ExitOk);
    const int error = int(CommandLine::Outcome::ExitError);
    QTest::newRow("nothing") << QStringList{} << run << QString() << QString();
    QTest::newRow("cache") << QStringList{"--cache", "/tmp/x.sqlite"} << run
                           << QStringLiteral("/tmp/x.sqlite") << QString();
    QTest::newRow("lang pl") << QStringList{"--lang", "pl"} << run << QString()
                             << QStringLiteral("pl");
    QTest::newRow("lang EN upper") << QStringList{"--lang=EN"} << run << QString()
                                   << QStringLiteral("en");
    QTest::newRow("help") << QStringList{"--help"} << ok << QString() << QString();
    QTest::newRow("version") << QStringList{"--version"} << ok << QString() << QString();
    QTest::newRow("unknown language") << QStringList{"--lang", "de"} << error << QString()
                                      << QString();
    QTest::newRow("unknown option") << QStringList{"--frobnicate"} << error << QString()
                                    << QString();
    QTest::newRow("missing value") << QStringList{"--cache"} << error << QString() << QString();
    QTest::newRow("empty cache") << QStringList{"--cache", ""} << error << QString() << QString();
    QTest::newRow("stray argument") << QStringList{"file.db"} << error << QString() << QString();
}

void CommandLineTest::outcomes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, outcome);
    QFETCH(QString, cache);
    QFETCH(QString, language);

    DeskOptions options;
    arguments.prepend(QStringLiteral("concord-desk"));
    QCOMPARE(int(CommandLine::parse(arguments, options)), outcome);
    if (outcome != int(CommandLine::Outcome::Run))
        return;
    QCOMPARE(options.language, language);
    QCOMPARE(options.cachePath, cache.isEmpty() ? CommandLine::defaultCachePath() : cache);
}

void CommandLineTest::defaultCacheIsInTheUsersDataFolder()
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(!data.isEmpty());
    QVERIFY(CommandLine::defaultCachePath().startsWith(data));
    QVERIFY(CommandLine::defaultCachePath().endsWith(QLatin1String(".sqlite")));
}

void CommandLineTest::languageIsFoundBeforeTheFullParse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("language");
    QTest::newRow("none") << QStringList{"desk"} << QString();
    QTest::newRow("separate") << QStringList{"desk", "--lang", "pl"} << QStringLiteral("pl");
    QTest::newRow("joined") << QStringList{"desk", "--lang=EN"} << QStringLiteral("en");
    QTest::newRow("dangling") << QStringList{"desk", "--lang"} << QString();
}

void CommandLineTest::languageIsFoundBeforeTheFullParse()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, language);
    QCOMPARE(concord::ui::languageFromArguments(arguments), language);
}

QTEST_GUILESS_MAIN(CommandLineTest)
#include "tst_commandline.moc"
