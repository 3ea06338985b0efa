#include "ErrorText.h"

#include <QDir>

namespace concord::ui {

using domain::ErrorCode;

QString ErrorText::openCache(const domain::Error& error, const QString& path)
{
    const QString file = QDir::toNativeSeparators(path);
    switch (error.code) {
    case ErrorCode::CannotCreateFolder:
        return tr("The folder for the cache %1 cannot be created.").arg(file);
    case ErrorCode::CannotOpen:
        return tr("The cache %1 cannot be opened. Check that the file exists and that you may "
                  "read and write it.")
            .arg(file);
    case ErrorCode::NotADatabase:
        return tr("The file %1 is not a Concord cache or is damaged. It was left untouched; "
                  "choose another file with --cache.")
            .arg(file);
    case ErrorCode::TooNew:
        return tr("The cache %1 was written by a newer version of Concord. It was left "
                  "untouched; update Concord to open it.")
            .arg(file);
    case ErrorCode::MigrationFailed:
        return tr("The cache %1 could not be upgraded to this version. No change was kept.")
            .arg(file);
    case ErrorCode::NotFound:
        return tr("The cache %1 has no such agent. Check the login given with --agent.")
            .arg(file);
    case ErrorCode::InvalidArgument:
    case ErrorCode::StorageFailure:
        break;
    }
    return tr("The cache %1 cannot be used.").arg(file);
}

QString ErrorText::signIn(const QString& codeKey)
{
    if (codeKey == QLatin1String("bad_credentials"))
        return tr("The login or the password is wrong.");
    if (codeKey == QLatin1String("account_disabled"))
        return tr("This account is disabled. Ask your supervisor.");
    if (codeKey == QLatin1String("rate_limited"))
        return tr("Too many failed attempts. Wait a minute and try again.");
    if (codeKey == QLatin1String("session_expired"))
        return tr("Your session has ended. Sign in again.");
    if (codeKey == QLatin1String("unsupported_protocol"))
        return tr("This hub speaks another version of the protocol. Update Concord.");
    return tr("The hub refused to sign you in (%1).").arg(codeKey);
}

QString ErrorText::writeRefused(const QString& codeKey, const QString& holder)
{
    if (codeKey == QLatin1String("already_claimed") && !holder.isEmpty())
        return tr("%1 has already taken this conversation.").arg(holder);
    if (codeKey == QLatin1String("already_claimed"))
        return tr("Someone else has already taken this conversation.");
    if (codeKey == QLatin1String("stale_precondition"))
        return tr("The conversation changed in the meantime. Look again and repeat.");
    if (codeKey == QLatin1String("forbidden"))
        return tr("This conversation belongs to another team: you may read it, not change it.");
    if (codeKey == QLatin1String("not_found"))
        return tr("The conversation no longer exists.");
    return tr("The hub refused the change (%1); it was undone.").arg(codeKey);
}

QString ErrorText::hubUnreachable(const QString& hub)
{
    return tr("The hub at %1 does not answer. Check the address and the network.").arg(hub);
}

QString ErrorText::embeddedHub(const domain::Error& error, const QString& path)
{
    if (error.code == ErrorCode::InvalidArgument)
        return tr("The built-in hub cannot listen on this computer's loopback address.");
    return tr("The built-in demo hub cannot start: %1").arg(openCache(error, path));
}

} // namespace concord::ui
