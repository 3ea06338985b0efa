#pragma once
// A WebSocket client for one hub connection at a time, running on an EventLoop the owner
// provides (the desk's single Asio thread). Each connect() ends in onOpen or onError; an
// open connection ends in exactly one onClose. Callbacks run on the loop's thread, in order,
// and never after the Client is destroyed. After the end, connect() may be called again
// (also from inside onClose or onError). Nothing throws.

#include "net/ChannelOptions.h"
#include "net/CloseReason.h"
#include "net/SharedText.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace concord::net {

class EventLoop;

namespace detail {
class ClientCore;
}

// wss:// when enabled. The hub's certificate is checked against caFile (PEM), or against
// the system's trust store when caFile is empty, and must name the host connected to.
struct ClientTls
{
    bool enabled = false;
    bool verifyPeer = true;
    std::string caFile;
};

struct ClientOptions
{
    std::string path = "/sync";
    ClientTls tls;
    // Resolving and the TCP connect; the upgrade handshake has channel.handshakeTimeout.
    std::chrono::milliseconds connectTimeout{10000};
    ChannelOptions channel;
};

class Client
{
public:
    struct Callbacks
    {
        std::function<void()> onOpen;
        std::function<void(std::string text)> onText;
        std::function<void(const CloseReason &reason)> onClose;
        // The connection attempt failed before opening (resolve, connect, refused upgrade).
        std::function<void(const std::string &error)> onError;
    };

    // The loop must outlive the Client.
    Client(EventLoop &loop, Callbacks callbacks, ClientOptions options = {});
    // Closes an open connection with 1000 (or drops an attempt); no callback follows.
    ~Client();

    Client(const Client &) = delete;
    Client &operator=(const Client &) = delete;

    // Starts connecting to ws://host:port<path> (wss:// with TLS). Returns false if an
    // attempt or a connection is still alive; a TLS setup failure ends in onError.
    bool connect(const std::string &host, std::uint16_t port);
    // Same promises as Connection::send: false when not open or over the queue bound (which
    // closes with 4008).
    bool send(std::string text);
    bool send(SharedText text);
    // Starts the close handshake (or cancels an attempt, which then ends in onError).
    void close(std::uint16_t code = CloseCode::Normal, std::string reason = {});
    bool isOpen() const;
    std::size_t queuedBytes() const;

private:
    std::shared_ptr<detail::ClientCore> m_core;
};

} // namespace concord::net
