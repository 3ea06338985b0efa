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
    QTest::addColumn<QString>("hub");

    const int run = int(CommandLine::Outcome::Run);
    const int ok = int(CommandLine::Outcome::ExitOk);
    const int error = int(CommandLine::Outcome::ExitError);
    const QString none;
    QTest::newRow("nothing") << QStringList{} << run << none << none << none;
    QTest::newRow("cache") << QStringList{"--cache", "/tmp/x.sqlite"} << run
                           << QStringLiteral("/tmp/x.sqlite") << none << none;
    QTest::newRow("hub") << QStringList{"--hub", "hub.example.com:7420"} << run << none << none
                         << QStringLiteral("hub.example.com:7420");
    QTest::newRow("embedded") << QStringList{"--embedded"} << run << none << none << none;
    QTest::newRow("lang pl") << QStringList{"--lang", "pl"} << run << none
                             << QStringLiteral("pl") << none;
    QTest::newRow("lang EN upper") << QStringList{"--lang=EN"} << run << none
                                   << QStringLiteral("en") << none;
    QTest::newRow("help") << QStringList{"--help"} << ok << none << none << none;
    QTest::newRow("version") << QStringList{"--version"} << ok << none << none << none;
    QTest::newRow("unknown language") << QStringList{"--lang", "de"} << error << none << none
                                      << none;
    QTest::newRow("unknown option") << QStringList{"--frobnicate"} << error << none << none
                                    << none;
    QTest::newRow("missing value") << QStringList{"--cache"} << error << none << none << none;
    QTest::newRow("empty cache") << QStringList{"--cache", ""} << error << none << none << none;
    QTest::newRow("bad hub") << QStringList{"--hub", "host:99999"} << error << none << none
                             << none;
    QTest::newRow("hub and cache") << QStringList{"--hub", "h", "--cache", "/tmp/x"} << error
                                   << none << none << none;
    QTest::newRow("hub and embedded") << QStringList{"--hub", "h", "--embedded"} << error
                                      << none << none << none;
    QTest::newRow("stray argument") << QStringList{"file.db"} << error << none << none << none;
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
    QCOMPARE(options.cachePath, cache);
    QFETCH(QString, hub);
    QCOMPARE(options.hub, hub);
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
