#include "CommandLine.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>

namespace concord::ui {
namespace {

void printLine(FILE* stream, const QString& text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stream);
}

} // namespace

CommandLine::Outcome CommandLine::parse(const QStringList& arguments, DeskOptions& options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Concord Desk: one inbox for every customer channel, with the customer's whole "
           "history beside the conversation."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help and exit."));
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version and exit."));
    const QCommandLineOption cache(QStringLiteral("cache"),
                                   tr("Open the cache at PATH instead of the embedded demo "
                                      "cache (%1). A missing file is created with demo data.")
                                       .arg(QDir::toNativeSeparators(defaultCachePath())),
                                   tr("PATH"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("Language of the interface: pl or en. Default: the "
                                     "system's."),
                                  QStringLiteral("pl|en"));
    const QCommandLineOption agent(QStringLiteral("agent"),
                                   tr("Open the desk as the agent with this login."),
                                   tr("LOGIN"));
    parser.addOptions({help, version, cache, lang, agent});

    if (!parser.parse(arguments)) {
        printLine(stderr, parser.errorText());
        printLine(stderr, tr("Try '%1 --help'.").arg(QCoreApplication::applicationName()));
        return Outcome::ExitError;
    }
    if (parser.isSet(help)) {
        printLine(stdout, parser.helpText());
        return Outcome::ExitOk;
    }
    if (parser.isSet(version)) {
        printLine(stdout, QStringLiteral("%1 %2").arg(QCoreApplication::applicationName(),
                                                      QCoreApplication::applicationVersion()));
        return Outcome::ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printLine(stderr, tr("Unexpected argument: %1").arg(parser.positionalArguments().first()));
        return Outcome::ExitError;
    }

    options.language = parser.value(lang).toLower();
    if (!options.language.isEmpty() && options.language != QLatin1String("pl")
        && options.language != QLatin1String("en")) {
        printLine(stderr, tr("Unknown language '%1': use pl or en.").arg(parser.value(lang)));
        return Outcome::ExitError;
    }
    options.cachePath = parser.isSet(cache) ? parser.value(cache) : defaultCachePath();
    if (options.cachePath.isEmpty()) {
        printLine(stderr, tr("The cache path must not be empty."));
        return Outcome::ExitError;
    }
    options.agentLogin = parser.value(agent);
    return Outcome::Run;
}

QString CommandLine::defaultCachePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("demo-cache.sqlite"));
}

} // namespace concord::ui
