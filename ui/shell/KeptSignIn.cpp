#include "KeptSignIn.h"

#include "session/DeskFiles.h"

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
    settings.setValue(tokenKey(hubKey, login), token);
}

void KeptSignIn::forget(const QString& hubKey, const QString& login)
{
    QSettings().remove(tokenKey(hubKey, login));
}

} // namespace concord::ui
