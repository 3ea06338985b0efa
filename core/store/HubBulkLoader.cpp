#include "HubBulkLoader.h"

#include "CacheWriter.h"
#include "Database.h"
#include "HubSchema.h"
#include "HubStore.h"
#include "SqlError.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace concord::store {
using domain::Done;
using domain::Error;
using domain::ErrorCode;
using domain::Result;
using domain::VoidResult;

namespace {

constexpr std::int64_t kRowsPerTransaction = 50'000;

} // namespace

HubBulkLoader::HubBulkLoader(HubStore& store) : m_store(store) {}

HubBulkLoader::~HubBulkLoader()
{
    if (m_open && m_writer)
        m_writer->rollback();
}

Result<std::int64_t> HubBulkLoader::start()
{
    if (m_open)
        return Error{ErrorCode::InvalidArgument, "the bulk load has started already"};
    auto latest = m_store.latestSeq();
    if (!latest)
        return latest.error();
    return guarded("starting a bulk load", [&]() -> Result<std::int64_t> {
        m_writer = std::make_unique<CacheWriter>(m_store.database());
        if (auto started = m_writer->startBulkLoad(); !started)
            return started.error();
        if (auto began = m_writer->begin(); !began)
            return began.error();
        m_open = true;
        m_baseline = latest.value() + 1;
        return m_baseline;
    });
}

VoidResult HubBulkLoader::written(VoidResult result)
{
    if (!result || ++m_rows % kRowsPerTransaction != 0)
        return result;
    if (auto committed = m_writer->commit(); !committed)
        return committed;
    return m_writer->begin();
}

VoidResult HubBulkLoader::team(const domain::Team& team)
{
    if (!m_open)
        return Error{ErrorCode::InvalidArgument, "the bulk load is not started"};
    return written(m_writer->upsertTeam(team));
}

VoidResult HubBulkLoader::agent(const domain::Agent& agent)
{
    if (!m_open)
        return Error{ErrorCode::InvalidArgument, "the bulk load is not started"};
    return written(m_writer->upsertAgent(agent));
}

VoidResult HubBulkLoader::customer(const domain::Customer& customer)
{
    if (!m_open)
        return Error{ErrorCode::InvalidArgument, "the bulk load is not started"};
    domain::Customer stored = customer;
    stored.revision = m_baseline;
    return written(m_writer->upsertCustomer(stored));
}

VoidResult HubBulkLoader::conversation(const domain::Conversation& conversation)
{
    if (!m_open)
        return Error{ErrorCode::InvalidArgument, "the bulk load is not started"};
    domain::Conversation stored = conversation;
    stored.revision = m_baseline;
    return written(m_writer->upsertConversation(stored));
}

VoidResult HubBulkLoader::message(const domain::Message& message)
{
    if (!m_open)
        return Error{ErrorCode::InvalidArgument, "the bulk load is not started"};
    return written(m_writer->appendMessage(message));
}

Result<std::int64_t> HubBulkLoader::finish()
{
    if (!m_open)
        return Error{ErrorCode::InvalidArgument, "the bulk load is not started"};
    auto baseline = guarded("finishing a bulk load", [&]() -> Result<std::int64_t> {
        SQLite::Database& db = m_store.database().sql();
        SQLite::Statement compact(db, "DELETE FROM change_log WHERE seq <= ?1");
        compact.bind(1, static_cast<int64_t>(m_baseline));
        compact.exec();
        SQLite::Statement horizon(db, "UPDATE meta SET value = CAST(?1 AS TEXT) WHERE key = ?2");
        horizon.bind(1, static_cast<int64_t>(m_baseline));
        horizon.bind(2, hubschema::kHorizonKey);
        horizon.exec();
        return m_baseline;
    });
    if (!baseline)
        return baseline.error();
    if (auto committed = m_writer->commit(); !committed)
        return committed.error();
    m_open = false;
    if (auto finished = m_writer->finishBulkLoadWithoutInbox(); !finished)
        return finished.error();
    return baseline;
}

} // namespace concord::store
