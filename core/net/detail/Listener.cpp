#include "net/detail/Listener.h"

#include "net/detail/Fail.h"
#include "net/detail/ServerSession.h"
#include "net/detail/ServerState.h"

#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core/bind_handler.hpp>

namespace concord::net::detail {

namespace asio = boost::asio;
namespace beast = boost::beast;
using asio::ip::tcp;
using boost::system::error_code;

Listener::Listener(asio::io_context &context, std::shared_ptr<ServerState> server)
    : m_context(context)
    , m_acceptor(asio::make_strand(context))
    , m_server(std::move(server))
{}

bool Listener::open(const tcp::endpoint &endpoint, std::string *error)
{
    error_code ec;
    const auto failed = [&](const char *what) {
        if (error)
            *error = std::string(what) + ": " + ec.message();
        error_code ignored;
        m_acceptor.close(ignored);
        return false;
    };
    m_acceptor.open(endpoint.protocol(), ec);
    if (ec)
        return failed("open");
    m_acceptor.set_option(asio::socket_base::reuse_address(true), ec);
    if (ec)
        return failed("set_option");
    m_acceptor.bind(endpoint, ec);
    if (ec)
        return failed("bind");
    m_acceptor.listen(asio::socket_base::max_listen_connections, ec);
    if (ec)
        return failed("listen");
    m_port = m_acceptor.local_endpoint(ec).port();
    return true;
}

void Listener::start()
{
    asio::post(m_acceptor.get_executor(),
               beast::bind_front_handler(&Listener::acceptNext, shared_from_this()));
}

void Listener::stop()
{
    asio::post(m_acceptor.get_executor(), [self = shared_from_this()] {
        error_code ignored;
        self->m_acceptor.close(ignored);
    });
}

void Listener::acceptNext()
{
    if (!m_acceptor.is_open() || m_server->stopping())
        return;
    m_acceptor.async_accept(asio::make_strand(m_context),
                            beast::bind_front_handler(&Listener::onAccept, shared_from_this()));
}

void Listener::onAccept(const error_code &ec, tcp::socket socket)
{
    if (ec) {
        if (ec == asio::error::operation_aborted)
            return;
        fail(ec, "accept"); // e.g. out of descriptors: keep serving the others
    } else {
        error_code endpointError;
        const tcp::endpoint remote = socket.remote_endpoint(endpointError);
        std::string where = endpointError ? std::string("?")
                                          : remote.address().to_string() + ":"
                                                + std::to_string(remote.port());
        const std::uint64_t id = m_server->nextId();
        std::shared_ptr<ServerSessionBase> session;
        if (m_server->tls())
            session = std::make_shared<ServerSession<TlsStream>>(std::move(socket), id,
                                                                 std::move(where), m_server);
        else
            session = std::make_shared<ServerSession<PlainStream>>(std::move(socket), id,
                                                                   std::move(where), m_server);
        m_server->add(id, session);
        session->run();
    }
    acceptNext();
}

} // namespace concord::net::detail
