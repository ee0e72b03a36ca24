#include "fleet.h"

#include "sipmessage.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkDatagram>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QUdpSocket>
#include <QUrl>

#include <deque>
#include <vector>

#ifdef Q_OS_LINUX
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#endif

namespace PhoneDesk::PhoneSim {

namespace {

constexpr quint32 FirstAddress = (127u << 24) | (1u << 16); // 127.1.0.0
constexpr qsizetype MaxHttpRequest = 64 * 1024;

// Sends from the phone's own address. Qt's QNetworkDatagram::setSender() is not honoured for
// IPv4 on every version, so on Linux this uses sendmsg() with IP_PKTINFO directly.
bool sendFrom(QUdpSocket *socket, const QNetworkDatagram &datagram)
{
#ifdef Q_OS_LINUX
    const QByteArray data = datagram.data();
    sockaddr_in to {};
    to.sin_family = AF_INET;
    to.sin_port = htons(quint16(datagram.destinationPort()));
    to.sin_addr.s_addr = htonl(datagram.destinationAddress().toIPv4Address());
    iovec iov {const_cast<char *>(data.constData()), size_t(data.size())};
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(in_pktinfo))] = {};
    msghdr msg {};
    msg.msg_name = &to;
    msg.msg_namelen = sizeof(to);
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control;
    msg.msg_controllen = sizeof(control);
    cmsghdr *cmsg = CMSG_FIRSTHDR(&msg);
    cmsg->cmsg_level = IPPROTO_IP;
    cmsg->cmsg_type = IP_PKTINFO;
    cmsg->cmsg_len = CMSG_LEN(sizeof(in_pktinfo));
    in_pktinfo info {};
    info.ipi_spec_dst.s_addr = htonl(datagram.senderAddress().toIPv4Address());
    std::memcpy(CMSG_DATA(cmsg), &info, sizeof(info));
    return ::sendmsg(int(socket->socketDescriptor()), &msg, MSG_DONTWAIT) == data.size();
#else
    return socket->writeDatagram(datagram) >= 0;
#endif
}

// The REST listener hands each accepted descriptor to a QSslSocket (Qt 6.4 lacks QSslServer on
// every platform we build for, and this works on all of them).
class TlsListener final : public QTcpServer
{
public:
    std::function<void(qintptr)> onConnection;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        if (onConnection)
            onConnection(descriptor);
    }
};
} // namespace

struct Fleet::Impl
{
    struct Phone
    {
        PhoneState state;
        qint64 silentUntilMs = 0;
        int answerCode = 0; // 0 = fleet default
        QString restPassword;
    };
    struct Delayed
    {
        qint64 dueMs;
        QNetworkDatagram datagram;
    };

    Fleet *q;
    QUdpSocket *udp = nullptr;
    TlsListener *rest = nullptr;
    std::vector<Phone> phones;
    QRandomGenerator rng;
    std::deque<Delayed> delayed;
    QTimer delayTimer;
    QElapsedTimer clock;
    QByteArray toTag = SipWire::newToken(4);

    explicit Impl(Fleet *fleet)
        : q(fleet)
    {
        clock.start();
    }

    bool chance(double p) { return p > 0 && rng.generateDouble() < p; }
    bool silent(const Phone &p) const
    {
        return p.state.dead || (p.silentUntilMs > 0 && clock.elapsed() < p.silentUntilMs);
    }

    void readSip();
    void handleSip(const QNetworkDatagram &in);
    void send(QNetworkDatagram datagram);
    void flushDelayed();
    QByteArray garbageFor(const SipMessage &request);
    void reboot(int index);
    void fetchConfig(int index);
    void acceptRest(qintptr descriptor);
    void serveRest(QSslSocket *socket, int index, const QByteArray &request);
};

Fleet::Fleet(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Impl>(this))
{ }

Fleet::~Fleet()
{
    stop();
}

