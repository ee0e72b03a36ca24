#pragma once

// Watches one PostgreSQL connection (a Storage) and brings it back when the server goes away: a
// failed call, libpq's status of the listening connection (PQstatus: the driver read the server's
// goodbye on the notification socket) or the periodic probe notices the loss; the guard
// logs it once, reconnects with exponential backoff and jitter (0.5 s doubling to 30 s), LISTENs
// again (Storage::reconnect) and says how long the connection was gone. Owners of a connection
// keep what they could not write while isConnected() is false and write it on restored(); the
// main connection also publishes Reset change events, for what notifications missed meanwhile.
// Lives in the Storage's thread, as a child of it (find it with ConnectionGuard::of()). Does
// nothing for SQLite.

#include <QElapsedTimer>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <atomic>

namespace PhoneDesk {

class Storage;

class ConnectionGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionGuard)

public:
    struct Timing
    {
        int initialDelayMs = 500;
        int maxDelayMs = 30000;
        int probeIntervalMs = 5000; // an idle connection is probed this often
    };

    // `label` names the connection in the log ("main", "status poller").
    ConnectionGuard(Storage &storage, const QString &label, Timing timing);
    ConnectionGuard(Storage &storage, const QString &label);
    ~ConnectionGuard() override;

    // The guard of this Storage, if one was made.
    static ConnectionGuard *of(const Storage &storage);

    // Readable from any thread.
    bool isConnected() const { return !m_down.load(); }

    // After a failed database call: probes the connection and, when it is gone, starts reconnecting.
    // True when the connection is lost (keep what failed and write it on restored()); false for
    // any other failure (the connection answers: the failure was the statement's).
    bool checkAfterFailure();
    // Probes now (SELECT 1); the same as a failure when the probe fails.
    bool probe();

    // The delay before reconnection attempt `attempt` (0, 1, ...): initial * 2^attempt, capped
    // at max, then a random part of up to a quarter of it taken off or added.
    static int backoffDelayMs(int attempt, const Timing &timing, QRandomGenerator &random);

    // Reconnection attempts since the loss (0 while connected).
    int attempts() const { return m_attempt; }

signals:
    void lost(const QString &reason);
    // Emitted after the reconnection and, for a listening connection, after its Reset events.
    void restored(double seconds);

private:
    void markLost(const QString &reason);
    void attemptReconnect();
    void watchConnectionStatus();

    Storage &m_storage;
    QString m_label;
    Timing m_timing;
    std::atomic<bool> m_down {false};
    int m_attempt = 0;
    QElapsedTimer m_downFor;
    QTimer m_probeTimer;
    QTimer m_retryTimer;
    QTimer m_statusWatch;
};

} // namespace PhoneDesk
