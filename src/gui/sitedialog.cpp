#include "sitedialog.h"

#include "messagebox.h"
#include "readonlyform.h"
#include "siterepository.h"
#include "statecolors.h"
#include "storage.h"
#include "userrepository.h"
#include "validation.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace PhoneDesk {

namespace {
QLabel *otherErrorsLabel(QWidget *parent)
{
    auto *label = new StateLabel(MessageState::Error, parent);
    label->setObjectName(QStringLiteral("otherErrors"));
    label->setVisible(false);
    return label;
}

// Saves with optimistic concurrency; a conflict offers to overwrite the other change.
template<typename T, typename Save, typename Get>
bool saveWithConflict(QWidget *parent, Storage &storage, const QString &what, T &record, Save save, Get get)
{
    for (;;) {
        auto saved = save(record);
        if (saved) {
            record = *saved;
            return true;
        }
        if (saved.error().code != Error::Code::Conflict) {
            MessageBox::saveFailed(parent, storage, saved.error());
            return false;
        }
        const int choice = MessageBox::choose(
            parent, QMessageBox::Warning, parent->windowTitle(),
            QCoreApplication::translate(
                "PhoneDesk::SiteDialog",
                "%1 was changed elsewhere while you were editing it. Overwrite it with your "
                "version, or cancel and keep editing?")
                .arg(what),
            {QCoreApplication::translate("PhoneDesk::SiteDialog", "&Overwrite"),
             QCoreApplication::translate("PhoneDesk::SiteDialog", "Cancel")},
            1, 1);
        if (choice != 0)
            return false;
        auto fresh = get(record.id);
        if (!fresh) {
            MessageBox::warning(parent, parent->windowTitle(), fresh.error().fullText());
            return false;
        }
        record.version = fresh->version;
    }
}
} // namespace

SiteDialog::SiteDialog(Storage &storage, Site site, QWidget *parent)
    : QDialog(parent)
    , m_storage(storage)
    , m_site(std::move(site))
{
    setObjectName(QStringLiteral("siteDialog"));
    setWindowTitle(m_site.id ? tr("Edit Site") : tr("New Site"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_name = new QLineEdit(m_site.name, this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    form->addRow(tr("&Name:"), m_errors.wrap(m_name, QStringLiteral("name")));
    m_description = new QPlainTextEdit(m_site.description, this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setMaximumHeight(50);
    form->addRow(tr("&Description:"), m_errors.wrap(m_description, QStringLiteral("description")));
    m_media = new QComboBox(this);
    m_media->setObjectName(QStringLiteral("mediaCombo"));
    m_media->addItem(displayName(MediaModel::Cloud), int(MediaModel::Cloud));
    m_media->addItem(displayName(MediaModel::Premises), int(MediaModel::Premises));
    m_media->setCurrentIndex(m_media->findData(int(m_site.mediaModel)));
    form->addRow(tr("&Media:"), m_media);

    auto serverRow = [&](const QString &prefix, const SipServer &server, const QString &label) {
        ServerFields f = makeServer(prefix);
        f.host->setText(server.host);
        f.port->setValue(server.port);
        f.transport->setCurrentIndex(f.transport->findData(int(server.transport)));
        auto *row = new QWidget(this);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(f.host, 1);
        h->addWidget(f.port);
        h->addWidget(f.transport);
        f.host->setParent(row);
        f.port->setParent(row);
        f.transport->setParent(row);
        form->addRow(label, m_errors.wrap(row, prefix));
        return f;
    };
    m_primary = serverRow(QStringLiteral("primarySip"), m_site.primarySip, tr("&Primary SIP server:"));
    m_secondary =
        serverRow(QStringLiteral("secondarySip"), m_site.secondarySip, tr("S&econdary SIP server:"));

    m_provisioningHost = new QLineEdit(m_site.provisioningHost, this);
    m_provisioningHost->setObjectName(QStringLiteral("provisioningHostEdit"));
    m_provisioningHost->setPlaceholderText(tr("provisioning.example.com:8443"));
    form->addRow(tr("Pro&visioning host:"),
                 m_errors.wrap(m_provisioningHost, QStringLiteral("provisioningHost")));
    m_timeZone = new QComboBox(this);
    m_timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_timeZone->setEditable(true);
    m_timeZone->addItem(QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(id));
    m_timeZone->setCurrentText(m_site.timeZone);
    form->addRow(tr("&Time zone:"), m_errors.wrap(m_timeZone, QStringLiteral("timeZone")));
    m_e911 = new QLineEdit(m_site.e911Location, this);
    m_e911->setObjectName(QStringLiteral("e911Edit"));
    form->addRow(tr("E&911 location:"), m_errors.wrap(m_e911, QStringLiteral("e911Location")));
    m_numberPlan = new QPlainTextEdit(m_site.numberPlan, this);
    m_numberPlan->setObjectName(QStringLiteral("numberPlanEdit"));
    m_numberPlan->setMaximumHeight(60);
    form->addRow(tr("N&umber plan:"), m_errors.wrap(m_numberPlan, QStringLiteral("numberPlan")));

    m_otherErrors = otherErrorsLabel(this);
    layout->addWidget(m_otherErrors);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SiteDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SiteDialog::reject);

    for (QLineEdit *e : {m_name, m_primary.host, m_secondary.host, m_provisioningHost, m_e911})
        connect(e, &QLineEdit::textChanged, this, &SiteDialog::validate);
    // Tab moves on to the next field, as in every other field of the form.
    for (QPlainTextEdit *e : {m_description, m_numberPlan})
        e->setTabChangesFocus(true);
    for (QPlainTextEdit *e : {m_description, m_numberPlan})
        connect(e, &QPlainTextEdit::textChanged, this, &SiteDialog::validate);
    for (QSpinBox *s : {m_primary.port, m_secondary.port})
        connect(s, &QSpinBox::valueChanged, this, &SiteDialog::validate);
    for (QComboBox *c : {m_media, m_primary.transport, m_secondary.transport})
        connect(c, &QComboBox::currentIndexChanged, this, &SiteDialog::validate);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &SiteDialog::validate);
    validate();
    ReadOnlyForm::applyUnlessAllowed(this, m_storage.role(), Permission::Administer);
    resize(620, 560);
}

SiteDialog::ServerFields SiteDialog::makeServer(const QString &prefix)
{
    ServerFields f;
    f.host = new QLineEdit(this);
    f.host->setObjectName(prefix + QStringLiteral("HostEdit"));
    f.host->setPlaceholderText(tr("sip.example.com"));
    f.port = new QSpinBox(this);
    f.port->setObjectName(prefix + QStringLiteral("PortSpin"));
    f.port->setRange(1, 65535);
    f.transport = new QComboBox(this);
    f.transport->setObjectName(prefix + QStringLiteral("TransportCombo"));
    f.transport->addItem(QStringLiteral("TLS"), int(SipTransport::Tls));
    f.transport->addItem(QStringLiteral("TCP"), int(SipTransport::Tcp));
    f.transport->addItem(QStringLiteral("UDP"), int(SipTransport::Udp));
    return f;
}

Site SiteDialog::siteFromFields() const
{
    Site site = m_site;
    site.name = m_name->text().trimmed();
    site.description = m_description->toPlainText();
    site.mediaModel = MediaModel(m_media->currentData().toInt());
    auto server = [](const ServerFields &f) {
        return SipServer {f.host->text().trimmed(), quint16(f.port->value()),
                          SipTransport(f.transport->currentData().toInt())};
    };
    site.primarySip = server(m_primary);
    site.secondarySip = server(m_secondary);
    site.provisioningHost = m_provisioningHost->text().trimmed();
    site.timeZone = m_timeZone->currentText().trimmed();
    site.e911Location = m_e911->text().trimmed();
    site.numberPlan = m_numberPlan->toPlainText();
    return site;
}

void SiteDialog::validate()
{
    const FieldErrors errors = Validation::validateSite(siteFromFields());
    const QStringList rest = m_errors.show(errors);
    m_otherErrors->setText(rest.join(u'\n'));
    m_otherErrors->setVisible(!rest.isEmpty());
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok)) // none when read-only
        ok->setEnabled(errors.isEmpty());
}

