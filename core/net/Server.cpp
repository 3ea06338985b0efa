#include "net/Server.h"

#include "net/EventLoop.h"
#include "net/Log.h"
#include "net/detail/Listener.h"
#include "net/detail/ServerSessionBase.h"
#include "net/detail/ServerState.h"
#include "net/detail/TlsContext.h"

#include <boost/asio/ip/address.hpp>

#include <mutex>

namespace concord::net {

namespace asio = boost::asio;

namespace {
// Time left to sessions whose close handshake timer already fired to report their end.
constexpr std::chrono::milliseconds AbortGrace{1000};
} // namespace

struct Server::Impl
{
    Impl(ConnectionHandler &handler, ServerOptions options)
        : loop(options.threads, "hub-net")
        , state(std::make_shared<detail::ServerState>(handler, std::move(options)))
    {}

    EventLoop loop;
    std::shared_ptr<detail::ServerState> state;
    std::shared_ptr<detail::Listener> listener;
    std::mutex mutex;
    bool stopped = false;
};

Server::Server(ConnectionHandler &handler, ServerOptions options)
    : m_impl(std::make_unique<Impl>(handler, std::move(options)))
{}

Server::~Server()
{
    stop();
}

bool Server::listen(const std::string &address, std::uint16_t port, std::string *error)
{
    const std::lock_guard lock(m_impl->mutex);
    const auto refuse = [error](std::string text) {
        if (error)
            *error = std::move(text);
        return false;
    };
    if (m_impl->stopped)
        return refuse("server stopped");
    if (m_impl->listener)
        return refuse("already listening");
    boost::system::error_code ec;
    const asio::ip::address ip = asio::ip::make_address(address, ec);
    if (ec)
        return refuse("bad listen address '" + address + "': " + ec.message());
    if (m_impl->state->options().tls.enabled() && !m_impl->state->tls()) {
        auto tls = detail::makeServerTlsContext(m_impl->state->options().tls, error);
        if (!tls)
            return false;
        m_impl->state->setTls(std::move(tls));
    }
    auto listener = std::make_shared<detail::Listener>(m_impl->loop.context(), m_impl->state);
    if (!listener->open(asio::ip::tcp::endpoint(ip, port), error))
        return false;
    listener->start();
    m_impl->listener = std::move(listener);
    return true;
}

std::uint16_t Server::port() const
{
    const std::lock_guard lock(m_impl->mutex);
    return m_impl->listener ? m_impl->listener->port() : 0;
}

bool Server::usesTls() const
{
    return m_impl->state->options().tls.enabled();
}

std::size_t Server::connectionCount() const
{
    return m_impl->state->count();
}

void Server::stop()
{
    const std::lock_guard lock(m_impl->mutex);
    if (m_impl->stopped)
        return;
    if (m_impl->loop.runsInThisThread()) {
        logLine("Server::stop called from a network thread; ignored");
        return;
    }
    m_impl->stopped = true;
    detail::ServerState &state = *m_impl->state;
    state.setStopping();
    if (m_impl->listener)
        m_impl->listener->stop();
    for (const auto &session : state.snapshot())
        session->close(CloseCode::GoingAway, "going away");
    // Each session's own close deadline drops a silent peer; this wait only backs it up.
    const auto closeLimit = state.options().channel.handshakeTimeout + AbortGrace;
    if (!state.waitUntilEmpty(closeLimit)) {
        for (const auto &session : state.snapshot())
            session->abort();
        if (!state.waitUntilEmpty(AbortGrace))
            logLine("Server::stop: some connections did not end in time");
    }
    for (const auto &session : state.snapshot())
        session->refuseFurtherCalls();
    m_impl->loop.stop();
}

} // namespace concord::net
