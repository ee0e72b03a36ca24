#include "sitedialog.h"

#include "formui.h"
#include "messagebox.h"
#include "readonlyform.h"
#include "saveconflict.h"
#include "siterepository.h"
#include "statecolors.h"
#include "storage.h"
#include "userrepository.h"
#include "validation.h"

#include "ui_sitedialog.h"
#include "ui_userdialog.h"

#include <QCoreApplication>
#include <QPushButton>
#include <QTimeZone>

namespace PhoneDesk {

namespace {
QLabel *otherErrorsLabel(QWidget *parent)
{
    auto *label = new StateLabel(MessageState::Error, parent);
    label->setObjectName(QStringLiteral("otherErrors"));
    label->setVisible(false);
    return label;
}
} // namespace

SiteDialog::SiteDialog(Storage &storage, Site site, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SiteDialog>())
    , m_storage(storage)
    , m_site(std::move(site))
{
    m_ui->setupUi(this);
    setWindowTitle(m_site.id ? tr("Edit Site") : tr("New Site"));

    m_ui->mediaCombo->addItem(displayName(MediaModel::Cloud), int(MediaModel::Cloud));
    m_ui->mediaCombo->addItem(displayName(MediaModel::Premises), int(MediaModel::Premises));
    m_primary = {m_ui->primarySipHostEdit, m_ui->primarySipPortSpin, m_ui->primarySipTransportCombo};
    m_secondary = {m_ui->secondarySipHostEdit, m_ui->secondarySipPortSpin, m_ui->secondarySipTransportCombo};
    for (const ServerFields &fields : {m_primary, m_secondary}) {
        fields.transport->addItem(QStringLiteral("TLS"), int(SipTransport::Tls));
        fields.transport->addItem(QStringLiteral("TCP"), int(SipTransport::Tcp));
        fields.transport->addItem(QStringLiteral("UDP"), int(SipTransport::Udp));
    }
    m_ui->timeZoneCombo->addItem(QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_ui->timeZoneCombo->addItem(QString::fromLatin1(id));
    showSite(m_site);

    const std::pair<QWidget *, QString> checked[] = {
        {m_ui->nameEdit, QStringLiteral("name")},
        {m_ui->descriptionEdit, QStringLiteral("description")},
        {m_ui->primarySipRow, QStringLiteral("primarySip")},
        {m_ui->secondarySipRow, QStringLiteral("secondarySip")},
        {m_ui->provisioningHostEdit, QStringLiteral("provisioningHost")},
        {m_ui->timeZoneCombo, QStringLiteral("timeZone")},
        {m_ui->e911Edit, QStringLiteral("e911Location")},
        {m_ui->numberPlanEdit, QStringLiteral("numberPlan")},
    };
    for (const auto &[editor, field] : checked)
        FormUi::wrapWithErrors(m_errors, m_ui->form, editor, field);
    m_otherErrors = otherErrorsLabel(this);
    m_ui->dialogLayout->insertWidget(m_ui->dialogLayout->indexOf(m_ui->buttonBox), m_otherErrors);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SiteDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SiteDialog::reject);

    for (QLineEdit *e :
         {m_ui->nameEdit, m_primary.host, m_secondary.host, m_ui->provisioningHostEdit, m_ui->e911Edit})
        connect(e, &QLineEdit::textChanged, this, &SiteDialog::validate);
    for (QPlainTextEdit *e : {m_ui->descriptionEdit, m_ui->numberPlanEdit})
        connect(e, &QPlainTextEdit::textChanged, this, &SiteDialog::validate);
    for (QSpinBox *s : {m_primary.port, m_secondary.port})
        connect(s, &QSpinBox::valueChanged, this, &SiteDialog::validate);
    for (QComboBox *c : {m_ui->mediaCombo, m_primary.transport, m_secondary.transport})
        connect(c, &QComboBox::currentIndexChanged, this, &SiteDialog::validate);
    connect(m_ui->timeZoneCombo, &QComboBox::currentTextChanged, this, &SiteDialog::validate);
    validate();
    ReadOnlyForm::applyUnlessAllowed(this, m_storage.role(), Permission::Administer);
}

SiteDialog::~SiteDialog() = default;

void SiteDialog::showSite(const Site &site)
{
    m_ui->nameEdit->setText(site.name);
    m_ui->descriptionEdit->setPlainText(site.description);
    m_ui->mediaCombo->setCurrentIndex(m_ui->mediaCombo->findData(int(site.mediaModel)));
    showServer(m_primary, site.primarySip);
    showServer(m_secondary, site.secondarySip);
    m_ui->provisioningHostEdit->setText(site.provisioningHost);
    m_ui->timeZoneCombo->setCurrentText(site.timeZone);
    m_ui->e911Edit->setText(site.e911Location);
    m_ui->numberPlanEdit->setPlainText(site.numberPlan);
}

void SiteDialog::showServer(const ServerFields &fields, const SipServer &server)
{
    fields.host->setText(server.host);
    fields.port->setValue(server.port);
    fields.transport->setCurrentIndex(fields.transport->findData(int(server.transport)));
}

Site SiteDialog::siteFromFields() const
{
    Site site = m_site;
    site.name = m_ui->nameEdit->text().trimmed();
    site.description = m_ui->descriptionEdit->toPlainText();
    site.mediaModel = MediaModel(m_ui->mediaCombo->currentData().toInt());
    auto server = [](const ServerFields &f) {
        return SipServer {f.host->text().trimmed(), quint16(f.port->value()),
                          SipTransport(f.transport->currentData().toInt())};
    };
    site.primarySip = server(m_primary);
    site.secondarySip = server(m_secondary);
    site.provisioningHost = m_ui->provisioningHostEdit->text().trimmed();
    site.timeZone = m_ui->timeZoneCombo->currentText().trimmed();
    site.e911Location = m_ui->e911Edit->text().trimmed();
    site.numberPlan = m_ui->numberPlanEdit->toPlainText();
    return site;
}

void SiteDialog::validate()
{
    const FieldErrors errors = Validation::validateSite(siteFromFields());
    const QStringList rest = m_errors.show(errors);
    m_otherErrors->setText(rest.join(u'\n'));
    m_otherErrors->setVisible(!rest.isEmpty());
    if (QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok)) // none when read-only
        ok->setEnabled(errors.isEmpty());
}

