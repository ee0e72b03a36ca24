#pragma once

// Runs sipp (the third-party SIP test tool) as a phone on a free loopback port for a test.

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class SippPeer final
{
public:
    SippPeer();
    ~SippPeer();

    // Starts `sipp -sf <tests/data/sipp/scenario> -t u1|t1 -p <free port> -m <calls>` with the
    // given -key pairs; returns once sipp listens. False (and why()) if it could not start.
    bool start(const QString &scenario, const QStringList &keys = {}, int calls = 1, bool tcp = false,
               const QStringList &extraArgs = {});
    quint16 port() const { return m_port; }
    // Waits for sipp to exit; returns its exit code, or -1 on timeout (then kills it).
    int waitForExit(int ms = 15000);
    // Every SIP message sipp received or sent (from -trace_msg).
    QByteArray messageLog() const;
    QString why() const { return m_why; }
    QByteArray output() const { return m_output; }

    static quint16 freePort(bool tcp = false);
    static bool available();

private:
    std::unique_ptr<QProcess> m_process;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    QString m_why;
    QByteArray m_output;
};
