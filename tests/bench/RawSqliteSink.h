#pragma once
// The benchmark's baseline: the same generated records written with plain prepared INSERTs
// into bare tables (no UNIQUE constraints, no secondary indexes, no search index, no
// denormalised inbox columns), with the cache's pragmas and batch size. Whatever the cache
// writer costs on top of this is the price of its indexes and search.

#include "demo/DemoGenerator.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <filesystem>
#include <memory>
#include <string>

namespace concord::bench {

// Values the read benchmark searches for, noticed while the data streams past.
struct Probes {
    std::string surname;
    std::string fullName;
    std::string email;
    std::string order;
    domain::Id customerId;
};

class RawSqliteSink : public demo::DemoSink {
public:
    explicit RawSqliteSink(const std::filesystem::path& file);
    ~RawSqliteSink() override;

    void team(const domain::Team& team) override;
    void agent(const domain::Agent& agent) override;
    void customer(const domain::Customer& customer) override;
    void conversation(const domain::Conversation& conversation) override;
    void message(const domain::Message& message) override;
    void finish();

    const Probes& probes() const { return m_probes; }

private:
    void counted();
    void notice(const domain::Customer& customer);
    void notice(const domain::Message& message);

    SQLite::Database m_db;
    std::unique_ptr<SQLite::Statement> m_team, m_agent, m_agentTeam, m_customer, m_identity,
        m_conversation, m_message;
    std::int64_t m_rows = 0;
    std::int64_t m_customers = 0;
    Probes m_probes;
};

} // namespace concord::bench
