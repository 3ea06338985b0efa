#include "HubAddress.h"

namespace concord::ui {
namespace {

std::optional<std::uint16_t> parsePort(const QString& text)
{
    bool ok = false;
    const uint port = text.toUInt(&ok);
    if (!ok || port == 0 || port > 65535 || text.startsWith(QLatin1Char('+')))
        return std::nullopt;
    return static_cast<std::uint16_t>(port);
}

bool isHostName(const QString& host)
{
    if (host.isEmpty())
        return false;
    for (const QChar c : host) {
        if (c.isSpace() || c == QLatin1Char('/') || c == QLatin1Char('@'))
            return false;
    }
    return true;
}

} // namespace

std::optional<HubAddress> HubAddress::parse(const QString& input)
{
    const QString text = input.trimmed();
    HubAddress address;
    QString portText;
    if (text.startsWith(QLatin1Char('['))) { // [::1]:7420
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return std::nullopt;
        address.host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))
            return std::nullopt;
        portText = rest.mid(1);
        if (rest == QLatin1String(":"))
            return std::nullopt;
    } else {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        if (colon >= 0 && text.indexOf(QLatin1Char(':')) != colon)
            return std::nullopt; // a bare IPv6 address needs brackets to carry a port
        address.host = colon >= 0 ? text.left(colon) : text;
        if (colon >= 0) {
            portText = text.mid(colon + 1);
            if (portText.isEmpty())
                return std::nullopt;
        }
    }
    if (!isHostName(address.host))
        return std::nullopt;
    if (!portText.isEmpty()) {
        const auto port = parsePort(portText);
        if (!port)
            return std::nullopt;
        address.port = *port;
    }
    return address;
}

QString HubAddress::toString() const
{
    const QString shownHost = host.contains(QLatin1Char(':'))
                                  ? QLatin1Char('[') + host + QLatin1Char(']')
                                  : host;
    return shownHost + QLatin1Char(':') + QString::number(port);
}

} // namespace concord::ui
