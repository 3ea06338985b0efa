#pragma once
// A WebSocket server: listens on address:port, accepts upgrades on one path (others get
// HTTP 404), runs every connection on its own strand over a pool of its own threads and
// tells a ConnectionHandler what happens. Nothing here throws; errors come back as values.

#include "net/ChannelOptions.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace concord::net {

class ConnectionHandler;

// wss:// when a certificate is given (PEM files: the chain, leaf first, and its key).
struct ServerTls
{
    std::string certificateChainFile;
    std::string privateKeyFile;

    bool enabled() const { return !certificateChainFile.empty(); }
};

struct ServerOptions
{
    int threads = 2;
    std::string path = "/sync";
    ChannelOptions channel;
    ServerTls tls;
};

class Server
{
public:
    // The handler must outlive the Server.
    explicit Server(ConnectionHandler &handler, ServerOptions options = {});
    ~Server(); // stop()

    Server(const Server &) = delete;
    Server &operator=(const Server &) = delete;

    // Binds and starts accepting (loading the TLS certificate first, if any). Port 0 picks
    // a free port; port() then tells which. On failure returns false and fills *error.
    bool listen(const std::string &address, std::uint16_t port, std::string *error = nullptr);
    std::uint16_t port() const;
    bool usesTls() const;
    // Connections accepted and not yet ended (including ones still upgrading).
    std::size_t connectionCount() const;

    // Graceful shutdown: stop accepting, close every connection with 1001 "going away",
    // wait for their onClose (at most the handshake timeout, then drop them), join the
    // threads. Idempotent. Must not be called from a handler.
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace concord::net
