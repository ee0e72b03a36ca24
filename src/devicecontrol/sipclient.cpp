#include "sipclient.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkInterface>
#include <QNetworkProxy>
#include <QTcpSocket>
#include <QUdpSocket>

Q_LOGGING_CATEGORY(lcSip, "phonedesk.sip", QtInfoMsg)

namespace PhoneDesk {

bool SipClientConfig::bindsAllAddresses() const
{
    return bindAddress == QHostAddress(QHostAddress::AnyIPv4) ||
        bindAddress == QHostAddress(QHostAddress::Any) || bindAddress == QHostAddress(QHostAddress::AnyIPv6);
}

// Log lines about dropped datagrams, at most one per source address and interval: the first
// datagram of a source is logged at once, the ones after it are counted and summed up in one line
// when the interval is over. Sources are bounded too (spoofed addresses are free): beyond
// maxSources, datagrams are summed up in one line for all other addresses.
class SipClient::DropLog
{
public:
    DropLog(int intervalMs, int maxSources)
        : m_intervalMs(qMax(1, intervalMs))
        , m_maxSources(qMax(1, maxSources))
    {
        m_clock.start();
        m_timer.setTimerType(Qt::CoarseTimer);
        m_timer.setInterval(qBound(10, m_intervalMs / 10, 5000));
    }

    template<typename Receiver> void connectTimer(Receiver *receiver)
    {
        QObject::connect(&m_timer, &QTimer::timeout, receiver, [this] { tick(); });
    }

    void note(const QHostAddress &address, quint16 port, QByteArrayView why)
    {
        const qint64 now = m_clock.elapsed();
        auto it = m_sources.find(address);
        if (it == m_sources.end()) {
            if (m_sources.size() >= m_maxSources) {
                ++m_others.suppressed;
                m_others.lastWhy = why.toByteArray();
                if (m_others.lastLineMs < 0)
                    m_others.lastLineMs = now; // first summary one interval from now
                ensureTimer();
                return;
            }
            m_sources.insert(address, Source {now, 0, {}});
            qCWarning(lcSip).noquote()
                << QStringLiteral("dropped a malformed SIP datagram from %1 port %2 (%3); more from %1 are "
                                  "counted and reported at most once every %4 s")
                       .arg(address.toString())
                       .arg(port)
                       .arg(QString::fromLatin1(why))
                       .arg(m_intervalMs / 1000.0);
            ensureTimer();
            return;
        }
        ++it->suppressed;
        it->lastWhy = why.toByteArray();
    }

private:
    struct Source
    {
        qint64 lastLineMs = -1;
        quint64 suppressed = 0; // since the last line
        QByteArray lastWhy;
    };

    void ensureTimer()
    {
        if (!m_timer.isActive())
            m_timer.start();
    }

    void tick()
    {
        const qint64 now = m_clock.elapsed();
        for (auto it = m_sources.begin(); it != m_sources.end();) {
            if (now - it->lastLineMs < m_intervalMs) {
                ++it;
                continue;
            }
            if (it->suppressed == 0) {
                it = m_sources.erase(it); // quiet for a whole interval: its next one is logged at once
                continue;
            }
            qCWarning(lcSip).noquote()
                << QStringLiteral("dropped %1 more malformed SIP datagrams from %2 since the last message "
                                  "(last: %3)")
                       .arg(it->suppressed)
                       .arg(it.key().toString(), QString::fromLatin1(it->lastWhy));
            it->suppressed = 0;
            it->lastLineMs = now;
            ++it;
        }
        if (m_others.lastLineMs >= 0 && now - m_others.lastLineMs >= m_intervalMs) {
            if (m_others.suppressed > 0) {
                qCWarning(lcSip).noquote()
                    << QStringLiteral(
                           "dropped %1 more malformed SIP datagrams from other addresses since the "
                           "last message (more than %2 addresses sent them; last: %3)")
                           .arg(m_others.suppressed)
                           .arg(m_maxSources)
                           .arg(QString::fromLatin1(m_others.lastWhy));
                m_others.suppressed = 0;
                m_others.lastLineMs = now;
            } else {
                m_others.lastLineMs = -1;
            }
        }
        if (m_sources.isEmpty() && m_others.lastLineMs < 0)
            m_timer.stop();
    }

