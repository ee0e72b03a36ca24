#include "provisioningsettingswidget.h"

#include "managedsettings.h"
#include "readonlyform.h"
#include "statecolors.h"
#include "storage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QHostInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>

namespace PhoneDesk {

ProvisioningSettingsWidget::ProvisioningSettingsWidget(Storage &storage, QWidget *parent)
    : QWidget(parent)
    , m_storage(storage)
    , m_enabled(new QCheckBox(tr("Run the provisioning server in this console"), this))
    , m_address(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_certificate(pathEdit(QStringLiteral("provisioningCertificate"),
                             tr("Certificates (*.pem *.crt);;All files (*)")))
    , m_key(pathEdit(QStringLiteral("provisioningKey"), tr("Private keys (*.pem *.key);;All files (*)")))
    , m_deviceCa(
          pathEdit(QStringLiteral("provisioningDeviceCa"), tr("Certificates (*.pem *.crt);;All files (*)")))
    , m_clientCertificates(new QComboBox(this))
    , m_digest(new QCheckBox(tr("Accept HTTP Digest with each phone's own secret"), this))
    , m_allowUnauthenticated(
          new QCheckBox(tr("Serve known phones without authentication (isolated lab only)"), this))
    , m_unauthenticatedBanner(new StateLabel(MessageState::Error, this))
    , m_errors(new StateLabel(MessageState::Error, this))
{
    setObjectName(QStringLiteral("provisioningSettings"));
    m_enabled->setObjectName(QStringLiteral("provisioningEnabled"));
    m_address->setObjectName(QStringLiteral("provisioningAddress"));
    m_port->setObjectName(QStringLiteral("provisioningPort"));
    m_clientCertificates->setObjectName(QStringLiteral("provisioningClientCertificates"));
    m_digest->setObjectName(QStringLiteral("provisioningDigest"));
    m_allowUnauthenticated->setObjectName(QStringLiteral("provisioningAllowUnauthenticated"));
    m_unauthenticatedBanner->setObjectName(QStringLiteral("provisioningUnauthenticatedWarning"));
    m_unauthenticatedBanner->setBanner(true);
    m_unauthenticatedBanner->hide();
    m_port->setRange(1, 65535);
    m_clientCertificates->addItem(tr("Not asked for (Digest only)"), toKey(ClientCertificateMode::Off));
    m_clientCertificates->addItem(tr("Optional: a valid certificate replaces Digest"),
                                  toKey(ClientCertificateMode::Optional));
    m_clientCertificates->addItem(tr("Required (mutual TLS)"), toKey(ClientCertificateMode::Required));
    m_errors->setObjectName(QStringLiteral("provisioningErrors"));

    auto *form = new QFormLayout(this);
    form->addRow(m_enabled);
    form->addRow(tr("Listen &address:"), m_address);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("Server &certificate:"), m_certificate->parentWidget());
    form->addRow(tr("Private &key:"), m_key->parentWidget());
    form->addRow(tr("&Device CA:"), m_deviceCa->parentWidget());
    form->addRow(tr("Client c&ertificates:"), m_clientCertificates);
    form->addRow(m_digest);
    form->addRow(m_allowUnauthenticated);
    form->addRow(m_unauthenticatedBanner);
    connect(m_allowUnauthenticated, &QCheckBox::toggled, this, &ProvisioningSettingsWidget::updateBanner);
    // What to give the phones: the URL they need, as DHCP option 66/160 or in their own settings.
    auto *hint = new QLabel(this);
    hint->setObjectName(QStringLiteral("provisioningHint"));
    hint->setWordWrap(true);
    hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto updateHint = [this, hint] {
        QString host = m_address->text().trimmed();
        if (host.isEmpty() || QHostAddress(host).isEqual(QHostAddress::AnyIPv4) ||
            QHostAddress(host).isEqual(QHostAddress::AnyIPv6))
            host = QHostInfo::localHostName(); // listening everywhere: this computer's name
        else if (QHostAddress(host).protocol() == QAbstractSocket::IPv6Protocol)
            host = u'[' + host + u']';
        hint->setText(tr("Phones fetch their files from https://%1:%2/ — give them this address as "
                         "DHCP option 66 or 160, or in their provisioning server setting.")
                          .arg(host)
                          .arg(m_port->value()));
    };
    connect(m_address, &QLineEdit::textChanged, this, updateHint);
    connect(m_port, &QSpinBox::valueChanged, this, updateHint);
    form->addRow(hint);
    form->addRow(m_errors);
    if (!ManagedSettings::load().provisioningServerAllowed()) {
        m_serverLocked = true;
        m_enabled->setEnabled(false);
        m_enabled->setText(tr("Run the provisioning server in this console (%1: not allowed)")
                               .arg(ManagedSettings::managedText()));
    }
    load();
    updateHint();
    // Shown, selectable and unchangeable for everyone but administrators.
    ReadOnlyForm::applyUnlessAllowed(this, storage.role(), Permission::Administer);
}

QLineEdit *ProvisioningSettingsWidget::pathEdit(const QString &objectName, const QString &filter)
{
    auto *row = new QWidget(this);
    auto *edit = new QLineEdit(row);
    edit->setObjectName(objectName);
    auto *browse = new QPushButton(tr("Browse…"), row);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this, edit, filter] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose a file"), edit->text(), filter);
        if (!file.isEmpty())
            edit->setText(file);
    });
    return edit;
}

