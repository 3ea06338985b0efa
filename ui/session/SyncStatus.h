#pragma once
// What the desk knows of its link to the hub, as the status bar shows it. A value type: the
// sync thread's news reaches the GUI as copies of it, through DeskSession.

#include <QMetaType>
#include <QString>

namespace concord::ui {

struct SyncStatus {
    enum class Link {
        Offline,    // no hub configured, or the hub is unreachable; writes wait in the outbox
        Connecting, // trying (again); the next attempt may be after a back-off
        Online,     // logged in and receiving live changes
    };
    Link link = Link::Offline;
    int pendingWrites = 0; // mutations in the outbox the hub has not confirmed yet
    qint64 loadedRecords = -1; // while a snapshot loads: records taken in so far; else -1
    QString hub;           // "127.0.0.1:7420", empty when none is configured
    bool operator==(const SyncStatus&) const = default;
};

} // namespace concord::ui

Q_DECLARE_METATYPE(concord::ui::SyncStatus)
