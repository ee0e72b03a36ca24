#include "managedsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QSslConfiguration>

namespace PhoneDesk {

namespace {

// Policy values arrive typed differently per platform: REG_DWORD 0/1, plist booleans, INI text.
std::optional<bool> toBool(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool || value.typeId() == QMetaType::Int ||
        value.typeId() == QMetaType::UInt || value.typeId() == QMetaType::LongLong)
        return value.toBool();
    const QString text = value.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1") || text == QLatin1String("yes") ||
        text == QLatin1String("on"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0") || text == QLatin1String("no") ||
        text == QLatin1String("off"))
        return false;
    return std::nullopt;
}

QStringList toList(const QVariant &value)
{
    QStringList items;
    // REG_MULTI_SZ, a plist array and an INI "a, b" arrive as lists; a REG_SZ as one string.
    const QStringList raw =
        value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList
        ? value.toStringList()
        : value.toString().split(QRegularExpression(QStringLiteral("[;\\n]")));
    for (const QString &item : raw) {
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    }
    return items;
}

QString sameFile(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

QString ManagedSettings::location()
{
    const QString override = qEnvironmentVariable(OverrideVariable);
    if (!override.isEmpty())
        return override;
#if defined(Q_OS_WIN)
    return QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Policies\\PhoneDesk");
#elif defined(Q_OS_MACOS)
    // Where macOS puts the payload of a configuration profile for this preferences domain.
    return QStringLiteral("/Library/Managed Preferences/org.phonedesk.PhoneDesk.plist");
#else
    return QStringLiteral("/etc/xdg/PhoneDesk/PhoneDesk.conf");
#endif
}

ManagedSettings ManagedSettings::load()
{
    const QString where = location();
#if defined(Q_OS_WIN)
    if (qEnvironmentVariableIsEmpty(OverrideVariable)) {
        // Group Policy / Intune (ADMX) first; then what the MSI wrote at install time
        // (msiexec ... DATABASE_URL=...), which an empty value leaves unset.
        QSettings policy(where, QSettings::NativeFormat);
        QSettings installer(QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\PhoneDesk"),
                            QSettings::NativeFormat);
        return read({&policy, &installer}, where);
    }
#endif
    if (!QFileInfo::exists(where))
        return {};
#if defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsEmpty(OverrideVariable)) {
        QSettings plist(where, QSettings::NativeFormat); // a .plist path: read as a property list
        return read(plist, where);
    }
#endif
    QSettings ini(where, QSettings::IniFormat);
    return read(ini, where);
}

ManagedSettings ManagedSettings::read(QSettings &settings, const QString &source)
{
    return read(QList<QSettings *> {&settings}, source);
}

ManagedSettings ManagedSettings::read(const QList<QSettings *> &sources, const QString &source)
{
    ManagedSettings m;
    auto problem = [&](const char *key, const QString &what) {
        m.m_problems << tr("%1 in %2: %3").arg(QLatin1String(key), QDir::toNativeSeparators(source), what);
    };
    for (QSettings *settings : sources) {
        if (settings->status() != QSettings::NoError) {
            m.m_problems << tr("The managed settings in %1 could not be read; nothing in them applies.")
                                .arg(QDir::toNativeSeparators(settings->fileName()));
            return m;
        }
    }
    // The first source that has a non-empty value for the key.
    struct
    {
        const QList<QSettings *> &sources;
        QVariant value(const QString &key) const
        {
            for (QSettings *s : sources) {
                const QVariant v = s->value(key);
                if (v.isValid() && !v.toString().trimmed().isEmpty())
                    return v;
                if (v.typeId() == QMetaType::QStringList || v.typeId() == QMetaType::QVariantList) {
                    if (!v.toStringList().isEmpty())
                        return v;
                }
            }
            return {};
        }
    } settings {sources};

    if (const QString url = settings.value(QLatin1String(DatabaseUrlKey)).toString().trimmed();
        !url.isEmpty()) {
        ConnectionSpec spec;
        QString error;
        if (!ConnectionSpec::fromUrl(url, spec, &error)) {
            problem(DatabaseUrlKey, error);
        } else {
            if (!spec.password.isEmpty()) {
                // Every user of the computer can read this location: a password there is no secret.
                problem(DatabaseUrlKey,
                        tr("the URL carries a password, which is ignored; each user "
                           "signs in and the password is kept in their keychain."));
                spec.password.clear();
            }
            m.m_database = spec;
        }
    }
    if (const QVariant locked = settings.value(QLatin1String(DatabaseUrlLockedKey)); locked.isValid()) {
        if (const auto b = toBool(locked))
            m.m_databaseLocked = *b;
        else
            problem(DatabaseUrlLockedKey,
                    tr("\"%1\" is not true or false; the database stays locked.").arg(locked.toString()));
    }
    if (const QString role = settings.value(QLatin1String(MaximumRoleKey)).toString().trimmed();
        !role.isEmpty()) {
        if (const auto r = roleFromKey(role)) {
            m.m_maximumRole = *r;
        } else {
            m.m_maximumRole = Role::Viewer;
            problem(MaximumRoleKey,
                    tr("\"%1\" is not viewer, operator, editor or administrator; this "
                       "console is limited to Viewer until it is corrected.")
                        .arg(role));
        }
    }
    if (const QVariant allow = settings.value(QLatin1String(AllowProvisioningServerKey)); allow.isValid()) {
        if (const auto b = toBool(allow)) {
            m.m_allowProvisioningServer = *b;
        } else {
            m.m_allowProvisioningServer = false;
            problem(
                AllowProvisioningServerKey,
                tr("\"%1\" is not true or false; the provisioning server stays off.").arg(allow.toString()));
        }
    }
    for (const QString &file : toList(settings.value(QLatin1String(CaCertificatesKey)))) {
        m.m_caFiles << file;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            problem(CaCertificatesKey,
                    tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(file), f.errorString()));
            continue;
        }
        const QByteArray data = f.readAll();
        QList<QSslCertificate> certs = QSslCertificate::fromData(data, QSsl::Pem);
        if (certs.isEmpty())
            certs = QSslCertificate::fromData(data, QSsl::Der);
        if (certs.isEmpty())
            problem(CaCertificatesKey,
                    tr("%1 holds no PEM or DER certificate.").arg(QDir::toNativeSeparators(file)));
        m.m_caCertificates += certs;
    }
    m.m_empty = !m.m_database && !m.m_maximumRole && m.m_allowProvisioningServer && m.m_caFiles.isEmpty() &&
        m.m_problems.isEmpty();
    return m;
}

