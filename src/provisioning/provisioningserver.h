#pragma once

// The HTTPS provisioning server: serves generated files to known phones after checking who they
// are, quarantines unknown MACs, limits abuse, and records every fetch. The console runs it
// in-process (when enabled in settings); phonedesk-server runs it headless.
//
// It is a small HTTP/1.1 server on QTcpServer rather than QHttpServer: Qt 6.4's QHttpServer gives
// a handler no access to the TLS session (client certificate), has no idle or header deadline
// (slowloris), no connection limits and no request-size limits. TLS: where the build found
// OpenSSL, one SSL_CTX shared by all connections (QSslSocket builds a context per connection,
// which more than doubles the CPU per handshake with OpenSSL 3); otherwise QSslSocket.
// PHONEDESK_PROVISIONING_TLS=qt forces QSslSocket.

#include "configservice.h"
#include "firmwarerepository.h"
#include "provisioningsettings.h"
#include "quarantinerepository.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>

#include <memory>

namespace PhoneDesk {

class Storage;
class DeviceDirectory;
class AbuseGuard;
class DigestAuthenticator;
class RequestHandler;
class ProvisioningListener;
class ProvisioningWorker;
class ProvisioningConnection;
class FirmwareCache;
struct RequestOutcome;
struct FirmwareDownload;

class ProvisioningServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvisioningServer)

public:
    ProvisioningServer(Storage &storage, ProvisioningSettings settings, QObject *parent = nullptr);
    ~ProvisioningServer() override;

    // Checks the settings, loads certificate and key, renders every phone and starts listening.
    // Errors name the setting or file at fault.
    Result<void> start();
    void stop();
    bool isRunning() const;
    quint16 serverPort() const;
    qsizetype knownDevices() const;
    const ProvisioningSettings &settings() const { return m_settings; }
    ConfigService &configService() { return *m_configs; }

    // Writes queued fetch records and quarantine sightings now (also done on a short timer).
    void flush();
    // Fetch records waiting to be written (a moment normally; while the database is away, every
    // phone that fetched meanwhile). Results still in the connection threads' inbox are not counted.
    qsizetype pendingFetches() const { return m_pendingFetches.size(); }

    // For the connection threads (thread-safe): a request's result to record. Results are collected
    // and handed to this object's thread in one event however many arrive.
    void post(const RequestOutcome &outcome, const QString &ip, const QString &userAgent);
    // For the connection threads (thread-safe): a firmware download that ended (complete or
    // cut), recorded in the next batch.
    void postDownload(const FirmwareDownload &download);
    // Downloads waiting to be written.
    qsizetype pendingDownloads() const { return m_pendingDownloads.size(); }
    // This machine's name, recorded with each download.
    QString hostName() const;
    // The server's copy of the firmware library (null before start()).
    FirmwareCache *firmwareCache() const { return m_firmware.get(); }
    // <settings' firmwareCacheDir>, or <cache location>/firmware-cache.
    QString firmwareCacheDirectory() const;

signals:
    // A phone was served its configuration (after the fetch was recorded).
    void phoneFetched(PhoneDesk::Id phoneId);
    // Phones that should re-fetch after a change (dynamic reload); for the check-sync sender.
    void resyncRequested(const QList<PhoneDesk::Id> &phoneIds);
    void quarantineChanged();
    // A database write failed; the message says what.
    void storageError(const QString &message);

private:
    struct Posted;
    void drainInbox();
    void onOutcome(const RequestOutcome &outcome, const QString &ip, const QString &userAgent);
    void onPhonesRendered(const QList<PhoneConfig> &configs, const QList<Id> &removed);
    QuarantineLimits quarantineLimits() const;
    // The database connection is gone (ConnectionGuard) or back: provisioning answers what it
    // cannot decide with 503, and writes what it kept once the connection is back.
    void onDatabaseLost();
    void onDatabaseRestored();
    // Firmware rollouts: turns for waiting phones, outcomes of updating ones (RolloutRepository).
    void advanceRollouts();
    // Puts a batch that failed for want of the database back (newer entries win), within the bound.
    // The two halves of flush(): fetch records (and the phones they show to be up), sightings.
    void flushFetches(const QHash<Id, ProvisioningFetch> &fetches);
    void flushDownloads();
    // Downloads kept while the database is gone (the oldest give way).
    static constexpr qsizetype MaxKeptDownloads = 100000;
    Result<void> markFetchersOnline(const QHash<Id, ProvisioningFetch> &fetches);
    void flushSightings(const QList<QuarantineEntry> &sightings, const QHash<QString, int> &pendingDrops);
    // Whether a failed write failed because the database connection is gone (kept for later then).
    bool connectionLost() const;
    void keepFailed(const QHash<Id, ProvisioningFetch> &fetches, const QList<QuarantineEntry> &sightings,
                    const QHash<QString, int> &drops);
    bool databaseLost() const;
    void noteQuarantineDrops(const QHash<QString, int> &byAddress, qint64 droppedInAll);
    void logQuarantineDrops();
    Result<QSslConfiguration> sslConfiguration() const;
    Result<void> createOpenSslContext();

    Storage &m_storage;
    ProvisioningSettings m_settings;
    std::unique_ptr<ConfigService> m_configs;
    std::unique_ptr<DeviceDirectory> m_directory;
    std::unique_ptr<AbuseGuard> m_guard;
    std::unique_ptr<DigestAuthenticator> m_digest;
    std::unique_ptr<FirmwareCache> m_firmware;
    std::unique_ptr<RequestHandler> m_handler;
    std::unique_ptr<ProvisioningListener> m_listener;
    QList<ProvisioningWorker *> m_workers;
    void *m_sslContext = nullptr; // OpenSSL SSL_CTX shared by every connection (when built with OpenSSL)
    QHash<Id, ProvisioningFetch> m_pendingFetches;
    bool m_pendingFullLogged = false; // the bound on kept fetch records was logged
    QHash<QString, QuarantineEntry> m_pendingQuarantine;
    QuarantineBudget m_pendingBudget; // the quarantine's limits already apply to what waits here
    QHash<QString, int> m_pendingDrops; // sightings that gave way before reaching the database
    // Dropped quarantine entries not logged yet: at most one log line per interval, with counts.
    QHash<QString, int> m_dropsToLog;
    qint64 m_droppedInAll = 0;
    QElapsedTimer m_dropLogClock;
    QTimer m_dropLogTimer;
    QTimer m_rolloutTimer;
    QString m_rolloutError; // the last advance error logged (each one once)
    QHash<Id, qint64> m_rolloutResyncs; // silent phones told again: when (ms since the epoch)
    QTimer m_flushTimer;
    QMutex m_inboxMutex;
    QList<Posted> m_inbox;
    QList<FirmwareDownload> m_downloadInbox;
    QList<FirmwareDownload> m_pendingDownloads;
    QString m_hostName;
    bool m_drainScheduled = false;
};

} // namespace PhoneDesk
