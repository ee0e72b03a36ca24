#pragma once

// The SIP client of PhoneDesk: one UDP socket shared by every probe and command (plus TCP
// connections where a phone's transport says so) and RFC 3261 non-INVITE client transactions
// matched by Via branch, with Timer E retransmission on UDP and a configurable short Timer F.
// A UDP datagram is read only when it comes from an address and port a request went to and whose
// answer is still awaited; anything else is counted and dropped unparsed. Malformed answers are
// counted and logged (phonedesk.sip) at most once per source address and interval.

#include "result.h"
#include "sipmessage.h"
#include "siptarget.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <queue>
#include <vector>

class QUdpSocket;
class QTcpSocket;

namespace PhoneDesk {

struct SipClientConfig
{
    // All addresses (AnyIPv4, the default; Any and AnyIPv6 mean the same): IPv4 on 0.0.0.0 and,
    // once an IPv6 phone is contacted, IPv6 on ::. A specific address: that one socket only, so
    // phones of the other IP version cannot be reached.
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
    int dropLogIntervalMs = 60000; // at most one log line per source address and interval
    int dropLogMaxSources = 1024; // addresses tracked at once; the rest are counted together

    // True when bindAddress means every address (the default).
    bool bindsAllAddresses() const;
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
        // UDP datagrams from an address:port no open transaction sent to (late answers to finished
        // transactions, spoofed or junk traffic): dropped before parsing.
        quint64 unsolicited = 0;
        // From a peer that is awaited, but well-formed and matching no transaction (wrong branch
        // or method, a request).
        quint64 stray = 0;
        // From a peer that is awaited (UDP) or on our own TCP connection, but oversized or not
        // parseable as SIP.
        quint64 malformed = 0;
        quint64 timeouts = 0;
        quint64 transportErrors = 0;
    };

    explicit SipClient(SipClientConfig config = {}, QObject *parent = nullptr);
    ~SipClient() override;

    // Binds the UDP socket. Errors name the address and port.
    Result<void> start();
    bool isStarted() const { return m_udp4 != nullptr; }
    quint16 localPort() const;
    QHostAddress localAddress() const; // what the UDP socket is bound to (null before start())
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
    class DropLog;
    using Peer = std::pair<QHostAddress, quint16>; // IPv4-mapped addresses as IPv4
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
        bool awaitsUdp = false; // counted in m_udpPeers
    };
    struct TimerEntry
    {
        qint64 atMs;
        quint64 id;
        bool operator>(const TimerEntry &o) const { return atMs > o.atMs; }
    };

    static Peer peerOf(const QHostAddress &address, quint16 port);
    void forget(const Transaction &t);
    void onUdpReadyRead(QUdpSocket *socket);
    void handleDatagram(QByteArrayView data, const QHostAddress &from, quint16 port, TcpConnection *via);
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
    QHash<Peer, int> m_udpPeers; // address:port -> open UDP transactions to it
    QHash<QString, TcpConnection *> m_tcp;
    std::priority_queue<TimerEntry, std::vector<TimerEntry>, std::greater<TimerEntry>> m_heap;
    QTimer m_timer;
    qint64 m_armedAtMs = -1;
    QElapsedTimer m_clock;
    quint64 m_nextId = 1;
    QByteArray m_readBuffer;
    Stats m_stats;
    std::unique_ptr<DropLog> m_dropLog;
};

} // namespace PhoneDesk
