#include "statuspoller.h"

#include "sipclient.h"

#include <QCoreApplication>

#include <cmath>

namespace PhoneDesk {

namespace {
constexpr int PumpTickMs = 5; // small ticks keep each burst of sends short (no event-loop stall)

const SipRequestSpec &optionsSpec()
{
    static const SipRequestSpec spec = [] {
        SipRequestSpec s;
        s.method = QByteArrayLiteral("OPTIONS");
        s.headers = {{QByteArrayLiteral("Accept"), QByteArrayLiteral("application/sdp")}};
        return s;
    }();
    return spec;
}
} // namespace

StatusPoller::StatusPoller(SipClient *client, PollerConfig config, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_config(config)
{
    qRegisterMetaType<PhoneDesk::ProbeUpdate>();
    qRegisterMetaType<PhoneDesk::SweepStats>();
    qRegisterMetaType<QList<PhoneDesk::ProbeUpdate>>();
    m_sweepTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_sweepTimer, &QTimer::timeout, this, &StatusPoller::beginSweep);
    m_pumpTimer.setInterval(PumpTickMs);
    m_pumpTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pumpTimer, &QTimer::timeout, this, &StatusPoller::pump);
    connect(&m_flushTimer, &QTimer::timeout, this, &StatusPoller::flush);
    m_pumpClock.start();
}

StatusPoller::~StatusPoller()
{
    stop();
}

void StatusPoller::setConfig(const PollerConfig &config)
{
    m_config = config;
    if (m_running) {
        m_sweepTimer.start(qMax(1000, m_config.intervalMs));
        m_flushTimer.start(qMax(50, m_config.batchIntervalMs));
    }
}

void StatusPoller::setTargets(const QList<ProbeTarget> &targets)
{
    std::vector<Entry> entries;
    entries.reserve(size_t(targets.size()));
    QHash<Id, int> index;
    index.reserve(targets.size());
    for (const ProbeTarget &t : targets) {
        if (index.contains(t.phoneId))
            continue;
        Entry e;
        const auto old = m_index.constFind(t.phoneId);
        if (old != m_index.constEnd()) {
            e = std::move(m_entries[size_t(*old)]);
            if (!(e.target == t.target) && e.transaction) {
                // The address changed under an open probe: its answer would describe the old one.
                m_client->cancel(e.transaction);
                e.transaction = 0;
                --m_inFlight;
                if (e.sweep == m_sweep && e.sweep != 0)
                    --m_sweepOutstanding;
            }
        }
        e.phoneId = t.phoneId;
        e.target = t.target;
        e.requestUri = t.target.requestUri();
        index.insert(t.phoneId, int(entries.size()));
        entries.push_back(std::move(e));
    }
    for (auto it = m_index.constBegin(); it != m_index.constEnd(); ++it) {
        if (index.contains(it.key()))
            continue;
        const Entry &gone = m_entries[size_t(*it)];
        if (gone.transaction) {
            m_client->cancel(gone.transaction);
            --m_inFlight;
        }
        if ((gone.transaction || gone.queued) && gone.sweep == m_sweep && gone.sweep != 0)
            --m_sweepOutstanding;
    }
    m_entries = std::move(entries);
    m_index = std::move(index);
    if (m_running)
        m_sweepRate = qMax(1.0, m_entries.size() * 1000.0 / (qMax(1000, m_config.intervalMs) * 0.9));
}

void StatusPoller::start()
{
    if (m_running)
        return;
    m_running = true;
    m_sweepTimer.start(qMax(1000, m_config.intervalMs));
    m_flushTimer.start(qMax(50, m_config.batchIntervalMs));
    beginSweep();
}

void StatusPoller::stop()
{
    if (!m_running && m_inFlight == 0)
        return;
    m_running = false;
    m_sweepTimer.stop();
    m_pumpTimer.stop();
    for (Entry &e : m_entries) {
        if (e.transaction)
            m_client->cancel(e.transaction);
        e.transaction = 0;
        e.queued = false;
        e.attemptsUsed = 0;
    }
    m_inFlight = 0;
    m_sweepQueue.clear();
    m_urgentQueue.clear();
    m_sweepOutstanding = 0;
    flush();
    m_flushTimer.stop();
}

