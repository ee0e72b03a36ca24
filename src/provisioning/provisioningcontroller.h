#pragma once

// Runs the provisioning server inside the console when the settings say so: starts it, stops it,
// and restarts it when the provisioning settings change. The GUI owns one of these.

#include "provisioningserver.h"

#include <QObject>

#include <memory>

namespace PhoneDesk {

class Storage;
struct ChangeEvent;

class ProvisioningController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvisioningController)

public:
    explicit ProvisioningController(Storage &storage, QObject *parent = nullptr);
    ~ProvisioningController() override;

    // Reads the settings from the database; starts, restarts or stops the server accordingly.
    Result<void> apply();
    void stop();

    bool isRunning() const { return m_server && m_server->isRunning(); }
    ProvisioningServer *server() const { return m_server.get(); }
    // The last start error (translated), empty when none.
    QString lastError() const { return m_lastError; }
    // Where the running server listens, e.g. "https://0.0.0.0:8443/"; empty when it is not running.
    QString listenUrl() const;

signals:
    void runningChanged(bool running);
    void errorOccurred(const QString &message);
    // Forwarded from the server: phones to resync after a configuration change (dynamic reload).
    void resyncRequested(const QList<PhoneDesk::Id> &phoneIds);

private:
    void onChange(const ChangeEvent &event);

    Storage &m_storage;
    std::unique_ptr<ProvisioningServer> m_server;
    ProvisioningSettings m_running;
    QString m_lastError;
};

} // namespace PhoneDesk
