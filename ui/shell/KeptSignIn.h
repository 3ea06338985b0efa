#pragma once
// What the desk remembers between runs about signing in (QSettings): the hub and login used
// last, and each hub's session token per login, so a restart does not ask for the password.
// The token is a revocable session key, never the password; logging out forgets it. The
// settings file that keeps it is made readable by its owner only.

#include <QString>

namespace concord::ui {

class KeptSignIn {
public:
    // The hub key of the desk's built-in hub (its port changes with every run).
    static QString embeddedKey() { return QStringLiteral("embedded"); }

    static QString lastHub();   // a hub address, embeddedKey(), or empty before any sign-in
    static QString lastLogin(); // the login used last on lastHub()
    static QString token(const QString& hubKey, const QString& login);

    static void remember(const QString& hubKey, const QString& login, const QString& token);
    static void forget(const QString& hubKey, const QString& login);
};

} // namespace concord::ui