    const int m_intervalMs;
    const int m_maxSources;
    QElapsedTimer m_clock;
    QTimer m_timer;
    QHash<QHostAddress, Source> m_sources;
    Source m_others;
};

struct SipClient::TcpConnection
{
    QString key;
    QTcpSocket *socket = nullptr;
    QByteArray buffer;
    QList<QByteArray> queued; // written once connected
    QSet<quint64> pending;
    QTimer idle;
};

SipClient::SipClient(SipClientConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_readBuffer(SipMessage::MaxSize + 1, Qt::Uninitialized)
    , m_dropLog(std::make_unique<DropLog>(m_config.dropLogIntervalMs, m_config.dropLogMaxSources))
{
    m_dropLog->connectTimer(this);
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SipClient::onTimer);
}

SipClient::~SipClient()
{
    cancelAll();
    for (TcpConnection *c : std::as_const(m_tcp)) {
        c->socket->disconnect(this);
        c->socket->abort();
        delete c->socket;
        delete c;
    }
}

Result<void> SipClient::start()
{
    if (m_udp4)
        return {};
    auto *socket = new QUdpSocket(this);
    socket->setProxy(QNetworkProxy::NoProxy); // phones are reached directly, never through a proxy
    // All addresses means IPv4's (IPv6 gets a socket of its own when needed). No address sharing:
    // another socket on the same port would see answers meant for this one.
    const QHostAddress bindAddress =
        m_config.bindsAllAddresses() ? QHostAddress(QHostAddress::AnyIPv4) : m_config.bindAddress;
    if (!socket->bind(bindAddress, m_config.bindPort, QAbstractSocket::DontShareAddress)) {
        const QString message = QCoreApplication::translate("PhoneDesk::SipClient",
                                                            "Cannot open the SIP socket on %1 port %2: %3")
                                    .arg(bindAddress.toString())
                                    .arg(m_config.bindPort)
                                    .arg(socket->errorString());
        delete socket;
        return Error::make(Error::Code::Network, message);
    }
    socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, m_config.receiveBufferBytes);
    socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, m_config.receiveBufferBytes);
    connect(socket, &QUdpSocket::readyRead, this, [this, socket] { onUdpReadyRead(socket); });
    m_udp4 = socket;

    // Via sent-by for peers off this host: the bound address, else the first non-loopback IPv4,
    // unless configured.
    m_localHost = m_config.advertisedHost;
    if (m_localHost.isEmpty() && !m_config.bindsAllAddresses())
        m_localHost = bindAddress.protocol() == QAbstractSocket::IPv6Protocol
            ? '[' + bindAddress.toString().toLatin1() + ']'
            : bindAddress.toString().toLatin1();
    if (m_localHost.isEmpty()) {
        const auto addresses = QNetworkInterface::allAddresses();
        for (const QHostAddress &a : addresses) {
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback()) {
                m_localHost = a.toString().toLatin1();
                break;
            }
        }
        if (m_localHost.isEmpty())
            m_localHost = QByteArrayLiteral("127.0.0.1");
    }
    return {};
}

quint16 SipClient::localPort() const
{
    return m_udp4 ? m_udp4->localPort() : 0;
}

QHostAddress SipClient::localAddress() const
{
    return m_udp4 ? m_udp4->localAddress() : QHostAddress();
}

QUdpSocket *SipClient::udpFor(const QHostAddress &address)
{
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    if (!m_config.bindsAllAddresses()) {
        // One socket on the configured address: it reaches its own IP version only.
        const bool boundV6 = m_config.bindAddress.protocol() == QAbstractSocket::IPv6Protocol;
        return v6 == boundV6 ? m_udp4 : nullptr;
    }
    if (!v6)
        return m_udp4;
    if (!m_udp6) {
        auto *socket = new QUdpSocket(this);
        socket->setProxy(QNetworkProxy::NoProxy);
        // Same port number as IPv4 where free, so Via is predictable; any port otherwise.
        if (!socket->bind(QHostAddress::AnyIPv6, localPort(), QAbstractSocket::DontShareAddress) &&
            !socket->bind(QHostAddress::AnyIPv6, 0, QAbstractSocket::DontShareAddress)) {
            delete socket;
            return nullptr;
        }
        socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, m_config.receiveBufferBytes);
        connect(socket, &QUdpSocket::readyRead, this, [this, socket] { onUdpReadyRead(socket); });
        m_udp6 = socket;
    }
    return m_udp6;
}

