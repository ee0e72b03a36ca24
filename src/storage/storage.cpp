#include "storage.h"

#include "auditrepository.h"
#include "basesettingsrepository.h"
#include "migrations.h"
#include "phonerepository.h"
#include "siterepository.h"
#include "sqlutil.h"
#include "statusrepository.h"
#include "teamrepository.h"
#include "userrepository.h"

#include "checkedfile.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#endif

namespace PhoneDesk {

namespace {
const QString NotifyChannel = QStringLiteral("phonedesk_changes");

// Prefix of this process's NOTIFY payloads. Changes made here are published in this process right
// after the commit (with their in-process extras, e.g. status records); the echo PostgreSQL sends
// back is recognised by this prefix and dropped, so no view sees a change twice.
const QString &processOrigin()
{
    static const QString origin = QString::number(QRandomGenerator::system()->generate64(), 36);
    return origin;
}

// A change as other processes learn of it, in payloads shorter than PostgreSQL's 8000 bytes
// (NOTIFY; on SQLite the rows of change_events). A status change names its phones over as many
// payloads as that takes: a server's batch (every phone probed in a second, up to 20,000) reaches
// the consoles as the ids they re-read, not as a reset that reloads every phone once per batch.
// Any other change of more than 500 rows (an import) is one reset: a reload suits those.
QStringList announcedPayloads(const ChangeEvent &event)
{
    if (event.ids.size() <= 500)
        return {event.toPayload()};
    if (event.entity != ChangeEvent::Entity::Status || event.kind == ChangeEvent::Kind::Reset)
        return {ChangeEvent(event.entity, ChangeEvent::Kind::Reset).toPayload()};
    constexpr qsizetype MaxBytes = 7850; // ASCII: characters are bytes; room for the origin
    const QString head = ChangeEvent(event.entity, event.kind).toPayload();
    QStringList payloads;
    QString payload = head;
    for (const Id id : event.ids) {
        const QString number = QString::number(id);
        if (payload.size() > head.size() && payload.size() + 1 + number.size() > MaxBytes) {
            payloads.append(payload);
            payload = head;
        }
        if (payload.size() > head.size())
            payload += u',';
        payload += number;
    }
    payloads.append(payload);
    return payloads;
}

// How often a SQLite connection that listens looks for other processes' changes.
constexpr int ChangePollMs = 500;

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// The database's folder when PhoneDesk creates it: only its owner may list or enter it.
bool createPrivateFolder(const QString &path)
{
    const QFileInfo folder(path);
    if (!QDir().mkpath(folder.absolutePath()))
        return false;
    return QDir().mkdir(folder.absoluteFilePath(), OwnerOnly | QFileDevice::ExeOwner) ||
        QFileInfo(path).isDir();
}

// An empty file is a new SQLite database; made here with mode 0600, SQLite's -wal and -shm files
// follow it (SQLite gives them the database file's mode).
Result<void> createPrivateFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly) && !QFileInfo::exists(path))
        return Error::make(
            Error::Code::Io,
            QCoreApplication::translate("PhoneDesk::Storage", "Cannot create the database file %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

// Takes group and other permissions off the database, its journal files and its backups (and
// the folder, when it is PhoneDesk's own): files an older PhoneDesk created under umask 022 were
// readable by every user of the computer. Returns what the user should be told.
QStringList makePrivate(const QString &path, bool folderToo)
{
    QStringList notices;
#ifdef Q_OS_UNIX
    const QFileInfo database(path);
    QStringList candidates = {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
                              path + QStringLiteral("-journal")};
    const QDir folder = database.absoluteDir();
    for (const QString &backup :
         folder.entryList({database.fileName() + QStringLiteral(".schema*.bak")}, QDir::Files | QDir::Hidden))
        candidates.append(folder.filePath(backup));
    QStringList tightened;
    QStringList failed;
    auto tighten = [&](const QString &file, mode_t wanted) {
        struct stat st = {};
        if (::lstat(QFile::encodeName(file).constData(), &st) != 0 || S_ISLNK(st.st_mode))
            return;
        if ((st.st_mode & 077) == 0)
            return;
        if (::chmod(QFile::encodeName(file).constData(), wanted) == 0)
            tightened.append(QStringLiteral("%1 (%2 → %3)")
                                 .arg(QDir::toNativeSeparators(file))
                                 .arg(st.st_mode & 0777, 4, 8, QLatin1Char('0'))
                                 .arg(wanted, 4, 8, QLatin1Char('0')));
        else
            failed.append(QStringLiteral("%1 (%2)").arg(QDir::toNativeSeparators(file),
                                                        QString::fromLocal8Bit(std::strerror(errno))));
    };
    if (folderToo)
        tighten(database.absolutePath(), 0700);
    for (const QString &file : std::as_const(candidates))
        tighten(file, 0600);
    if (!tightened.isEmpty())
        notices.append(QCoreApplication::translate(
                           "PhoneDesk::Storage",
                           "The database holds the phones' secrets and other users of this computer could "
                           "read it: PhoneDesk made it private to you: %1.")
                           .arg(tightened.join(QStringLiteral(", "))));
    if (!failed.isEmpty())
        notices.append(QCoreApplication::translate(
                           "PhoneDesk::Storage",
                           "The database holds the phones' secrets and other users of this computer can "
                           "read it; PhoneDesk could not change that: %1. Ask the file's owner to make it "
                           "private (chmod 600).")
                           .arg(failed.join(QStringLiteral(", "))));
#else
    // Windows: the file inherits the folder's access list (%APPDATA% is private to the user).
    Q_UNUSED(path);
    Q_UNUSED(folderToo);
#endif
    return notices;
}

} // namespace

Storage::Storage(const ConnectionSpec &spec)
    : m_spec(spec)
    , m_actor(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("local"))))
{
    static QAtomicInt counter;
    m_connectionName = QStringLiteral("phonedesk-%1").arg(counter.fetchAndAddRelaxed(1));
    m_sites = std::make_unique<SiteRepository>(*this);
    m_users = std::make_unique<UserRepository>(*this);
    m_baseSettings = std::make_unique<BaseSettingsRepository>(*this);
    m_phones = std::make_unique<PhoneRepository>(*this);
    m_status = std::make_unique<StatusRepository>(*this);
    m_audit = std::make_unique<AuditRepository>(*this);
    m_team = std::make_unique<TeamRepository>(*this);
}

