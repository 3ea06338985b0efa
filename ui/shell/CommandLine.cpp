#include "CommandLine.h"

#include "HubAddress.h"

#include <QCommandLineParser>

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
    const QCommandLineOption hub(QStringLiteral("hub"),
                                 tr("Sync with the concord-hub at ADDRESS (host or host:port). "
                                    "Default: the hub used last, or the built-in demo hub."),
                                 tr("ADDRESS"));
    const QCommandLineOption embedded(QStringLiteral("embedded"),
                                      tr("Use the built-in demo hub, even when another hub was "
                                         "used last."));
    const QCommandLineOption cache(QStringLiteral("cache"),
                                   tr("Open the cache file at PATH offline, without a hub and "
                                      "read-only. A missing file is created with demo data."),
                                   tr("PATH"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("Language of the interface: pl or en. Default: the "
                                     "system's."),
                                  QStringLiteral("pl|en"));
    const QCommandLineOption agent(QStringLiteral("agent"),
                                   tr("Sign in as the agent with this login (with the "
                                      "built-in hub: any demo login)."),
                                   tr("LOGIN"));
    parser.addOptions({help, version, hub, embedded, agent, cache, lang});

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
    options.cachePath = parser.value(cache);
    if (parser.isSet(cache) && options.cachePath.isEmpty()) {
        printLine(stderr, tr("The cache path must not be empty."));
        return Outcome::ExitError;
    }
    options.hub = parser.value(hub).trimmed();
    if (parser.isSet(hub) && !HubAddress::parse(options.hub)) {
        printLine(stderr, tr("'%1' is not a hub address: write it as host or host:port.")
                              .arg(parser.value(hub)));
        return Outcome::ExitError;
    }
    options.embedded = parser.isSet(embedded);
    const int ways = int(parser.isSet(hub)) + int(options.embedded) + int(parser.isSet(cache));
    if (ways > 1) {
        printLine(stderr, tr("Choose one of --hub, --embedded and --cache."));
        return Outcome::ExitError;
    }
    options.agentLogin = parser.value(agent);
    return Outcome::Run;
}

} // namespace concord::ui
