#include "connectiondialog.h"

#include "credentialstore.h"
#include "managedsettings.h"
#include "messagebox.h"
#include "statecolors.h"
#include "validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace PhoneDesk {

ConnectionDialog::ConnectionDialog(const ConnectionSpec &current, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connect to Database"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("SQLite file (this computer only)"), int(ConnectionSpec::Kind::Sqlite));
    m_kind->addItem(tr("PostgreSQL server (team)"), int(ConnectionSpec::Kind::Postgres));
    top->addRow(tr("&Database:"), m_kind);
    layout->addLayout(top);

    m_pages = new QStackedWidget(this);
    auto *sqlitePage = new QWidget(m_pages);
    auto *sqliteForm = new QFormLayout(sqlitePage);
    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(current.sqlitePath.isEmpty() ? ConnectionSpec::defaultSqlite().sqlitePath
                                                        : current.sqlitePath,
                           sqlitePage);
    m_path->setObjectName(QStringLiteral("pathEdit"));
    auto *browse = new QPushButton(tr("&Browse…"), sqlitePage);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *pathLabel = new QLabel(tr("&File:"), sqlitePage);
    pathLabel->setBuddy(m_path); // a layout row gets no buddy from QFormLayout
    sqliteForm->addRow(pathLabel, pathRow);
    m_pages->addWidget(sqlitePage);

    auto *pgPage = new QWidget(m_pages);
    auto *pgForm = new QFormLayout(pgPage);
    m_host = new QLineEdit(current.host, pgPage);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_port = new QSpinBox(pgPage);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(current.port);
    m_database =
        new QLineEdit(current.database.isEmpty() ? QStringLiteral("phonedesk") : current.database, pgPage);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_user = new QLineEdit(current.user, pgPage);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password = new QLineEdit(current.password, pgPage);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("Remember the password in the system &keychain"), pgPage);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setChecked(true);
    pgForm->addRow(tr("&Host:"), m_host);
    pgForm->addRow(tr("&Port:"), m_port);
    pgForm->addRow(tr("Data&base:"), m_database);
    pgForm->addRow(tr("&User:"), m_user);
    pgForm->addRow(tr("Pass&word:"), m_password);
    pgForm->addRow(m_remember);
    m_pages->addWidget(pgPage);
    layout->addWidget(m_pages);

    m_error = new StateLabel(MessageState::Error, this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    layout->addWidget(m_error);
    auto *note = new QLabel(
        tr("PhoneDesk opens the chosen database the next time the window opens; it never writes the "
           "password to its settings file."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectionDialog::validate);
    for (QLineEdit *e : {m_path, m_host, m_database, m_user})
        connect(e, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getSaveFileName(this, tr("SQLite Database"), m_path->text(),
                                         tr("SQLite databases (*.sqlite *.db);;All files (*)"), nullptr,
                                         QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            m_path->setText(file);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    m_kind->setCurrentIndex(current.kind == ConnectionSpec::Kind::Postgres ? 1 : 0);
    m_pages->setCurrentIndex(m_kind->currentIndex());
    m_sslMode = current.sslMode;
    m_sslRootCertificate = current.sslRootCertificate;
    m_browse = browse;
    m_managed = new QLabel(this);
    m_managed->setObjectName(QStringLiteral("managedLabel"));
    m_managed->setWordWrap(true);
    m_managed->hide();
    layout->insertWidget(1, m_managed);
    if (const ManagedSettings managed = ManagedSettings::load(); managed.isDatabaseLocked())
        lockTo(*managed.database(), current);
    validate();
}

void ConnectionDialog::lockTo(const ConnectionSpec &managed, const ConnectionSpec &current)
{
    // The organisation chose the database: only who signs in (and the password) is left to the user.
    const bool postgres = managed.kind == ConnectionSpec::Kind::Postgres;
    m_kind->setCurrentIndex(postgres ? 1 : 0);
    m_pages->setCurrentIndex(m_kind->currentIndex());
    m_path->setText(managed.sqlitePath);
    m_host->setText(managed.host);
    m_port->setValue(managed.port);
    m_database->setText(managed.database);
    // A URL without a user leaves the user to each person (the one they signed in with before).
    m_user->setText(managed.user.isEmpty() ? current.user : managed.user);
    m_sslMode = managed.sslMode;
    m_sslRootCertificate = managed.sslRootCertificate;
    QList<QWidget *> locked = {m_kind, m_path, m_browse, m_host, m_port, m_database};
    if (!managed.user.isEmpty())
        locked << m_user;
    for (QWidget *w : locked) {
        w->setEnabled(false);
        w->setToolTip(ManagedSettings::managedText());
    }
    m_managed->setText(tr("%1: %2").arg(ManagedSettings::managedText(), managed.describe()));
    m_managed->show();
    m_locked = true;
}

ConnectionSpec ConnectionDialog::spec() const
{
    if (m_kind->currentIndex() == 0)
        return ConnectionSpec::sqlite(m_path->text().trimmed());
    ConnectionSpec s =
        ConnectionSpec::postgres(m_host->text().trimmed(), m_port->value(), m_database->text().trimmed(),
                                 m_user->text().trimmed(), m_password->text());
    s.sslMode = m_sslMode;
    s.sslRootCertificate = m_sslRootCertificate;
    return s;
}

void ConnectionDialog::validate()
{
    QStringList errors;
    if (m_kind->currentIndex() == 0) {
        if (m_path->text().trimmed().isEmpty())
            errors << tr("File: choose where the SQLite database is.");
    } else {
        if (!Validation::isHostOrAddress(m_host->text().trimmed()))
            errors << tr("Host: enter the server's host name or IP address.");
        if (m_database->text().trimmed().isEmpty())
            errors << tr("Database: enter the database name.");
        if (m_user->text().trimmed().isEmpty())
            errors << tr("User: enter the database user.");
    }
    m_error->setText(errors.join(u'\n'));
    m_error->setVisible(!errors.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(errors.isEmpty());
}

void ConnectionDialog::accept()
{
    const ConnectionSpec s = spec();
    if (s.kind == ConnectionSpec::Kind::Postgres && m_remember->isChecked() && !s.password.isEmpty()) {
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
    if (dialog.m_user->text().isEmpty())
        dialog.m_user->setFocus();
    else
        dialog.m_password->setFocus();
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