Storage::~Storage()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (isPostgres() && m_spec.listenForChanges)
                db.driver()->unsubscribeFromNotification(NotifyChannel);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Storage::latestSchemaVersion()
{
    return Migrations::all().constLast().version;
}

Result<std::unique_ptr<Storage>> Storage::openForWorker(ConnectionSpec spec, const QString &actor, Role role)
{
    spec.listenForChanges = false;
    auto opened = open(spec);
    if (opened)
        (*opened)->setActor(actor, role);
    return opened;
}

Result<std::unique_ptr<Storage>> Storage::open(const ConnectionSpec &spec)
{
    std::unique_ptr<Storage> storage(new Storage(spec));
    if (auto r = storage->connect(); !r)
        return r.error();
    if (auto r = storage->migrate(); !r)
        return r.error();
    if (auto r = storage->loadIdentity(); !r)
        return r.error();
    if (auto r = storage->startSqliteChangeFeed(); !r)
        return r.error();
    return storage;
}

bool Storage::sharesChangesThroughTable() const
{
    return !isPostgres() && !m_spec.isPrivate();
}

Result<void> Storage::startSqliteChangeFeed()
{
    if (!sharesChangesThroughTable())
        return {};
    // What NOTIFY does on PostgreSQL: every commit on the file records its change events here,
    // and the connection that listens reads what the other processes on the same file (a console
    // and phonedesk-cli, phonedesk-server) recorded. A table of recent rows only (see
    // recordChangesForOtherProcesses); it needs no migration, an older PhoneDesk ignores it.
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS change_events (seq INTEGER PRIMARY KEY "
            "AUTOINCREMENT, origin TEXT NOT NULL, payload TEXT NOT NULL, at INTEGER NOT NULL)")) ||
        !q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_events")) || !q.next())
        return sqlError(q.lastError(),
                        QCoreApplication::translate("PhoneDesk::Storage", "setting up the change feed"));
    m_lastChangeSeq = q.value(0).toLongLong();
    if (!m_spec.listenForChanges)
        return {};
    m_changePoll = new QTimer(this);
    m_changePoll->setInterval(ChangePollMs);
    QObject::connect(m_changePoll, &QTimer::timeout, this, &Storage::readOtherProcessesChanges);
    m_changePoll->start();
    return {};
}

