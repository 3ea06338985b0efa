#pragma once
// A desk that sends whatever the test writes, byte for byte (tests/net's RawPeer on a
// WebSocket to the hub), and reads the hub's answers as protocol frames, keeping every text
// it received so a test can ask whether anything mentioned a record it must not see.

#include "RawPeer.h"
#include "sync/Protocol.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace concord::test {

class RawDesk {
public:
    using Ms = std::chrono::milliseconds;

    bool open(std::uint16_t port);
    bool sendText(const std::string& text);
    bool sendBinary(const std::string& data);
    bool send(const sync::Frame& frame);

    // Reads until a frame of type T arrives; nullopt when none did within `limit` (or the
    // connection closed first).
    template <typename T>
    std::optional<T> waitFor(Ms limit = Ms{5000})
    {
        const auto deadline = std::chrono::steady_clock::now() + limit;
        while (auto frame = next(deadline))
            if (const T* found = std::get_if<T>(&*frame))
                return *found;
        return std::nullopt;
    }
    // Reads until the hub closes the connection: its close code, or -1 when it did not close
    // within `limit` or dropped without a close frame.
    int waitForClose(Ms limit = Ms{5000});

    // hello (a fresh clientId unless given) then, for signIn, login; true once answered.
    bool hello(const domain::Id& clientId = {});
    bool signIn(const std::string& login, const std::string& password);
    const domain::Id& clientId() const { return m_clientId; }
    const domain::Id& epoch() const { return m_epoch; }
    const std::string& token() const { return m_token; } // the session's, after signIn()

    // Whether any text received so far contains `needle`.
    bool mentioned(const std::string& needle) const;
    std::size_t received() const { return m_texts.size(); }

private:
    std::optional<sync::Frame> next(std::chrono::steady_clock::time_point deadline);

    RawPeer m_peer;
    domain::Id m_clientId;
    domain::Id m_epoch;
    std::string m_token;
    std::int64_t m_lastReq = 0;
    bool m_closed = false;
    int m_closeCode = -1;
    std::vector<std::string> m_texts;
};

} // namespace concord::test
