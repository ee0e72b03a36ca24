#pragma once

// The status-polling half of DeviceControl: a SIP client, the StatusPoller and a database
// connection of its own, in a thread of their own, so that probing tens of thousands of phones and
// writing their status never runs on the console's event loop. Only DeviceControl calls it, through
// queued calls; results leave it in batches (one signal per batch interval, never one per phone).

#include "connectionspec.h"
#include "entities.h"
#include "result.h"
#include "sipclient.h"
#include "statuspoller.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QSet>

#include <atomic>
#include <functional>
#include <memory>

class QTimer;

namespace PhoneDesk {

class Storage;
class ConnectionGuard;
struct ChangeEvent;

// Where a phone is probed: its recorded network address, else the IP of its last provisioning
// fetch. Nothing else (no Contact headers, no guesses). WebRTC and Remote phones are not probed.
std::optional<SipTarget> probeTargetOf(const PhoneRow &row);

// Which shards (shard.h: id % 64) a poller probes, set from another thread: phonedesk-server's
// ShardCoordinator narrows it before it gives shards up and widens it once it holds new ones.
// Lives in the thread that made it; set() and mask() may be called from any thread.
class ShardScope final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShardScope)

public:
    static constexpr quint64 All = ~quint64(0);

    explicit ShardScope(QObject *parent = nullptr)
        : QObject(parent)
    { }

    static quint64 maskOf(const QSet<int> &shards);
    static QSet<int> shardsOf(quint64 mask);
    static bool contains(quint64 mask, Id phoneId);

    quint64 mask() const;
    // The pollers using this scope apply it: they stop probing the phones of shards no longer in
    // it and write those phones' results collected so far, and read the phones of shards new in
    // it. Then `applied` runs in this object's thread (at once when no poller uses the scope).
    void set(quint64 mask, std::function<void()> applied = {});

signals:
    void changed(); // to the pollers, queued

private:
    friend class PollingWorker;
    void attach();
    void detach();
    // A poller has applied every change up to `generation`.
    void acknowledge(quint64 generation);
    std::pair<quint64, quint64> current() const; // mask and generation

    mutable QMutex m_mutex;
    quint64 m_mask = All;
    quint64 m_generation = 0;
    int m_attached = 0;
    quint64 m_acknowledged = 0;
    QList<std::pair<quint64, std::function<void()>>> m_waiting;
};

// Status records that could not be written because the database connection is gone, per phone:
// the first record of the outage and the newest (the same state again replaces the newest, another
// state becomes it), so that the transition is recorded and the newest state wins. At most
// `maxPhones` phones; records of further phones are left out.
class StatusBacklog final
{
public:
    static constexpr qsizetype DefaultMaxPhones = 100000;

    explicit StatusBacklog(qsizetype maxPhones = DefaultMaxPhones)
        : m_maxPhones(maxPhones)
    { }

    // Returns how many records were left out because the bound is reached.
    qsizetype add(const QList<StatusRecord> &records);
    // The batches to write, in order (every phone's first record, then the newest ones); empties it.
    QList<QList<StatusRecord>> take();
    qsizetype phones() const { return m_kept.size(); }
    bool isEmpty() const { return m_kept.isEmpty(); }
    qsizetype maxPhones() const { return m_maxPhones; }

private:
    qsizetype m_maxPhones;
    QHash<Id, QList<StatusRecord>> m_kept;
};

class PollingWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollingWorker)

public:
    struct Setup
    {
        ConnectionSpec spec; // opened by initialise() in the worker's thread
        QString actor;
        Role role = Role::Administrator;
        Storage *shared = nullptr; // use this Storage instead (same thread as the caller)
        SipClientConfig sip;
        PollerConfig poller;
    };

    explicit PollingWorker(Setup setup);
    ~PollingWorker() override;

    // Everything below runs in the worker's thread.
    Result<void> initialise(); // creates the client and the poller
    Result<void> openStorage(); // the database connection, on first use
    void shutdown(); // stops, closes the socket and the database connection
    Result<void> open(); // initialise() and bind the socket: what fails at once
    void start(); // reads the phones and starts sweeping (errors: pollingError)
    void stop();
    Result<void> reloadPhones();
    // Probes now and reports these phones' results through probed() (Check Status).
    void checkNow(const QList<Id> &phoneIds);
    void suspend(Id phoneId);
    void resume(Id phoneId);
    // Writes records that do not come from a probe (a phone restarting) like probe results.
    void writeRecords(const QList<StatusRecord> &records);
    // The poller's SIP socket: its counters, and where it is bound (null address before open()).
    SipClient::Stats sipStats() const;
    std::pair<QHostAddress, quint16> sipSocket() const;

    // Readable from any thread. markRunning() lets isRunning() say yes from the moment start()
    // is queued.
    bool isRunning() const { return m_running.load(); }
    // Phones whose status waits for the database, over every poller of the process (any thread).
    static qsizetype waitingPhones();
    void markRunning() { m_running = true; }
    int inFlight() const { return m_inFlight.load(); }

signals:
    void statusesWritten(const QList<PhoneDesk::StatusRecord> &records);
    void probed(const QList<PhoneDesk::ProbeUpdate> &updates); // phones asked for by checkNow()
    void sweepFinished(const PhoneDesk::SweepStats &stats);
    void pollingError(const QString &message);

private:
    void onUpdates(const QList<ProbeUpdate> &updates);
    // Keeps what could not be written for want of the database (see StatusBacklog); written once
    // it is back.
    void keep(const QList<StatusRecord> &records);
    void onDatabaseRestored();
    void onChange(const ChangeEvent &event);
    void applyScope();

    Setup m_setup;
    std::unique_ptr<Storage> m_ownStorage;
    Storage *m_storage = nullptr;
    SipClient *m_client = nullptr;
    StatusPoller *m_poller = nullptr;
    QTimer *m_reloadTimer = nullptr;
    QSet<Id> m_checking;
    quint64 m_scope = ShardScope::All; // the shards whose phones are the poller's targets
    QList<ProbeTarget> m_targets; // the poller's targets as last set
    bool m_scopeAttached = false;
    ConnectionGuard *m_guard = nullptr;
    StatusBacklog m_backlog;
    bool m_backlogFullLogged = false;
    std::atomic<bool> m_running {false};
    std::atomic<int> m_inFlight {0};
};

} // namespace PhoneDesk
