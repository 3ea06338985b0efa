#pragma once
// One accepted WebSocket connection on a net::Server, as the layer above sees it.
// send() and close() may be called from any thread; they post to the connection's strand.
// A Connection must be released before its Server is destroyed.

#include "net/CloseReason.h"
#include "net/SharedText.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

namespace concord::net {

class Connection
{
public:
    virtual ~Connection();

    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // Unique within one Server, never reused.
    std::uint64_t id() const { return m_id; }
    // "address:port" of the peer.
    const std::string &remoteEndpoint() const { return m_remote; }

    // Queues one text frame. Returns false (and sends nothing) once the connection is
    // closing or closed, or when the frame would take the send queue over its bound, in which
    // case the connection is closed with 4008. The caller keeps frames under the peer's cap.
    bool send(std::string text) { return send(makeSharedText(std::move(text))); }
    // The same frame for many connections: queued without a copy.
    virtual bool send(SharedText text) = 0;
    // The same as one binary frame, for a peer that said it reads them (ChannelOptions::
    // acceptBinary): a payload of text the peer checks itself, spared Beast's UTF-8 check.
    virtual bool sendBinary(SharedText text) = 0;
    // Starts the close handshake once; frames already queued are written first (except on
    // 4008, which drops them). onClose follows when the handshake ends or times out.
    virtual void close(std::uint16_t code, std::string reason = {}) = 0;
    // Bytes accepted by send() and not yet written.
    virtual std::size_t queuedBytes() const = 0;
    virtual bool isOpen() const = 0;

    // A slot for the layer above (its session state); the transport never looks inside.
    void setContext(std::shared_ptr<void> context);
    std::shared_ptr<void> context() const;

protected:
    Connection(std::uint64_t id, std::string remote);

private:
    const std::uint64_t m_id;
    const std::string m_remote;
    mutable std::mutex m_contextMutex;
    std::shared_ptr<void> m_context;
};

using ConnectionPtr = std::shared_ptr<Connection>;

} // namespace concord::net
