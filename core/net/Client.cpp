#include "net/Client.h"

#include "net/EventLoop.h"
#include "net/detail/ClientCore.h"
#include "net/detail/ClientSession.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>

namespace concord::net {

Client::Client(EventLoop &loop, Callbacks callbacks, ClientOptions options)
    : m_core(std::make_shared<detail::ClientCore>(loop, std::move(callbacks),
                                                  std::move(options)))
{}

Client::~Client()
{
    m_core->detach();
    if (const auto session = m_core->current(); session && !session->ended()) {
        if (session->isOpen())
            session->close(CloseCode::Normal, {});
        else
            session->abort();
    }
}

bool Client::connect(const std::string &host, std::uint16_t port)
{
    const boost::asio::any_io_executor strand = boost::asio::make_strand(
        m_core->loop().context());
    std::shared_ptr<detail::ClientSessionBase> session;
    if (m_core->options().tls.enabled) {
        std::string error;
        const auto tls = m_core->tls(&error);
        if (!tls) {
            boost::asio::post(strand, [core = m_core, error] { core->emitError(error); });
            return true;
        }
        session = std::make_shared<detail::ClientSession<detail::TlsStream>>(strand, m_core,
                                                                             tls.get());
    } else {
        session = std::make_shared<detail::ClientSession<detail::PlainStream>>(strand, m_core,
                                                                               nullptr);
    }
    if (!m_core->replace(session))
        return false;
    session->start(host, port);
    return true;
}

bool Client::send(std::string text)
{
    return send(makeSharedText(std::move(text)));
}

bool Client::send(SharedText text)
{
    const auto session = m_core->current();
    return session && session->send(std::move(text));
}

void Client::close(std::uint16_t code, std::string reason)
{
    if (const auto session = m_core->current())
        session->close(code, std::move(reason));
}

bool Client::isOpen() const
{
    const auto session = m_core->current();
    return session && session->isOpen();
}

std::size_t Client::queuedBytes() const
{
    const auto session = m_core->current();
    return session ? session->queuedBytes() : 0;
}

} // namespace concord::net
