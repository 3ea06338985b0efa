#include "RawDesk.h"

#include "sync/Codec.h"

#include <boost/asio/error.hpp>
#include <boost/beast/websocket/error.hpp>

#include <algorithm>

namespace concord::test {

bool RawDesk::open(std::uint16_t port)
{
    return !m_peer.connect(port);
}

bool RawDesk::sendText(const std::string& text)
{
    return !m_peer.writeText(text);
}

bool RawDesk::sendBinary(const std::string& data)
{
    return !m_peer.writeBinary(data);
}

bool RawDesk::send(const sync::Frame& frame)
{
    return sendText(sync::encode(frame));
}

std::optional<sync::Frame> RawDesk::next(std::chrono::steady_clock::time_point deadline)
{
    while (!m_closed) {
        const auto left = std::chrono::duration_cast<Ms>(deadline
                                                         - std::chrono::steady_clock::now());
        if (left <= Ms{0})
            return std::nullopt;
        std::string text;
        const auto error = m_peer.read(&text, left);
        if (error == boost::asio::error::timed_out)
            return std::nullopt;
        if (error) {
            m_closed = true;
            if (error == boost::beast::websocket::error::closed)
                m_closeCode = m_peer.closeCode();
            return std::nullopt;
        }
        m_texts.push_back(text);
        auto decoded = sync::decode(text);
        if (decoded)
            return std::move(decoded).frame();
        // A hub frame this desk cannot read: kept in m_texts, skipped here.
    }
    return std::nullopt;
}

int RawDesk::waitForClose(Ms limit)
{
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (next(deadline)) {
    }
    return m_closed ? m_closeCode : -1;
}

bool RawDesk::hello(const domain::Id& clientId)
{
    m_clientId = clientId.empty() ? domain::newUuid() : clientId;
    if (!send(sync::Hello{sync::kProtocolVersion, "concord-desk/0.1.0", m_clientId}))
        return false;
    const auto welcome = waitFor<sync::Welcome>();
    if (welcome)
        m_epoch = welcome->epoch;
    return welcome.has_value();
}

bool RawDesk::signIn(const std::string& login, const std::string& password)
{
    if (!hello())
        return false;
    const std::int64_t req = ++m_lastReq;
    if (!send(sync::Login{req, login, password}))
        return false;
    const auto session = waitFor<sync::Session>(Ms{20000}); // Argon2id takes its time
    if (session)
        m_token = session->token;
    return session && session->req == req;
}

bool RawDesk::mentioned(const std::string& needle) const
{
    return std::any_of(m_texts.begin(), m_texts.end(), [&](const std::string& text) {
        return text.find(needle) != std::string::npos;
    });
}

} // namespace concord::test