QList<Storage::AnnouncedChange> Storage::announcedChanges(const QList<ChangeEvent> &events) const
{
    QList<AnnouncedChange> rows;
    if (!sharesChangesThroughTable())
        return rows;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const ChangeEvent &event : events) {
        for (const QString &payload : announcedPayloads(event))
            rows.append({processOrigin(), payload, now});
    }
    return rows;
}

Result<void> Storage::recordChangesForOtherProcesses(QSqlDatabase &db)
{
    if (!sharesChangesThroughTable() || m_pendingChanges.isEmpty())
        return {};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(db);
    // Rows older than a minute were read by every listener long ago (they look twice a second).
    q.prepare(QStringLiteral("DELETE FROM change_events WHERE at < ?"));
    q.addBindValue(now - 60000);
    bool ok = q.exec();
    q.prepare(QStringLiteral("INSERT INTO change_events (origin, payload, at) VALUES (?, ?, ?)"));
    for (const AnnouncedChange &row : announcedChanges(m_pendingChanges)) {
        if (!ok)
            break;
        q.addBindValue(row.origin);
        q.addBindValue(row.payload);
        q.addBindValue(row.at);
        ok = q.exec();
    }
    if (ok)
        return {};
    return sqlError(q.lastError(),
                    QCoreApplication::translate("PhoneDesk::Storage", "announcing the change"));
}

void Storage::readOtherProcessesChanges()
{
    if (m_transactionDepth > 0)
        return;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, origin, payload FROM change_events WHERE seq > ? ORDER BY seq"));
    q.addBindValue(m_lastChangeSeq);
    if (!q.exec())
        return; // busy or gone: the next look tries again from the same place
    QList<ChangeEvent> events;
    bool first = true;
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        if (first && seq != m_lastChangeSeq + 1) {
            // Rows this connection never read were deleted (it did not look for over a minute,
            // e.g. the machine slept): reload everything rather than miss a change.
            using E = ChangeEvent::Entity;
            for (const E entity :
                 {E::Phone, E::Site, E::BaseSettings, E::User, E::Status, E::Setting, E::Quarantine})
                events.append(ChangeEvent(entity, ChangeEvent::Kind::Reset));
        }
        first = false;
        m_lastChangeSeq = seq;
        if (q.value(1).toString() == processOrigin())
            continue; // published here after its commit
        if (auto event = ChangeEvent::fromPayload(q.value(2).toString()))
            events.append(std::move(*event));
    }
    q.finish();
    for (const ChangeEvent &event : std::as_const(events))
        ChangeFeed::instance()->publish(event);
}

Error Storage::openingError(const QSqlError &error) const
{
    const QString path = QDir::toNativeSeparators(m_spec.sqlitePath);
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (Sql::sqliteFailure(error)) {
    case Sql::SqliteFailure::Damaged:
        return Error::make(
            Error::Code::Damaged,
            QCoreApplication::translate(
                "PhoneDesk::Storage",
                "%1 is not a PhoneDesk database or it is damaged (%2). Restore it from a backup "
                "or choose another file.")
                .arg(path, text));
    case Sql::SqliteFailure::DiskFull:
        return Error::make(Error::Code::Database, diskFullMessage(text));
    case Sql::SqliteFailure::Io: {
        // SQLite says only "disk I/O error" when it cannot make room for its -shm file.
        if (volumeFull())
            return Error::make(Error::Code::Database, diskFullMessage(text));
        return Error::make(
            Error::Code::Database,
            QCoreApplication::translate(
                "PhoneDesk::Storage",
                "Cannot open the database file %1: the system could not read or write it (%2). "
                "Nothing was changed.")
                .arg(path, text));
    }
    case Sql::SqliteFailure::Other:
        break;
    }
    return Sql::toError(error, QCoreApplication::translate("PhoneDesk::Storage", "opening the database"));
}

QString Storage::diskFullMessage(const QString &detail) const
{
    return QCoreApplication::translate(
               "PhoneDesk::Storage",
               "Cannot open the database file %1: the disk holding it is full (%2). The file is not damaged "
               "and nothing was changed; free some space on that disk and try again.")
        .arg(QDir::toNativeSeparators(m_spec.sqlitePath), detail);
}

