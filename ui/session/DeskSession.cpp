#include "DeskSession.h"

#include "DemoSeeding.h"
#include "DeskSync.h"
#include "PresenceBoard.h"
#include "PresenceReporter.h"
#include "store/CacheReader.h"
#include "sync/PendingWrites.h"
#include "store/Database.h"

#include <QTimer>

namespace concord::ui {

using domain::Error;
using domain::ErrorCode;
using domain::Result;

namespace {
constexpr int kReloadWhileLoadingMs = 1000;
constexpr int kRowRefreshLimit = 64;
} // namespace

domain::Result<std::unique_ptr<DeskSession>>
DeskSession::open(const std::filesystem::path& file, const QString& agentLogin,
                  const SeedProgress& progress)
{
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) {
        auto seeded = seedDemoCache(file, progress);
        if (!seeded)
            return seeded.error();
    }

    auto db = store::Database::open(file, store::OpenMode::ExistingOnly);
    if (!db)
        return db.error();

    store::CacheReader reader(**db);
    std::string login = agentLogin.toStdString();
    if (login.empty())
        login = reader.meta("desk.agent_login").value_or(std::string{});
    if (login.empty())
        return Error{ErrorCode::NotFound, "the cache names no agent to open the desk as"};

    auto agent = reader.agentByLogin(login);
    if (!agent)
        return agent.error();

    return std::unique_ptr<DeskSession>(new DeskSession(std::move(*db), std::move(*agent)));
}

domain::Result<std::unique_ptr<DeskSession>>
DeskSession::openReplica(const std::filesystem::path& file, domain::Agent agent,
                         std::unique_ptr<DeskSync> sync)
{
    auto db = store::Database::open(file, store::OpenMode::CreateOrMigrate);
    if (!db)
        return db.error();
    std::unique_ptr<DeskSession> session(new DeskSession(std::move(*db), std::move(agent)));
    session->adoptSync(std::move(sync));
    return session;
}

void DeskSession::adoptSync(std::unique_ptr<DeskSync> sync)
{
    m_sync = std::move(sync);
    if (!m_sync)
        return;
    m_sync->setParent(nullptr); // owned here, not by a Qt parent
    m_presence = new PresenceBoard(this);
    m_reporter = new PresenceReporter(*m_sync, this);
    connect(m_sync.get(), &DeskSync::presenceSeen, m_presence, &PresenceBoard::note);
    connect(m_sync.get(), &DeskSync::statusChanged, m_presence, [this](const SyncStatus& s) {
        if (s.link != SyncStatus::Link::Online)
            m_presence->clear(); // without a link nobody's whereabouts are known
    });
    // While a snapshot streams in, the inbox fills up: reload what is shown now and then
    // rather than after every batch.
    auto* growing = new QTimer(this);
    growing->setSingleShot(true);
    growing->setInterval(kReloadWhileLoadingMs);
    connect(growing, &QTimer::timeout, this, &DeskSession::replicaReplaced);
    connect(m_sync.get(), &DeskSync::bootstrapProgress, growing, [growing] {
        if (!growing->isActive())
            growing->start();
    });
    connect(m_sync.get(), &DeskSync::replicaReplaced, this, [this, growing] {
        growing->stop();
        emit replicaReplaced();
    });
    connect(m_sync.get(), &DeskSync::conversationsChanged, this,
            [this](const QStringList& ids) {
                // A large catch-up is cheaper to show as one reload than row by row.
                if (ids.size() > kRowRefreshLimit) {
                    emit replicaReplaced();
                    return;
                }
                for (const QString& id : ids)
                    emit conversationChanged(id);
            });
}

DeskSession::DeskSession(std::unique_ptr<store::Database> db, domain::Agent agent)
    : m_db(std::move(db))
    , m_reader(std::make_unique<store::CacheReader>(*m_db))
    , m_agent(std::move(agent))
{
}

DeskSession::~DeskSession() = default;

QSet<QString> DeskSession::pendingMessageIds(const QString& conversationId)
{
    QSet<QString> ids;
    if (!m_sync)
        return ids; // an offline cache file has no outbox worth reading
    if (!m_pending)
        m_pending = std::make_unique<sync::PendingWrites>(*m_db);
    auto pending = m_pending->messageIds(conversationId.toStdString());
    if (!pending)
        return ids; // marks are a courtesy: a failed read shows none
    for (const auto& id : *pending)
        ids.insert(QString::fromStdString(id));
    return ids;
}

std::filesystem::path DeskSession::cachePath() const { return m_db->path(); }

} // namespace concord::ui
