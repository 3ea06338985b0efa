#pragma once
// An Asio io_context run by N threads of its own, kept alive by a work guard until stop().
// Servers and clients post their work here; nothing the loop runs may block for long.

#include <functional>
#include <memory>
#include <string>

namespace boost::asio {
class io_context;
}

namespace concord::net {

class EventLoop
{
public:
    // Starts `threads` threads (at least one) at once, named `name` (ThreadName.h) if given.
    explicit EventLoop(int threads = 1, std::string name = {});
    ~EventLoop(); // stop()

    EventLoop(const EventLoop &) = delete;
    EventLoop &operator=(const EventLoop &) = delete;

    boost::asio::io_context &context();
    void post(std::function<void()> task);
    bool runsInThisThread() const;
    int threadCount() const;

    // Abandons queued work and joins the threads. Called from a loop thread it only stops
    // the loop (a thread cannot join itself); the destructor then joins.
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace concord::net
