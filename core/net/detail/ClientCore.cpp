#include "net/detail/ClientCore.h"

#include "net/detail/ClientSessionBase.h"
#include "net/detail/TlsContext.h"

#include <boost/asio/ssl/context.hpp>

namespace concord::net::detail {

ClientCore::ClientCore(EventLoop &loop, Client::Callbacks callbacks, ClientOptions options)
    : m_loop(loop)
    , m_callbacks(std::move(callbacks))
    , m_options(std::move(options))
{}

std::shared_ptr<boost::asio::ssl::context> ClientCore::tls(std::string *error)
{
    const std::lock_guard lock(m_tlsMutex);
    if (!m_tls)
        m_tls = makeClientTlsContext(m_options.tls, error);
    return m_tls;
}

std::shared_ptr<ClientSessionBase> ClientCore::current() const
{
    const std::lock_guard lock(m_sessionMutex);
    return m_current.lock();
}

bool ClientCore::replace(const std::shared_ptr<ClientSessionBase> &session)
{
    const std::lock_guard lock(m_sessionMutex);
    if (const auto alive = m_current.lock(); alive && !alive->ended())
        return false;
    m_current = session;
    return true;
}

void ClientCore::emitOpen()
{
    const std::lock_guard lock(m_callbackMutex);
    if (!m_detached && m_callbacks.onOpen)
        m_callbacks.onOpen();
}

void ClientCore::emitText(std::string text)
{
    const std::lock_guard lock(m_callbackMutex);
    if (!m_detached && m_callbacks.onText)
        m_callbacks.onText(std::move(text));
}

void ClientCore::emitClose(const CloseReason &reason)
{
    const std::lock_guard lock(m_callbackMutex);
    if (!m_detached && m_callbacks.onClose)
        m_callbacks.onClose(reason);
}

void ClientCore::emitError(const std::string &error)
{
    const std::lock_guard lock(m_callbackMutex);
    if (!m_detached && m_callbacks.onError)
        m_callbacks.onError(error);
}

void ClientCore::detach()
{
    const std::lock_guard lock(m_callbackMutex);
    m_detached = true;
}

} // namespace concord::net::detail
