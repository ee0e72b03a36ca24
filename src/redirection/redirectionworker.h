#pragma once

// Registers the managed phones of a database with their vendors' redirection services and removes
// them again: the one process that does so for the database (the console on SQLite, phonedesk-server
// in a team database) runs one worker, on a database connection of its own, in the thread it lives
// in. It holds a lock so that a second process does nothing meanwhile (PostgreSQL: a session-level
// advisory lock; SQLite: a lock file next to the database), reconciles phone_redirection with the
// phones after every change (RedirectionRepository::reconcile()), and sends what is due in the
// batches each service takes, one request per service at a time. 429s and 5xx pause that service
// (Retry-After honoured, else doubling waits); a 401 pauses it until its credentials change. Rows
// are marked sent before their request goes out, so after a crash or a 5xx they are looked up before
// they are sent again: nothing is registered twice.

#include "connectionspec.h"
#include "redirectionservice.h"
#include "types.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <map>
#include <memory>

class QLockFile;

namespace PhoneDesk {

class Storage;
struct ChangeEvent;

struct RedirectionWorkerConfig
{
    ConnectionSpec spec; // the database; the worker opens a connection of its own
    QString actor = QStringLiteral("redirection"); // SQLite: the audit actor (PostgreSQL: the login)
    Role role = Role::Administrator;
    QList<RedirectionServiceConfig> services; // a service not listed, or not configured, gets nothing
    int pollMs = 2000; // how often rows whose wait is over are looked for
    int reconcileDelayMs = 300; // phone changes are gathered this long
    int lockRetryMs = 5000; // how often a worker without the lock tries to take it
};

class RedirectionWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedirectionWorker)

public:
    // The first key of the PostgreSQL advisory lock ('PDRD'); the second is 0.
    static constexpr int LockClass = 0x50445244;

    explicit RedirectionWorker(RedirectionWorkerConfig config, QObject *parent = nullptr);
    ~RedirectionWorker() override;

    // Opens the connection and starts (in the thread the worker lives in). When the database cannot
    // be opened, or another process holds the lock, it says so and keeps trying.
    void start();
    // Stops sending (requests in flight are abandoned: their rows stay marked sent), leaves the
    // lock and closes the connection.
    void stop();
    // The change notices it acts on (while started). Connected here when it runs in the thread of
    // ChangeFeed::instance(); an owner that moves it to another thread connects this from the
    // feed's thread before starting it: a connection made from another thread while the feed
    // emits is a data race inside Qt 6.4 (ThreadSanitizer, tst_servershards).
    void onChange(const ChangeEvent &event);
    // New settings (the console's page, a reload): services are made anew, rows of services that
    // are set up now are sent, and rows that failed for the old credentials are tried again.
    void setServices(const QList<RedirectionServiceConfig> &services);
    // Failed rows of `service` (empty: all) are tried again.
    void retryFailed(const QString &service = {});
    // Looks for due rows now (besides the timer).
    void pumpNow();

    bool holdsLock() const { return m_locked; }
    // Nothing is in flight, nothing is waiting to be reconciled, and no row is due now.
    bool isIdle() const;
    // One sentence per service for people: up to date, sending, paused and why, not set up.
    QString status(const QString &service) const;

signals:
    void statusChanged(const QString &service, const QString &text);
    // A request of `service` was answered and recorded (for tests and logs).
    void batchRecorded(const QString &service, int devices);

private:
    struct Service
    {
        RedirectionServiceConfig config;
        std::unique_ptr<RedirectionService> client; // null: not set up
        bool busy = false;
        bool lastDue = false; // the last look found rows due
        QDateTime pausedUntil;
        bool pausedUntilReconfigured = false;
        QString status;
        QHash<Id, QString> inFlight; // the rows of the request out: row id -> MAC (for the log)
    };

    bool ready();
    bool takeLock();
    void releaseLock();
    void buildServices(const QList<RedirectionServiceConfig> &configs);
    void reconcile();
    Result<QList<RedirectionWant>> wanted(const QList<Id> &phoneIds);
    void pump();
    void sendNext(const QString &id, Service &service);
    void onBatch(const QString &id, const RedirectionBatchResult &result);
    void setStatus(const QString &id, Service &service, const QString &text);
    void databaseFailed(const Error &error);

    RedirectionWorkerConfig m_config;
    std::unique_ptr<Storage> m_db;
    std::unique_ptr<QLockFile> m_lockFile;
    bool m_locked = false;
    bool m_started = false;
    std::map<QString, Service> m_services;
    // Children, so that they move to the worker's thread with it.
    QTimer m_poll {this};
    QTimer m_reconcileTimer {this};
    bool m_fullReconcile = true;
    QSet<Id> m_dirtyPhones;
    QDateTime m_lockTriedAt;
    int m_failuresInRow = 0; // reconciliations that failed in a row: each waits longer
    QString m_lastError; // logged once a minute at most while it stays the same
    QDateTime m_lastErrorAt;
};

} // namespace PhoneDesk