void StatusPoller::beginSweep()
{
    if (m_sweepOutstanding > 0) {
        // The last sweep is still running (interval shorter than a sweep takes): let it finish
        // rather than queueing every phone twice.
        return;
    }
    ++m_sweep;
    if (m_sweep == 0)
        ++m_sweep;
    m_sweepStats = {};
    m_sweepClock.start();
    // Rate that spreads the sweep over 90% of the interval, leaving room for retries.
    m_sweepRate = qMax(1.0, m_entries.size() * 1000.0 / (qMax(1000, m_config.intervalMs) * 0.9));
    for (Entry &e : m_entries) {
        if (e.suspended || e.queued || e.transaction)
            continue;
        e.queued = true;
        e.sweep = m_sweep;
        e.attemptsUsed = 0;
        m_sweepQueue.push_back(e.phoneId);
        ++m_sweepOutstanding;
    }
    if (m_sweepOutstanding == 0) {
        finishSweep();
        return;
    }
    ensurePumping();
}

void StatusPoller::finishSweep()
{
    m_sweepStats.elapsedMs = m_sweepClock.elapsed();
    const SipClient::Stats sip = m_client->stats();
    m_sweepStats.unsolicited = sip.unsolicited;
    m_sweepStats.malformed = sip.malformed;
    emit sweepFinished(m_sweepStats);
}

void StatusPoller::probeNow(const QList<Id> &phoneIds)
{
    for (const Id id : phoneIds) {
        const auto it = m_index.constFind(id);
        if (it == m_index.constEnd())
            continue;
        Entry &e = m_entries[size_t(*it)];
        if (e.suspended || e.transaction)
            continue;
        if (!e.queued) {
            e.queued = true;
            e.sweep = 0;
        }
        e.attemptsUsed = 0;
        m_urgentQueue.push_back(id);
    }
    ensurePumping();
}

void StatusPoller::suspend(Id phoneId)
{
    const auto it = m_index.constFind(phoneId);
    if (it == m_index.constEnd())
        return;
    Entry &e = m_entries[size_t(*it)];
    e.suspended = true;
    if (e.transaction) {
        m_client->cancel(e.transaction);
        e.transaction = 0;
        --m_inFlight;
        if (e.sweep == m_sweep && e.sweep != 0)
            --m_sweepOutstanding;
    } else if (e.queued && e.sweep == m_sweep && e.sweep != 0) {
        --m_sweepOutstanding;
    }
    e.queued = false;
    e.status = PhoneStatus::Restarting;
}

void StatusPoller::resume(Id phoneId)
{
    const auto it = m_index.constFind(phoneId);
    if (it == m_index.constEnd())
        return;
    m_entries[size_t(*it)].suspended = false;
    probeNow({phoneId});
}

std::optional<ProbeUpdate> StatusPoller::lastResult(Id phoneId) const
{
    const auto it = m_index.constFind(phoneId);
    if (it == m_index.constEnd())
        return std::nullopt;
    const Entry &e = m_entries[size_t(*it)];
    ProbeUpdate u;
    u.phoneId = e.phoneId;
    u.status = e.status;
    u.previous = e.status;
    u.rttMs = e.rttMs;
    u.lastSeen = e.lastSeen;
    return u;
}

void StatusPoller::ensurePumping()
{
    if (!m_pumpTimer.isActive()) {
        m_lastPumpNs = m_pumpClock.nsecsElapsed();
        m_sweepTokens = qMin(m_sweepTokens, 1.0);
        m_urgentTokens = qMin(m_urgentTokens, 1.0);
        m_pumpTimer.start();
        pump();
    }
}

