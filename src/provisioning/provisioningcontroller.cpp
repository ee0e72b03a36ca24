#include "provisioningcontroller.h"

#include "changefeed.h"
#include "managedsettings.h"
#include "storage.h"

namespace PhoneDesk {

namespace {
bool sameSettings(const ProvisioningSettings &a, const ProvisioningSettings &b)
{
    return a.enabled == b.enabled && a.address == b.address && a.port == b.port &&
        a.certificatePath == b.certificatePath && a.keyPath == b.keyPath &&
        a.deviceCaPath == b.deviceCaPath && a.clientCertificates == b.clientCertificates &&
        a.digest == b.digest && a.allowUnauthenticated == b.allowUnauthenticated &&
        a.idleTimeoutMs == b.idleTimeoutMs && a.maxConnections == b.maxConnections &&
        a.maxConnectionsPerAddress == b.maxConnectionsPerAddress && a.failureBurst == b.failureBurst &&
        a.failuresPerSecond == b.failuresPerSecond && a.quarantineCapacity == b.quarantineCapacity &&
        a.quarantinePerAddress == b.quarantinePerAddress && a.workerThreads == b.workerThreads;
}
} // namespace

ProvisioningController::ProvisioningController(Storage &storage, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
{
    connect(ChangeFeed::instance(), &ChangeFeed::changed, this, &ProvisioningController::onChange);
}

ProvisioningController::~ProvisioningController()
{
    stop();
}

Result<void> ProvisioningController::apply()
{
    const ProvisioningSettings settings = ProvisioningSettings::fromStorage(m_storage);
    if (isRunning() && settings.enabled && sameSettings(settings, m_running))
        return {};
    const bool wasRunning = isRunning();
    m_server.reset();
    m_lastError.clear();
    if (!settings.enabled) {
        if (wasRunning)
            emit runningChanged(false);
        return {};
    }
    // The setting lives in the shared database; whether this computer may serve phones is the
    // organisation's call (ManagedSettings), so another console enabling it does not start it here.
    if (!ManagedSettings::load().provisioningServerAllowed()) {
        m_lastError = tr("%1: the provisioning server does not run in this console (use phonedesk-server).")
                          .arg(ManagedSettings::managedText());
        emit errorOccurred(m_lastError);
        if (wasRunning)
            emit runningChanged(false);
        return Error::make(Error::Code::Permission, m_lastError);
    }
    auto server = std::make_unique<ProvisioningServer>(m_storage, settings);
    if (auto started = server->start(); !started) {
        m_lastError = started.error().fullText();
        emit errorOccurred(m_lastError);
        if (wasRunning)
            emit runningChanged(false);
        return started;
    }
    connect(server.get(), &ProvisioningServer::resyncRequested, this,
            &ProvisioningController::resyncRequested);
    m_server = std::move(server);
    m_running = settings;
    emit runningChanged(true);
    return {};
}

QString ProvisioningController::listenUrl() const
{
    if (!isRunning())
        return {};
    QString host = m_running.address.toString();
    if (m_running.address.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    return QStringLiteral("https://%1:%2/").arg(host).arg(m_server->serverPort());
}

void ProvisioningController::stop()
{
    const bool wasRunning = isRunning();
    m_server.reset();
    if (wasRunning)
        emit runningChanged(false);
}

void ProvisioningController::onChange(const ChangeEvent &event)
{
    if (event.entity == ChangeEvent::Entity::Setting)
        (void)apply(); // errors are reported through errorOccurred
}

} // namespace PhoneDesk