void SiteDialog::accept()
{
    if (ReadOnlyForm::isReadOnly(this))
        return;
    Site site = siteFromFields();
    if (!Validation::validateSite(site).isEmpty())
        return;
    const SaveConflict::Subject subject {
        tr("Site Changed Meanwhile"),
        [&site](const QString &who) {
            return tr("Site \"%1\" was changed%2 while you were editing it.").arg(site.name, who);
        },
        QStringLiteral("site")};
    const auto outcome = SaveConflict::save(
        this, m_storage, subject, site,
        [this](const Site &s) { return s.id ? m_storage.sites().update(s) : m_storage.sites().create(s); },
        [this](Id id) { return m_storage.sites().get(id); });
    if (outcome == SaveConflict::Outcome::NotSaved)
        return;
    m_site = site;
    if (outcome == SaveConflict::Outcome::Reloaded)
        showSite(m_site);
    else
        QDialog::accept();
}

UserDialog::UserDialog(Storage &storage, User user, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UserDialog>())
    , m_storage(storage)
    , m_user(std::move(user))
{
    m_ui->setupUi(this);
    setWindowTitle(m_user.id ? tr("Edit User") : tr("New User"));
    showUser(m_user);
    FormUi::wrapWithErrors(m_errors, m_ui->form, m_ui->nameEdit, QStringLiteral("name"));
    FormUi::wrapWithErrors(m_errors, m_ui->form, m_ui->emailEdit, QStringLiteral("email"));
    FormUi::wrapWithErrors(m_errors, m_ui->form, m_ui->extensionEdit, QStringLiteral("extension"));
    m_otherErrors = otherErrorsLabel(this);
    m_ui->dialogLayout->insertWidget(m_ui->dialogLayout->indexOf(m_ui->buttonBox), m_otherErrors);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &UserDialog::reject);
    for (QLineEdit *e : {m_ui->nameEdit, m_ui->emailEdit, m_ui->extensionEdit})
        connect(e, &QLineEdit::textChanged, this, &UserDialog::validate);
    validate();
    ReadOnlyForm::applyUnlessAllowed(this, m_storage.role(), Permission::Administer);
}

UserDialog::~UserDialog() = default;

void UserDialog::showUser(const User &user)
{
    m_ui->nameEdit->setText(user.name);
    m_ui->emailEdit->setText(user.email);
    m_ui->extensionEdit->setText(user.extension);
}

User UserDialog::userFromFields() const
{
    User user = m_user;
    user.name = m_ui->nameEdit->text().trimmed();
    user.email = m_ui->emailEdit->text().trimmed();
    user.extension = m_ui->extensionEdit->text().trimmed();
    return user;
}

void UserDialog::validate()
{
    const FieldErrors errors = Validation::validateUser(userFromFields());
    const QStringList rest = m_errors.show(errors);
    m_otherErrors->setText(rest.join(u'\n'));
    m_otherErrors->setVisible(!rest.isEmpty());
    if (QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok)) // none when read-only
        ok->setEnabled(errors.isEmpty());
}

void UserDialog::accept()
{
    if (ReadOnlyForm::isReadOnly(this))
        return;
    User user = userFromFields();
    if (!Validation::validateUser(user).isEmpty())
        return;
    const SaveConflict::Subject subject {
        tr("User Changed Meanwhile"),
        [&user](const QString &who) {
            return tr("User \"%1\" was changed%2 while you were editing it.").arg(user.name, who);
        },
        QStringLiteral("user")};
    const auto outcome = SaveConflict::save(
        this, m_storage, subject, user,
        [this](const User &u) { return u.id ? m_storage.users().update(u) : m_storage.users().create(u); },
        [this](Id id) { return m_storage.users().get(id); });
    if (outcome == SaveConflict::Outcome::NotSaved)
        return;
    m_user = user;
    if (outcome == SaveConflict::Outcome::Reloaded)
        showUser(m_user);
    else
        QDialog::accept();
}

} // namespace PhoneDesk
