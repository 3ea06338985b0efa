#pragma once
// Where the desk keeps its files in the user's data folder: the embedded hub's store, and
// one replica per hub and login (two agents sharing a computer account never share a cache,
// and a replica never mixes two hubs' data).

#include <QString>

#include <cstdint>

namespace concord::ui {

class DeskFiles {
public:
    static QString dataFolder();
    static QString embeddedHubStore();
    static QString embeddedReplica(const QString& login);
    static QString replica(const QString& host, std::uint16_t port, const QString& login);

    // `text` as one safe file-name part: letters, digits, '.', '-' and '_' stay, the rest
    // become %XX, so different logins never map to one file.
    static QString fileNamePart(const QString& text);
};

} // namespace concord::ui
