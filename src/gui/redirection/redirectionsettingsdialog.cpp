#include "redirectionsettingsdialog.h"

#include "changefeed.h"
#include "messagebox.h"
#include "readonlyform.h"
#include "redirectionconsolesettings.h"
#include "redirectioncontrol.h"
#include "redirectionrepository.h"
#include "redirectionsettings.h"
#include "storage.h"

#include "ui_redirectionsettingsdialog.h"

#include <QFileDialog>
#include <QPushButton>

namespace PhoneDesk {

RedirectionSettingsDialog::RedirectionSettingsDialog(Storage &storage, RedirectionControl *control,
                                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RedirectionSettingsDialog>())
    , m_storage(storage)
    , m_control(control)
{
    m_ui->setupUi(this);
    m_ui->noticeLabel->setVisible(false);
    connect(m_ui->polyTestButton, &QPushButton::clicked, this,
            [this] { test(QString::fromLatin1(PolyZtpServiceId)); });
    connect(m_ui->yealinkTestButton, &QPushButton::clicked, this,
            [this] { test(QString::fromLatin1(YealinkRpsServiceId)); });
    connect(m_ui->caBrowseButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose a file"), m_ui->caEdit->text(),
                                                          tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_ui->caEdit->setText(file);
    });
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] {
        if (m_control)
            m_control->retryFailed();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RedirectionSettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The counts follow the worker (here, or a server's through the database), a second apart.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(1000);
    connect(&m_refresh, &QTimer::timeout, this, &RedirectionSettingsDialog::refreshStatus);
    connect(ChangeFeed::instance(), &ChangeFeed::changed, this, &RedirectionSettingsDialog::onChanged);
    if (m_control)
        connect(m_control, &RedirectionControl::statusChanged, this, [this] {
            if (!m_refresh.isActive())
                m_refresh.start();
        });
    load();
    refreshStatus();
    if (!m_control) {
        m_ui->noticeLabel->setState(MessageState::Warning);
        m_ui->noticeLabel->setText(
            m_storage.isPostgres()
                ? tr("In this team database phonedesk-server registers the phones. Its keys are in its "
                     "environment file (/etc/phonedesk/phonedesk-server.env), its addresses in [redirection] "
                     "of phonedesk-server.conf; see docs/redirection.md. The settings here are not used.")
                : tr("This console registers no phones now (the demo, or a role that may not control "
                     "phones). The settings here are used when it does."));
        m_ui->noticeLabel->setVisible(true);
        m_ui->retryButton->setEnabled(false);
    }
    // The keys are the organisation's: only Administrators see and change them.
    if (ReadOnlyForm::applyUnlessAllowed(this, m_storage.role(), Permission::Administer)) {
        m_ui->polyKeyEdit->clear();
        m_ui->yealinkSecretEdit->clear();
    }
}

RedirectionSettingsDialog::~RedirectionSettingsDialog() = default;

void RedirectionSettingsDialog::load()
{
    QString warning;
    const RedirectionConsoleSettings::Stored stored = RedirectionConsoleSettings::load(&warning);
    for (const RedirectionServiceConfig &c : stored.services) {
        const QString url = c.baseUrl.toString();
        if (c.service == QLatin1String(PolyZtpServiceId)) {
            m_ui->polyEnabled->setChecked(c.enabled);
            m_ui->polyKeyEdit->setText(c.key);
            m_ui->polyUrlEdit->setText(url);
        } else if (c.service == QLatin1String(YealinkRpsServiceId)) {
            m_ui->yealinkEnabled->setChecked(c.enabled);
            m_ui->yealinkKeyIdEdit->setText(c.key);
            m_ui->yealinkSecretEdit->setText(c.secret);
            m_ui->yealinkUrlEdit->setText(url);
        }
    }
    m_ui->caEdit->setText(stored.caCertificatesPath);
    if (!warning.isEmpty()) {
        m_ui->noticeLabel->setState(MessageState::Warning);
        m_ui->noticeLabel->setText(warning);
        m_ui->noticeLabel->setVisible(true);
    }
}

Result<QList<RedirectionServiceConfig>> RedirectionSettingsDialog::servicesFromFields() const
{
    auto certificates = RedirectionSettings::loadCaCertificates(m_ui->caEdit->text().trimmed());
    if (!certificates)
        return certificates.error();
    auto polyUrl = RedirectionSettings::parseBaseUrl(m_ui->polyUrlEdit->text(), tr("Poly address"));
    if (!polyUrl)
        return polyUrl.error();
    auto yealinkUrl = RedirectionSettings::parseBaseUrl(m_ui->yealinkUrlEdit->text(), tr("Yealink address"));
    if (!yealinkUrl)
        return yealinkUrl.error();
    RedirectionServiceConfig poly;
    poly.service = QString::fromLatin1(PolyZtpServiceId);
    poly.enabled = m_ui->polyEnabled->isChecked();
    poly.key = m_ui->polyKeyEdit->text().trimmed();
    poly.baseUrl = *polyUrl;
    poly.caCertificates = *certificates;
    RedirectionServiceConfig yealink;
    yealink.service = QString::fromLatin1(YealinkRpsServiceId);
    yealink.enabled = m_ui->yealinkEnabled->isChecked();
    yealink.key = m_ui->yealinkKeyIdEdit->text().trimmed();
    yealink.secret = m_ui->yealinkSecretEdit->text().trimmed();
    yealink.baseUrl = *yealinkUrl;
    yealink.caCertificates = *certificates;
    if (poly.enabled && poly.key.isEmpty())
        return Error::validation({{QStringLiteral("polyKey"),
                                   tr("API key: Poly ZTP needs the API key of your ZTP "
                                      "account to register phones.")}});
    if (yealink.enabled && (yealink.key.isEmpty() || yealink.secret.isEmpty()))
        return Error::validation({{QStringLiteral("yealinkKey"),
                                   tr("AccessKey: Yealink RPS needs the AccessKey ID "
                                      "and its secret (YMCS → System → Integration → "
                                      "API).")}});
    return QList<RedirectionServiceConfig> {poly, yealink};
}

bool RedirectionSettingsDialog::save()
{
    auto services = servicesFromFields();
    if (!services) {
        MessageBox::warning(this, windowTitle(), services.error().fullText());
        return false;
    }
    RedirectionConsoleSettings::Stored stored;
    stored.services = *services;
    stored.caCertificatesPath = m_ui->caEdit->text().trimmed();
    QString warning;
    if (!RedirectionConsoleSettings::save(stored, &warning))
        MessageBox::warning(this, windowTitle(), warning);
    if (m_control)
        m_control->setServices(*services);
    return true;
}

void RedirectionSettingsDialog::accept()
{
    if (ReadOnlyForm::isReadOnly(this) || save())
        QDialog::accept();
}

void RedirectionSettingsDialog::test(const QString &service)
{
    const bool poly = service == QLatin1String(PolyZtpServiceId);
    StateLabel *result = poly ? m_ui->polyTestResult : m_ui->yealinkTestResult;
    auto services = servicesFromFields();
    RedirectionServiceConfig config;
    if (services) {
        for (const RedirectionServiceConfig &c : *services) {
            if (c.service == service)
                config = c;
        }
    }
    config.enabled = true; // tried whether it is on or not
    if (!services || !config.configured()) {
        result->setState(MessageState::Error);
        result->setText(!services ? services.error().fullText() : tr("Enter the key first."));
        return;
    }
    result->setState(MessageState::Help);
    result->setText(tr("Asking %1…").arg(redirectionServiceName(service)));
    m_tester = RedirectionServices::create(config);
    m_tester->testConnection([this, result](const Result<QString> &answer) {
        result->setState(answer ? MessageState::Success : MessageState::Error);
        result->setText(answer ? *answer : answer.error().fullText());
        m_tester.release()->deleteLater(); // from inside its own callback
    });
}

void RedirectionSettingsDialog::onChanged(const ChangeEvent &event)
{
    if (event.entity == ChangeEvent::Entity::Redirection && !m_refresh.isActive())
        m_refresh.start();
}

void RedirectionSettingsDialog::refreshStatus()
{
    auto counts = RedirectionRepository(m_storage).counts();
    for (const QString &service : RedirectionServices::all()) {
        QLabel *label = service == QLatin1String(PolyZtpServiceId) ? m_ui->polyStatus : m_ui->yealinkStatus;
        if (!counts) {
            label->setText(counts.error().fullText());
            continue;
        }
        const QHash<RedirectionState, int> n = counts->value(service);
        QString text =
            tr("Phones: %1 registered, %2 waiting, %3 failed, %4 not sent (not set up), %5 to remove.")
                .arg(n.value(RedirectionState::Registered))
                .arg(n.value(RedirectionState::Pending))
                .arg(n.value(RedirectionState::Failed))
                .arg(n.value(RedirectionState::NotConfigured))
                .arg(n.value(RedirectionState::Removing));
        if (m_control && !m_control->status(service).isEmpty())
            text += u'\n' + m_control->status(service);
        label->setText(text);
    }
}

} // namespace PhoneDesk