QByteArray SipClient::sentByFor(const SipTarget &target, const char *&transportToken)
{
    transportToken = target.transport == SipTransport::Udp ? "UDP" : "TCP";
    const bool v6 = target.address.protocol() == QAbstractSocket::IPv6Protocol;
    QByteArray host;
    if (!m_config.bindsAllAddresses() && m_config.advertisedHost.isEmpty())
        host = m_localHost; // the bound address, loopback or not
    else if (target.address.isLoopback())
        host = v6 ? QByteArrayLiteral("[::1]") : QByteArrayLiteral("127.0.0.1");
    else
        host = m_localHost;
    quint16 port = localPort();
    if (v6 && m_udp6)
        port = m_udp6->localPort();
    return host + ':' + QByteArray::number(port);
}

QByteArray SipClient::contactFor(const SipTarget &target)
{
    const char *token = "UDP";
    QByteArray uri = "<sip:" + m_config.fromUser + '@' + sentByFor(target, token);
    if (target.transport == SipTransport::Tcp)
        uri += ";transport=tcp";
    return uri + '>';
}

quint64 SipClient::send(const SipTarget &target, const SipRequestSpec &spec, Callback callback, int timeoutMs)
{
    const quint64 id = m_nextId++;
    Transaction t;
    t.id = id;
    t.method = spec.method;
    t.target = target;
    t.callback = std::move(callback);
    t.branch = SipWire::newBranch();
    const char *token = "UDP";
    const QByteArray sentBy = sentByFor(target, token);
    const QByteArray fromUri = "sip:" + m_config.fromUser + '@' + sentBy.left(sentBy.lastIndexOf(':'));
    const QByteArray callId = SipWire::newToken(10) + '@' + m_localHost;
    t.wire = SipWire::buildRequest(spec, token, sentBy, t.branch, callId, SipWire::newToken(6), fromUri,
                                   m_config.userAgent);
    const qint64 now = m_clock.elapsed();
    t.startNs = m_clock.nsecsElapsed();
    t.deadlineMs = now + (timeoutMs > 0 ? timeoutMs : m_config.timeoutMs);
    ++m_stats.requests;

    QString error;
    if (!m_udp4) {
        error = QCoreApplication::translate("PhoneDesk::SipClient", "The SIP client is not started.");
    } else if (target.transport == SipTransport::Tls) {
        error = QCoreApplication::translate("PhoneDesk::SipClient",
                                            "SIP over TLS is not supported for %1; use UDP or TCP.")
                    .arg(target.hostPort());
    } else if (target.transport == SipTransport::Tcp) {
        t.connection = tcpFor(target, &error);
    } else {
        t.intervalMs = m_config.t1Ms;
        t.nextRetransmitMs = now + t.intervalMs;
        // Answers are read only from where the request went, while it is awaited.
        t.awaitsUdp = true;
        ++m_udpPeers[peerOf(target.address, target.port)];
    }

    m_byBranch.insert(t.branch, id);
    Transaction &stored = *m_transactions.insert(id, std::move(t));
    if (!error.isEmpty()) {
        // Callbacks never run inside send(): callers may hold state they update after it returns.
        QMetaObject::invokeMethod(
            this, [this, id, error] { fail(id, SipResult::Outcome::TransportError, error); },
            Qt::QueuedConnection);
        return id;
    }
    if (stored.connection)
        stored.connection->pending.insert(id);
    transmit(stored);
    schedule(stored);
    return id;
}

