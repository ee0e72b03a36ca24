#pragma once

// Settings page for the in-process provisioning server: on/off (off by default), listen address
// and port, certificate and key files, device CA, client-certificate mode, Digest, and serving
// without authentication (lab only, with a red warning banner while it is on).

#include "provisioningsettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace PhoneDesk {

class StateLabel;

class Storage;

class ProvisioningSettingsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvisioningSettingsWidget)

public:
    explicit ProvisioningSettingsWidget(Storage &storage, QWidget *parent = nullptr);

    void load();
    // Validates (errors shown next to the form, naming the field) and saves. Needs Administrator.
    bool save();

    ProvisioningSettings settings() const;
    void setSettings(const ProvisioningSettings &settings);
    QString errorText() const;

signals:
    void saved();

private:
    QLineEdit *pathEdit(const QString &objectName, const QString &filter);
    void updateBanner();

    Storage &m_storage;
    ProvisioningSettings m_loaded;
    QCheckBox *m_enabled;
    QLineEdit *m_address;
    QSpinBox *m_port;
    QLineEdit *m_certificate;
    QLineEdit *m_key;
    QLineEdit *m_deviceCa;
    QComboBox *m_clientCertificates;
    QCheckBox *m_digest;
    QCheckBox *m_allowUnauthenticated;
    StateLabel *m_unauthenticatedBanner;
    StateLabel *m_errors;
    bool m_serverLocked = false; // ManagedSettings: the server may not be enabled in this console
};

} // namespace PhoneDesk
