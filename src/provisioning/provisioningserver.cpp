#include "provisioningserver.h"

#include "abuseguard.h"
#include "devicedirectory.h"
#include "digestauth.h"
#include "httprequestparser.h"
#include "requesthandler.h"
#include "statusrepository.h"
#include "storage.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QThread>

Q_LOGGING_CATEGORY(lcProvisioning, "phonedesk.provisioning")
Q_LOGGING_CATEGORY(lcAccess, "phonedesk.provisioning.access")

namespace PhoneDesk {

namespace {
QString trc(const char *text)
{
    return QCoreApplication::translate("PhoneDesk::ProvisioningServer", text);
}
} // namespace

// ---------------------------------------------------------------- one client connection

class ProvisioningConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvisioningConnection)

public:
    ProvisioningConnection(QSslSocket *socket, RequestHandler &handler, AbuseGuard &guard,
                           ProvisioningServer *server, int timeoutMs, QObject *parent)
        : QObject(parent)
        , m_socket(socket)
        , m_handler(handler)
        , m_guard(guard)
        , m_server(server)
    {
        m_socket->setParent(this);
        m_address = m_socket->peerAddress();
        m_client.address = m_address;
        m_deadline.setSingleShot(true);
        m_deadline.setInterval(timeoutMs);
        // One deadline for the handshake and each request's headers, not reset by a trickle of
        // bytes: a slow client is cut off, however patient.
        connect(&m_deadline, &QTimer::timeout, this, [this] {
            qCDebug(lcProvisioning) << "closing idle or slow connection from" << m_address.toString();
            m_socket->abort();
        });
        connect(m_socket, &QSslSocket::encrypted, this, &ProvisioningConnection::onEncrypted);
        connect(m_socket, &QSslSocket::readyRead, this, &ProvisioningConnection::onReadyRead);
        connect(m_socket, &QSslSocket::disconnected, this, &ProvisioningConnection::finish);
        connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            if (error != QAbstractSocket::RemoteHostClosedError)
                qCDebug(lcProvisioning)
                    << "connection from" << m_address.toString() << "failed:" << m_socket->errorString();
            finish();
        });
        connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            qCInfo(lcProvisioning).noquote()
                << "TLS handshake with" << m_address.toString()
                << "refused:" << (errors.isEmpty() ? QString() : errors.first().errorString());
        });
        m_deadline.start();
        m_socket->startServerEncryption();
    }

    ~ProvisioningConnection() override { m_guard.releaseConnection(m_address); }

private:
    void onEncrypted()
    {
        const QSslCertificate certificate = m_socket->peerCertificate();
        if (certificate.isNull())
            return;
        m_client.hasCertificate = true;
        // Required mode: the handshake already failed for anything the device CA did not issue.
        // Optional mode: Qt reports, but does not act on, verification errors; act on them here.
        m_client.certificateValid = m_socket->sslHandshakeErrors().isEmpty();
        m_client.certificateNames = certificate.subjectInfo(QSslCertificate::CommonName) +
            certificate.subjectInfo(QSslCertificate::SerialNumber);
        const auto alternatives = certificate.subjectAlternativeNames();
        for (auto it = alternatives.constBegin(); it != alternatives.constEnd(); ++it)
            m_client.certificateNames.append(it.value());
    }

    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
        while (!m_closing) {
            const HttpRequestParser::State state = m_parser.feed(m_buffer);
            if (state == HttpRequestParser::State::NeedMore)
                return;
            if (state == HttpRequestParser::State::Error) {
                const int status = m_parser.errorStatus();
                qCInfo(lcAccess).noquote() << m_address.toString() << "-"
                                           << "-" << status << "bad-request";
                m_guard.recordFailure(m_address);
                send(HttpResponse::error(status).serialize(false, false), false);
                return;
            }
            const HttpRequest request = m_parser.take();
            const RequestOutcome outcome = m_handler.handle(request, m_client);
            const bool keepAlive = request.keepAlive() && !outcome.response.close;
            const QString userAgent = QString::fromUtf8(request.header("user-agent").left(256));
            qCInfo(lcAccess).noquote()
                << m_address.toString() << (outcome.mac.isEmpty() ? QStringLiteral("-") : outcome.mac)
                << request.method << outcome.response.status << outcome.result
                << (userAgent.isEmpty() ? QStringLiteral("-")
                                        : QLatin1Char('"') + userAgent + QLatin1Char('"'));
            if (outcome.phoneId != 0 || outcome.quarantine) {
                QPointer<ProvisioningServer> server = m_server;
                const QString ip = m_address.toString();
                QMetaObject::invokeMethod(
                    server,
                    [server, outcome, ip, userAgent] {
                        if (server)
                            server->onOutcome(outcome, ip, userAgent);
                    },
                    Qt::QueuedConnection);
            }
            send(outcome.response.serialize(request.method == "HEAD", keepAlive), keepAlive);
        }
    }

    void send(const QByteArray &bytes, bool keepAlive)
    {
        m_socket->write(bytes);
        if (!keepAlive) {
            m_closing = true;
            m_socket->disconnectFromHost();
            return;
        }
        m_deadline.start(); // next request (or idle keep-alive) within the deadline
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_deadline.stop();
        deleteLater();
    }

    QSslSocket *m_socket;
    RequestHandler &m_handler;
    AbuseGuard &m_guard;
    QPointer<ProvisioningServer> m_server;
    QHostAddress m_address;
    ClientIdentity m_client;
    HttpRequestParser m_parser;
    QByteArray m_buffer;
    QTimer m_deadline;
    bool m_closing = false;
    bool m_finished = false;
};

