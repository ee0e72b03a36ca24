#pragma once

// The database: opens SQLite or PostgreSQL, applies migrations, and hands out the repositories.
// Every write goes through a transaction that also writes the audit entry; change events are
// published only after the commit. One Storage per thread (Qt Sql connections are per thread).

#include "changefeed.h"
#include "connectionspec.h"
#include "entities.h"
#include "result.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QStringList>

class QTimer;

#include <functional>
#include <memory>
#include <optional>

namespace PhoneDesk {

class SiteRepository;
class UserRepository;
class BaseSettingsRepository;
class PhoneRepository;
class StatusRepository;
class AuditRepository;
class TeamRepository;

// Who a connection acts as. On PostgreSQL it comes from the database (the login, its group role
// and its sites, see TeamRepository); on SQLite from setActor() (the console's and the CLI's --role).
struct SessionIdentity
{
    QString login; // PostgreSQL: session_user; SQLite: the actor name
    Role role = Role::Administrator; // what the database lets this login do
    bool fromDatabase = false; // PostgreSQL: role and sites are the database's, the audit actor is the login
    bool owner = false; // owns the tables (or a superuser): every right, no site scope
    bool server = false; // member of the server group role (phonedesk-server): Operator and device secrets
    std::optional<QList<Id>> sites; // the sites it may touch; nullopt: every site
};

class Storage final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Storage)

public:
    ~Storage() override;

    // Opens (creating an empty SQLite file if needed) and migrates to the latest schema. A
    // corrupt, read-only, unreachable or newer-schema database gives an Error that says so.
    static Result<std::unique_ptr<Storage>> open(const ConnectionSpec &spec);
    // Another connection for a worker thread, opened in that thread, acting as `actor`: it does not
    // LISTEN (the main connection of the process publishes every change once).
    static Result<std::unique_ptr<Storage>> openForWorker(ConnectionSpec spec, const QString &actor,
                                                          Role role);
    static int latestSchemaVersion();

    // PostgreSQL: closes the connection and opens it again with the same settings, LISTENs again
    // when it listened and reads the identity again (see ConnectionGuard). The schema is not
    // migrated again.
    Result<void> reconnect();
    // For connections without a ConnectionGuard (a worker's that is used now and then): outside a
    // transaction, checks that the PostgreSQL connection answers (SELECT 1) and, when it does not,
    // reconnects once. An error when the database is still unreachable. Nothing for SQLite.
    Result<void> ensureConnected();

    const ConnectionSpec &spec() const { return m_spec; }
    // What opening changed that the user should be told (e.g. the database file's permissions
    // were tightened); shown by the console's status bar and log, the CLI's stderr, the server's log.
    const QStringList &notices() const { return m_notices; }
    bool isPostgres() const { return m_spec.kind == ConnectionSpec::Kind::Postgres; }
    int schemaVersion() const { return m_schemaVersion; }

    // Who is acting: recorded in the audit log and checked against every write. On PostgreSQL the
    // database decides: the name is the login whatever `name` says, and `role` can only lower the
    // database's role (a higher one is capped; use requestRole() to refuse it instead).
    void setActor(const QString &name, Role role);
    const QString &actor() const { return m_actor; }
    Role role() const { return m_role; }
    // Permission error naming `action` when the current role may not do it.
    Result<void> require(Permission permission, const QString &action) const;

    // The identity the database gave this connection (see SessionIdentity).
    const SessionIdentity &identity() const { return m_identity; }
    // --role: lowers the role to `role`; on PostgreSQL a role above the database's is refused
    // with a Permission error that names both.
    Result<void> requestRole(Role role);
    // Whether the database lets this session read device secrets (and what derives from them:
    // SIP passwords, rendered configuration files). SQLite: always (the file is the protection);
    // PostgreSQL: the owner, Administrators and the server role.
    bool canReadSecrets() const;
    // Whether this session may touch phones of `siteId` (its site scope).
    bool mayTouchSite(Id siteId) const;
    // The Permission error for acting on phones of sites outside the scope (names the scope).
    Error outOfScopeError(const QString &action) const;

    SiteRepository &sites() { return *m_sites; }
    UserRepository &users() { return *m_users; }
    BaseSettingsRepository &baseSettings() { return *m_baseSettings; }
    PhoneRepository &phones() { return *m_phones; }
    StatusRepository &status() { return *m_status; }
    AuditRepository &audit() { return *m_audit; }
    TeamRepository &team() { return *m_team; }

    // Runs `body` in one transaction: commit when it returns ok, roll back otherwise. Changes
    // queued with queueChange() are published after the commit only. Nested calls join the outer one.
    Result<void> inTransaction(const std::function<Result<void>()> &body);
    // True while inTransaction() runs: a write on a connection of its own could not join it.
    bool inTransactionScope() const { return m_transactionDepth > 0; }
    void queueChange(ChangeEvent event);
    // SQLite file: the change_events rows that announce `events` to the other processes, for a
    // writer that commits on a connection of its own (the bulk phone writer); none otherwise.
    struct AnnouncedChange
    {
        QString origin;
        QString payload;
        qint64 at = 0;
    };
    QList<AnnouncedChange> announcedChanges(const QList<ChangeEvent> &events) const;
    // Writes an audit entry (inside the current transaction).
    Result<void> writeAudit(const QString &action, const QString &entityType, Id entityId,
                            const QString &entityName, const QString &details = {});

    // Application settings kept in the database (shared by every console in team mode).
    Result<QString> setting(const QString &key, const QString &defaultValue = {});
    Result<void> setSetting(const QString &key, const QString &value);

    // For the repositories.
    QSqlDatabase database() const;
    QString connectionName() const { return m_connectionName; }

private:
    explicit Storage(const ConnectionSpec &spec);
    Result<void> connect();
    Result<void> openPostgres(QSqlDatabase &db);
    Result<void> migrate();
    Error openingError(const QSqlError &error) const;
    // Sql::toError, except that an I/O error on a full disk says the disk is full.
    Error sqlError(const QSqlError &error, const QString &what) const;
    bool volumeFull() const; // the SQLite file's disk has (next to) no room left
    QString diskFullMessage(const QString &detail) const;
    Result<bool> schemaVersionTableExists();
    // PostgreSQL: asks the database who this session is (after migrate()); SQLite: the actor.
    Result<void> loadIdentity();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    // SQLite file: the change events of every commit go into the change_events table, and a
    // listening connection reads the other processes' ones twice a second (PostgreSQL: NOTIFY).
    bool sharesChangesThroughTable() const;
    Result<void> startSqliteChangeFeed();
    Result<void> recordChangesForOtherProcesses(QSqlDatabase &db);
    void readOtherProcessesChanges();

    ConnectionSpec m_spec;
    QString m_connectionName;
    int m_schemaVersion = 0;
    QStringList m_notices;
    QString m_actor;
    Role m_role = Role::Administrator;
    SessionIdentity m_identity;
    int m_transactionDepth = 0;
    QList<ChangeEvent> m_pendingChanges;
    // SQLite file: the change feed between processes (startSqliteChangeFeed).
    QTimer *m_changePoll = nullptr;
    qint64 m_lastChangeSeq = 0;

    std::unique_ptr<SiteRepository> m_sites;
    std::unique_ptr<UserRepository> m_users;
    std::unique_ptr<BaseSettingsRepository> m_baseSettings;
    std::unique_ptr<PhoneRepository> m_phones;
    std::unique_ptr<StatusRepository> m_status;
    std::unique_ptr<AuditRepository> m_audit;
    std::unique_ptr<TeamRepository> m_team;
};

} // namespace PhoneDesk
