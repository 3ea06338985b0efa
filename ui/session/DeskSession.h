#pragma once
// DeskSession: the one QObject that owns the desk's cache (and, from the sync issue on, the
// sync client) and carries their news to the GUI thread. Panes read through it; they never
// open the database themselves.

#include "DemoSeeding.h"
#include "domain/Agent.h"
#include "domain/Result.h"

#include <QObject>
#include <QString>

#include <filesystem>
#include <memory>

namespace concord::store {
class CacheReader;
class Database;
} // namespace concord::store

namespace concord::ui {

class DeskSession : public QObject {
    Q_OBJECT
public:
    // Opens (creating and seeding with demo data if it does not exist) the cache at `file`
    // for the agent with `agentLogin` (empty: the login recorded in the cache).
    static domain::Result<std::unique_ptr<DeskSession>> open(const std::filesystem::path& file,
                                                             const QString& agentLogin = {},
                                                             const SeedProgress& progress = {});
    ~DeskSession() override;

    store::CacheReader& reader() { return *m_reader; }
    const domain::Agent& agent() const { return m_agent; }
    bool isSupervisor() const { return m_agent.role == domain::Role::Supervisor; }
    std::filesystem::path cachePath() const;

signals:
    // A conversation changed in the cache (sync, or a local write): models refresh the row.
    void conversationChanged(const QString& conversationId);

private:
    DeskSession(std::unique_ptr<store::Database> db, domain::Agent agent);
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::CacheReader> m_reader;
    domain::Agent m_agent;
};

} // namespace concord::ui