void SiteDialog::accept()
{
    if (ReadOnlyForm::isReadOnly(this))
        return;
    Site site = siteFromFields();
    if (!Validation::validateSite(site).isEmpty())
        return;
    const bool saved = saveWithConflict(
        this, m_storage, tr("Site \"%1\"").arg(site.name), site,
        [this](const Site &s) { return s.id ? m_storage.sites().update(s) : m_storage.sites().create(s); },
        [this](Id id) { return m_storage.sites().get(id); });
    if (saved) {
        m_site = site;
        QDialog::accept();
    }
}

UserDialog::UserDialog(Storage &storage, User user, QWidget *parent)
    : QDialog(parent)
    , m_storage(storage)
    , m_user(std::move(user))
{
    setObjectName(QStringLiteral("userDialog"));
    setWindowTitle(m_user.id ? tr("Edit User") : tr("New User"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_name = new QLineEdit(m_user.name, this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    form->addRow(tr("&Name:"), m_errors.wrap(m_name, QStringLiteral("name")));
    m_email = new QLineEdit(m_user.email, this);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    form->addRow(tr("&Email:"), m_errors.wrap(m_email, QStringLiteral("email")));
    m_extension = new QLineEdit(m_user.extension, this);
    m_extension->setObjectName(QStringLiteral("extensionEdit"));
    form->addRow(tr("E&xtension:"), m_errors.wrap(m_extension, QStringLiteral("extension")));
    m_otherErrors = otherErrorsLabel(this);
    layout->addWidget(m_otherErrors);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UserDialog::reject);
    for (QLineEdit *e : {m_name, m_email, m_extension})
        connect(e, &QLineEdit::textChanged, this, &UserDialog::validate);
    validate();
    ReadOnlyForm::applyUnlessAllowed(this, m_storage.role(), Permission::Administer);
    resize(460, 220);
}

User UserDialog::userFromFields() const
{
    User user = m_user;
    user.name = m_name->text().trimmed();
    user.email = m_email->text().trimmed();
    user.extension = m_extension->text().trimmed();
    return user;
}

void UserDialog::validate()
{
    const FieldErrors errors = Validation::validateUser(userFromFields());
    const QStringList rest = m_errors.show(errors);
    m_otherErrors->setText(rest.join(u'\n'));
    m_otherErrors->setVisible(!rest.isEmpty());
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok)) // none when read-only
        ok->setEnabled(errors.isEmpty());
}

void UserDialog::accept()
{
    if (ReadOnlyForm::isReadOnly(this))
        return;
    User user = userFromFields();
    if (!Validation::validateUser(user).isEmpty())
        return;
    const bool saved = saveWithConflict(
        this, m_storage, tr("User \"%1\"").arg(user.name), user,
        [this](const User &u) { return u.id ? m_storage.users().update(u) : m_storage.users().create(u); },
        [this](Id id) { return m_storage.users().get(id); });
    if (saved) {
        m_user = user;
        QDialog::accept();
    }
}

} // namespace PhoneDesk
