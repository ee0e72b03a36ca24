#pragma once

// Probes every monitored phone with SIP OPTIONS once per interval, spread evenly by a token
// bucket, with a bounded number in flight, retries before Offline, and results handed out in
// batches (one signal per batch interval, never one per phone). Knows nothing about storage.

#include "entities.h"
#include "siptarget.h"
#include "statusmapping.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <deque>
#include <vector>

namespace PhoneDesk {

class SipClient;
class ShardScope;

struct ProbeTarget
{
    Id phoneId = 0;
    SipTarget target;
};

struct PollerConfig
{
    int intervalMs = 60000; // one sweep over every phone per interval
    int maxInFlight = 1024; // transactions open at once
    int maxRatePerSecond = 20000; // new probes per second, whatever the interval asks
    int attempts = 3; // transactions per phone and sweep before Offline
    int probeTimeoutMs = 2000; // Timer F of one attempt
    int batchIntervalMs = 1000; // how often results are handed out
    StatusThresholds thresholds;
    // Which shards (src/core/shard.h) PollingWorker probes; null: every phone. Not owned; set by
    // phonedesk-server when several servers share a database. The poller itself ignores it.
    ShardScope *shards = nullptr;
};

struct ProbeUpdate
{
    Id phoneId = 0;
    PhoneStatus status = PhoneStatus::Unknown;
    PhoneStatus previous = PhoneStatus::Unknown;
    int rttMs = -1;
    int statusCode = 0; // final answer, 0 if none
    QDateTime probedAt;
    QDateTime lastSeen; // last time the phone answered
    QString detail;
    QByteArray userAgent; // from the answer's User-Agent or Server header

    bool changed() const { return status != previous; }
};

struct SweepStats
{
    int probed = 0;
    int online = 0;
    int degraded = 0;
    int offline = 0;
    qint64 elapsedMs = 0;
    // The poller's SIP socket since it was opened (SipClient::Stats): datagrams dropped unread
    // because no request went to where they came from, and malformed answers from probed phones.
    quint64 unsolicited = 0;
    quint64 malformed = 0;
};

class StatusPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusPoller)

public:
    StatusPoller(SipClient *client, PollerConfig config = {}, QObject *parent = nullptr);
    ~StatusPoller() override;

    const PollerConfig &config() const { return m_config; }
    void setConfig(const PollerConfig &config);

    // Replaces the phones to probe; phones kept keep their status and RTT.
    void setTargets(const QList<ProbeTarget> &targets);
    int targetCount() const { return int(m_entries.size()); }

    void start(); // first sweep at once, then one per interval
    void stop();
    bool isRunning() const { return m_running; }

    // Probes these phones now, ahead of the sweep ("Check status").
    void probeNow(const QList<Id> &phoneIds);
    // A phone being restarted is left to the command that restarts it; resuming probes it at once.
    void suspend(Id phoneId);
    void resume(Id phoneId);

    // Hands out the results collected so far now (updatesReady), not at the next batch interval:
    // before phones are handed to another poller, their last results are written.
    void flushNow() { flush(); }

    std::optional<ProbeUpdate> lastResult(Id phoneId) const;
    SipClient *client() const { return m_client; }
    bool hasTarget(Id phoneId) const { return m_index.contains(phoneId); }
    int inFlight() const { return m_inFlight; }

signals:
    void updatesReady(const QList<PhoneDesk::ProbeUpdate> &updates);
    void sweepFinished(const PhoneDesk::SweepStats &stats);

private:
    struct Entry
    {
        Id phoneId = 0;
        SipTarget target;
        QByteArray requestUri;
        PhoneStatus status = PhoneStatus::Unknown;
        int rttMs = -1;
        QDateTime lastSeen;
        quint64 transaction = 0; // open transaction, 0 = none
        int attemptsUsed = 0;
        quint32 sweep = 0; // the sweep that queued it (0 = probe on demand)
        bool queued = false;
        bool suspended = false;
    };

    void beginSweep();
    void pump();
    void dispatch(Entry &e);
    void onResult(Id phoneId, quint64 transaction, const SipResult &result);
    void finishEntry(Entry &e);
    void flush();
    void ensurePumping();
    void finishSweep();

    SipClient *m_client;
    PollerConfig m_config;
    std::vector<Entry> m_entries;
    QHash<Id, int> m_index;
    std::deque<Id> m_sweepQueue;
    std::deque<Id> m_urgentQueue;
    QHash<Id, int> m_pendingIndex; // phone -> position in m_pending
    QList<ProbeUpdate> m_pending;
    QTimer m_sweepTimer;
    QTimer m_pumpTimer;
    QTimer m_flushTimer;
    QElapsedTimer m_pumpClock;
    qint64 m_lastPumpNs = 0;
    double m_sweepTokens = 0;
    double m_urgentTokens = 0;
    double m_sweepRate = 0;
    int m_inFlight = 0;
    bool m_running = false;
    quint32 m_sweep = 0;
    int m_sweepOutstanding = 0;
    QElapsedTimer m_sweepClock;
    SweepStats m_sweepStats;
};

} // namespace PhoneDesk

Q_DECLARE_METATYPE(PhoneDesk::ProbeUpdate)
Q_DECLARE_METATYPE(PhoneDesk::SweepStats)