QHostAddress Fleet::addressOf(int index)
{
    const quint32 block = quint32(index) / 254;
    const quint32 host = quint32(index) % 254 + 1;
    return QHostAddress(FirstAddress + block * 256 + host);
}

int Fleet::indexOf(const QHostAddress &address)
{
    bool ok = false;
    const quint32 a = address.toIPv4Address(&ok);
    if (!ok || a <= FirstAddress || (a >> 24) != 127)
        return -1;
    const quint32 offset = a - FirstAddress;
    const quint32 host = offset % 256;
    if (host == 0 || host == 255)
        return -1;
    return int((offset / 256) * 254 + host - 1);
}

QString Fleet::sipAddress(int index) const
{
    return addressOf(index).toString() + u':' + QString::number(m_sipPort);
}

QString Fleet::macAddress(int index)
{
    return QStringLiteral("0004f2") + QStringLiteral("%1").arg(index, 6, 16, QLatin1Char('0'));
}

bool Fleet::isRunning() const
{
    return d->udp != nullptr;
}

Result<void> Fleet::start(const FleetConfig &config)
{
    stop();
    if (config.phones < 1 || config.phones > 254 * 254 * 2)
        return Error::make(Error::Code::Validation,
                           QCoreApplication::translate("PhoneDesk::PhoneSim",
                                                       "The number of phones must be between 1 and %1.")
                               .arg(254 * 254 * 2));
    if (config.loss < 0 || config.loss > 1 || config.dead < 0 || config.dead > 1 || config.garbage < 0 ||
        config.garbage > 1)
        return Error::make(Error::Code::Validation,
                           QCoreApplication::translate("PhoneDesk::PhoneSim",
                                                       "Loss, dead and garbage are shares between 0 and 1."));
    m_config = config;
    d->rng.seed(config.seed);
    d->phones.assign(size_t(config.phones), {});
    for (Impl::Phone &p : d->phones)
        p.state.dead = d->chance(config.dead);

    // The wildcard address is what lets one socket answer for every 127.x address; non-loopback
    // senders are dropped in readSip().
    d->udp = new QUdpSocket(this);
    if (!d->udp->bind(QHostAddress::AnyIPv4, config.sipPort)) {
        const QString message =
            QCoreApplication::translate("PhoneDesk::PhoneSim", "Cannot open SIP port %1: %2")
                .arg(config.sipPort)
                .arg(d->udp->errorString());
        stop();
        return Error::make(Error::Code::Network, message);
    }
    d->udp->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 8 * 1024 * 1024);
    d->udp->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, 8 * 1024 * 1024);
    m_sipPort = d->udp->localPort();
    connect(d->udp, &QUdpSocket::readyRead, this, [this] { d->readSip(); });
    d->delayTimer.setSingleShot(true);
    d->delayTimer.setTimerType(Qt::PreciseTimer);
    connect(&d->delayTimer, &QTimer::timeout, this, [this] { d->flushDelayed(); });

    if (config.rest) {
        if (!config.certificatePath.isEmpty()) {
            QFile certFile(config.certificatePath);
            QFile keyFile(config.keyPath);
            if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
                stop();
                return Error::make(Error::Code::Io,
                                   QCoreApplication::translate("PhoneDesk::PhoneSim",
                                                               "Cannot read the certificate or key file."));
            }
            m_certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
            m_key = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
            if (m_key.isNull()) {
                keyFile.seek(0);
                m_key = QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
            }
        } else {
            QTemporaryDir dir;
            QProcess openssl;
            openssl.start(QStringLiteral("openssl"),
                          {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                           QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                           QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                           QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                           QStringLiteral("/CN=phonedesk-phonesim"), QStringLiteral("-keyout"),
                           dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                           dir.filePath(QStringLiteral("cert.pem"))});
            if (!openssl.waitForFinished(20000) || openssl.exitCode() != 0) {
                stop();
                return Error::make(Error::Code::Io,
                                   QCoreApplication::translate(
                                       "PhoneDesk::PhoneSim",
                                       "Could not generate a certificate with openssl (is it installed?): %1")
                                       .arg(QString::fromLocal8Bit(openssl.readAllStandardError())));
            }
            QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
            QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
            if (certFile.open(QIODevice::ReadOnly))
                m_certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
            if (keyFile.open(QIODevice::ReadOnly))
                m_key = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
        }
        if (m_certificate.isNull() || m_key.isNull()) {
            stop();
            return Error::make(
                Error::Code::Io,
                QCoreApplication::translate("PhoneDesk::PhoneSim",
                                            "The REST certificate or key could not be loaded."));
        }
        d->rest = new TlsListener;
        d->rest->setParent(this);
        d->rest->onConnection = [this](qintptr descriptor) { d->acceptRest(descriptor); };
        if (!d->rest->listen(QHostAddress::AnyIPv4, config.restPort)) {
            const QString message =
                QCoreApplication::translate("PhoneDesk::PhoneSim", "Cannot open REST port %1: %2")
                    .arg(config.restPort)
                    .arg(d->rest->errorString());
            stop();
            return Error::make(Error::Code::Network, message);
        }
        m_restPort = d->rest->serverPort();
    }
    return {};
}