QString ManagedSettings::managedText()
{
    return tr("Managed by your organisation");
}

bool ManagedSettings::isEmpty() const
{
    return m_empty;
}

bool ManagedSettings::isManagedDatabase(const ConnectionSpec &spec) const
{
    if (!m_database || spec.kind != m_database->kind)
        return false;
    if (spec.kind == ConnectionSpec::Kind::Sqlite)
        return sameFile(spec.sqlitePath) == sameFile(m_database->sqlitePath);
    return spec.host.compare(m_database->host, Qt::CaseInsensitive) == 0 && spec.port == m_database->port &&
        spec.database == m_database->database &&
        (m_database->user.isEmpty() || spec.user == m_database->user);
}

bool ManagedSettings::needsSignIn(const ConnectionSpec &spec,
                                  const std::optional<ConnectionSpec> &saved) const
{
    return spec.kind == ConnectionSpec::Kind::Postgres && isManagedDatabase(spec) &&
        spec.password.isEmpty() && !(saved && isManagedDatabase(*saved));
}

Result<ConnectionSpec> ManagedSettings::startupConnection(const std::optional<ConnectionSpec> &commandLine,
                                                          const std::optional<ConnectionSpec> &saved) const
{
    if (commandLine) {
        if (isDatabaseLocked() && !isManagedDatabase(*commandLine))
            return Error::make(Error::Code::Permission,
                               tr("--database: the database is managed by your organisation (%1); this "
                                  "console opens no other.")
                                   .arg(m_database->describe()));
        return *commandLine;
    }
    if (m_database && (m_databaseLocked || !saved)) {
        ConnectionSpec spec = *m_database;
        // A URL without a user leaves the user to each person; keep the one they signed in with.
        if (spec.user.isEmpty() && saved && isManagedDatabase(*saved))
            spec.user = saved->user;
        return spec;
    }
    if (saved)
        return *saved;
    return ConnectionSpec::defaultSqlite();
}

Role ManagedSettings::clampRole(Role role) const
{
    return m_maximumRole && role > *m_maximumRole ? *m_maximumRole : role;
}

Result<Role> ManagedSettings::checkRequestedRole(Role role) const
{
    if (m_maximumRole && role > *m_maximumRole)
        return Error::make(Error::Code::Permission,
                           tr("--role %1: your organisation allows this console at most the role %2.")
                               .arg(toKey(role), toKey(*m_maximumRole)));
    return role;
}

void ManagedSettings::applyToDefaultSslConfiguration() const
{
    if (m_caCertificates.isEmpty())
        return;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    // Setting any CA list turns off Qt's on-demand loading of the system's roots: list them too.
    QList<QSslCertificate> cas = ssl.caCertificates();
    for (const QSslCertificate &c : QSslConfiguration::systemCaCertificates() + m_caCertificates) {
        if (!cas.contains(c))
            cas << c;
    }
    ssl.setCaCertificates(cas);
    QSslConfiguration::setDefaultConfiguration(ssl);
}

Result<void> ManagedSettings::applyTo(ConnectionSpec &spec, const QString &directory) const
{
    if (spec.kind != ConnectionSpec::Kind::Postgres)
        return {};
    const QString path = QDir(directory).filePath(QStringLiteral("managed-ca-bundle.pem"));
    // A saved connection may name the bundle from an earlier start: it is rewritten (or dropped
    // when no CA is managed any more); a root certificate the URL names itself is left alone.
    const bool ours = spec.sslRootCertificate == path;
    if (!spec.sslRootCertificate.isEmpty() && !ours)
        return {};
    if (m_caCertificates.isEmpty()) {
        if (ours)
            spec.sslRootCertificate.clear();
        return {};
    }
    QByteArray pem;
    for (const QSslCertificate &c : QSslConfiguration::systemCaCertificates() + m_caCertificates)
        pem += c.toPem();
    if (!QDir().mkpath(directory))
        return Error::make(Error::Code::Io,
                           tr("Cannot create the folder %1 for the CA certificate bundle.")
                               .arg(QDir::toNativeSeparators(directory)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size() || !file.commit())
        return Error::make(Error::Code::Io,
                           tr("Cannot write the CA certificate bundle %1: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    spec.sslRootCertificate = path;
    return {};
}

} // namespace PhoneDesk
