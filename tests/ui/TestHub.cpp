#include "TestHub.h"

#include "domain/Id.h"
#include "hub/DemoAccounts.h"
#include "hub/HubDemoSink.h"
#include "hub/HubService.h"
#include "net/Server.h"
#include "store/HubStore.h"

#include <QDateTime>

using namespace concord;

namespace {
constexpr std::int64_t kDemoNowMs = 1'795'435'200'000; // Monday 23 November 2026, 12:00 UTC
} // namespace

TestHub::TestHub(const QString& file, std::int64_t messages)
    : m_file(file)
{
    const std::filesystem::path path = file.toStdString();
    {
        auto store = store::HubStore::open(path);
        if (!store)
            return;
        demo::DemoOptions options;
        options.targetMessages = messages;
        // A fixed moment: the demo's statuses and assignments follow it, so every run
        // gets the same contact centre to test against.
        options.now = domain::fromEpochMs(kDemoNowMs);
        if (!hub::seedDemo(**store, options) || !hub::giveDemoPasswords(**store))
            return;
    }
    serve(0);
}

bool TestHub::serve(std::uint16_t port)
{
    hub::HubServiceOptions options;
    options.database = m_file.toStdString();
    options.failedLoginDelay = std::chrono::milliseconds(100);
    auto service = hub::HubService::create(options);
    if (!service)
        return false;
    m_service = std::move(*service);
    auto server = std::make_unique<net::Server>(*m_service);
    if (!server->listen("127.0.0.1", port))
        return false;
    m_port = server->port();
    m_server = std::move(server);
    return true;
}

void TestHub::stop()
{
    if (m_server)
        m_server->stop();
    if (m_service)
        m_service->stop();
    m_server.reset();
    m_service.reset();
}

bool TestHub::restart()
{
    stop();
    return serve(m_port);
}

TestHub::~TestHub()
{
    stop();
}

QString TestHub::address() const
{
    return QStringLiteral("127.0.0.1:%1").arg(port());
}

bool TestHub::ingest(const std::string& conversationId, const std::string& customerId,
                     const std::string& body, std::string* messageId)
{
    domain::Message inbound;
    inbound.id = domain::newUuid();
    inbound.conversationId = conversationId;
    inbound.direction = domain::Direction::Inbound;
    inbound.authorId = customerId;
    inbound.authorName = "Customer";
    inbound.body = body;
    inbound.sentAt = domain::fromEpochMs(QDateTime::currentMSecsSinceEpoch());
    if (messageId)
        *messageId = inbound.id;
    return m_service->ingestInbound(std::move(inbound)).get().ok();
}
