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

} // namespace concord::ui
