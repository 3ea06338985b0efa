#include "DeskApplication.h"

#include "CommandLine.h"
#include "MainWindow.h"
#include "Translations.h"
#include "DeskStartup.h"
#include "session/DeskSession.h"

#include <QApplication>
#include <QIcon>
#include <QTimer>

namespace concord::ui {

int runDesk(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Concord"));
    QApplication::setApplicationName(QStringLiteral("concord-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Concord Desk"));
    QApplication::setApplicationVersion(QStringLiteral(CONCORD_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/concord.svg")));
    // Between the login dialog and the window no window is open: quit explicitly.
    QApplication::setQuitOnLastWindowClosed(false);

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

    // Declared in this order so they go in reverse: window, session (its sync thread), and
    // last the startup, which may own the embedded hub.
    DeskStartup startup(options);
    std::unique_ptr<DeskSession> session;
    std::unique_ptr<MainWindow> window;

    QObject::connect(&startup, &DeskStartup::finished, &app, &QCoreApplication::exit);
    QObject::connect(&startup, &DeskStartup::ready, &app, [&] {
        window.reset();
        session = startup.takeSession();
        window = std::make_unique<MainWindow>(*session, startup.hubLabel());
        startup.setWindow(window.get());
        QObject::connect(window.get(), &MainWindow::closed, &app, &QCoreApplication::quit);
        QObject::connect(window.get(), &MainWindow::logOutRequested, &app, [&] {
            // Not from inside the window's own signal: it is about to be destroyed.
            QTimer::singleShot(0, &app, [&] {
                window.reset();
                startup.logOut(std::move(session));
            });
        });
        window->show();
    });
    QTimer::singleShot(0, &startup, &DeskStartup::begin); // with the event loop running
    return app.exec();
}

} // namespace concord::ui
