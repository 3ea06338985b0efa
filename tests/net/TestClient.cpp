#include "TestClient.h"

using namespace concord::net;

TestClient::TestClient(EventLoop &loop, ClientOptions options)
    : m_client(loop,
               Client::Callbacks{
                   [this] { ++opens; },
                   [this](std::string text) {
                       const std::lock_guard lock(m_mutex);
                       m_texts.push_back(std::move(text));
                   },
                   [this](const CloseReason &reason) {
                       {
                           const std::lock_guard lock(m_mutex);
                           m_close = reason;
                       }
                       ++closes;
                   },
                   [this](const std::string &error) {
                       {
                           const std::lock_guard lock(m_mutex);
                           m_error = error;
                       }
                       ++errors;
                   }},
               std::move(options))
{}

std::vector<std::string> TestClient::texts() const
{
    const std::lock_guard lock(m_mutex);
    return m_texts;
}

int TestClient::textCount() const
{
    const std::lock_guard lock(m_mutex);
    return int(m_texts.size());
}

int TestClient::closeCode() const
{
    const std::lock_guard lock(m_mutex);
    return m_close.code;
}

std::string TestClient::error() const
{
    const std::lock_guard lock(m_mutex);
    return m_error;
}