void SipClient::transmit(Transaction &t)
{
    ++t.transmissions;
    if (t.transmissions > 1)
        ++m_stats.retransmissions;
    if (t.connection) {
        TcpConnection *c = t.connection;
        if (c->socket->state() == QAbstractSocket::ConnectedState)
            c->socket->write(t.wire);
        else
            c->queued.append(t.wire);
        return;
    }
    QUdpSocket *socket = udpFor(t.target.address);
    if (!socket || socket->writeDatagram(t.wire, t.target.address, t.target.port) < 0) {
        // A full send buffer is transient: Timer E sends again. Anything else will not heal.
        const auto err = socket ? socket->error() : QAbstractSocket::UnsupportedSocketOperationError;
        if (err != QAbstractSocket::TemporaryError && err != QAbstractSocket::DatagramTooLargeError &&
            err != QAbstractSocket::UnknownSocketError) {
            const quint64 id = t.id;
            const QString message = socket ? socket->errorString()
                : m_config.bindsAllAddresses()
                ? QCoreApplication::translate("PhoneDesk::SipClient", "no IPv6 socket")
                : QCoreApplication::translate(
                      "PhoneDesk::SipClient",
                      "the SIP socket is bound to %1, which cannot reach this address")
                      .arg(m_config.bindAddress.toString());
            QMetaObject::invokeMethod(
                this,
                [this, id, message, host = t.target.hostPort()] {
                    fail(id, SipResult::Outcome::TransportError,
                         QCoreApplication::translate("PhoneDesk::SipClient", "Cannot send to %1: %2")
                             .arg(host, message));
                },
                Qt::QueuedConnection);
        }
    }
}

void SipClient::schedule(Transaction &t)
{
    qint64 at = t.deadlineMs;
    if (t.nextRetransmitMs > 0 && t.nextRetransmitMs < at)
        at = t.nextRetransmitMs;
    t.scheduledMs = at;
    m_heap.push({at, t.id});
    if (m_armedAtMs < 0 || at < m_armedAtMs)
        armTimer();
}

void SipClient::armTimer()
{
    // Drop entries of finished transactions so the timer does not wake for nothing.
    while (!m_heap.empty()) {
        const TimerEntry &top = m_heap.top();
        const auto it = m_transactions.constFind(top.id);
        if (it != m_transactions.constEnd() && it->scheduledMs == top.atMs)
            break;
        m_heap.pop();
    }
    if (m_heap.empty()) {
        m_timer.stop();
        m_armedAtMs = -1;
        return;
    }
    m_armedAtMs = m_heap.top().atMs;
    m_timer.start(int(qMax<qint64>(0, m_armedAtMs - m_clock.elapsed())));
}

void SipClient::onTimer()
{
    m_armedAtMs = -1;
    const qint64 now = m_clock.elapsed();
    QList<quint64> expired;
    while (!m_heap.empty() && m_heap.top().atMs <= now) {
        const TimerEntry entry = m_heap.top();
        m_heap.pop();
        auto it = m_transactions.find(entry.id);
        if (it == m_transactions.end() || it->scheduledMs != entry.atMs)
            continue; // stale entry
        Transaction &t = *it;
        if (t.deadlineMs <= now) {
            expired.append(t.id);
            continue;
        }
        if (t.nextRetransmitMs > 0 && t.nextRetransmitMs <= now) {
            transmit(t);
            // Timer E doubles up to T2 (RFC 3261 17.1.2.2).
            t.intervalMs = qMin(t.intervalMs * 2, m_config.t2Ms);
            t.nextRetransmitMs = now + t.intervalMs;
        }
        qint64 at = t.deadlineMs;
        if (t.nextRetransmitMs > 0 && t.nextRetransmitMs < at)
            at = t.nextRetransmitMs;
        t.scheduledMs = at;
        m_heap.push({at, t.id});
    }
    for (const quint64 id : std::as_const(expired)) {
        const auto it = m_transactions.constFind(id);
        if (it == m_transactions.constEnd())
            continue;
        const int tries = it->transmissions;
        ++m_stats.timeouts;
        fail(id, SipResult::Outcome::Timeout,
             QCoreApplication::translate("PhoneDesk::SipClient", "no answer after %n transmissions", nullptr,
                                         tries));
    }
    armTimer();
}

void SipClient::fail(quint64 id, SipResult::Outcome outcome, const QString &error)
{
    const auto it = m_transactions.constFind(id);
    if (it == m_transactions.constEnd())
        return;
    if (outcome == SipResult::Outcome::TransportError)
        ++m_stats.transportErrors;
    SipResult result;
    result.outcome = outcome;
    result.error = error;
    result.transmissions = it->transmissions;
    complete(id, std::move(result));
}

void SipClient::complete(quint64 id, SipResult result)
{
    auto it = m_transactions.find(id);
    if (it == m_transactions.end())
        return;
    Callback callback = std::move(it->callback);
    if (result.transmissions == 0)
        result.transmissions = it->transmissions;
    if (it->connection)
        it->connection->pending.remove(id);
    forget(*it);
    m_transactions.erase(it);
    if (callback)
        callback(result);
}