void Fleet::stop()
{
    delete d->udp;
    d->udp = nullptr;
    delete d->rest;
    d->rest = nullptr;
    d->delayed.clear();
    d->delayTimer.stop();
    m_sipPort = 0;
    m_restPort = 0;
}

QByteArray Fleet::certificateSha256() const
{
    return m_certificate.isNull() ? QByteArray() : m_certificate.digest(QCryptographicHash::Sha256);
}

Result<void> Fleet::writeCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("PhoneDesk::PhoneSim", "Cannot write %1: %2")
                               .arg(path, file.errorString()));
    file.write("index,mac,sip_address,rest_address\n");
    for (int i = 0; i < m_config.phones; ++i) {
        const QString line = QString::number(i) + u',' + macAddress(i) + u',' + sipAddress(i) + u',' +
            (m_restPort ? addressOf(i).toString() + u':' + QString::number(m_restPort) : QString()) + u'\n';
        file.write(line.toLatin1());
    }
    if (!file.commit())
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("PhoneDesk::PhoneSim", "Cannot write %1: %2")
                               .arg(path, file.errorString()));
    return {};
}

void Fleet::setDead(int index, bool dead)
{
    if (index >= 0 && size_t(index) < d->phones.size())
        d->phones[size_t(index)].state.dead = dead;
}

void Fleet::setAnswerCode(int index, int code)
{
    if (index >= 0 && size_t(index) < d->phones.size())
        d->phones[size_t(index)].answerCode = code;
}

void Fleet::setRestPassword(int index, const QString &password)
{
    if (index >= 0 && size_t(index) < d->phones.size())
        d->phones[size_t(index)].restPassword = password;
}

PhoneState Fleet::phone(int index) const
{
    if (index < 0 || size_t(index) >= d->phones.size())
        return {};
    const Impl::Phone &p = d->phones[size_t(index)];
    PhoneState s = p.state;
    s.rebooting = p.silentUntilMs > 0 && d->clock.elapsed() < p.silentUntilMs;
    return s;
}

void Fleet::Impl::readSip()
{
    // Drained completely (see SipClient::onUdpReadyRead for why).
    while (udp && udp->hasPendingDatagrams()) {
        const QNetworkDatagram in = udp->receiveDatagram(SipMessage::MaxSize + 1);
        if (!in.isValid())
            break;
        handleSip(in);
    }
}

