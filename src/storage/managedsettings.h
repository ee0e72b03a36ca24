#pragma once

// Settings an organisation deploys with the console (Group Policy / Intune, an MDM profile, a file
// under /etc/xdg): every user's console starts with them, and the locked ones cannot be changed.
//
// Where they are read (system-wide, never the user's own settings):
//   Windows  HKEY_LOCAL_MACHINE\Software\Policies\PhoneDesk        (ADMX template in packaging/windows),
//            then HKEY_LOCAL_MACHINE\Software\PhoneDesk (what `msiexec ... DATABASE_URL=` wrote)
//   macOS    /Library/Managed Preferences/org.phonedesk.PhoneDesk.plist, written by a configuration
//            profile (sample in packaging/macos)
//   Linux    /etc/xdg/PhoneDesk/PhoneDesk.conf                      (INI, [General] section)
// PHONEDESK_MANAGED_SETTINGS=/path/file.conf reads an INI file instead (tests, trying a policy out).
//
// Keys (docs/packaging.md has the full table):
//   DatabaseUrl              team database, e.g.
//   postgresql://db.example.org:5432/phonedesk?sslmode=verify-full DatabaseUrlLocked        true (default):
//   users cannot choose another database; false: only the default MaximumRole              viewer | operator
//   | editor | administrator: the highest role this console uses AllowProvisioningServer  false: the
//   in-process provisioning server cannot be enabled in this console CaCertificates           PEM files
//   (list, or one string separated by ';') trusted in addition to the
//                            system's: TLS to PostgreSQL and to the phones' REST API

#include "connectionspec.h"
#include "result.h"
#include "types.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

namespace PhoneDesk {

class ManagedSettings
{
    Q_DECLARE_TR_FUNCTIONS(PhoneDesk::ManagedSettings)

public:
    static constexpr const char *DatabaseUrlKey = "DatabaseUrl";
    static constexpr const char *DatabaseUrlLockedKey = "DatabaseUrlLocked";
    static constexpr const char *MaximumRoleKey = "MaximumRole";
    static constexpr const char *AllowProvisioningServerKey = "AllowProvisioningServer";
    static constexpr const char *CaCertificatesKey = "CaCertificates";
    // Environment variable naming an INI file read instead of the system location.
    static constexpr const char *OverrideVariable = "PHONEDESK_MANAGED_SETTINGS";

    // The system location of this platform (or the override file). Missing means "nothing managed".
    static ManagedSettings load();
    // Reads any QSettings (an INI file, a registry key, a plist); with several, each key comes from
    // the first that has a non-empty value for it. `source` names them in messages.
    static ManagedSettings read(QSettings &settings, const QString &source);
    static ManagedSettings read(const QList<QSettings *> &sources, const QString &source);
    // The file or key load() reads, for messages and documentation.
    static QString location();

    // "Managed by your organisation" (translated): next to every locked field.
    static QString managedText();

    bool isEmpty() const;
    // Values that could not be used, each naming its key and where it was read; the console shows
    // them at start-up. A bad value counts as not set, except that a bad MaximumRole locks the
    // console to Viewer (a typo must not hand out administrator).
    QStringList problems() const { return m_problems; }

    // Team database. std::nullopt when none is managed.
    std::optional<ConnectionSpec> database() const { return m_database; }
    bool isDatabaseLocked() const { return m_database.has_value() && m_databaseLocked; }

    // Which database the console opens: `commandLine` (--database), else the managed one when
    // locked, else `saved` (the user's last choice), else the managed default, else the embedded
    // SQLite file. Refused, with a message naming --database, when a locked database is managed
    // and the command line names another one.
    Result<ConnectionSpec> startupConnection(const std::optional<ConnectionSpec> &commandLine,
                                             const std::optional<ConnectionSpec> &saved) const;
    // True when `spec` is the managed database (server, port and database name; user aside).
    bool isManagedDatabase(const ConnectionSpec &spec) const;
    // A managed PostgreSQL database with no password at hand (PGPASSWORD, keychain) that this user
    // has not signed in to yet (`saved` is another database or none): a new install's first start,
    // which goes straight to the sign-in.
    bool needsSignIn(const ConnectionSpec &spec, const std::optional<ConnectionSpec> &saved) const;

    // Role ceiling. std::nullopt when none is managed.
    std::optional<Role> maximumRole() const { return m_maximumRole; }
    Role clampRole(Role role) const;
    // For a role asked for explicitly (--role): refused with a message above the ceiling.
    Result<Role> checkRequestedRole(Role role) const;

    bool provisioningServerAllowed() const { return m_allowProvisioningServer; }

    QStringList caCertificateFiles() const { return m_caFiles; }
    QList<QSslCertificate> caCertificates() const { return m_caCertificates; }
    // Adds the extra CA certificates to this process's default TLS configuration (which every
    // QSslSocket and QNetworkAccessManager request starts from, e.g. the phones' REST API).
    void applyToDefaultSslConfiguration() const;
    // PostgreSQL: libpq takes one root certificate file, so `spec` gets a bundle of the system's and
    // the extra CA certificates written into `directory` (unless the URL names its own sslrootcert).
    // Nothing changes when no extra CA is managed.
    Result<void> applyTo(ConnectionSpec &spec, const QString &directory) const;

private:
    std::optional<ConnectionSpec> m_database;
    bool m_databaseLocked = true;
    std::optional<Role> m_maximumRole;
    bool m_allowProvisioningServer = true;
    QStringList m_caFiles;
    QList<QSslCertificate> m_caCertificates;
    QStringList m_problems;
    bool m_empty = true;
};

} // namespace PhoneDesk
