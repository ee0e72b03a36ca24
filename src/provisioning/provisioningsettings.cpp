#include "provisioningsettings.h"

#include "storage.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

namespace PhoneDesk {

namespace {

// Keys shared by the database ("provisioning.<key>") and the INI file ([provisioning] <key>).
const char *const KeyEnabled = "enabled";
const char *const KeyAddress = "address";
const char *const KeyPort = "port";
const char *const KeyCertificate = "certificate";
const char *const KeyKey = "key";
const char *const KeyDeviceCa = "deviceCa";
const char *const KeyClientCertificates = "clientCertificates";
const char *const KeyDigest = "digest";
const char *const KeyAllowUnauthenticated = "allowUnauthenticated";
const char *const KeyIdleTimeout = "idleTimeoutMs";
const char *const KeyMaxConnections = "maxConnections";
const char *const KeyMaxConnectionsPerAddress = "maxConnectionsPerAddress";
const char *const KeyFailureBurst = "failureBurst";
const char *const KeyFailuresPerSecond = "failuresPerSecond";
const char *const KeyQuarantineCapacity = "quarantineCapacity";
const char *const KeyQuarantinePerAddress = "quarantinePerAddress";
const char *const KeyWorkerThreads = "workerThreads";
const char *const KeyFirmwareCacheDir = "firmwareCacheDir";
const char *const KeyRolloutInterval = "rolloutIntervalMs";
const char *const KeyRolloutResyncAfter = "rolloutResyncAfterMs";

template<typename Get> ProvisioningSettings read(Get get)
{
    ProvisioningSettings s;
    auto text = [&](const char *key, const QString &def) { return get(QLatin1String(key), def); };
    auto boolean = [&](const char *key, bool def) {
        const QString v = text(key, def ? QStringLiteral("true") : QStringLiteral("false")).toLower();
        return v == QLatin1String("true") || v == QLatin1String("1") || v == QLatin1String("yes") ||
            v == QLatin1String("on");
    };
    auto number = [&](const char *key, double def) {
        bool ok = false;
        const double v = text(key, QString::number(def)).toDouble(&ok);
        return ok ? v : def;
    };
    s.enabled = boolean(KeyEnabled, s.enabled);
    const QString address = text(KeyAddress, QStringLiteral("0.0.0.0"));
    s.address = address == QLatin1String("any") || address == QLatin1String("*")
        ? QHostAddress(QHostAddress::Any)
        : QHostAddress(address);
    s.port = quint16(number(KeyPort, s.port));
    s.certificatePath = text(KeyCertificate, {});
    s.keyPath = text(KeyKey, {});
    s.deviceCaPath = text(KeyDeviceCa, {});
    s.clientCertificates =
        clientCertificateModeFromKey(text(KeyClientCertificates, toKey(s.clientCertificates)))
            .value_or(ClientCertificateMode::Required);
    s.digest = boolean(KeyDigest, s.digest);
    s.allowUnauthenticated = boolean(KeyAllowUnauthenticated, s.allowUnauthenticated);
    s.idleTimeoutMs = int(number(KeyIdleTimeout, s.idleTimeoutMs));
    s.maxConnections = int(number(KeyMaxConnections, s.maxConnections));
    s.maxConnectionsPerAddress = int(number(KeyMaxConnectionsPerAddress, s.maxConnectionsPerAddress));
    s.failureBurst = number(KeyFailureBurst, s.failureBurst);
    s.failuresPerSecond = number(KeyFailuresPerSecond, s.failuresPerSecond);
    s.quarantineCapacity = int(number(KeyQuarantineCapacity, s.quarantineCapacity));
    s.quarantinePerAddress = int(number(KeyQuarantinePerAddress, s.quarantinePerAddress));
    s.workerThreads = int(number(KeyWorkerThreads, s.workerThreads));
    s.firmwareCacheDir = text(KeyFirmwareCacheDir, {});
    s.rolloutIntervalMs = int(number(KeyRolloutInterval, s.rolloutIntervalMs));
    s.rolloutResyncAfterMs = int(number(KeyRolloutResyncAfter, s.rolloutResyncAfterMs));
    return s;
}
} // namespace

QString toKey(ClientCertificateMode mode)
{
    switch (mode) {
    case ClientCertificateMode::Off:
        return QStringLiteral("off");
    case ClientCertificateMode::Optional:
        return QStringLiteral("optional");
    case ClientCertificateMode::Required:
        return QStringLiteral("required");
    }
    return QStringLiteral("required");
}

std::optional<ClientCertificateMode> clientCertificateModeFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("off"))
        return ClientCertificateMode::Off;
    if (k == QLatin1String("optional"))
        return ClientCertificateMode::Optional;
    if (k == QLatin1String("required"))
        return ClientCertificateMode::Required;
    return std::nullopt;
}

