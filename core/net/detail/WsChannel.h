#pragma once
// Private to core/net. The open life of one WebSocket connection, shared by the server's
// sessions and the client: a read loop that is always pending until the end, one write in
// flight with a bounded queue behind it, and the close handshake with a deadline. Everything
// but the atomics is touched only on the stream's strand; the end is reported exactly once,
// from the read loop, through deliverClose(). Instantiated for PlainStream and TlsStream.

#include "net/ChannelOptions.h"
#include "net/CloseReason.h"
#include "net/SharedText.h"

#include "net/detail/Streams.h"

#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/core/flat_buffer.hpp>

#include <atomic>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>

namespace concord::net::detail {

template<class Stream>
class WsChannel : public std::enable_shared_from_this<WsChannel<Stream>>
{
public:
    virtual ~WsChannel();

    // Thread-safe: see Connection::send, Connection::close.
    // binary: sent as a binary frame (see Connection::sendBinary).
    bool enqueue(SharedText text, bool binary = false);
    void requestClose(std::uint16_t code, std::string reason);
    // Thread-safe: drops the TCP connection now, without a close handshake.
    void abort();
    // Thread-safe: from now on send and close do nothing (the loop is going away).
    void refuseFurtherCalls();

    std::size_t bytesQueued() const { return m_queuedBytes.load(); }
    bool channelOpen() const { return m_acceptingSends.load(); }

protected:
    // streamArgs build the stream: a socket or an executor, then the TLS context if any.
    template<class... StreamArgs>
    explicit WsChannel(const ChannelOptions &options, StreamArgs &&...streamArgs)
        : m_ws(std::forward<StreamArgs>(streamArgs)...)
        , m_options(options)
        , m_closeTimer(m_ws.get_executor())
    {}

    // Strand. Limits, timeouts and the text mode; call before the upgrade handshake.
    void configureStream(bool serverSide);
    // Strand. The handshake succeeded: announce the connection and start reading.
    void beginOpen();
    // Strand. Closes the socket so every pending operation ends.
    void forceClose();

    virtual void deliverOpen() = 0;
    virtual void deliverText(std::string text) = 0;
    virtual void deliverClose(const CloseReason &reason) = 0;
    // Strand. A close was asked for before the connection was open.
    virtual void abortBeforeOpen();

    // A completion handler calling a member of this channel (or of the session derived from
    // it) and keeping the object alive until it runs.
    template<class Owner, class... Args>
    auto bindSelf(void (Owner::*member)(Args...))
    {
        return boost::beast::bind_front_handler(
            member, std::static_pointer_cast<Owner>(this->shared_from_this()));
    }

    Stream m_ws;
    const ChannelOptions m_options;

private:
    enum class State { Connecting, Open, Closing, Closed };

    void readNext();
    void onRead(const boost::system::error_code &ec, std::size_t bytes);
    struct Outgoing {
        SharedText text;
        bool binary = false;
    };
    void push(Outgoing frame);
    void writeNext();
    void onWrite(const boost::system::error_code &ec, std::size_t bytes);
    void startClose(std::uint16_t code, std::string reason);
    void sendCloseFrame();
    void onCloseSent(const boost::system::error_code &ec);
    void onCloseDeadline(const boost::system::error_code &ec);
    void dropQueued(bool keepInFlight);
    void finish(const boost::system::error_code &ec);
    CloseReason reasonFor(const boost::system::error_code &ec) const;

    boost::asio::steady_timer m_closeTimer;
    boost::beast::flat_buffer m_readBuffer;
    std::size_t m_messageBytes = 0; // of the message being read
    bool m_discarding = false;      // the message being read is refused
    std::deque<Outgoing> m_queue;
    State m_state = State::Connecting;
    bool m_writing = false;
    bool m_closeAfterDrain = false;
    bool m_weClosed = false;
    CloseReason m_ourClose;

    std::atomic<bool> m_acceptingSends{false};
    std::atomic<bool> m_closeRequested{false};
    std::atomic<std::size_t> m_queuedBytes{0};
};

extern template class WsChannel<PlainStream>;
extern template class WsChannel<TlsStream>;

} // namespace concord::net::detail