// ---------------------------------------------------------------- worker thread

class ProvisioningWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvisioningWorker)

public:
    ProvisioningWorker(QSslConfiguration ssl, RequestHandler &handler, AbuseGuard &guard,
                       ProvisioningServer *server, int timeoutMs)
        : m_ssl(std::move(ssl))
        , m_handler(handler)
        , m_guard(guard)
        , m_server(server)
        , m_timeoutMs(timeoutMs)
    { }

    void adopt(qintptr descriptor)
    {
        auto *socket = new QSslSocket;
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        if (!m_guard.acquireConnection(socket->peerAddress())) {
            qCInfo(lcProvisioning) << "connection limit reached; refusing"
                                   << socket->peerAddress().toString();
            socket->abort();
            delete socket;
            return;
        }
        // Handshake and response are a few small writes: Nagle's algorithm against the client's
        // delayed ACK would stall each of them.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        socket->setSslConfiguration(m_ssl);
        new ProvisioningConnection(socket, m_handler, m_guard, m_server, m_timeoutMs, this);
    }

    QThread thread;

private:
    QSslConfiguration m_ssl;
    RequestHandler &m_handler;
    AbuseGuard &m_guard;
    ProvisioningServer *m_server;
    int m_timeoutMs;
};

// ---------------------------------------------------------------- listening socket

class ProvisioningListener final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvisioningListener)

public:
    explicit ProvisioningListener(QList<ProvisioningWorker *> workers)
        : m_workers(std::move(workers))
    { }

protected:
    // Hands the raw descriptor to a worker thread: TLS handshakes run in parallel there.
    void incomingConnection(qintptr descriptor) override
    {
        ProvisioningWorker *worker = m_workers.at(m_next++ % m_workers.size());
        QMetaObject::invokeMethod(
            worker, [worker, descriptor] { worker->adopt(descriptor); }, Qt::QueuedConnection);
    }

private:
    QList<ProvisioningWorker *> m_workers;
    qsizetype m_next = 0;
};

// ---------------------------------------------------------------- server

ProvisioningServer::ProvisioningServer(Storage &storage, ProvisioningSettings settings, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_settings(std::move(settings))
    , m_configs(std::make_unique<ConfigService>(storage))
    , m_directory(std::make_unique<DeviceDirectory>())
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(250);
    connect(&m_flushTimer, &QTimer::timeout, this, &ProvisioningServer::flush);
    connect(m_configs.get(), &ConfigService::phonesRendered, this, &ProvisioningServer::onPhonesRendered);
    connect(m_configs.get(), &ConfigService::resyncRequested, this, &ProvisioningServer::resyncRequested);
}

ProvisioningServer::~ProvisioningServer()
{
    stop();
}