void ProvisioningSettingsWidget::load()
{
    setSettings(ProvisioningSettings::fromStorage(m_storage));
}

void ProvisioningSettingsWidget::setSettings(const ProvisioningSettings &s)
{
    m_loaded = s;
    m_enabled->setChecked(s.enabled && !m_serverLocked);
    m_address->setText(s.address.toString());
    m_port->setValue(s.port == 0 ? 8443 : s.port);
    m_certificate->setText(s.certificatePath);
    m_key->setText(s.keyPath);
    m_deviceCa->setText(s.deviceCaPath);
    m_clientCertificates->setCurrentIndex(m_clientCertificates->findData(toKey(s.clientCertificates)));
    m_digest->setChecked(s.digest);
    m_allowUnauthenticated->setChecked(s.allowUnauthenticated);
    updateBanner();
    m_errors->clear();
}

void ProvisioningSettingsWidget::updateBanner()
{
    // The warning of the settings themselves (as the server logs it), shown while the box is ticked,
    // saved or not.
    ProvisioningSettings s;
    s.allowUnauthenticated = m_allowUnauthenticated->isChecked();
    m_unauthenticatedBanner->setText(s.unauthenticatedWarning());
    m_unauthenticatedBanner->setVisible(s.allowUnauthenticated);
}

ProvisioningSettings ProvisioningSettingsWidget::settings() const
{
    ProvisioningSettings s = m_loaded; // limits not on this page stay as they are
    s.enabled = m_serverLocked ? m_loaded.enabled : m_enabled->isChecked(); // shared: others' choice stays
    s.address = QHostAddress(m_address->text().trimmed());
    s.port = quint16(m_port->value());
    s.certificatePath = m_certificate->text().trimmed();
    s.keyPath = m_key->text().trimmed();
    s.deviceCaPath = m_deviceCa->text().trimmed();
    s.clientCertificates = clientCertificateModeFromKey(m_clientCertificates->currentData().toString())
                               .value_or(ClientCertificateMode::Optional);
    s.digest = m_digest->isChecked();
    s.allowUnauthenticated = m_allowUnauthenticated->isChecked();
    return s;
}

QString ProvisioningSettingsWidget::errorText() const
{
    return m_errors->text();
}

bool ProvisioningSettingsWidget::save()
{
    if (ReadOnlyForm::isReadOnly(this))
        return false;
    const ProvisioningSettings s = settings();
    // A disabled server may be saved half configured; an enabled one must be able to start.
    if (s.enabled) {
        if (auto valid = s.validate(); !valid) {
            m_errors->setText(valid.error().fullText());
            return false;
        }
    }
    if (auto r = s.saveTo(m_storage); !r) {
        m_errors->setText(r.error().fullText());
        return false;
    }
    m_loaded = s;
    m_errors->clear();
    emit saved();
    return true;
}

} // namespace PhoneDesk