bool Storage::volumeFull() const
{
    if (isPostgres() || m_spec.isPrivate())
        return false;
    const QStorageInfo volume(QFileInfo(m_spec.sqlitePath).absolutePath());
    return volume.isValid() && volume.bytesAvailable() < 64 * 1024;
}

Error Storage::sqlError(const QSqlError &error, const QString &what) const
{
    // SQLite says only "disk I/O error" when it cannot make room for its -shm file.
    if (Sql::sqliteFailure(error) == Sql::SqliteFailure::Io && volumeFull())
        return Error::make(
            Error::Code::Database,
            QCoreApplication::translate("PhoneDesk::Storage",
                                        "Could not finish %1: the disk holding the database is full "
                                        "(%2). Nothing was changed; free some space on it and try "
                                        "again.")
                .arg(what, error.databaseText().isEmpty() ? error.text() : error.databaseText()));
    return Sql::toError(error, what);
}

QSqlDatabase Storage::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<void> Storage::connect()
{
    if (m_spec.kind == ConnectionSpec::Kind::Sqlite) {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
            return Error::make(
                Error::Code::Unsupported,
                QCoreApplication::translate(
                    "PhoneDesk::Storage",
                    "SQLite support is missing from this installation (Qt's QSQLITE driver)."));
        const QFileInfo file(m_spec.sqlitePath);
        if (m_spec.sqlitePath.isEmpty())
            return Error::make(
                Error::Code::Io,
                QCoreApplication::translate("PhoneDesk::Storage", "No database file was given."));
        if (file.exists() && !file.isFile())
            return Error::make(Error::Code::Io,
                               QCoreApplication::translate("PhoneDesk::Storage", "%1 is not a file.")
                                   .arg(QDir::toNativeSeparators(file.filePath())));
        const bool inMemory = m_spec.isPrivate();
        bool createdFolder = false;
        if (!inMemory && !file.exists() && !QFileInfo::exists(file.absolutePath())) {
            if (!createPrivateFolder(file.absolutePath()))
                return Error::make(Error::Code::Io,
                                   QCoreApplication::translate(
                                       "PhoneDesk::Storage", "Cannot create the folder %1 for the database.")
                                       .arg(QDir::toNativeSeparators(file.absolutePath())));
            createdFolder = true;
        }
        if (file.exists() && !file.isWritable())
            return Error::make(
                Error::Code::Io,
                QCoreApplication::translate(
                    "PhoneDesk::Storage",
                    "The database file %1 is read-only. PhoneDesk needs to write to it: check its "
                    "permissions, or open a copy.")
                    .arg(QDir::toNativeSeparators(file.filePath())));
        if (!inMemory && !QFileInfo(file.absolutePath()).isWritable())
            return Error::make(
                Error::Code::Io,
                QCoreApplication::translate(
                    "PhoneDesk::Storage",
                    "The folder %1 is read-only. PhoneDesk needs to create its journal files next to "
                    "the database: check the folder's permissions.")
                    .arg(QDir::toNativeSeparators(file.absolutePath())));
        if (!inMemory) {
            // The file holds every phone's device secret. SQLite would create it (and its -wal and
            // -shm files, which take the file's mode) readable by everyone under the usual umask 022.
            if (!file.exists()) {
                if (auto created = createPrivateFile(m_spec.sqlitePath); !created)
                    return created;
            }
            const QString defaultFolder =
                QFileInfo(ConnectionSpec::defaultSqlite().sqlitePath).absolutePath();
            m_notices +=
                makePrivate(m_spec.sqlitePath, createdFolder || file.absolutePath() == defaultFolder);
        }

        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_spec.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return Error::make(
                Error::Code::Database,
                QCoreApplication::translate("PhoneDesk::Storage", "Cannot open the database file %1: %2")
                    .arg(QDir::toNativeSeparators(m_spec.sqlitePath), db.lastError().text()));
        QSqlQuery q(db);
        // A file that is not a database fails here ("file is not a database"), before anything is
        // written. So does a full disk: SQLite cannot create the -shm file it reads a WAL database
        // through. The two are told apart, or a full disk would send people to their backups.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            return openingError(q.lastError());
        for (const char *pragma :
             {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL"}) {
            if (!q.exec(QLatin1String(pragma)))
                return openingError(q.lastError());
        }
        return {};
    }

    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::make(Error::Code::Unsupported,
                           QCoreApplication::translate(
                               "PhoneDesk::Storage",
                               "PostgreSQL support is missing from this installation (Qt's QPSQL driver; on "
                               "Debian and Ubuntu install libqt6sql6-psql)."));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setDatabaseName(m_spec.database);
    db.setUserName(m_spec.user);
    db.setPassword(m_spec.password);
    // A connection that goes quiet (a server or a network path that died without closing the
    // socket) is noticed by TCP keepalives within about a minute, and a write that is never
    // acknowledged fails after tcp_user_timeout, instead of the kernel's two hours.
    QString options = QStringLiteral("connect_timeout=%1;application_name=PhoneDesk;keepalives=1;"
                                     "keepalives_idle=30;keepalives_interval=10;keepalives_count=3;"
                                     "tcp_user_timeout=60000")
                          .arg(m_spec.connectTimeoutSeconds);
    // Quoted for libpq's conninfo (a path may hold spaces); Qt turns the ';' into spaces.
    auto quoted = [](QString v) -> QString {
        return u'\'' + v.replace(u'\\', QLatin1String("\\\\")).replace(u'\'', QLatin1String("\\'")) + u'\'';
    };
    if (m_spec.moreHosts.isEmpty()) {
        db.setHostName(m_spec.host);
        db.setPort(m_spec.port);
    } else {
        // Several servers: libpq's lists, tried in order each time the connection is opened. Qt's
        // host and port fields hold one each, so both go in the options.
        options += QStringLiteral(";host=") + quoted(m_spec.hostList()) + QStringLiteral(";port=") +
            quoted(m_spec.portList());
    }
    if (!m_spec.targetSessionAttrs.isEmpty())
        options += QStringLiteral(";target_session_attrs=") + m_spec.targetSessionAttrs;
    if (!m_spec.sslMode.isEmpty())
        options += QStringLiteral(";sslmode=") + m_spec.sslMode;
    if (!m_spec.sslRootCertificate.isEmpty())
        options += QStringLiteral(";sslrootcert=") + quoted(m_spec.sslRootCertificate);
    db.setConnectOptions(options);
    if (auto r = openPostgres(db); !r)
        return r;
    if (m_spec.listenForChanges)
        QObject::connect(db.driver(), &QSqlDriver::notification, this, &Storage::onNotification);
    return {};
}

Result<void> Storage::openPostgres(QSqlDatabase &db)
{
    if (!db.open()) {
        return Error::make(
            Error::Code::Database,
            QCoreApplication::translate("PhoneDesk::Storage",
                                        "Cannot connect to PostgreSQL at %1:%2 (database %3): %4")
                .arg(m_spec.hostList(), m_spec.portList(), m_spec.database,
                     db.lastError().databaseText().trimmed()));
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("SET client_min_messages TO WARNING"));
    if (m_spec.listenForChanges && !db.driver()->subscribeToNotification(NotifyChannel))
        return Error::make(
            Error::Code::Database,
            QCoreApplication::translate("PhoneDesk::Storage",
                                        "Cannot listen for changes in PostgreSQL database %1: %2")
                .arg(m_spec.database, db.driver()->lastError().text()));
    return {};
}

Result<void> Storage::reconnect()
{
    if (!isPostgres())
        return {};
    QSqlDatabase db = database();
    db.close(); // also forgets the subscription and the driver's socket notifier
    m_transactionDepth = 0;
    m_pendingChanges.clear();
    if (auto r = openPostgres(db); !r)
        return r;
    return loadIdentity();
}

Result<void> Storage::ensureConnected()
{
    if (!isPostgres() || m_transactionDepth > 0)
        return {};
    {
        QSqlQuery q(database());
        if (database().isOpen() && q.exec(QStringLiteral("SELECT 1")))
            return {};
    }
    return reconnect();
}

Result<bool> Storage::schemaVersionTableExists()
{
    QSqlQuery q(database());
    const bool ok = isPostgres()
        ? q.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL"))
        : q.exec(QStringLiteral(
              "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"));
    if (!ok || !q.next())
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "preparing the database"));
    return q.value(0).toBool();
}

