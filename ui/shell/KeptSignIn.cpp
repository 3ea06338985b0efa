#include "KeptSignIn.h"

#include "session/DeskFiles.h"

#include <QFile>
#include <QSettings>

namespace concord::ui {
namespace {

const char* const kLastHubKey = "signin/hub";
const char* const kLastLoginKey = "signin/login";

QString tokenKey(const QString& hubKey, const QString& login)
{
    // QSettings reads '/' as a group separator and ':' badly on Windows: keep keys plain.
    return QStringLiteral("signin/tokens/%1/%2")
        .arg(DeskFiles::fileNamePart(hubKey), DeskFiles::fileNamePart(login));
}

// A kept token signs in without the password until it expires or is revoked, so the file
// that keeps it is for its owner's eyes only (on Windows QSettings uses the user's own
// registry hive). QSettings saves through a new file that takes over the permissions of the
// old one, so a file restricted once stays restricted.
void restrictToOwner(QSettings& settings)
{
    if (settings.format() != QSettings::NativeFormat && settings.format() != QSettings::IniFormat)
        return;
    settings.sync();
    if (QFile::exists(settings.fileName()))
        QFile::setPermissions(settings.fileName(), QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace

QString KeptSignIn::lastHub()
{
    return QSettings().value(kLastHubKey).toString();
}

QString KeptSignIn::lastLogin()
{
    return QSettings().value(kLastLoginKey).toString();
}

QString KeptSignIn::token(const QString& hubKey, const QString& login)
{
    return QSettings().value(tokenKey(hubKey, login)).toString();
}

void KeptSignIn::remember(const QString& hubKey, const QString& login, const QString& token)
{
    QSettings settings;
    settings.setValue(kLastHubKey, hubKey);
    settings.setValue(kLastLoginKey, login);
    restrictToOwner(settings); // before the token is in it
    settings.setValue(tokenKey(hubKey, login), token);
    restrictToOwner(settings);
}

void KeptSignIn::forget(const QString& hubKey, const QString& login)
{
    QSettings().remove(tokenKey(hubKey, login));
}

} // namespace concord::ui
