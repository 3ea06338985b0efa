#include "DeskSession.h"

#include "DemoSeeding.h"
#include "store/CacheReader.h"
#include "store/Database.h"

namespace concord::ui {

using domain::Error;
using domain::ErrorCode;
using domain::Result;

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

DeskSession::DeskSession(std::unique_ptr<store::Database> db, domain::Agent agent)
    : m_db(std::move(db))
    , m_reader(std::make_unique<store::CacheReader>(*m_db))
    , m_agent(std::move(agent))
{
}

DeskSession::~DeskSession() = default;

std::filesystem::path DeskSession::cachePath() const { return m_db->path(); }

} // namespace concord::ui
