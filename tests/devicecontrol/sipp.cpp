#include "sipp.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkProxy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>
#include <QUdpSocket>

#ifndef PHONEDESK_TEST_DATA_DIR
#error "PHONEDESK_TEST_DATA_DIR must point at tests/data"
#endif

namespace {
// True when a socket is bound to 127.0.0.1:port (Linux /proc; elsewhere: after a short pause).
bool portInUse(quint16 port, bool tcp)
{
    QFile table(tcp ? QStringLiteral("/proc/net/tcp") : QStringLiteral("/proc/net/udp"));
    if (!table.open(QIODevice::ReadOnly)) {
        QThread::msleep(300);
        return true;
    }
    // local_address column: "0100007F:1F90" (address and port in hex).
    const QByteArray needle = ":" + QByteArray::number(port, 16).toUpper().rightJustified(4, '0') + ' ';
    const QList<QByteArray> lines = table.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() > 3 && QByteArray(fields.at(1) + ' ').endsWith(needle) &&
            (!tcp || fields.at(3) == "0A")) // 0A = LISTEN
            return true;
    }
    return false;
}
} // namespace

SippPeer::SippPeer() = default;

SippPeer::~SippPeer()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(3000);
    }
}

bool SippPeer::available()
{
    return !QStandardPaths::findExecutable(QStringLiteral("sipp")).isEmpty();
}

quint16 SippPeer::freePort(bool tcp)
{
    // Ask the kernel for an unused port, then release it for sipp. Another process could take it
    // in between; on loopback in a test run that is rare, and start() then reports the failure.
    if (tcp) {
        QTcpServer server;
        server.setProxy(QNetworkProxy::NoProxy);
        return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
    }
    QUdpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    return socket.bind(QHostAddress::LocalHost, 0) ? socket.localPort() : 0;
}

bool SippPeer::start(const QString &scenario, const QStringList &keys, int calls, bool tcp,
                     const QStringList &extraArgs)
{
    if (!available()) {
        m_why = QStringLiteral("sipp is not installed (Debian package sip-tester)");
        return false;
    }
    m_port = freePort(tcp);
    if (m_port == 0) {
        m_why = QStringLiteral("no free port");
        return false;
    }
    // Placeholders {{name}} in the scenario are filled from `keys` here: sipp checks some values
    // (response codes, pause lengths) when it loads the file, before its own -key substitution.
    QFile source(QStringLiteral(PHONEDESK_TEST_DATA_DIR "/sipp/") + scenario);
    if (!source.open(QIODevice::ReadOnly)) {
        m_why = QStringLiteral("cannot read scenario ") + source.fileName();
        return false;
    }
    QByteArray xml = source.readAll();
    for (int i = 0; i + 1 < keys.size(); i += 2)
        xml.replace(QByteArray("{{" + keys.at(i).toUtf8() + "}}"), keys.at(i + 1).toUtf8());
    const QString scenarioPath = m_dir.filePath(scenario);
    QFile filled(scenarioPath);
    if (!filled.open(QIODevice::WriteOnly) || filled.write(xml) != xml.size()) {
        m_why = QStringLiteral("cannot write ") + scenarioPath;
        return false;
    }
    filled.close();
    QStringList args {QStringLiteral("-sf"),
                      scenarioPath,
                      QStringLiteral("-t"),
                      tcp ? QStringLiteral("t1") : QStringLiteral("u1"),
                      QStringLiteral("-i"),
                      QStringLiteral("127.0.0.1"),
                      QStringLiteral("-p"),
                      QString::number(m_port),
                      QStringLiteral("-m"),
                      QString::number(calls),
                      QStringLiteral("-nostdin"),
                      QStringLiteral("-timeout"),
                      QStringLiteral("20s"),
                      QStringLiteral("-trace_msg"),
                      QStringLiteral("-message_file"),
                      m_dir.filePath(QStringLiteral("messages.log")),
                      QStringLiteral("-trace_err"),
                      QStringLiteral("-error_file"),
                      m_dir.filePath(QStringLiteral("errors.log"))};
    args << extraArgs;

    m_process = std::make_unique<QProcess>();
    m_process->setWorkingDirectory(m_dir.path());
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(QStringLiteral("sipp"), args);
    if (!m_process->waitForStarted(5000)) {
        m_why = QStringLiteral("sipp did not start: ") + m_process->errorString();
        return false;
    }
    // Ready when the port is taken.
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 5000) {
        if (m_process->state() == QProcess::NotRunning) {
            m_output = m_process->readAll();
            m_why = QStringLiteral("sipp exited at start: ") + QString::fromLocal8Bit(m_output.right(2000));
            return false;
        }
        // Look, do not touch: binding the port ourselves to test it could make sipp's bind fail.
        const bool taken = portInUse(m_port, tcp);
        if (taken)
            return true;
        QThread::msleep(20);
    }
    m_why = QStringLiteral("sipp did not open its port");
    return false;
}

int SippPeer::waitForExit(int ms)
{
    if (!m_process)
        return -1;
    // waitForFinished() is false when the process already ended during an earlier event loop.
    if (m_process->state() != QProcess::NotRunning && !m_process->waitForFinished(ms)) {
        m_process->kill();
        m_process->waitForFinished(3000);
        m_output = m_process->readAll();
        return -1;
    }
    m_output = m_process->readAll();
    if (m_process->exitStatus() != QProcess::NormalExit) {
        m_output += "\n[sipp crashed: " + m_process->errorString().toUtf8() + ']';
        return -1;
    }
    return m_process->exitCode();
}

QByteArray SippPeer::messageLog() const
{
    QFile file(m_dir.filePath(QStringLiteral("messages.log")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
