#pragma once
// Decodes frames on a thread of its own, in the order they were handed in, while the sync
// thread stores the ones before: a snapshot batch of 1,500 messages takes about 2.5 ms to
// decode and 9 ms to store, and on one thread the two took turns (docs/PERFORMANCE.md).
// The owner bounds how far ahead it lets the decoder run (pending()); nothing here grows
// without the owner handing in more.

#include "Codec.h"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace concord::sync {

class FrameDecoder {
public:
    // `decoded` runs on the decoder's thread each time a frame is ready to be taken.
    explicit FrameDecoder(std::function<void()> decoded);
    ~FrameDecoder(); // drops what is still queued and joins the thread
    FrameDecoder(const FrameDecoder&) = delete;
    FrameDecoder& operator=(const FrameDecoder&) = delete;

    void submit(std::string text); // the thread starts with the first frame
    // The oldest frame handed in and not taken yet, decoded. With `wait`, waits for it to be
    // decoded; nullopt when nothing is pending (or, without `wait`, it is not decoded yet).
    std::optional<DecodeResult> take(bool wait);
    // Frames handed in and not taken yet.
    std::size_t pending() const;
    // Forgets every frame not taken yet, also the one being decoded now.
    void clear();
    // Hands a frame that was applied back, to be freed on the decoder's thread: freeing a
    // batch's thousands of strings costs the sync thread about a tenth of its time, and
    // memory is best returned by the thread that took it.
    void dispose(DecodeResult used);

private:
    void work();
    static DecodeResult decodeGuarded(std::string_view text);

    std::function<void()> m_decoded;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;  // a frame to decode, or stop
    std::condition_variable m_ready; // a frame decoded, or nothing left to wait for
    std::deque<std::string> m_texts;
    std::deque<DecodeResult> m_results;
    std::vector<DecodeResult> m_used; // to free
    bool m_decoding = false;
    std::uint64_t m_generation = 0; // clear() moves it on; older results are dropped
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace concord::sync
