#include "provisioningsettingswidget.h"

#include "managedsettings.h"
#include "readonlyform.h"
#include "statecolors.h"
#include "storage.h"

#include "ui_provisioningsettingswidget.h"

#include <QCheckBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHostAddress>
#include <QHostInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>

namespace PhoneDesk {

ProvisioningSettingsWidget::ProvisioningSettingsWidget(Storage &storage, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProvisioningSettingsWidget>())
    , m_storage(storage)
{
    m_ui->setupUi(this);
    m_unauthenticatedBanner = new StateLabel(MessageState::Error, this);
    m_unauthenticatedBanner->setObjectName(QStringLiteral("provisioningUnauthenticatedWarning"));
    m_unauthenticatedBanner->setBanner(true);
    m_unauthenticatedBanner->hide();
    m_errors = new StateLabel(MessageState::Error, this);
    m_errors->setObjectName(QStringLiteral("provisioningErrors"));
    m_ui->provisioningClientCertificates->addItem(tr("Not asked for (Digest only)"),
                                                  toKey(ClientCertificateMode::Off));
    m_ui->provisioningClientCertificates->addItem(tr("Optional: a valid certificate replaces Digest"),
                                                  toKey(ClientCertificateMode::Optional));
    m_ui->provisioningClientCertificates->addItem(tr("Required (mutual TLS)"),
                                                  toKey(ClientCertificateMode::Required));
    browseFor(m_ui->certificateBrowseButton, m_ui->provisioningCertificate,
              tr("Certificates (*.pem *.crt);;All files (*)"));
    browseFor(m_ui->keyBrowseButton, m_ui->provisioningKey, tr("Private keys (*.pem *.key);;All files (*)"));
    browseFor(m_ui->deviceCaBrowseButton, m_ui->provisioningDeviceCa,
              tr("Certificates (*.pem *.crt);;All files (*)"));

    // The banner sits under the box it warns about; the errors come last.
    int hintRow = -1;
    QFormLayout::ItemRole hintRole = QFormLayout::SpanningRole;
    m_ui->form->getWidgetPosition(m_ui->provisioningHint, &hintRow, &hintRole);
    m_ui->form->insertRow(hintRow, m_unauthenticatedBanner);
    m_ui->form->addRow(m_errors);
    connect(m_ui->provisioningAllowUnauthenticated, &QCheckBox::toggled, this,
            &ProvisioningSettingsWidget::updateBanner);
    // What to give the phones: the URL they need, as DHCP option 66/160 or in their own settings.
    auto updateHint = [this] {
        QString host = m_ui->provisioningAddress->text().trimmed();
        if (host.isEmpty() || QHostAddress(host).isEqual(QHostAddress::AnyIPv4) ||
            QHostAddress(host).isEqual(QHostAddress::AnyIPv6))
            host = QHostInfo::localHostName(); // listening everywhere: this computer's name
        else if (QHostAddress(host).protocol() == QAbstractSocket::IPv6Protocol)
            host = u'[' + host + u']';
        m_ui->provisioningHint->setText(
            tr("Phones fetch their files from https://%1:%2/ — give them this address as "
               "DHCP option 66 or 160, or in their provisioning server setting.")
                .arg(host)
                .arg(m_ui->provisioningPort->value()));
    };
    connect(m_ui->provisioningAddress, &QLineEdit::textChanged, this, updateHint);
    connect(m_ui->provisioningPort, &QSpinBox::valueChanged, this, updateHint);
    if (!ManagedSettings::load().provisioningServerAllowed()) {
        m_serverLocked = true;
        m_ui->provisioningEnabled->setEnabled(false);
        m_ui->provisioningEnabled->setText(tr("Run the provisioning server in this console (%1: not allowed)")
                                               .arg(ManagedSettings::managedText()));
    }
    load();
    updateHint();
    // Shown, selectable and unchangeable for everyone but administrators.
    ReadOnlyForm::applyUnlessAllowed(this, storage.role(), Permission::Administer);
}

ProvisioningSettingsWidget::~ProvisioningSettingsWidget() = default;

void ProvisioningSettingsWidget::browseFor(QPushButton *browse, QLineEdit *edit, const QString &filter)
{
    connect(browse, &QPushButton::clicked, this, [this, edit, filter] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose a file"), edit->text(), filter);
        if (!file.isEmpty())
            edit->setText(file);
    });
}

void ProvisioningSettingsWidget::load()
{
    setSettings(ProvisioningSettings::fromStorage(m_storage));
}

void ProvisioningSettingsWidget::setSettings(const ProvisioningSettings &s)
{
    m_loaded = s;
    m_ui->provisioningEnabled->setChecked(s.enabled && !m_serverLocked);
    m_ui->provisioningAddress->setText(s.address.toString());
    m_ui->provisioningPort->setValue(s.port == 0 ? 8443 : s.port);
    m_ui->provisioningCertificate->setText(s.certificatePath);
    m_ui->provisioningKey->setText(s.keyPath);
    m_ui->provisioningDeviceCa->setText(s.deviceCaPath);
    m_ui->provisioningClientCertificates->setCurrentIndex(
        m_ui->provisioningClientCertificates->findData(toKey(s.clientCertificates)));
    m_ui->provisioningDigest->setChecked(s.digest);
    m_ui->provisioningAllowUnauthenticated->setChecked(s.allowUnauthenticated);
    updateBanner();
    m_errors->clear();
}

void ProvisioningSettingsWidget::updateBanner()
{
    // The warning of the settings themselves (as the server logs it), shown while the box is ticked,
    // saved or not.
    ProvisioningSettings s;
    s.allowUnauthenticated = m_ui->provisioningAllowUnauthenticated->isChecked();
    m_unauthenticatedBanner->setText(s.unauthenticatedWarning());
    m_unauthenticatedBanner->setVisible(s.allowUnauthenticated);
}

ProvisioningSettings ProvisioningSettingsWidget::settings() const
{
    ProvisioningSettings s = m_loaded; // limits not on this page stay as they are
    s.enabled = m_serverLocked ? m_loaded.enabled
                               : m_ui->provisioningEnabled->isChecked(); // shared: others' choice stays
    s.address = QHostAddress(m_ui->provisioningAddress->text().trimmed());
    s.port = quint16(m_ui->provisioningPort->value());
    s.certificatePath = m_ui->provisioningCertificate->text().trimmed();
    s.keyPath = m_ui->provisioningKey->text().trimmed();
    s.deviceCaPath = m_ui->provisioningDeviceCa->text().trimmed();
    s.clientCertificates =
        clientCertificateModeFromKey(m_ui->provisioningClientCertificates->currentData().toString())
            .value_or(ClientCertificateMode::Optional);
    s.digest = m_ui->provisioningDigest->isChecked();
    s.allowUnauthenticated = m_ui->provisioningAllowUnauthenticated->isChecked();
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