void Fleet::Impl::handleSip(const QNetworkDatagram &in)
{
    ++q->m_stats.received;
    if (!in.senderAddress().isLoopback())
        return; // a simulator answers loopback only
    const int index = indexOf(in.destinationAddress());
    if (index < 0 || size_t(index) >= phones.size()) {
        ++q->m_stats.dropped;
        return;
    }
    Phone &phone = phones[size_t(index)];
    if (silent(phone) || chance(q->m_config.loss)) {
        ++q->m_stats.dropped;
        return;
    }
    const auto request = SipMessage::parse(in.data());
    if (!request || request->isResponse) {
        ++q->m_stats.malformed;
        return;
    }

    QByteArray answer;
    bool rebootAfter = false;
    bool fetchAfter = false;
    const QList<SipHeader> ua {{QByteArrayLiteral("User-Agent"), q->m_config.userAgent.toLatin1()}};
    if (request->method == "OPTIONS") {
        ++phone.state.options;
        const int code = phone.answerCode ? phone.answerCode : q->m_config.answerCode;
        const QByteArray reason = code == 200 ? QByteArrayLiteral("OK")
            : code == 401                     ? QByteArrayLiteral("Unauthorized")
            : code == 404                     ? QByteArrayLiteral("Not Found")
            : code == 503                     ? QByteArrayLiteral("Service Unavailable")
                                              : QByteArrayLiteral("Status");
        QList<SipHeader> headers = ua;
        headers.append(
            {QByteArrayLiteral("Allow"), QByteArrayLiteral("INVITE, ACK, BYE, CANCEL, OPTIONS, NOTIFY")});
        answer = SipWire::buildResponse(*request, code, reason, toTag, headers);
    } else if (request->method == "NOTIFY") {
        ++phone.state.notifies;
        const QByteArray event = request->header("Event").trimmed();
        phone.state.lastEvent = event;
        if (!event.startsWith("check-sync")) {
            answer = SipWire::buildResponse(*request, 489, "Bad Event", toTag, ua);
        } else if (request->header("Subscription-State").isEmpty()) {
            answer = SipWire::buildResponse(*request, 400, "Missing Subscription-State", toTag, ua);
        } else {
            answer = SipWire::buildResponse(*request, 200, "OK", toTag, ua);
            rebootAfter = event.contains("reboot=true");
            fetchAfter = !rebootAfter;
        }
    } else {
        answer = SipWire::buildResponse(*request, 405, "Method Not Allowed", toTag, ua);
    }
    if (chance(q->m_config.garbage)) {
        ++q->m_stats.garbage;
        answer = garbageFor(*request);
    }

    QNetworkDatagram out(answer, in.senderAddress(), quint16(in.senderPort()));
    out.setSender(in.destinationAddress(), q->m_sipPort);
    send(std::move(out));
    if (rebootAfter) {
        ++phone.state.reboots;
        QTimer::singleShot(50, q, [this, index] { reboot(index); });
    } else if (fetchAfter) {
        ++phone.state.resyncs;
        QTimer::singleShot(10, q, [this, index] { fetchConfig(index); });
    }
}

QByteArray Fleet::Impl::garbageFor(const SipMessage &request)
{
    const QByteArray good = SipWire::buildResponse(
        request, 200, "OK", toTag, {{QByteArrayLiteral("User-Agent"), q->m_config.userAgent.toLatin1()}});
    switch (rng.bounded(5)) {
    case 0: { // random bytes
        QByteArray noise(int(rng.bounded(1, 400)), Qt::Uninitialized);
        for (char &c : noise)
            c = char(rng.bounded(256));
        return noise;
    }
    case 1: // truncated in the middle of the headers
        return good.left(good.size() / 2);
    case 2: { // right shape, wrong branch: must not complete the transaction
        QByteArray wrong = good;
        return wrong.replace(request.topBranch, SipWire::newBranch());
    }
    case 3: // huge: a 60 kB header
        return good.left(good.indexOf("\r\n") + 2) + "X-Padding: " + QByteArray(60000, 'x') + "\r\n" +
            good.mid(good.indexOf("\r\n") + 2);
    default: // status line of a different protocol
        return QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
    }
}

