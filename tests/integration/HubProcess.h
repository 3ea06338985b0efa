#pragma once
// concord-hub as an operator runs it, for the integration tests: seeded from the command line
// and served on a port the test chooses (so a restart on the same store and port finds its
// desks again), stopped with SIGTERM or killed with SIGKILL. The pid is there for a desk's
// tap to kill the hub from the sync thread at an exact moment.

#include <QProcess>
#include <QString>

#include <cstdint>
#include <memory>

namespace concord::test {

class HubProcess {
public:
    HubProcess(QString binary, QString db);
    ~HubProcess(); // kills a hub still running

    // `concord-hub seed-demo`; *output gets what it printed (the demo accounts).
    bool seed(int messages, QByteArray* output = nullptr);
    // `concord-hub serve` on 127.0.0.1:port; true once it says it serves there.
    bool serve(std::uint16_t port);
    bool running() const;
    qint64 pid() const;
    // SIGKILL (unless the hub is gone already) and wait for the process to end.
    bool kill();
    // SIGTERM; true when it exited 0.
    bool terminate();
    QByteArray output(); // what it printed since the last call

    // A loopback port nobody listens on now.
    static std::uint16_t freePort();

private:
    QString m_binary;
    QString m_db;
    std::unique_ptr<QProcess> m_process;
};

} // namespace concord::test