Result<void> Storage::migrate()
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    const bool postgres = isPostgres();
    // Looked for before it is created: a team member may read the schema version, not create tables.
    auto exists = schemaVersionTableExists();
    if (!exists)
        return exists.error();
    if (!*exists &&
        !q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")))
        return sqlError(q.lastError(),
                        QCoreApplication::translate("PhoneDesk::Storage", "preparing the database"));
    if (!q.exec(QStringLiteral("SELECT version FROM schema_version"))) {
        if (q.lastError().nativeErrorCode() == QLatin1String("42501"))
            return Error::make(
                Error::Code::Permission,
                QCoreApplication::translate(
                    "PhoneDesk::Storage",
                    "The login %1 is not a member of the PhoneDesk team of database %2: the database "
                    "refused to let it read anything. Ask a PhoneDesk administrator to add it "
                    "(phonedesk-cli team add).")
                    // Without a user in the address libpq signs in as the operating-system user.
                    .arg(m_spec.user.isEmpty() ? qEnvironmentVariable("USER") : m_spec.user,
                         m_spec.database));
        return sqlError(q.lastError(),
                        QCoreApplication::translate("PhoneDesk::Storage", "reading the schema version"));
    }
    int current = 0;
    if (q.next())
        current = q.value(0).toInt();
    q.finish();

    const int latest = latestSchemaVersion();
    if (current > latest)
        return Error::make(
            Error::Code::Unsupported,
            QCoreApplication::translate(
                "PhoneDesk::Storage",
                "This database was created by a newer PhoneDesk (schema %1; this version knows up to %2). "
                "Update PhoneDesk to open it; the database was not changed.")
                .arg(current)
                .arg(latest));
    if (current == latest) {
        m_schemaVersion = current;
        return {};
    }

    // Never migrate an existing SQLite database without a copy to go back to.
    if (current > 0 && !postgres) {
        const QString backup = m_spec.sqlitePath + QStringLiteral(".schema%1.bak").arg(current);
        QSqlQuery checkpoint(db);
        if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            return sqlError(checkpoint.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "backing up the database"));
        checkpoint.finish();
        // Checked to the last byte (a half-written backup is no backup) and owner-only like the
        // database itself.
        if (auto copied = CheckedFile::copy(m_spec.sqlitePath, backup, CheckedFile::Access::OwnerOnly);
            !copied)
            return Error::make(
                copied.error().code,
                QCoreApplication::translate(
                    "PhoneDesk::Storage",
                    "Could not back up the database to %1 before upgrading it; nothing was changed. %2")
                    .arg(QDir::toNativeSeparators(backup), copied.error().message));
    }

    // The schema the tables live in, for the functions' fixed search path.
    QString schema = QStringLiteral("public");
    if (postgres) {
        if (!q.exec(QStringLiteral("SELECT quote_ident(current_schema())")) || !q.next())
            return Sql::toError(q.lastError(),
                                QCoreApplication::translate("PhoneDesk::Storage", "preparing the database"));
        schema = q.value(0).toString();
        q.finish();
    }

    for (const Migrations::Migration &m : Migrations::all()) {
        if (m.version <= current)
            continue;
        if (!db.transaction())
            return sqlError(db.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "starting the schema upgrade"));
        for (const QString &statement : m.statements) {
            const QString sql = Migrations::dialect(statement, postgres, schema);
            if (sql.isEmpty())
                continue; // for the other database
            if (!q.exec(sql)) {
                Error e = sqlError(
                    q.lastError(),
                    QCoreApplication::translate("PhoneDesk::Storage", "upgrading the schema to version %1")
                        .arg(m.version));
                if (q.lastError().nativeErrorCode() == QLatin1String("42501"))
                    e = Error::make(
                        Error::Code::Permission,
                        QCoreApplication::translate(
                            "PhoneDesk::Storage",
                            "Database %1 needs an upgrade to schema %2, which only its owner can do: ask "
                            "them to open it once with this version of PhoneDesk (for example with "
                            "phonedesk-cli db setup-team). Nothing was changed.")
                            .arg(m_spec.database)
                            .arg(m.version));
                db.rollback();
                return e;
            }
        }
        const bool ok = current == 0
            ? q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(m.version))
            : q.exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(m.version));
        if (!ok || !db.commit()) {
            // A commit that fails (the disk filled up) has its error on the connection.
            const Error e =
                sqlError(ok ? db.lastError() : q.lastError(),
                         QCoreApplication::translate("PhoneDesk::Storage", "recording schema version %1")
                             .arg(m.version));
            db.rollback();
            return e;
        }
        current = m.version;
    }
    m_schemaVersion = current;
    // Tables a migration added get the team's grants at once (nothing when no team is set up).
    if (postgres) {
        if (auto r = m_team->applyGrantsIfSetUp(); !r)
            return r;
    }
    return {};
}

