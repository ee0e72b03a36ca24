#pragma once

// Settings of the provisioning server: where it listens, its certificate, how phones authenticate,
// and its limits. Read from the database (console, in-process server) or from the server's INI file.

#include "result.h"

#include <QHostAddress>
#include <QString>

class QSettings;

namespace PhoneDesk {

class Storage;

enum class ClientCertificateMode {
    Off, // no client certificate asked for: phones authenticate with HTTP Digest
    Optional, // asked for; a valid one (issued by the device CA, naming the MAC) replaces Digest
    Required, // TLS handshake fails without a certificate from the device CA
};

QString toKey(ClientCertificateMode mode);
std::optional<ClientCertificateMode> clientCertificateModeFromKey(const QString &key);

struct ProvisioningSettings
{
    bool enabled = false; // console only: run the server in-process
    QHostAddress address = QHostAddress::Any;
    quint16 port = 8443;
    QString certificatePath; // PEM server certificate (chain)
    QString keyPath; // PEM private key
    QString deviceCaPath; // PEM CA(s) that issue phone certificates
    ClientCertificateMode clientCertificates = ClientCertificateMode::Optional;
    bool digest = true; // per-device secret with HTTP Digest
    bool allowUnauthenticated = false; // lab only: serve on MAC + User-Agent alone
    int idleTimeoutMs = 10000; // keep-alive idle and request-header deadline
    int maxConnections = 4096;
    int maxConnectionsPerAddress = 256;
    double failureBurst = 30;
    double failuresPerSecond = 0.5;
    int quarantineCapacity = 1000;
    int quarantinePerAddress = 100; // most unknown MACs kept from one source address
    int workerThreads = 0; // 0 = one per core
    QString
        firmwareCacheDir; // the server's copy of the firmware images; empty: <cache location>/firmware-cache
    int rolloutIntervalMs = 15000; // how often firmware rollouts give turns and record outcomes
    // A phone whose turn came this long ago and that has not fetched since is told to resync
    // again (then again each time as long), by the server that holds it.
    int rolloutResyncAfterMs = 60000;

    // Errors name the setting.
    Result<void> validate() const;

    // What the server logs at every start, `phonedesk-server --check` reports and the console
    // shows in red while allowUnauthenticated is on; empty otherwise.
    QString unauthenticatedWarning() const;

    static ProvisioningSettings fromStorage(Storage &storage);
    Result<void> saveTo(Storage &storage) const;
    static ProvisioningSettings fromIni(QSettings &ini);
};

} // namespace PhoneDesk
