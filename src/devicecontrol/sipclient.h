#pragma once

// The SIP client of PhoneDesk: one UDP socket shared by every probe and command (plus TCP
// connections where a phone's transport says so) and RFC 3261 non-INVITE client transactions
// matched by Via branch, with Timer E retransmission on UDP and a configurable short Timer F.

#include "result.h"
#include "sipmessage.h"
#include "siptarget.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <queue>
#include <vector>

class QUdpSocket;
class QTcpSocket;

namespace PhoneDesk {

struct SipClientConfig
{
    QHostAddress bindAddress = QHostAddress(QHostAddress::AnyIPv4);
    quint16 bindPort = 0; // 0 = ephemeral
    int t1Ms = 500; // RFC 3261 T1: first retransmission
    int t2Ms = 4000; // RFC 3261 T2: retransmission cap
    int timeoutMs = 3000; // Timer F; RFC 3261 says 64*T1, probes want an answer sooner
    QByteArray advertisedHost; // Via/Contact host for non-loopback peers; empty = first local IPv4
    QByteArray fromUser = QByteArrayLiteral("phonedesk");
    QByteArray userAgent = QByteArrayLiteral("PhoneDesk/" PHONEDESK_VERSION);
    int receiveBufferBytes = 4 * 1024 * 1024; // absorbs bursts of answers during a sweep
    int maxTcpConnections = 1024;
    int tcpIdleMs = 30000;
};

struct SipResult
{
    enum class Outcome { Response, Timeout, TransportError };

    Outcome outcome = Outcome::Timeout;
    int statusCode = 0;
    QByteArray reason;
    qint64 rttUs = -1; // first transmission to final response
    int transmissions = 0; // 1 + retransmissions
    QString error; // translated, for TransportError / Timeout
    SipMessage response; // the final response (Outcome::Response)
};

class SipClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SipClient)

public:
    using Callback = std::function<void(const SipResult &)>;

    struct Stats
    {
        quint64 requests = 0;
        quint64 retransmissions = 0;
        quint64 responses = 0;
        quint64 stray = 0; // well-formed but matching no transaction (late, wrong branch, spoofed)
        quint64 malformed = 0; // unparseable datagrams / frames
        quint64 timeouts = 0;
        quint64 transportErrors = 0;
    };

    explicit SipClient(SipClientConfig config = {}, QObject *parent = nullptr);
    ~SipClient() override;

    // Binds the UDP socket. Errors name the address and port.
    Result<void> start();
    bool isStarted() const { return m_udp4 != nullptr; }
    quint16 localPort() const;
    const SipClientConfig &config() const { return m_config; }

    // Starts a client transaction; `callback` runs exactly once (unless cancelled), never from
    // inside send(). Returns the transaction id (never 0).
    quint64 send(const SipTarget &target, const SipRequestSpec &spec, Callback callback, int timeoutMs = -1);
    // "<sip:phonedesk@127.0.0.1:40000>": the Contact a request to `target` carries (NOTIFY needs one).
    QByteArray contactFor(const SipTarget &target);
    // Drops a transaction without calling its callback.
    bool cancel(quint64 id);
    void cancelAll();
    int inFlight() const { return int(m_transactions.size()); }
    Stats stats() const { return m_stats; }

private:
    struct TcpConnection;
    struct Transaction
    {
        quint64 id = 0;
        QByteArray branch;
        QByteArray method;
        SipTarget target;
        QByteArray wire;
        Callback callback;
        qint64 startNs = 0;
        qint64 deadlineMs = 0;
        qint64 nextRetransmitMs = 0; // 0 = none
        qint64 scheduledMs = 0; // the timer-heap entry that is current
        int intervalMs = 0;
        int transmissions = 0;
        TcpConnection *connection = nullptr;
    };
    struct TimerEntry
    {
        qint64 atMs;
        quint64 id;
        bool operator>(const TimerEntry &o) const { return atMs > o.atMs; }
    };

    void onUdpReadyRead(QUdpSocket *socket);
    void handleDatagram(QByteArrayView data, const QHostAddress &from, TcpConnection *via);
    void complete(quint64 id, SipResult result);
    void fail(quint64 id, SipResult::Outcome outcome, const QString &error);
    void transmit(Transaction &t);
    void schedule(Transaction &t);
    void armTimer();
    void onTimer();
    QByteArray sentByFor(const SipTarget &target, const char *&transportToken);
    QUdpSocket *udpFor(const QHostAddress &address);
    TcpConnection *tcpFor(const SipTarget &target, QString *error);
    void onTcpReadyRead(TcpConnection *c);
    void dropTcp(TcpConnection *c, const QString &error);

    SipClientConfig m_config;
    QUdpSocket *m_udp4 = nullptr;
    QUdpSocket *m_udp6 = nullptr;
    QByteArray m_localHost;
    QHash<quint64, Transaction> m_transactions;
    QHash<QByteArray, quint64> m_byBranch;
    QHash<QString, TcpConnection *> m_tcp;
    std::priority_queue<TimerEntry, std::vector<TimerEntry>, std::greater<TimerEntry>> m_heap;
    QTimer m_timer;
    qint64 m_armedAtMs = -1;
    QElapsedTimer m_clock;
    quint64 m_nextId = 1;
    QByteArray m_readBuffer;
    Stats m_stats;
};

} // namespace PhoneDesk