void Fleet::Impl::send(QNetworkDatagram datagram)
{
    if (q->m_config.latencyMs <= 0) {
        sendFrom(udp, datagram);
        ++q->m_stats.answered;
        return;
    }
    delayed.push_back({clock.elapsed() + q->m_config.latencyMs, std::move(datagram)});
    if (!delayTimer.isActive())
        delayTimer.start(q->m_config.latencyMs);
}

void Fleet::Impl::flushDelayed()
{
    const qint64 now = clock.elapsed();
    while (!delayed.empty() && delayed.front().dueMs <= now) {
        sendFrom(udp, delayed.front().datagram);
        ++q->m_stats.answered;
        delayed.pop_front();
    }
    if (!delayed.empty())
        delayTimer.start(int(qMax<qint64>(1, delayed.front().dueMs - now)));
}

void Fleet::Impl::reboot(int index)
{
    Phone &phone = phones[size_t(index)];
    phone.silentUntilMs = clock.elapsed() + q->m_config.rebootSilenceMs;
    QTimer::singleShot(q->m_config.rebootSilenceMs, q, [this, index] {
        if (!udp)
            return;
        emit q->rebooted(index);
        // A phone fetches its configuration as it boots.
        fetchConfig(index);
    });
}

void Fleet::Impl::fetchConfig(int index)
{
    const QUrl base(q->m_config.provisioningUrl);
    if (!base.isValid() || base.host().isEmpty() || !udp)
        return;
    const bool tls = base.scheme() == QLatin1String("https");
    auto *socket = new QSslSocket(q);
    // The simulated phone fetches from its own address, so the server sees the fetch IP a real
    // phone would have. Like many phones out of the box, it does not verify the server.
    socket->bind(addressOf(index), 0);
    socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    QString path = base.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    path += macAddress(index) + QStringLiteral(".cfg");
    const QByteArray request = "GET " + path.toLatin1() +
        " HTTP/1.1\r\nHost: " + base.authority().toLatin1() + "\r\nUser-Agent: FileTransport " +
        q->m_config.userAgent.toLatin1() + " Type/Application\r\nConnection: close\r\n\r\n";
    auto buffer = std::make_shared<QByteArray>();
    auto finish = [this, socket, buffer, index] {
        if (socket->property("done").toBool())
            return;
        socket->setProperty("done", true);
        int status = 0;
        if (buffer->startsWith("HTTP/1.")) {
            const QList<QByteArray> parts = buffer->left(buffer->indexOf('\r')).split(' ');
            status = parts.size() > 1 ? parts.at(1).toInt() : 0;
        }
        Phone &phone = phones[size_t(index)];
        phone.state.lastFetchStatus = status;
        if (status >= 200 && status < 300)
            ++phone.state.fetches;
        else
            ++phone.state.fetchErrors;
        emit q->configFetched(index, status);
        socket->deleteLater();
    };
    QObject::connect(socket, &QSslSocket::readyRead, q, [socket, buffer] {
        buffer->append(socket->readAll());
        if (buffer->size() > 4 * 1024 * 1024)
            socket->abort();
    });
    QObject::connect(socket, &QSslSocket::disconnected, q, finish);
    QObject::connect(socket, &QSslSocket::errorOccurred, q, [socket, finish](QAbstractSocket::SocketError e) {
        if (e != QAbstractSocket::RemoteHostClosedError)
            socket->abort();
        finish();
    });
    QObject::connect(socket, &QSslSocket::sslErrors, socket, [socket] { socket->ignoreSslErrors(); });
    const quint16 port = quint16(base.port(tls ? 443 : 80));
    if (tls) {
        QObject::connect(socket, &QSslSocket::encrypted, q, [socket, request] { socket->write(request); });
        socket->connectToHostEncrypted(base.host(), port);
    } else {
        QObject::connect(socket, &QSslSocket::connected, q, [socket, request] { socket->write(request); });
        socket->connectToHost(base.host(), port);
    }
    QTimer::singleShot(10000, socket, [socket] { socket->abort(); });
}

