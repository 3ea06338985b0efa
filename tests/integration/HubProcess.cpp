#include "HubProcess.h"

#include <QDeadlineTimer>
#include <QTcpServer>

#include <csignal>

namespace concord::test {
namespace {

constexpr int kStartMs = 30'000;
constexpr int kSeedMs = 120'000;
constexpr int kStopMs = 10'000;

} // namespace

HubProcess::HubProcess(QString binary, QString db)
    : m_binary(std::move(binary)), m_db(std::move(db))
{}

HubProcess::~HubProcess()
{
    kill();
}

bool HubProcess::seed(int messages, QByteArray* output)
{
    QProcess seed;
    seed.start(m_binary, {"seed-demo", "--db", m_db, "--messages", QString::number(messages)});
    if (!seed.waitForFinished(kSeedMs))
        return false;
    if (output)
        *output = seed.readAllStandardOutput();
    return seed.exitStatus() == QProcess::NormalExit && seed.exitCode() == 0;
}

bool HubProcess::serve(std::uint16_t port)
{
    kill();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(m_binary, {"serve", "--db", m_db, "--listen",
                                QStringLiteral("127.0.0.1:%1").arg(port)});
    if (!m_process->waitForStarted())
        return false;
    const QByteArray serving = QStringLiteral("127.0.0.1:%1/sync").arg(port).toUtf8();
    QByteArray said;
    QDeadlineTimer deadline(kStartMs);
    while (!said.contains(serving) && !deadline.hasExpired() && running())
        if (m_process->waitForReadyRead(200))
            said += m_process->readAllStandardOutput();
    return said.contains(serving);
}

bool HubProcess::running() const
{
    return m_process && m_process->state() == QProcess::Running;
}

qint64 HubProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

bool HubProcess::kill()
{
    if (!m_process)
        return true;
    if (m_process->state() != QProcess::NotRunning)
        ::kill(pid_t(m_process->processId()), SIGKILL); // maybe a tap's kill came first
    const bool ended = m_process->state() == QProcess::NotRunning
                       || m_process->waitForFinished(kStopMs);
    return ended;
}

bool HubProcess::terminate()
{
    if (!running())
        return false;
    m_process->terminate();
    return m_process->waitForFinished(kStopMs) && m_process->exitStatus() == QProcess::NormalExit
           && m_process->exitCode() == 0;
}

QByteArray HubProcess::output()
{
    return m_process ? m_process->readAllStandardOutput() : QByteArray();
}

std::uint16_t HubProcess::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace concord::test
