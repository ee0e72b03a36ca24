#include "connectiondialog.h"

#include "credentialstore.h"
#include "managedsettings.h"
#include "messagebox.h"
#include "statecolors.h"
#include "validation.h"

#include "ui_connectiondialog.h"

#include <QFileDialog>
#include <QSettings>
#include <QUrlQuery>

namespace PhoneDesk {

ConnectionDialog::ConnectionDialog(const ConnectionSpec &current, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Connect to Database"));
    m_ui->kindCombo->addItem(tr("SQLite file (this computer only)"), int(ConnectionSpec::Kind::Sqlite));
    m_ui->kindCombo->addItem(tr("PostgreSQL server (team)"), int(ConnectionSpec::Kind::Postgres));
    m_ui->managedLabel->hide();
    m_ui->pathEdit->setText(current.sqlitePath.isEmpty() ? ConnectionSpec::defaultSqlite().sqlitePath
                                                         : current.sqlitePath);
    m_ui->hostEdit->setText(current.host);
    m_ui->portSpin->setValue(current.port);
    m_ui->databaseEdit->setText(current.database.isEmpty() ? QStringLiteral("phonedesk") : current.database);
    m_ui->userEdit->setText(current.user);
    m_ui->passwordEdit->setText(current.password);

    m_error = new StateLabel(MessageState::Error, this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_ui->dialogLayout->insertWidget(m_ui->dialogLayout->indexOf(m_ui->pages) + 1, m_error);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));

    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, m_ui->pages, &QStackedWidget::setCurrentIndex);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &ConnectionDialog::validate);
    for (QLineEdit *e : {m_ui->pathEdit, m_ui->hostEdit, m_ui->databaseEdit, m_ui->userEdit})
        connect(e, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getSaveFileName(this, tr("SQLite Database"), m_ui->pathEdit->text(),
                                         tr("SQLite databases (*.sqlite *.db);;All files (*)"), nullptr,
                                         QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            m_ui->pathEdit->setText(file);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    m_ui->kindCombo->setCurrentIndex(current.kind == ConnectionSpec::Kind::Postgres ? 1 : 0);
    m_ui->pages->setCurrentIndex(m_ui->kindCombo->currentIndex());
    m_sslMode = current.sslMode;
    m_sslRootCertificate = current.sslRootCertificate;
    m_moreHosts = current.moreHosts;
    m_targetSessionAttrs = current.targetSessionAttrs;
    if (const ManagedSettings managed = ManagedSettings::load(); managed.isDatabaseLocked())
        lockTo(*managed.database(), current);
    validate();
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::lockTo(const ConnectionSpec &managed, const ConnectionSpec &current)
{
    // The organisation chose the database: only who signs in (and the password) is left to the user.
    const bool postgres = managed.kind == ConnectionSpec::Kind::Postgres;
    m_ui->kindCombo->setCurrentIndex(postgres ? 1 : 0);
    m_ui->pages->setCurrentIndex(m_ui->kindCombo->currentIndex());
    m_ui->pathEdit->setText(managed.sqlitePath);
    m_ui->hostEdit->setText(managed.host);
    m_ui->portSpin->setValue(managed.port);
    m_ui->databaseEdit->setText(managed.database);
    // A URL without a user leaves the user to each person (the one they signed in with before).
    m_ui->userEdit->setText(managed.user.isEmpty() ? current.user : managed.user);
    m_sslMode = managed.sslMode;
    m_sslRootCertificate = managed.sslRootCertificate;
    m_moreHosts = managed.moreHosts;
    m_targetSessionAttrs = managed.targetSessionAttrs;
    QList<QWidget *> locked = {m_ui->kindCombo, m_ui->pathEdit, m_ui->browseButton,
                               m_ui->hostEdit,  m_ui->portSpin, m_ui->databaseEdit};
    if (!managed.user.isEmpty())
        locked << m_ui->userEdit;
    for (QWidget *w : locked) {
        w->setEnabled(false);
        w->setToolTip(ManagedSettings::managedText());
    }
    m_ui->managedLabel->setText(tr("%1: %2").arg(ManagedSettings::managedText(), managed.describe()));
    m_ui->managedLabel->show();
    m_locked = true;
}

ConnectionSpec ConnectionDialog::spec() const
{
    if (m_ui->kindCombo->currentIndex() == 0)
        return ConnectionSpec::sqlite(m_ui->pathEdit->text().trimmed());
    ConnectionSpec s = ConnectionSpec::postgres(m_ui->hostEdit->text().trimmed(), m_ui->portSpin->value(),
                                                m_ui->databaseEdit->text().trimmed(),
                                                m_ui->userEdit->text().trimmed(), m_ui->passwordEdit->text());
    s.sslMode = m_sslMode;
    s.sslRootCertificate = m_sslRootCertificate;
    // A standby given in the URL (the form edits the first server only) stays in the connection.
    s.moreHosts = m_moreHosts;
    s.targetSessionAttrs = m_targetSessionAttrs;
    return s;
}

void ConnectionDialog::validate()
{
    QStringList errors;
    if (m_ui->kindCombo->currentIndex() == 0) {
        if (m_ui->pathEdit->text().trimmed().isEmpty())
            errors << tr("File: choose where the SQLite database is.");
    } else {
        if (!Validation::isHostOrAddress(m_ui->hostEdit->text().trimmed()))
            errors << tr("Host: enter the server's host name or IP address.");
        if (m_ui->databaseEdit->text().trimmed().isEmpty())
            errors << tr("Database: enter the database name.");
        if (m_ui->userEdit->text().trimmed().isEmpty())
            errors << tr("User: enter the database user.");
    }
    m_error->setText(errors.join(u'\n'));
    m_error->setVisible(!errors.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(errors.isEmpty());
}

void ConnectionDialog::accept()
{
    const ConnectionSpec s = spec();
    if (s.kind == ConnectionSpec::Kind::Postgres && m_ui->rememberCheck->isChecked() &&
        !s.password.isEmpty()) {
        QString error;
        if (!CredentialStore::store(CredentialStore::keyFor(s.host, s.port, s.database, s.user), s.password,
                                    &error))
            MessageBox::warning(this, windowTitle(), error);
    }
    saveConnection(s);
    QDialog::accept();
}

bool ConnectionDialog::signIn(ConnectionSpec &spec, QWidget *parent)
{
    ConnectionDialog dialog(spec, parent);
    dialog.setWindowTitle(tr("Sign In to the Team Database"));
    if (dialog.m_ui->userEdit->text().isEmpty())
        dialog.m_ui->userEdit->setFocus();
    else
        dialog.m_ui->passwordEdit->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return false;
    spec = dialog.spec();
    return true;
}

QString ConnectionDialog::toUrl(const ConnectionSpec &spec)
{
    return spec.toUrl();
}

std::optional<ConnectionSpec> ConnectionDialog::savedConnection()
{
    const QString url = QSettings().value(QStringLiteral("Connection/url")).toString();
    ConnectionSpec spec;
    if (url.isEmpty() || !ConnectionSpec::fromUrl(url, spec))
        return std::nullopt;
    return spec;
}

void ConnectionDialog::saveConnection(const ConnectionSpec &spec)
{
    QSettings().setValue(QStringLiteral("Connection/url"), toUrl(spec));
}

} // namespace PhoneDesk
