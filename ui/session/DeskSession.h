#pragma once
// DeskSession: the one QObject that owns the desk's cache and its sync client, and carries
// their news to the GUI thread. Panes read through it; they never open the database
// themselves, and they write through sync() (absent for an offline cache file).

#include "DemoSeeding.h"
#include "domain/Agent.h"
#include "domain/Result.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <filesystem>
#include <memory>

namespace concord::sync {
class PendingWrites;
}
namespace concord::store {
class CacheReader;
class Database;
} // namespace concord::store

namespace concord::ui {

class DeskSync;
class PresenceBoard;
class PresenceReporter;

class DeskSession : public QObject {
    Q_OBJECT
public:
    // Opens (creating and seeding with demo data if it does not exist) the cache at `file`
    // for the agent with `agentLogin` (empty: the login recorded in the cache).
    static domain::Result<std::unique_ptr<DeskSession>> open(const std::filesystem::path& file,
                                                             const QString& agentLogin = {},
                                                             const SeedProgress& progress = {});
    // Opens the replica at `file` (created empty when missing) for `agent`, whom the hub
    // signed in, and takes over `sync`, which keeps the replica up to date.
    static domain::Result<std::unique_ptr<DeskSession>>
    openReplica(const std::filesystem::path& file, domain::Agent agent,
                std::unique_ptr<DeskSync> sync);
    ~DeskSession() override;

    // The agent's messages in this conversation that the hub has not confirmed yet.
    QSet<QString> pendingMessageIds(const QString& conversationId);

    // The link to the hub; nullptr for a cache file opened offline (read-only desk).
    DeskSync* sync() const { return m_sync.get(); }
    // Who else is on which conversation, and what this desk tells the others; both nullptr
    // without a sync.
    PresenceBoard* presence() const { return m_presence; }
    PresenceReporter* presenceReporter() const { return m_reporter; }

    store::CacheReader& reader() { return *m_reader; }
    const domain::Agent& agent() const { return m_agent; }
    bool isSupervisor() const { return m_agent.role == domain::Role::Supervisor; }
    std::filesystem::path cachePath() const;

signals:
    // A conversation changed in the cache (sync, or a local write): models refresh the row.
    void conversationChanged(const QString& conversationId);
    // The cache was loaded anew (a snapshot): every model reloads.
    void replicaReplaced();

private:
    DeskSession(std::unique_ptr<store::Database> db, domain::Agent agent);
    void adoptSync(std::unique_ptr<DeskSync> sync);
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::CacheReader> m_reader;
    domain::Agent m_agent;
    std::unique_ptr<sync::PendingWrites> m_pending;
    PresenceBoard* m_presence = nullptr;     // children of this object
    PresenceReporter* m_reporter = nullptr;
    std::unique_ptr<DeskSync> m_sync; // declared last, destroyed first: its thread stops
};

} // namespace concord::ui