Result<void> Storage::loadIdentity()
{
    if (!isPostgres()) {
        m_identity = SessionIdentity {};
        m_identity.login = m_actor;
        m_identity.role = Role::Administrator;
        return {};
    }
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT session_user, r, s IS NULL, array_to_string(s, ',') FROM "
                               "(SELECT phonedesk_session_role() AS r, phonedesk_site_scope() AS s) x")) ||
        !q.next())
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "reading who you are"));
    SessionIdentity identity;
    identity.fromDatabase = true;
    identity.login = q.value(0).toString();
    const QString role = q.value(1).toString();
    if (role == QLatin1String("owner")) {
        identity.owner = true;
        identity.role = Role::Administrator;
    } else if (role == QLatin1String("server")) {
        identity.server = true;
        identity.role = Role::Operator;
    } else if (const auto parsed = roleFromKey(role); parsed && !role.isEmpty()) {
        identity.role = *parsed;
    } else {
        return Error::make(Error::Code::Permission,
                           QCoreApplication::translate(
                               "PhoneDesk::Storage",
                               "The login %1 is not a member of the PhoneDesk team of database %2. Ask a "
                               "PhoneDesk administrator to add it (phonedesk-cli team add).")
                               .arg(identity.login, m_spec.database));
    }
    if (!q.value(2).toBool()) {
        QList<Id> sites;
        for (const QString &id : q.value(3).toString().split(u',', Qt::SkipEmptyParts))
            sites.append(id.toLongLong());
        identity.sites = sites;
    }
    m_identity = identity;
    m_actor = identity.login;
    m_role = identity.role;
    return {};
}