void Fleet::Impl::acceptRest(qintptr descriptor)
{
    auto *socket = new QSslSocket(q);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const int index = indexOf(socket->localAddress());
    if (!socket->peerAddress().isLoopback() || index < 0 || size_t(index) >= phones.size() ||
        silent(phones[size_t(index)])) {
        // Dead and rebooting phones do not take connections.
        socket->abort();
        socket->deleteLater();
        return;
    }
    socket->setLocalCertificate(q->m_certificate);
    socket->setPrivateKey(q->m_key);
    socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    auto buffer = std::make_shared<QByteArray>();
    QObject::connect(socket, &QSslSocket::readyRead, q, [this, socket, buffer, index] {
        buffer->append(socket->readAll());
        if (buffer->size() > MaxHttpRequest) {
            socket->abort();
            return;
        }
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer->left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer->size() < end + 4 + length)
            return;
        serveRest(socket, index, *buffer);
        buffer->clear();
    });
    QObject::connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    QObject::connect(socket, &QSslSocket::errorOccurred, socket, [socket] { socket->deleteLater(); });
    QTimer::singleShot(30000, socket, [socket] { socket->abort(); });
    socket->startServerEncryption();
}

void Fleet::Impl::serveRest(QSslSocket *socket, int index, const QByteArray &request)
{
    Phone &phone = phones[size_t(index)];
    ++phone.state.restCalls;
    const QByteArray firstLine = request.left(request.indexOf("\r\n"));
    const QList<QByteArray> parts = firstLine.split(' ');
    const QByteArray method = parts.value(0);
    const QByteArray path = parts.value(1);
    QByteArray authorization;
    for (const QByteArray &line : request.left(request.indexOf("\r\n\r\n")).split('\n')) {
        if (line.toLower().startsWith("authorization:"))
            authorization = line.mid(14).trimmed();
    }
    auto reply = [socket](int code, const QByteArray &reason, const QByteArray &body,
                          const QByteArray &extra = {}) {
        socket->write("HTTP/1.1 " + QByteArray::number(code) + ' ' + reason +
                      "\r\nContent-Type: application/json\r\n" + extra + "Content-Length: " +
                      QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    };
    const QString password = phone.restPassword.isEmpty() ? q->m_config.restPassword : phone.restPassword;
    const QByteArray credentials = QByteArray("Polycom:") + password.toUtf8();
    const QByteArray expected = "Basic " + credentials.toBase64();
    if (authorization != expected) {
        reply(401, "Unauthorized", R"({"Status":"4001"})",
              "WWW-Authenticate: Basic realm=\"PolycomREST\"\r\n");
        return;
    }
    if (method == "POST" && path == "/api/v1/mgmt/safeRestart") {
        reply(200, "OK", R"({"Status":"2000"})");
        ++phone.state.reboots;
        QTimer::singleShot(50, q, [this, index] { reboot(index); });
        return;
    }
    if (method == "GET" && path == "/api/v1/mgmt/device/info") {
        QJsonObject data {{QStringLiteral("ModelNumber"), QStringLiteral("VVX 450")},
                          {QStringLiteral("DeviceVendor"), QStringLiteral("Polycom")},
                          {QStringLiteral("MACAddress"), macAddress(index)},
                          {QStringLiteral("IPAddress"), addressOf(index).toString()},
                          {QStringLiteral("Firmware"),
                           QJsonObject {{QStringLiteral("Application"), QStringLiteral("6.4.3.2000")}}},
                          {QStringLiteral("ReadyToUse"), QStringLiteral("True")}};
        reply(200, "OK",
              QJsonDocument(QJsonObject {{QStringLiteral("Status"), QStringLiteral("2000")},
                                         {QStringLiteral("data"), data}})
                  .toJson(QJsonDocument::Compact));
        return;
    }
    reply(404, "Not Found", R"({"Status":"4004"})");
}

} // namespace PhoneDesk::PhoneSim