Result<void> ProvisioningSettings::validate() const
{
    FieldErrors errors;
    if (address.isNull())
        errors.append({QStringLiteral("address"),
                       QCoreApplication::translate("PhoneDesk::ProvisioningSettings",
                                                   "Listen address is not a valid IP address.")});
    if (certificatePath.isEmpty() || !QFileInfo(certificatePath).isReadable())
        errors.append({QStringLiteral("certificate"),
                       QCoreApplication::translate("PhoneDesk::ProvisioningSettings",
                                                   "Server certificate \"%1\" is missing or not readable.")
                           .arg(certificatePath)});
    if (keyPath.isEmpty() || !QFileInfo(keyPath).isReadable())
        errors.append({QStringLiteral("key"),
                       QCoreApplication::translate("PhoneDesk::ProvisioningSettings",
                                                   "Private key \"%1\" is missing or not readable.")
                           .arg(keyPath)});
    if (clientCertificates != ClientCertificateMode::Off &&
        (deviceCaPath.isEmpty() || !QFileInfo(deviceCaPath).isReadable()))
        errors.append(
            {QStringLiteral("deviceCa"),
             QCoreApplication::translate(
                 "PhoneDesk::ProvisioningSettings",
                 "Client certificates are %1 but the device CA file \"%2\" is missing or not readable.")
                 .arg(toKey(clientCertificates), deviceCaPath)});
    if (clientCertificates == ClientCertificateMode::Off && !digest && !allowUnauthenticated)
        errors.append({QStringLiteral("digest"),
                       QCoreApplication::translate(
                           "PhoneDesk::ProvisioningSettings",
                           "Phones need a way to authenticate: turn on client certificates or Digest "
                           "authentication.")});
    if (idleTimeoutMs < 500 || idleTimeoutMs > 300000)
        errors.append({QStringLiteral("idleTimeoutMs"),
                       QCoreApplication::translate("PhoneDesk::ProvisioningSettings",
                                                   "Idle timeout must be between 500 and 300000 ms.")});
    if (maxConnections < 1 || maxConnectionsPerAddress < 1)
        errors.append({QStringLiteral("maxConnections"),
                       QCoreApplication::translate("PhoneDesk::ProvisioningSettings",
                                                   "Connection limits must be at least 1.")});
    if (failureBurst < 1 || failuresPerSecond <= 0)
        errors.append({QStringLiteral("failureBurst"),
                       QCoreApplication::translate("PhoneDesk::ProvisioningSettings",
                                                   "The failure budget must allow at least one failure.")});
    if (rolloutIntervalMs < 100 || rolloutIntervalMs > 3600000)
        errors.append(
            {QStringLiteral("rolloutIntervalMs"),
             QCoreApplication::translate("PhoneDesk::ProvisioningSettings",
                                         "The rollout interval must be between 100 ms and one hour.")});
    if (rolloutResyncAfterMs < 1000 || rolloutResyncAfterMs > 3600000)
        errors.append({QStringLiteral("rolloutResyncAfterMs"),
                       QCoreApplication::translate("PhoneDesk::ProvisioningSettings",
                                                   "The time after which a phone given its turn is told to "
                                                   "resync again must be between 1 s and one hour.")});
    if (quarantineCapacity < 0 || quarantineCapacity > 1000000)
        errors.append({QStringLiteral("quarantineCapacity"),
                       QCoreApplication::translate("PhoneDesk::ProvisioningSettings",
                                                   "Quarantine capacity must be between 0 and 1000000.")});
    if (quarantinePerAddress < 1 || quarantinePerAddress > 1000000)
        errors.append(
            {QStringLiteral("quarantinePerAddress"),
             QCoreApplication::translate("PhoneDesk::ProvisioningSettings",
                                         "Quarantine entries per address must be between 1 and 1000000.")});
    if (!errors.isEmpty())
        return Error::validation(errors);
    return {};
}

QString ProvisioningSettings::unauthenticatedWarning() const
{
    if (!allowUnauthenticated)
        return {};
    return QCoreApplication::translate(
        "PhoneDesk::ProvisioningSettings",
        "allowUnauthenticated is on: anyone who can reach the provisioning server and names a known "
        "phone's MAC address with its vendor's User-Agent is served that phone's configuration, "
        "including its SIP passwords and local admin password. Use it in an isolated lab only.");
}

ProvisioningSettings ProvisioningSettings::fromStorage(Storage &storage)
{
    return read([&](const QString &key, const QString &def) {
        auto v = storage.setting(QStringLiteral("provisioning.") + key, def);
        return v ? *v : def;
    });
}

ProvisioningSettings ProvisioningSettings::fromIni(QSettings &ini)
{
    ini.beginGroup(QStringLiteral("provisioning"));
    ProvisioningSettings s =
        read([&](const QString &key, const QString &def) { return ini.value(key, def).toString(); });
    ini.endGroup();
    s.enabled = true;
    return s;
}

Result<void> ProvisioningSettings::saveTo(Storage &storage) const
{
    const std::pair<const char *, QString> values[] = {
        {KeyEnabled, enabled ? QStringLiteral("true") : QStringLiteral("false")},
        {KeyAddress, address.toString()},
        {KeyPort, QString::number(port)},
        {KeyCertificate, certificatePath},
        {KeyKey, keyPath},
        {KeyDeviceCa, deviceCaPath},
        {KeyClientCertificates, toKey(clientCertificates)},
        {KeyDigest, digest ? QStringLiteral("true") : QStringLiteral("false")},
        {KeyAllowUnauthenticated, allowUnauthenticated ? QStringLiteral("true") : QStringLiteral("false")},
        {KeyIdleTimeout, QString::number(idleTimeoutMs)},
        {KeyMaxConnections, QString::number(maxConnections)},
        {KeyMaxConnectionsPerAddress, QString::number(maxConnectionsPerAddress)},
        {KeyFailureBurst, QString::number(failureBurst)},
        {KeyFailuresPerSecond, QString::number(failuresPerSecond)},
        {KeyQuarantineCapacity, QString::number(quarantineCapacity)},
        {KeyQuarantinePerAddress, QString::number(quarantinePerAddress)},
        {KeyWorkerThreads, QString::number(workerThreads)},
    };
    return storage.inTransaction([&]() -> Result<void> {
        for (const auto &[key, value] : values) {
            if (auto r = storage.setSetting(QStringLiteral("provisioning.") + QLatin1String(key), value); !r)
                return r;
        }
        return {};
    });
}

} // namespace PhoneDesk