Result<void> Storage::requestRole(Role role)
{
    if (m_identity.fromDatabase && role > m_identity.role)
        return Error::make(
            Error::Code::Permission,
            QCoreApplication::translate(
                "PhoneDesk::Storage",
                "You are signed in as %1 with the %2 role in this database; the %3 role was refused: a "
                "chosen role may only be lower than the one the database gives you.")
                .arg(m_identity.login, displayName(m_identity.role), displayName(role)));
    setActor(m_actor, role);
    return {};
}

bool Storage::canReadSecrets() const
{
    return !m_identity.fromDatabase || m_identity.owner || m_identity.server ||
        m_identity.role == Role::Administrator;
}

bool Storage::mayTouchSite(Id siteId) const
{
    return !m_identity.sites || m_identity.sites->contains(siteId);
}

Error Storage::outOfScopeError(const QString &action) const
{
    QStringList names;
    if (m_identity.sites) {
        QSqlQuery q(database());
        if (q.exec(QStringLiteral("SELECT id, name FROM sites ORDER BY name"))) {
            while (q.next()) {
                if (m_identity.sites->contains(q.value(0).toLongLong()))
                    names.append(q.value(1).toString());
            }
        }
    }
    return Error::make(
        Error::Code::Permission,
        QCoreApplication::translate("PhoneDesk::Storage",
                                    "%1 may not %2: that is outside their sites (%3). Nothing was changed.")
            .arg(m_actor, action,
                 names.isEmpty() ? QCoreApplication::translate("PhoneDesk::Storage", "none")
                                 : names.join(QStringLiteral(", "))));
}

void Storage::setActor(const QString &name, Role role)
{
    if (m_identity.fromDatabase) {
        // The database's identity stands: its login is the actor, its role the ceiling.
        m_role = std::min(role, m_identity.role);
        return;
    }
    m_actor = name;
    m_role = role;
    m_identity.login = name;
    m_identity.role = role;
}

Result<void> Storage::require(Permission permission, const QString &action) const
{
    if (roleAllows(m_role, permission))
        return {};
    return Error::make(
        Error::Code::Permission,
        QCoreApplication::translate("PhoneDesk::Storage", "%1 may not %2: the %3 role does not allow it.")
            .arg(m_actor, action, displayName(m_role)));
}

