#include "FrameDecoder.h"

#include "net/ThreadName.h"

namespace concord::sync {

FrameDecoder::FrameDecoder(std::function<void()> decoded) : m_decoded(std::move(decoded)) {}

FrameDecoder::~FrameDecoder()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_texts.clear();
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void FrameDecoder::submit(std::string text)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_thread.joinable())
            m_thread = std::thread([this] { work(); }); // first: a throw leaves nothing queued
        m_texts.push_back(std::move(text));
    }
    m_wake.notify_one();
}

std::optional<DecodeResult> FrameDecoder::take(bool wait)
{
    std::unique_lock lock(m_mutex);
    if (wait)
        m_ready.wait(lock, [&] { return !m_results.empty() || (m_texts.empty() && !m_decoding); });
    if (m_results.empty())
        return std::nullopt;
    DecodeResult result = std::move(m_results.front());
    m_results.pop_front();
    return result;
}

std::size_t FrameDecoder::pending() const
{
    std::lock_guard lock(m_mutex);
    return m_texts.size() + m_results.size() + (m_decoding ? 1 : 0);
}

void FrameDecoder::clear()
{
    std::lock_guard lock(m_mutex);
    m_texts.clear();
    m_results.clear();
    m_decoding = false; // the frame being decoded now is dropped when it is done
    ++m_generation;
    m_ready.notify_all();
}

void FrameDecoder::dispose(DecodeResult used)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_thread.joinable())
            return; // nothing decoded here: freed where it is
        m_used.push_back(std::move(used));
    }
    m_wake.notify_one();
}

// Out of memory while decoding is this frame's failure, not the process's end.
DecodeResult FrameDecoder::decodeGuarded(std::string_view text)
{
    try {
        return decode(text);
    } catch (const std::exception& e) {
        return DecodeError{ErrorCode::Malformed, std::string("cannot be decoded: ") + e.what()};
    }
}

void FrameDecoder::work()
{
    net::nameThisThread("desk-decode");
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [&] { return m_stop || !m_texts.empty() || !m_used.empty(); });
        if (m_stop)
            return;
        if (!m_used.empty()) {
            std::vector<DecodeResult> used = std::move(m_used);
            m_used.clear();
            lock.unlock();
            used.clear();
            lock.lock();
            continue;
        }
        const std::string text = std::move(m_texts.front());
        m_texts.pop_front();
        m_decoding = true;
        const std::uint64_t generation = m_generation;
        lock.unlock();
        DecodeResult result = decodeGuarded(text);
        lock.lock();
        if (generation != m_generation)
            continue; // cleared meanwhile
        m_decoding = false;
        m_results.push_back(std::move(result));
        m_ready.notify_all();
        lock.unlock();
        try {
            m_decoded();
        } catch (const std::exception&) {
            // The owner takes the frame at its next read or end, if not on this notice.
        }
        lock.lock();
    }
}

} // namespace concord::sync
