#include "net/EventLoop.h"

#include "net/Log.h"
#include "net/ThreadName.h"

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>

#include <algorithm>
#include <exception>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace concord::net {

namespace asio = boost::asio;

struct EventLoop::Impl
{
    asio::io_context context;
    std::optional<asio::executor_work_guard<asio::io_context::executor_type>> work;
    std::vector<std::thread> threads;
    std::vector<std::thread::id> ids;
    std::mutex joinMutex;

    void runGuarded()
    {
        // A handler that throws must not take the whole loop down with it.
        for (;;) {
            try {
                context.run();
                return;
            } catch (const std::exception &e) {
                logLine(std::string("event loop: handler threw: ") + e.what());
            } catch (...) {
                logLine("event loop: handler threw an unknown exception");
            }
        }
    }
};

EventLoop::EventLoop(int threads, std::string name)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->work.emplace(asio::make_work_guard(m_impl->context));
    const int count = std::max(1, threads);
    m_impl->threads.reserve(count);
    for (int i = 0; i < count; ++i)
        m_impl->threads.emplace_back([impl = m_impl.get(), name] {
            if (!name.empty())
                nameThisThread(name);
            impl->runGuarded();
        });
    for (const std::thread &thread : m_impl->threads)
        m_impl->ids.push_back(thread.get_id());
}

EventLoop::~EventLoop()
{
    stop();
    if (!runsInThisThread())
        return;
    // Destroyed from one of its own threads: joining would deadlock, so let them end alone.
    for (std::thread &thread : m_impl->threads) {
        if (thread.joinable())
            thread.detach();
    }
}

asio::io_context &EventLoop::context()
{
    return m_impl->context;
}

void EventLoop::post(std::function<void()> task)
{
    asio::post(m_impl->context, std::move(task));
}

bool EventLoop::runsInThisThread() const
{
    const auto self = std::this_thread::get_id();
    return std::find(m_impl->ids.begin(), m_impl->ids.end(), self) != m_impl->ids.end();
}

int EventLoop::threadCount() const
{
    return int(m_impl->ids.size());
}

void EventLoop::stop()
{
    m_impl->work.reset();
    m_impl->context.stop();
    if (runsInThisThread())
        return;
    const std::lock_guard lock(m_impl->joinMutex);
    for (std::thread &thread : m_impl->threads) {
        if (thread.joinable())
            thread.join();
    }
}

} // namespace concord::net
