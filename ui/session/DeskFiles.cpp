#include "DeskFiles.h"

#include <QDir>
#include <QStandardPaths>

namespace concord::ui {

QString DeskFiles::dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString DeskFiles::embeddedHubStore()
{
    return QDir(dataFolder()).filePath(QStringLiteral("embedded/hub.sqlite"));
}

QString DeskFiles::embeddedReplica(const QString& login)
{
    return QDir(dataFolder()).filePath(QStringLiteral("embedded/desk-%1.sqlite")
                                           .arg(fileNamePart(login)));
}

QString DeskFiles::replica(const QString& host, std::uint16_t port, const QString& login)
{
    const QString hub = QStringLiteral("%1_%2").arg(fileNamePart(host)).arg(port);
    return QDir(dataFolder()).filePath(QStringLiteral("replicas/%1/%2.sqlite")
                                           .arg(hub, fileNamePart(login)));
}

QString DeskFiles::fileNamePart(const QString& text)
{
    QString part;
    for (const char byte : text.toUtf8()) {
        const auto c = static_cast<unsigned char>(byte);
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                           || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
        if (plain && !(c == '.' && part.isEmpty())) // no hidden files, no ".."
            part += QLatin1Char(char(c));
        else
            part += QStringLiteral("%%1").arg(c, 2, 16, QLatin1Char('0')).toUpper();
    }
    return part;
}

} // namespace concord::ui
