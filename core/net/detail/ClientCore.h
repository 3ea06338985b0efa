#pragma once
// Private to core/net. The part of a Client that its sessions keep alive: the callbacks
// (silenced once the Client is gone), the TLS context and the current session.

#include "net/Client.h"

#include <memory>
#include <mutex>
#include <string>

namespace boost::asio::ssl {
class context;
}

namespace concord::net {
class EventLoop;
}

namespace concord::net::detail {

class ClientSessionBase;

class ClientCore
{
public:
    ClientCore(EventLoop &loop, Client::Callbacks callbacks, ClientOptions options);

    EventLoop &loop() const { return m_loop; }
    const ClientOptions &options() const { return m_options; }

    // The TLS context, built on first use; null with *error filled if that failed.
    std::shared_ptr<boost::asio::ssl::context> tls(std::string *error);

    std::shared_ptr<ClientSessionBase> current() const;
    // Installs a new session unless the current one is still alive.
    bool replace(const std::shared_ptr<ClientSessionBase> &session);

    void emitOpen();
    void emitText(std::string text);
    void emitClose(const CloseReason &reason);
    void emitError(const std::string &error);
    // After this returns no callback runs, and none is running (unless detach is called from
    // inside one, on the loop's thread).
    void detach();

private:
    EventLoop &m_loop;
    const Client::Callbacks m_callbacks;
    const ClientOptions m_options;
    // Recursive so a callback may destroy its own Client.
    std::recursive_mutex m_callbackMutex;
    bool m_detached = false;
    std::mutex m_tlsMutex;
    std::shared_ptr<boost::asio::ssl::context> m_tls;
    mutable std::mutex m_sessionMutex;
    std::weak_ptr<ClientSessionBase> m_current;
};

} // namespace concord::net::detail
