#include "DeskApplication.h"

#include "CommandLine.h"
#include "ErrorText.h"
#include "MainWindow.h"
#include "Translations.h"
#include "session/DeskSession.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QProgressDialog>

#include <filesystem>

namespace concord::ui {
namespace {

std::filesystem::path toPath(const QString& path)
{
    return std::filesystem::path(path.toStdU16String()); // native encoding on every OS
}

// Seeding the demo cache takes a moment on first run; show that something is happening.
std::unique_ptr<DeskSession> openSession(const DeskOptions& options)
{
    QProgressDialog progress(QCoreApplication::translate("DeskApplication",
                                                         "Preparing the demo inbox…"),
                             QString(), 0, 0);
    progress.setWindowTitle(QCoreApplication::translate("DeskApplication", "Concord Desk"));
    progress.setMinimumDuration(300);
    auto onProgress = [&progress](std::int64_t) {
        progress.setValue(0);
        QCoreApplication::processEvents();
    };

    auto session = DeskSession::open(toPath(options.cachePath), options.agentLogin, onProgress);
    progress.close();
    if (!session) {
        const QString text = ErrorText::openCache(session.error(), options.cachePath);
        qCritical("concord-desk: %s (%s)", qPrintable(text), session.error().detail.c_str());
        QMessageBox::critical(nullptr,
                              QCoreApplication::translate("DeskApplication",
                                                          "Concord Desk cannot start"),
                              text);
        return nullptr;
    }
    return std::move(*session);
}

} // namespace

int runDesk(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Concord"));
    QApplication::setApplicationName(QStringLiteral("concord-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Concord Desk"));
    QApplication::setApplicationVersion(QStringLiteral(CONCORD_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/concord.svg")));

    installTranslations(languageFromArguments(QCoreApplication::arguments()));

    DeskOptions options;
    switch (CommandLine::parse(QCoreApplication::arguments(), options)) {
    case CommandLine::Outcome::ExitOk:
        return 0;
    case CommandLine::Outcome::ExitError:
        return 2;
    case CommandLine::Outcome::Run:
        break;
    }

    std::unique_ptr<DeskSession> session = openSession(options);
    if (!session)
        return 1;

    MainWindow window(*session);
    window.show();
    return app.exec();
}

} // namespace concord::ui
