#pragma once
// The desk's command line: --help, --version, --hub ADDRESS, --embedded, --agent LOGIN,
// --cache PATH, --lang pl|en.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace concord::ui {

struct DeskOptions {
    QString hub;           // a hub address; empty: the last hub used, else the embedded one
    bool embedded = false; // the built-in demo hub even when another hub was used last
    QString cachePath;     // a cache file opened offline, without a hub (benchmarks, demos)
    QString language;      // "pl", "en" or empty for the system's
    QString agentLogin;    // who signs in (embedded: a demo login); empty: the last one
};

class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum class Outcome { Run, ExitOk, ExitError };

    // Parses the arguments. --help and --version print and give ExitOk; a bad value prints a
    // clear error and gives ExitError.
    static Outcome parse(const QStringList& arguments, DeskOptions& options);
};

} // namespace concord::ui
