#pragma once
// Where the hub listens, as an agent types it in the login dialog: "host", "host:port" or
// "[v6-address]:port". The port defaults to the hub's own default.

#include <QString>

#include <cstdint>
#include <optional>

namespace concord::ui {

struct HubAddress {
    static constexpr std::uint16_t kDefaultPort = 7420;

    QString host;
    std::uint16_t port = kDefaultPort;

    // Empty when the text is not an address (no host, a bad or zero port, spaces inside).
    static std::optional<HubAddress> parse(const QString& text);
    QString toString() const; // the form parse() reads back
    bool operator==(const HubAddress&) const = default;
};

} // namespace concord::ui