Result<QSslConfiguration> ProvisioningServer::sslConfiguration() const
{
    if (!QSslSocket::supportsSsl())
        return Error::make(Error::Code::Unsupported,
                           trc("This system has no TLS support (the OpenSSL library is missing)."));
    QFile certFile(m_settings.certificatePath);
    if (!certFile.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io,
                           trc("Cannot read the server certificate \"%1\": %2")
                               .arg(m_settings.certificatePath, certFile.errorString()));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (chain.isEmpty())
        return Error::make(
            Error::Code::Validation,
            trc("The server certificate \"%1\" holds no PEM certificate.").arg(m_settings.certificatePath));
    QFile keyFile(m_settings.keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return Error::make(
            Error::Code::Io,
            trc("Cannot read the private key \"%1\": %2").arg(m_settings.keyPath, keyFile.errorString()));
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        key = QSslKey(keyPem, algorithm, QSsl::Pem);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return Error::make(
            Error::Code::Validation,
            trc("The private key \"%1\" is not an unencrypted PEM RSA or EC key.").arg(m_settings.keyPath));

    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    // Phones fetch a handful of files per boot; a TLS 1.3 session ticket per connection is work
    // (and bytes) for nothing: they do not resume.
    ssl.setSslOption(QSsl::SslOptionDisableSessionTickets, true);
    ssl.setLocalCertificateChain(chain);
    ssl.setPrivateKey(key);
    ssl.setCaCertificates({});
    switch (m_settings.clientCertificates) {
    case ClientCertificateMode::Off:
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        break;
    case ClientCertificateMode::Optional:
    case ClientCertificateMode::Required: {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(m_settings.deviceCaPath, QSsl::Pem);
        if (cas.isEmpty())
            return Error::make(
                Error::Code::Validation,
                trc("The device CA file \"%1\" holds no PEM certificate.").arg(m_settings.deviceCaPath));
        ssl.setCaCertificates(cas);
        ssl.setPeerVerifyMode(m_settings.clientCertificates == ClientCertificateMode::Required
                                  ? QSslSocket::VerifyPeer
                                  : QSslSocket::QueryPeer);
        break;
    }
    }
    return ssl;
}

Result<void> ProvisioningServer::start()
{
    if (isRunning())
        return {};
    if (auto r = m_settings.validate(); !r)
        return r;
    auto ssl = sslConfiguration();
    if (!ssl)
        return ssl.error();

    auto configs = m_configs->renderAll();
    if (!configs)
        return configs.error();
    m_directory->replaceAll(*configs);
    m_configs->seedHashes(*configs);

    AbuseGuard::Limits limits;
    limits.failureBurst = m_settings.failureBurst;
    limits.failuresPerSecond = m_settings.failuresPerSecond;
    limits.maxConnections = m_settings.maxConnections;
    limits.maxConnectionsPerAddress = m_settings.maxConnectionsPerAddress;
    m_guard = std::make_unique<AbuseGuard>(limits);
    m_digest = std::make_unique<DigestAuthenticator>("PhoneDesk provisioning");
    m_handler = std::make_unique<RequestHandler>(m_settings, *m_directory, *m_guard, *m_digest);

    const int threads =
        m_settings.workerThreads > 0 ? m_settings.workerThreads : std::max(1, QThread::idealThreadCount());
    for (int i = 0; i < threads; ++i) {
        auto *worker = new ProvisioningWorker(*ssl, *m_handler, *m_guard, this, m_settings.idleTimeoutMs);
        worker->thread.setObjectName(QStringLiteral("provisioning-%1").arg(i + 1));
        worker->moveToThread(&worker->thread);
        worker->thread.start();
        m_workers.append(worker);
    }
    // Accepting runs on the first worker thread, not on this one: database writes here (fetch
    // records) must never hold up new connections.
    m_listener = std::make_unique<ProvisioningListener>(m_workers);
    m_listener->setMaxPendingConnections(1024);
    m_listener->moveToThread(&m_workers.first()->thread);
    bool listening = false;
    QString message;
    QMetaObject::invokeMethod(
        m_listener.get(),
        [&] {
            listening = m_listener->listen(m_settings.address, m_settings.port);
            message = m_listener->errorString();
        },
        Qt::BlockingQueuedConnection);
    if (!listening) {
        stop();
        return Error::make(Error::Code::Network,
                           trc("Cannot listen on %1 port %2: %3")
                               .arg(m_settings.address.toString())
                               .arg(m_settings.port)
                               .arg(message));
    }
    qCInfo(lcProvisioning).noquote() << QStringLiteral("provisioning server listening on %1:%2 for %3 phones "
                                                       "(%4 threads, client certificates %5, digest %6)")
                                            .arg(m_settings.address.toString())
                                            .arg(m_listener->serverPort())
                                            .arg(m_directory->size())
                                            .arg(threads)
                                            .arg(toKey(m_settings.clientCertificates),
                                                 m_settings.digest ? QStringLiteral("on")
                                                                   : QStringLiteral("off"));
    return {};
}

void ProvisioningServer::stop()
{
    if (m_listener) {
        ProvisioningListener *listener = m_listener.release();
        // Close and delete it in its own thread.
        QMetaObject::invokeMethod(
            listener,
            [listener] {
                listener->close();
                delete listener;
            },
            Qt::BlockingQueuedConnection);
    }
    for (ProvisioningWorker *worker : std::as_const(m_workers)) {
        // Connections live in the worker's thread: delete them there, then stop the thread.
        QMetaObject::invokeMethod(
            worker,
            [worker] { qDeleteAll(worker->findChildren<QObject *>(QString(), Qt::FindDirectChildrenOnly)); },
            Qt::BlockingQueuedConnection);
        worker->thread.quit();
        worker->thread.wait();
        delete worker;
    }
    m_workers.clear();
    if (!m_pendingFetches.isEmpty() || !m_pendingQuarantine.isEmpty())
        flush();
}

bool ProvisioningServer::isRunning() const
{
    return m_listener && m_listener->isListening();
}

quint16 ProvisioningServer::serverPort() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

qsizetype ProvisioningServer::knownDevices() const
{
    return m_directory->size();
}

void ProvisioningServer::onOutcome(const RequestOutcome &outcome, const QString &ip, const QString &userAgent)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (outcome.phoneId != 0) {
        m_pendingFetches.insert(outcome.phoneId,
                                ProvisioningFetch {now, ip, userAgent, outcome.firmware, outcome.hash});
    } else if (outcome.quarantine && !outcome.mac.isEmpty()) {
        auto it = m_pendingQuarantine.find(outcome.mac);
        if (it != m_pendingQuarantine.end()) {
            it->lastSeen = now;
            it->ip = ip;
            ++it->requests;
        } else if (m_pendingQuarantine.size() < std::max(1, m_settings.quarantineCapacity)) {
            m_pendingQuarantine.insert(
                outcome.mac, QuarantineEntry {outcome.mac, now, now, ip, userAgent, outcome.modelId, 1});
        }
    }
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void ProvisioningServer::flush()
{
    m_flushTimer.stop();
    const QHash<Id, ProvisioningFetch> fetches = std::exchange(m_pendingFetches, {});
    const QList<QuarantineEntry> sightings = std::exchange(m_pendingQuarantine, {}).values();
    if (!fetches.isEmpty()) {
        auto r = m_storage.inTransaction([&]() -> Result<void> {
            for (auto it = fetches.constBegin(); it != fetches.constEnd(); ++it) {
                if (auto e = m_storage.status().recordFetch(it.key(), it.value()); !e) {
                    if (e.error().code == Error::Code::NotFound)
                        continue;
                    return e;
                }
            }
            return {};
        });
        // A phone that fetches its configuration is up: zero-touch phones turn Online on first
        // contact. Restarting is left to the command runner, which confirms restarts itself.
        if (r) {
            QList<StatusRecord> online;
            for (auto it = fetches.constBegin(); it != fetches.constEnd(); ++it) {
                auto current = m_storage.status().get(it.key());
                if (current &&
                    (current->status == PhoneStatus::Unknown || current->status == PhoneStatus::Offline)) {
                    StatusRecord record = *current;
                    record.status = PhoneStatus::Online;
                    record.lastSeen = it->time;
                    record.detail = trc("fetched its configuration");
                    online.append(record);
                }
            }
            if (!online.isEmpty()) {
                if (auto changed = m_storage.status().applyProbeResults(online); !changed)
                    r = changed.error();
            }
        }
        if (!r) {
            qCWarning(lcProvisioning).noquote()
                << "recording configuration fetches failed:" << r.error().fullText();
            emit storageError(r.error().fullText());
        } else {
            for (auto it = fetches.constBegin(); it != fetches.constEnd(); ++it)
                emit phoneFetched(it.key());
        }
    }
    if (!sightings.isEmpty() && m_settings.quarantineCapacity > 0) {
        auto r = QuarantineRepository(m_storage).record(sightings, m_settings.quarantineCapacity);
        if (!r) {
            qCWarning(lcProvisioning).noquote()
                << "recording unknown devices failed:" << r.error().fullText();
            emit storageError(r.error().fullText());
        } else {
            emit quarantineChanged();
        }
    }
}

void ProvisioningServer::onPhonesRendered(const QList<PhoneConfig> &configs, const QList<Id> &removed)
{
    m_directory->upsert(configs);
    m_directory->remove(removed);
}

} // namespace PhoneDesk

#include "provisioningserver.moc"
