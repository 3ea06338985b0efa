#include "DemoCache.h"

#include "store/CacheWriter.h"
#include "store/Database.h"

#include <utility>

namespace concord::demo {
namespace {

constexpr std::int64_t kRowsPerTransaction = 50'000;

// Carries a store error out of the generator's callbacks; never leaves this file.
struct WriteFailed {
    domain::Error error;
};

// Writes every generated record through the cache writer, committing in large batches.
class CacheSink : public DemoSink {
public:
    explicit CacheSink(store::CacheWriter& writer) : m_writer(writer) {}

    void team(const domain::Team& team) override { written(m_writer.upsertTeam(team)); }
    void agent(const domain::Agent& agent) override { written(m_writer.upsertAgent(agent)); }
    void customer(const domain::Customer& customer) override
    {
        written(m_writer.upsertCustomer(customer));
    }
    void conversation(const domain::Conversation& conversation) override
    {
        written(m_writer.upsertConversation(conversation));
    }
    void message(const domain::Message& message) override
    {
        written(m_writer.appendMessage(message));
    }

private:
    static void ensure(const domain::VoidResult& result)
    {
        if (!result)
            throw WriteFailed{result.error()};
    }

    void written(const domain::VoidResult& result)
    {
        ensure(result);
        if (++m_rows % kRowsPerTransaction == 0) {
            ensure(m_writer.commit());
            ensure(m_writer.begin());
        }
    }

    store::CacheWriter& m_writer;
    std::int64_t m_rows = 0;
};

} // namespace

domain::Result<DemoStats> fillDemoCache(store::Database& db, const DemoOptions& options,
                                        const std::function<void(std::int64_t)>& progress,
                                        MessageSearch search)
{
    return fillDemoCache(
        db, [&](DemoSink& sink) { return generateDemo(options, sink, progress); }, search);
}

domain::Result<DemoStats> fillDemoCache(store::Database& db, const DemoProducer& produce,
                                        MessageSearch search)
{
    store::CacheWriter writer(db);
    if (auto started = writer.startBulkLoad(); !started)
        return started.error();
    if (auto began = writer.begin(); !began)
        return began.error();

    DemoStats stats;
    try {
        CacheSink sink(writer);
        stats = produce(sink);
    } catch (const WriteFailed& failure) {
        writer.rollback();
        return failure.error;
    }
    if (auto meta = writer.setMeta("desk.agent_login", kDemoAgentLogin); !meta) {
        writer.rollback();
        return meta.error();
    }
    if (auto committed = writer.commit(); !committed)
        return committed.error();
    auto finished = search == MessageSearch::Now ? writer.finishBulkLoad()
                                                 : writer.finishBulkLoadLeavingSearch();
    if (!finished)
        return finished.error();
    return stats;
}

} // namespace concord::demo
