#pragma once

// Runs phone commands as Operations: Restart (Poly REST safeRestart with a pinned certificate, or
// SIP NOTIFY check-sync;reboot=true), Resync (NOTIFY check-sync) and the SIP part of Log Out,
// rate-limited and bounded in concurrency, cancellable. A restart succeeds only when the phone is
// seen back: it answers OPTIONS again after having gone silent, or re-fetches its configuration.
// Some models (Poly) have one check-sync event for both and restart on it only when their files
// changed: for those a fetch alone proves nothing, and a phone that re-reads its configuration but
// keeps answering is reported as not restarted, with what to do instead.
// Knows nothing about storage: DeviceControl supplies targets and hooks.

#include "entities.h"
#include "modelcatalog.h"
#include "operation.h"
#include "polyrestclient.h"
#include "siptarget.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>
#include <optional>

namespace PhoneDesk {

class SipClient;

struct CommandTarget
{
    Id phoneId = 0;
    QString name;
    std::optional<SipTarget> sip; // where NOTIFY/OPTIONS go; nullopt = no SIP path
    QString rebootEvent = QStringLiteral("check-sync;reboot=true");
    QString resyncEvent = QStringLiteral("check-sync");
    RestartChannel channel = RestartChannel::SipNotify;
    std::optional<PolyRestTarget> rest; // set when the Poly REST API may be used (password + pin)
    // Set by the caller when the phone needs no network step (e.g. Log Out of a WebRTC phone):
    // the phone's result is final at once.
    std::optional<Operation::State> settled;
    QString settledReason;
};

struct CommandConfig
{
    int maxConcurrent = 32; // phones contacted at once
    int ratePerSecond = 20; // commands started per second
    int notifyTimeoutMs = 4000; // NOTIFY transaction (Timer F)
    int restartTimeoutMs = 300000; // time for a phone to come back
    int restartProbeIntervalMs = 2000;
    // A phone whose restart event is also its resync event and that re-read its configuration
    // without going silent within this time did not restart (each new fetch restarts the clock:
    // a phone that also downloads firmware reboots after the download).
    int restartAfterFetchMs = 60000;
    int restTimeoutMs = 10000;
};

class CommandRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandRunner)

public:
    CommandRunner(SipClient *client, CommandConfig config = {}, QObject *parent = nullptr);
    ~CommandRunner() override;

    const CommandConfig &config() const { return m_config; }
    void setConfig(const CommandConfig &config) { m_config = config; }

    // Last provisioning fetch times of some phones (one batched read per watch round); a fetch
    // after the restart was sent confirms the phone is back.
    void setFetchTimes(std::function<QHash<Id, QDateTime>(const QList<Id> &)> fetchTimes)
    {
        m_fetchTimes = std::move(fetchTimes);
    }

    // The operation is owned by the runner's parent chain (parented to the runner); callers may
    // keep a QPointer. Restart and Resync need a SIP path or a REST target per phone.
    Operation *run(Operation::Kind kind, const QList<CommandTarget> &targets);

signals:
    // A phone's restart was accepted and it is expected to go away (status Restarting) / the
    // watch ended (back, or failed).
    void restartBegan(PhoneDesk::Id phoneId);
    void restartEnded(PhoneDesk::Id phoneId, bool back);
    // Every phone result, for the audit log.
    void phoneFinished(PhoneDesk::Operation *operation, int index);

private:
    struct Job
    {
        QPointer<Operation> operation;
        int index = 0;
        Operation::Kind kind = Operation::Kind::Resync;
        CommandTarget target;
        quint64 transaction = 0;
        bool sending = false; // counts against maxConcurrent
        QString note; // e.g. why REST was not used
        // Restart watch.
        bool watching = false;
        // false when the phone decides itself whether the restart event reboots it (the event
        // is the same as its resync event, and REST was not used)
        bool forced = true;
        QDateTime sentAt;
        QDateTime silentAt; // when the phone was first seen silent (invalid: not yet)
        QDateTime lastFetch; // newest fetch seen since sentAt (not forced only)
        QElapsedTimer sinceFetch;
        bool wentSilent() const { return silentAt.isValid(); }
        QElapsedTimer watchClock;
        quint64 probe = 0;
    };

    void pump();
    void start(quint64 jobId);
    void sendNotify(quint64 jobId, const QByteArray &event, bool restart);
    void beginWatch(quint64 jobId, const QString &how);
    void watchRound();
    void finish(quint64 jobId, Operation::State state, const QString &reason);
    void cancelOperation(Operation *operation);

    SipClient *m_client;
    PolyRestClient *m_rest;
    CommandConfig m_config;
    std::function<QHash<Id, QDateTime>(const QList<Id> &)> m_fetchTimes;
    QHash<quint64, Job> m_jobs;
    std::deque<quint64> m_queue;
    int m_active = 0; // jobs in their sending phase
    quint64 m_nextJob = 1;
    QTimer m_pumpTimer;
    QTimer m_watchTimer;
    QElapsedTimer m_clock;
    qint64 m_lastPumpMs = 0;
    double m_tokens = 1;
};

} // namespace PhoneDesk
