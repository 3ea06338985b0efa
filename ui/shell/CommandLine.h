#pragma once
// The desk's command line: --help, --version, --cache PATH, --lang pl|en, --agent LOGIN.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace concord::ui {

struct DeskOptions {
    QString cachePath;  // empty: the embedded demo cache in the user's data folder
    QString language;   // "pl", "en" or empty for the system's
    QString agentLogin; // empty: the agent recorded in the cache
};

class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum class Outcome { Run, ExitOk, ExitError };

    // Parses the arguments. --help and --version print and give ExitOk; a bad value prints a
    // clear error and gives ExitError.
    static Outcome parse(const QStringList& arguments, DeskOptions& options);

    // Where the embedded demo cache lives when --cache is not given.
    static QString defaultCachePath();
};

} // namespace concord::ui