Result<void> Storage::inTransaction(const std::function<Result<void>()> &body)
{
    QSqlDatabase db = database();
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Result<void> r = body();
        --m_transactionDepth;
        return r;
    }
    // SQLite: IMMEDIATE takes the write lock now, waiting up to the busy timeout for another
    // connection's write. A deferred transaction that reads and then writes would instead fail at
    // once with "database is locked" when another connection wrote in between (its snapshot is
    // stale), which the busy timeout cannot help: the console's workers and its GUI thread write
    // the same file.
    const QString starting = QCoreApplication::translate("PhoneDesk::Storage", "starting a transaction");
    if (isPostgres()) {
        if (!db.transaction())
            return sqlError(db.lastError(), starting);
    } else if (QSqlQuery begin(db); !begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return sqlError(begin.lastError(), starting);
    }
    m_transactionDepth = 1;
    m_pendingChanges.clear();
    Result<void> result = body();
    m_transactionDepth = 0;
    if (!result) {
        db.rollback();
        m_pendingChanges.clear();
        return result;
    }
    if (auto recorded = recordChangesForOtherProcesses(db); !recorded) {
        db.rollback();
        m_pendingChanges.clear();
        return recorded;
    }
    if (isPostgres()) {
        QSqlQuery notify(db);
        notify.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
        for (const ChangeEvent &event : std::as_const(m_pendingChanges)) {
            for (const QString &payload : announcedPayloads(event)) {
                notify.addBindValue(NotifyChannel);
                notify.addBindValue(QString(processOrigin() + u'/' + payload));
                if (!notify.exec()) {
                    const Error e =
                        sqlError(notify.lastError(),
                                 QCoreApplication::translate("PhoneDesk::Storage", "announcing the change"));
                    db.rollback();
                    m_pendingChanges.clear();
                    return e;
                }
            }
        }
    }
    if (!db.commit()) {
        const Error e =
            sqlError(db.lastError(), QCoreApplication::translate("PhoneDesk::Storage", "saving the changes"));
        db.rollback();
        m_pendingChanges.clear();
        return e;
    }
    const QList<ChangeEvent> changes = std::exchange(m_pendingChanges, {});
    // Published here for both databases; PostgreSQL's NOTIFY is for the other processes.
    for (const ChangeEvent &event : changes)
        ChangeFeed::instance()->publish(event);
    return {};
}

void Storage::queueChange(ChangeEvent event)
{
    for (ChangeEvent &pending : m_pendingChanges) {
        if (pending.entity == event.entity && pending.kind == event.kind) {
            pending.ids.append(event.ids);
            // Records stay attached only while every merged part had them; else views re-read.
            if (pending.statuses && event.statuses) {
                auto merged = std::make_shared<QList<StatusRecord>>(*pending.statuses);
                merged->append(*event.statuses);
                pending.statuses = std::move(merged);
            } else {
                pending.statuses.reset();
            }
            return;
        }
    }
    m_pendingChanges.append(std::move(event));
}

void Storage::onNotification(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
{
    if (name != NotifyChannel)
        return;
    const QString text = payload.toString();
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0 || QStringView(text).left(slash) == processOrigin())
        return; // malformed, or our own change, already published after its commit
    if (auto event = ChangeEvent::fromPayload(text.mid(slash + 1)))
        ChangeFeed::instance()->publish(*event);
}

Result<void> Storage::writeAudit(const QString &action, const QString &entityType, Id entityId,
                                 const QString &entityName, const QString &details)
{
    return m_audit->add(action, entityType, entityId, entityName, details);
}

Result<QString> Storage::setting(const QString &key, const QString &defaultValue)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM app_settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return Sql::toError(q.lastError(),
                            QCoreApplication::translate("PhoneDesk::Storage", "reading setting %1").arg(key));
    return q.next() ? q.value(0).toString() : defaultValue;
}

Result<void> Storage::setSetting(const QString &key, const QString &value)
{
    if (auto r = require(Permission::Administer,
                         QCoreApplication::translate("PhoneDesk::Storage", "change settings"));
        !r)
        return r;
    return inTransaction([&]() -> Result<void> {
        QSqlQuery q(database());
        q.prepare(QStringLiteral("INSERT INTO app_settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(key);
        q.addBindValue(Sql::text(value));
        if (auto r =
                Sql::exec(q, QCoreApplication::translate("PhoneDesk::Storage", "saving setting %1").arg(key));
            !r)
            return r;
        queueChange({ChangeEvent::Entity::Setting, ChangeEvent::Kind::Upsert, {}});
        return writeAudit(QStringLiteral("settings.change"), QStringLiteral("settings"), 0, key, value);
    });
}

} // namespace PhoneDesk
