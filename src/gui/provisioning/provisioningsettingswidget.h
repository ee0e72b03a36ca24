#pragma once

// Settings page for the in-process provisioning server: on/off (off by default), listen address
// and port, certificate and key files, device CA, client-certificate mode, Digest, and serving
// without authentication (lab only, with a red warning banner while it is on).

#include "provisioningsettings.h"

#include <QWidget>

#include <memory>

class QLineEdit;
class QPushButton;

namespace PhoneDesk {

class StateLabel;
class Storage;

namespace Ui {
class ProvisioningSettingsWidget;
} // namespace Ui

class ProvisioningSettingsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvisioningSettingsWidget)

public:
    explicit ProvisioningSettingsWidget(Storage &storage, QWidget *parent = nullptr);
    ~ProvisioningSettingsWidget() override;

    void load();
    // Validates (errors shown next to the form, naming the field) and saves. Needs Administrator.
    bool save();

    ProvisioningSettings settings() const;
    void setSettings(const ProvisioningSettings &settings);
    QString errorText() const;

signals:
    void saved();

private:
    // `browse` opens a file dialog that puts the chosen file (of `filter`) into `edit`.
    void browseFor(QPushButton *browse, QLineEdit *edit, const QString &filter);
    void updateBanner();

    std::unique_ptr<Ui::ProvisioningSettingsWidget> m_ui;
    Storage &m_storage;
    ProvisioningSettings m_loaded;
    StateLabel *m_unauthenticatedBanner = nullptr;
    StateLabel *m_errors = nullptr;
    bool m_serverLocked = false; // ManagedSettings: the server may not be enabled in this console
};

} // namespace PhoneDesk
