#include "net/detail/WsChannel.h"

#include "net/detail/Fail.h"

#include <boost/asio/post.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/core/buffers_to_string.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/http/field.hpp>
#include <boost/beast/websocket/rfc6455.hpp>
#include <boost/beast/websocket/ssl.hpp>

#include <algorithm>

namespace concord::net::detail {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
using boost::system::error_code;

namespace {
constexpr std::size_t MaxCloseReasonBytes = 123; // RFC 6455: 125 bytes minus the code
constexpr std::size_t DiscardChunkBytes = 64 * 1024;
}

template<class Stream>
WsChannel<Stream>::~WsChannel() = default;

template<class Stream>
bool WsChannel<Stream>::enqueue(SharedText text, bool binary)
{
    if (!text || !m_acceptingSends.load())
        return false;
    const std::size_t size = text->size();
    const std::size_t before = m_queuedBytes.fetch_add(size);
    // Counted before posting, so a burst from another thread is bounded too. A single frame
    // always fits an empty queue.
    if (before > 0 && before + size > m_options.maxQueuedBytes) {
        m_queuedBytes.fetch_sub(size);
        requestClose(CloseCode::TooSlow, "send queue over its bound");
        return false;
    }
    asio::post(m_ws.get_executor(),
               [self = this->shared_from_this(), text = std::move(text), binary]() mutable {
                   self->push({std::move(text), binary});
               });
    return true;
}

template<class Stream>
void WsChannel<Stream>::requestClose(std::uint16_t code, std::string reason)
{
    if (m_closeRequested.exchange(true))
        return;
    m_acceptingSends = false;
    asio::post(m_ws.get_executor(),
               [self = this->shared_from_this(), code, reason = std::move(reason)]() mutable {
                   self->startClose(code, std::move(reason));
               });
}

template<class Stream>
void WsChannel<Stream>::abort()
{
    m_closeRequested = true;
    m_acceptingSends = false;
    asio::post(m_ws.get_executor(), [self = this->shared_from_this()] {
        self->abortBeforeOpen();
        self->forceClose();
    });
}

template<class Stream>
void WsChannel<Stream>::refuseFurtherCalls()
{
    m_closeRequested = true;
    m_acceptingSends = false;
}

template<class Stream>
void WsChannel<Stream>::configureStream(bool serverSide)
{
    websocket::stream_base::timeout timeout{};
    timeout.handshake_timeout = m_options.handshakeTimeout;
    timeout.idle_timeout = m_options.idleTimeout;
    timeout.keep_alive_pings = true;
    m_ws.set_option(timeout);
    m_ws.read_message_max(0); // the cap is enforced in onRead, see there
    m_ws.auto_fragment(false);
    m_ws.text(true);
    const char *product = serverSide ? "concord-hub" : "concord-desk";
    if (serverSide) {
        m_ws.set_option(websocket::stream_base::decorator(
            [product](websocket::response_type &res) {
                res.set(beast::http::field::server, product);
            }));
    } else {
        m_ws.set_option(websocket::stream_base::decorator(
            [product](websocket::request_type &req) {
                req.set(beast::http::field::user_agent, product);
            }));
    }
}

template<class Stream>
void WsChannel<Stream>::beginOpen()
{
    m_state = State::Open;
    m_acceptingSends = !m_closeRequested.load();
    deliverOpen();
    readNext();
}

template<class Stream>
void WsChannel<Stream>::forceClose()
{
    m_closeTimer.cancel();
    error_code ignored;
    beast::get_lowest_layer(m_ws).socket().close(ignored);
}

template<class Stream>
void WsChannel<Stream>::abortBeforeOpen()
{
    forceClose();
}

template<class Stream>
void WsChannel<Stream>::readNext()
{
    // A message within the cap arrives in as few pieces as possible; one over it is noticed
    // after cap + 1 bytes and the rest is read in small pieces and thrown away.
    const std::size_t limit = m_discarding
                                  ? DiscardChunkBytes
                                  : m_options.maxMessageBytes + 1 - m_messageBytes;
    m_ws.async_read_some(m_readBuffer, limit, bindSelf(&WsChannel::onRead));
}

template<class Stream>
void WsChannel<Stream>::onRead(const error_code &ec, std::size_t bytes)
{
    if (ec) {
        finish(ec);
        return;
    }
    m_messageBytes += bytes;
    if (m_state == State::Open && !m_discarding) {
        // We close these ourselves rather than let Beast do it: Beast tears the socket down
        // without draining it, and the reset can hide the close code from the sender.
        if (!m_ws.got_text() && !m_options.acceptBinary) {
            m_discarding = true;
            startClose(CloseCode::Unsupported, "binary frames are refused");
        } else if (m_messageBytes > m_options.maxMessageBytes) {
            m_discarding = true;
            startClose(CloseCode::TooBig, "message too big");
        }
    }
    // Frames that arrive after we started closing are not delivered: the owner asked to stop.
    const bool deliver = m_state == State::Open && !m_discarding;
    if (!deliver)
        m_readBuffer.consume(m_readBuffer.size());
    if (m_ws.is_message_done()) {
        if (deliver)
            deliverText(beast::buffers_to_string(m_readBuffer.data()));
        m_readBuffer.consume(m_readBuffer.size());
        m_messageBytes = 0;
        m_discarding = false;
    }
    readNext(); // also while closing: the close handshake completes through the read loop
}

template<class Stream>
void WsChannel<Stream>::push(Outgoing frame)
{
    if (m_state != State::Open) {
        m_queuedBytes.fetch_sub(frame.text->size());
        return;
    }
    m_queue.push_back(std::move(frame));
    if (!m_writing)
        writeNext();
}

template<class Stream>
void WsChannel<Stream>::writeNext()
{
    m_writing = true;
    const Outgoing &frame = m_queue.front();
    m_ws.binary(frame.binary); // one write in flight: the mode is this frame's alone
    m_ws.async_write(asio::buffer(*frame.text), bindSelf(&WsChannel::onWrite));
}

template<class Stream>
void WsChannel<Stream>::onWrite(const error_code &ec, std::size_t)
{
    if (m_state == State::Closed)
        return; // finish() already emptied the queue
    m_queuedBytes.fetch_sub(m_queue.front().text->size());
    m_queue.pop_front();
    m_writing = false;
    if (ec) {
        fail(ec, "websocket write");
        dropQueued(false);
        m_acceptingSends = false;
        // The read loop usually ends by itself and may still see the peer's close frame
        // (e.g. 1009 for what we were writing); the deadline makes sure it ends.
        m_closeTimer.expires_after(m_options.handshakeTimeout);
        m_closeTimer.async_wait(bindSelf(&WsChannel::onCloseDeadline));
        return;
    }
    if (!m_queue.empty()) {
        writeNext();
        return;
    }
    if (m_closeAfterDrain) {
        m_closeAfterDrain = false;
        sendCloseFrame();
    }
}

template<class Stream>
void WsChannel<Stream>::startClose(std::uint16_t code, std::string reason)
{
    if (m_state == State::Connecting) {
        abortBeforeOpen();
        return;
    }
    if (m_state != State::Open)
        return;
    m_state = State::Closing;
    m_acceptingSends = false;
    m_closeRequested = true;
    m_weClosed = true;
    if (reason.size() > MaxCloseReasonBytes)
        reason.resize(MaxCloseReasonBytes);
    m_ourClose = CloseReason{code, std::move(reason)};
    // A peer too slow for its queue gets nothing more; anyone else gets what was queued.
    if (code == CloseCode::TooSlow)
        dropQueued(true);
    // The deadline covers draining the queue and the handshake: a peer that stops reading
    // cannot hold the connection open.
    m_closeTimer.expires_after(m_options.handshakeTimeout);
    m_closeTimer.async_wait(bindSelf(&WsChannel::onCloseDeadline));
    if (m_writing)
        m_closeAfterDrain = true;
    else
        sendCloseFrame();
}

template<class Stream>
void WsChannel<Stream>::sendCloseFrame()
{
    const websocket::close_reason frame(static_cast<websocket::close_code>(m_ourClose.code),
                                       m_ourClose.reason);
    m_ws.async_close(frame, bindSelf(&WsChannel::onCloseSent));
}

template<class Stream>
void WsChannel<Stream>::onCloseSent(const error_code &ec)
{
    if (ec)
        fail(ec, "websocket close");
}

template<class Stream>
void WsChannel<Stream>::onCloseDeadline(const error_code &ec)
{
    if (ec || m_state == State::Closed)
        return;
    fail(beast::error::timeout, "websocket close handshake");
    forceClose();
}

template<class Stream>
void WsChannel<Stream>::dropQueued(bool keepInFlight)
{
    const std::size_t keep = (keepInFlight && m_writing) ? 1 : 0;
    while (m_queue.size() > keep) {
        m_queuedBytes.fetch_sub(m_queue.back().text->size());
        m_queue.pop_back();
    }
}

template<class Stream>
void WsChannel<Stream>::finish(const error_code &ec)
{
    const State before = m_state;
    m_state = State::Closed;
    m_acceptingSends = false;
    m_closeRequested = true;
    m_writing = false;
    m_closeAfterDrain = false;
    while (!m_queue.empty()) {
        m_queuedBytes.fetch_sub(m_queue.back().text->size());
        m_queue.pop_back();
    }
    const CloseReason reason = reasonFor(ec);
    if (reason.code == CloseCode::Abnormal)
        fail(ec, "websocket read");
    forceClose();
    if (before != State::Connecting)
        deliverClose(reason);
}

template<class Stream>
CloseReason WsChannel<Stream>::reasonFor(const error_code &ec) const
{
    if (m_weClosed)
        return m_ourClose;
    const websocket::close_reason &peer = m_ws.reason();
    // A close frame arrived, even if tearing down TCP failed afterwards (the peer may reset
    // the socket right after its close frame): the peer's code is what happened.
    if (ec == websocket::error::closed || peer.code != websocket::close_code::none) {
        const std::uint16_t code = peer.code == websocket::close_code::none
                                       ? CloseCode::NoStatus
                                       : std::uint16_t(peer.code);
        return CloseReason{code, std::string(peer.reason.data(), peer.reason.size())};
    }
    if (ec == websocket::error::message_too_big)
        return CloseReason{CloseCode::TooBig, "message too big"};
    if (ec == beast::error::timeout)
        return CloseReason{CloseCode::Abnormal, "peer silent: idle timeout"};
    return CloseReason{CloseCode::Abnormal, ec.message()};
}

template class WsChannel<PlainStream>;
template class WsChannel<TlsStream>;

} // namespace concord::net::detail