void StatusPoller::pump()
{
    const qint64 now = m_pumpClock.nsecsElapsed();
    const double dt = (now - m_lastPumpNs) / 1e9;
    m_lastPumpNs = now;
    const double maxRate = qMax(1, m_config.maxRatePerSecond);
    const double sweepRate = qMin(m_sweepRate, maxRate);
    // Burst cap of two ticks' worth: evenly spread, but a late tick does not lose its share.
    const double sweepBurst = qMax(1.0, sweepRate * PumpTickMs * 2 / 1000.0);
    const double urgentBurst = qMax(1.0, maxRate * PumpTickMs * 2 / 1000.0);
    m_sweepTokens = qMin(sweepBurst, m_sweepTokens + sweepRate * dt);
    m_urgentTokens = qMin(urgentBurst, m_urgentTokens + maxRate * dt);

    auto take = [this](std::deque<Id> &queue, double &tokens) {
        while (!queue.empty() && tokens >= 1.0 && m_inFlight < m_config.maxInFlight) {
            const Id id = queue.front();
            queue.pop_front();
            const auto it = m_index.constFind(id);
            if (it == m_index.constEnd())
                continue;
            Entry &e = m_entries[size_t(*it)];
            if (!e.queued || e.transaction || e.suspended)
                continue;
            tokens -= 1.0;
            dispatch(e);
        }
    };
    take(m_urgentQueue, m_urgentTokens);
    take(m_sweepQueue, m_sweepTokens);

    if (m_urgentQueue.empty() && m_sweepQueue.empty())
        m_pumpTimer.stop();
}

void StatusPoller::dispatch(Entry &e)
{
    e.queued = false;
    ++e.attemptsUsed;
    ++m_inFlight;
    SipRequestSpec spec = optionsSpec();
    spec.requestUri = e.requestUri;
    const Id phoneId = e.phoneId;
    // The id is known only after send() returns; the callback runs later, so capture by pointer.
    auto holder = std::make_shared<quint64>(0);
    *holder = m_client->send(
        e.target, spec, [this, phoneId, holder](const SipResult &r) { onResult(phoneId, *holder, r); },
        m_config.probeTimeoutMs);
    e.transaction = *holder;
}

void StatusPoller::onResult(Id phoneId, quint64 transaction, const SipResult &result)
{
    const auto it = m_index.constFind(phoneId);
    if (it == m_index.constEnd())
        return;
    Entry &e = m_entries[size_t(*it)];
    if (e.transaction != transaction)
        return;
    e.transaction = 0;
    --m_inFlight;

    const bool answered = result.outcome == SipResult::Outcome::Response;
    if (!answered && e.attemptsUsed < qMax(1, m_config.attempts)) {
        // Another try before calling the phone Offline; a lost datagram is not an outage.
        e.queued = true;
        m_urgentQueue.push_back(e.phoneId);
        ensurePumping();
        return;
    }

    const StatusVerdict verdict = mapProbeResult(result, m_config.thresholds);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ProbeUpdate u;
    u.phoneId = e.phoneId;
    u.previous = e.status;
    u.status = verdict.status;
    u.detail = verdict.detail;
    u.probedAt = now;
    if (answered) {
        u.statusCode = result.statusCode;
        u.rttMs = int(qMin<qint64>((result.rttUs + 500) / 1000, std::numeric_limits<int>::max()));
        e.lastSeen = now;
        e.rttMs = u.rttMs;
        u.userAgent = result.response.header("User-Agent");
        if (u.userAgent.isEmpty())
            u.userAgent = result.response.header("Server");
    } else {
        u.rttMs = e.rttMs;
    }
    u.lastSeen = e.lastSeen;
    e.status = verdict.status;

    const auto p = m_pendingIndex.constFind(u.phoneId);
    if (p != m_pendingIndex.constEnd()) {
        // Keep the first "previous" of this batch so a flap within it is still reported.
        u.previous = m_pending[*p].previous;
        m_pending[*p] = std::move(u);
    } else {
        m_pendingIndex.insert(u.phoneId, int(m_pending.size()));
        m_pending.append(std::move(u));
    }

    if (e.sweep == m_sweep && e.sweep != 0) {
        ++m_sweepStats.probed;
        if (verdict.status == PhoneStatus::Online)
            ++m_sweepStats.online;
        else if (verdict.status == PhoneStatus::Degraded)
            ++m_sweepStats.degraded;
        else
            ++m_sweepStats.offline;
        e.sweep = 0;
        if (--m_sweepOutstanding == 0)
            finishSweep();
    }
    if (!m_flushTimer.isActive())
        m_flushTimer.start(qMax(50, m_config.batchIntervalMs)); // on-demand probes while stopped
}

void StatusPoller::flush()
{
    if (!m_running && m_inFlight == 0 && m_urgentQueue.empty())
        m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    QList<ProbeUpdate> batch;
    batch.swap(m_pending);
    m_pendingIndex.clear();
    emit updatesReady(batch);
}

} // namespace PhoneDesk