SipClient::Peer SipClient::peerOf(const QHostAddress &address, quint16 port)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        bool mapped = false;
        const quint32 v4 = address.toIPv4Address(&mapped);
        if (mapped)
            return {QHostAddress(v4), port};
    }
    return {address, port};
}

void SipClient::forget(const Transaction &t)
{
    m_byBranch.remove(t.branch);
    if (!t.awaitsUdp)
        return;
    const auto peer = m_udpPeers.find(peerOf(t.target.address, t.target.port));
    if (peer != m_udpPeers.end() && --*peer <= 0)
        m_udpPeers.erase(peer);
}

bool SipClient::cancel(quint64 id)
{
    auto it = m_transactions.find(id);
    if (it == m_transactions.end())
        return false;
    if (it->connection)
        it->connection->pending.remove(id);
    forget(*it);
    m_transactions.erase(it);
    return true;
}

void SipClient::cancelAll()
{
    for (TcpConnection *c : std::as_const(m_tcp))
        c->pending.clear();
    m_transactions.clear();
    m_byBranch.clear();
    m_udpPeers.clear();
    m_heap = {};
    m_timer.stop();
    m_armedAtMs = -1;
}

void SipClient::onUdpReadyRead(QUdpSocket *socket)
{
    // Drain completely: Qt re-arms the read notifier only from readDatagram(), and datagrams left
    // behind for a later turn were seen to stall reception under load. Each answer costs a few
    // microseconds, so even a burst of thousands stays well below a frame.
    while (socket->hasPendingDatagrams()) {
        QHostAddress from;
        quint16 port = 0;
        const qint64 n = socket->readDatagram(m_readBuffer.data(), m_readBuffer.size(), &from, &port);
        if (n < 0)
            break;
        // Only where a request went and an answer is awaited: nothing else reaches the parser
        // (junk from anywhere, a spoofed answer from another port, an answer after Timer F).
        const Peer peer = peerOf(from, port);
        if (!m_udpPeers.contains(peer)) {
            ++m_stats.unsolicited;
            continue;
        }
        if (n > SipMessage::MaxSize) {
            ++m_stats.malformed;
            m_dropLog->note(peer.first, port, "larger than a SIP message may be");
            continue;
        }
        handleDatagram(QByteArrayView(m_readBuffer.constData(), n), peer.first, port, nullptr);
    }
}

void SipClient::handleDatagram(QByteArrayView data, const QHostAddress &from, quint16 port,
                               TcpConnection *via)
{
    // Keep-alive CRLFs (RFC 5626) are not messages.
    if (data.trimmed().isEmpty())
        return;
    QByteArray why;
    auto message = SipMessage::parse(data, &why);
    if (!message) {
        ++m_stats.malformed;
        m_dropLog->note(from, port, why);
        return;
    }
    if (!message->isResponse) {
        ++m_stats.stray; // a client only: requests to us are not served
        return;
    }
    const auto b = m_byBranch.constFind(message->topBranch);
    if (b == m_byBranch.constEnd()) {
        ++m_stats.stray;
        return;
    }
    auto it = m_transactions.find(*b);
    Transaction &t = *it;
    // Same branch but another method, another peer or another connection: not our answer.
    const bool samePeer = via ? t.connection == via
                              : !t.connection && t.target.port == port &&
            t.target.address.isEqual(from, QHostAddress::ConvertV4MappedToIPv4);
    if (message->cseqMethod != t.method || !samePeer) {
        ++m_stats.stray;
        return;
    }
    ++m_stats.responses;
    if (message->statusCode < 200) {
        // Proceeding: keep retransmitting, but only every T2 (RFC 3261 17.1.2.2).
        if (t.nextRetransmitMs > 0) {
            t.intervalMs = m_config.t2Ms;
            t.nextRetransmitMs = m_clock.elapsed() + t.intervalMs;
            schedule(t);
        }
        return;
    }
    SipResult result;
    result.outcome = SipResult::Outcome::Response;
    result.statusCode = message->statusCode;
    result.reason = message->reason;
    result.rttUs = (m_clock.nsecsElapsed() - t.startNs) / 1000;
    result.transmissions = t.transmissions;
    result.response = std::move(*message);
    complete(t.id, std::move(result));
}

SipClient::TcpConnection *SipClient::tcpFor(const SipTarget &target, QString *error)
{
    const QString key = target.hostPort();
    if (TcpConnection *existing = m_tcp.value(key))
        return existing;
    if (m_tcp.size() >= m_config.maxTcpConnections) {
        *error = QCoreApplication::translate("PhoneDesk::SipClient",
                                             "Too many open SIP TCP connections; %1 was not contacted.")
                     .arg(key);
        return nullptr;
    }
    auto *c = new TcpConnection;
    c->key = key;
    c->socket = new QTcpSocket(this);
    c->socket->setProxy(QNetworkProxy::NoProxy);
    c->idle.setSingleShot(true);
    c->idle.setInterval(m_config.tcpIdleMs);
    connect(&c->idle, &QTimer::timeout, this, [this, c] {
        if (c->pending.isEmpty())
            dropTcp(c, QString());
    });
    connect(c->socket, &QTcpSocket::connected, this, [c] {
        for (const QByteArray &wire : std::as_const(c->queued))
            c->socket->write(wire);
        c->queued.clear();
    });
    connect(c->socket, &QTcpSocket::readyRead, this, [this, c] { onTcpReadyRead(c); });
    connect(c->socket, &QTcpSocket::errorOccurred, this, [this, c](QAbstractSocket::SocketError e) {
        QString why;
        if (e == QAbstractSocket::ConnectionRefusedError)
            why = QCoreApplication::translate("PhoneDesk::SipClient", "connection refused by %1").arg(c->key);
        else if (e == QAbstractSocket::RemoteHostClosedError)
            why = QCoreApplication::translate("PhoneDesk::SipClient", "%1 closed the connection").arg(c->key);
        else
            why = QCoreApplication::translate("PhoneDesk::SipClient", "TCP error with %1: %2")
                      .arg(c->key, c->socket->errorString());
        dropTcp(c, why);
    });
    m_tcp.insert(key, c);
    // From the configured address too (the connection's own port is any).
    if (!m_config.bindsAllAddresses())
        c->socket->bind(m_config.bindAddress, 0, QAbstractSocket::DontShareAddress);
    c->socket->connectToHost(target.address, target.port);
    return c;
}

void SipClient::onTcpReadyRead(TcpConnection *c)
{
    c->buffer.append(c->socket->readAll());
    for (;;) {
        // Leading CRLF keep-alives between messages.
        qsizetype skip = 0;
        while (skip < c->buffer.size() && (c->buffer.at(skip) == '\r' || c->buffer.at(skip) == '\n'))
            ++skip;
        if (skip > 0)
            c->buffer.remove(0, skip);
        const qsizetype length = SipWire::streamFrameLength(c->buffer);
        if (length < 0) {
            ++m_stats.malformed;
            dropTcp(c,
                    QCoreApplication::translate("PhoneDesk::SipClient",
                                                "%1 sent a malformed or oversized SIP message")
                        .arg(c->key));
            return;
        }
        if (length == 0)
            break;
        const QByteArray frame = c->buffer.left(length);
        c->buffer.remove(0, length);
        handleDatagram(frame, c->socket->peerAddress(), c->socket->peerPort(), c);
        if (!m_tcp.contains(c->key) || m_tcp.value(c->key) != c)
            return;
    }
    if (c->pending.isEmpty())
        c->idle.start();
}

void SipClient::dropTcp(TcpConnection *c, const QString &error)
{
    if (m_tcp.value(c->key) != c)
        return;
    m_tcp.remove(c->key);
    const QList<quint64> pending = c->pending.values();
    c->pending.clear();
    c->socket->disconnect(this);
    c->idle.disconnect(this);
    c->socket->abort();
    c->socket->deleteLater();
    // Detach the transactions first: their callbacks may open a new connection to the same peer.
    for (const quint64 id : pending) {
        auto it = m_transactions.find(id);
        if (it != m_transactions.end())
            it->connection = nullptr;
    }
    delete c;
    for (const quint64 id : pending)
        fail(id, SipResult::Outcome::TransportError,
             error.isEmpty()
                 ? QCoreApplication::translate("PhoneDesk::SipClient", "the TCP connection was closed")
                 : error);
}

} // namespace PhoneDesk
