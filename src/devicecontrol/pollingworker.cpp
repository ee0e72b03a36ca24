#include "pollingworker.h"

#include "changefeed.h"
#include "connectionguard.h"
#include "phonerepository.h"
#include "shard.h"
#include "statusrepository.h"
#include "storage.h"
#include "threadpriority.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcPolling, "phonedesk.devicecontrol.polling")

namespace PhoneDesk {

std::optional<SipTarget> probeTargetOf(const PhoneRow &row)
{
    if (row.category == PhoneCategory::WebRtc || row.category == PhoneCategory::Remote)
        return std::nullopt;
    const QString address = !row.networkAddress.isEmpty() ? row.networkAddress : row.lastFetchIp;
    if (address.isEmpty())
        return std::nullopt;
    return SipTarget::parse(address);
}

static_assert(ShardCount <= 64, "a ShardScope is a 64-bit mask");

namespace {
std::atomic<qsizetype> s_waitingPhones {0};
} // namespace

qsizetype PollingWorker::waitingPhones()
{
    return s_waitingPhones.load();
}

quint64 ShardScope::maskOf(const QSet<int> &shards)
{
    quint64 mask = 0;
    for (const int shard : shards) {
        if (shard >= 0 && shard < ShardCount)
            mask |= quint64(1) << shard;
    }
    return mask;
}

QSet<int> ShardScope::shardsOf(quint64 mask)
{
    QSet<int> shards;
    for (int shard = 0; shard < ShardCount; ++shard) {
        if (mask & (quint64(1) << shard))
            shards.insert(shard);
    }
    return shards;
}

bool ShardScope::contains(quint64 mask, Id phoneId)
{
    return (mask >> shardOf(phoneId)) & 1;
}

quint64 ShardScope::mask() const
{
    QMutexLocker lock(&m_mutex);
    return m_mask;
}

std::pair<quint64, quint64> ShardScope::current() const
{
    QMutexLocker lock(&m_mutex);
    return {m_mask, m_generation};
}

void ShardScope::set(quint64 mask, std::function<void()> applied)
{
    bool nobody = false;
    {
        QMutexLocker lock(&m_mutex);
        m_mask = mask;
        ++m_generation;
        nobody = m_attached == 0;
        if (!nobody && applied)
            m_waiting.append({m_generation, std::move(applied)});
    }
    if (nobody && applied)
        QMetaObject::invokeMethod(this, std::move(applied), Qt::QueuedConnection);
    emit changed();
}

void ShardScope::attach()
{
    QMutexLocker lock(&m_mutex);
    ++m_attached;
}

void ShardScope::detach()
{
    QList<std::pair<quint64, std::function<void()>>> waiting;
    {
        QMutexLocker lock(&m_mutex);
        if (--m_attached == 0)
            waiting.swap(m_waiting); // nobody probes any more: nothing to wait for
    }
    for (auto &entry : waiting)
        QMetaObject::invokeMethod(this, std::move(entry.second), Qt::QueuedConnection);
}

void ShardScope::acknowledge(quint64 generation)
{
    QList<std::function<void()>> done;
    {
        QMutexLocker lock(&m_mutex);
        m_acknowledged = std::max(m_acknowledged, generation);
        for (auto it = m_waiting.begin(); it != m_waiting.end();) {
            if (it->first <= m_acknowledged) {
                done.append(std::move(it->second));
                it = m_waiting.erase(it);
            } else {
                ++it;
            }
        }
    }
    for (auto &call : done)
        QMetaObject::invokeMethod(this, std::move(call), Qt::QueuedConnection);
}

PollingWorker::PollingWorker(Setup setup)
    : m_setup(std::move(setup))
{ }

PollingWorker::~PollingWorker()
{
    shutdown();
}

Result<void> PollingWorker::initialise()
{
    if (m_poller)
        return {};
    if (!m_setup.shared)
        lowerCurrentThreadPriority(); // below the window's thread
    m_client = new SipClient(m_setup.sip, this);
    m_poller = new StatusPoller(m_client, m_setup.poller, this);
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(1000);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] {
        if (m_guard && !m_guard->isConnected())
            return; // read again when the connection is back (onDatabaseRestored)
        if (auto r = reloadPhones(); !r)
            emit pollingError(r.error().fullText());
    });
    connect(m_poller, &StatusPoller::updatesReady, this, &PollingWorker::onUpdates);
    connect(m_poller, &StatusPoller::sweepFinished, this, [this](const SweepStats &stats) {
        m_inFlight = m_poller->inFlight();
        emit sweepFinished(stats);
    });
    connect(ChangeFeed::instance(), &ChangeFeed::changed, this, &PollingWorker::onChange);
    if (ShardScope *scope = m_setup.poller.shards) {
        m_scope = scope->current().first;
        connect(scope, &ShardScope::changed, this, &PollingWorker::applyScope);
        scope->attach();
        m_scopeAttached = true;
    }
    return {};
}

Result<void> PollingWorker::openStorage()
{
    if (m_storage)
        return {};
    if (m_setup.shared) {
        m_storage = m_setup.shared;
        m_guard = ConnectionGuard::of(*m_storage);
    } else {
        auto opened = Storage::openForWorker(m_setup.spec, m_setup.actor, m_setup.role);
        if (!opened)
            return opened.error();
        m_ownStorage = std::move(*opened);
        m_storage = m_ownStorage.get();
        if (m_storage->isPostgres())
            m_guard = new ConnectionGuard(*m_storage, QStringLiteral("status poller"));
    }
    if (m_guard)
        connect(m_guard, &ConnectionGuard::restored, this, &PollingWorker::onDatabaseRestored);
    return {};
}

void PollingWorker::shutdown()
{
    stop();
    delete m_poller;
    m_poller = nullptr;
    delete m_client;
    m_client = nullptr;
    delete m_reloadTimer;
    m_reloadTimer = nullptr;
    if (m_scopeAttached) {
        disconnect(m_setup.poller.shards, nullptr, this, nullptr);
        m_setup.poller.shards->detach();
        m_scopeAttached = false;
    }
    if (m_guard)
        disconnect(m_guard, nullptr, this, nullptr);
    m_guard = nullptr;
    m_storage = nullptr;
    m_ownStorage.reset(); // closes the connection in the thread that opened it
}

Result<void> PollingWorker::open()
{
    if (auto r = initialise(); !r)
        return r;
    if (!m_client->isStarted()) {
        if (auto r = m_client->start(); !r)
            return r;
    }
    return {};
}

void PollingWorker::start()
{
    if (auto r = open(); !r) {
        m_running = false;
        emit pollingError(r.error().fullText());
        return;
    }
    m_running = true;
    if (auto r = reloadPhones(); !r) {
        m_running = false;
        emit pollingError(r.error().fullText());
        return;
    }
    m_poller->start();
}

void PollingWorker::stop()
{
    if (m_poller)
        m_poller->stop();
    if (m_reloadTimer)
        m_reloadTimer->stop();
    m_running = false;
}

Result<void> PollingWorker::reloadPhones()
{
    if (auto r = initialise(); !r)
        return r;
    if (auto r = openStorage(); !r)
        return r;
    auto rows = m_storage->phones().list();
    if (!rows)
        return rows.error();
    QList<ProbeTarget> targets;
    targets.reserve(rows->size());
    QList<StatusRecord> notMonitored;
    for (const PhoneRow &row : std::as_const(*rows)) {
        if (!ShardScope::contains(m_scope, row.id))
            continue; // another server's phone: it probes it and records its state
        if (auto target = probeTargetOf(row)) {
            targets.append({row.id, *target});
        } else if (row.status != PhoneStatus::NotMonitored) {
            StatusRecord r;
            r.phoneId = row.id;
            r.status = PhoneStatus::NotMonitored;
            r.lastSeen = row.lastSeen;
            r.detail = row.category == PhoneCategory::WebRtc
                ? QCoreApplication::translate("PhoneDesk::DeviceControl",
                                              "WebRTC phones have no SIP probe path")
                : row.category == PhoneCategory::Remote
                ? QCoreApplication::translate("PhoneDesk::DeviceControl", "remote phones are not probed")
                : row.networkAddress.isEmpty()
                ? QCoreApplication::translate("PhoneDesk::DeviceControl",
                                              "no network address and no provisioning fetch yet")
                : QCoreApplication::translate("PhoneDesk::DeviceControl",
                                              "the network address cannot be probed");
            notMonitored.append(r);
        }
    }
    m_targets = targets;
    m_poller->setTargets(targets);
    if (!notMonitored.isEmpty())
        writeRecords(notMonitored);
    return {};
}

void PollingWorker::checkNow(const QList<Id> &phoneIds)
{
    // Every phone asked for gets an answer through probed(), also when nothing can be probed:
    // a caller waiting for them must not wait forever.
    auto settle = [this](const QList<Id> &ids, PhoneStatus status, const QString &detail) {
        QList<ProbeUpdate> updates;
        for (const Id id : ids) {
            ProbeUpdate u;
            u.phoneId = id;
            u.status = status;
            u.previous = status;
            u.detail = detail;
            updates.append(u);
        }
        if (!updates.isEmpty())
            emit probed(updates);
    };
    if (auto r = open(); !r) {
        emit pollingError(r.error().fullText());
        settle(phoneIds, PhoneStatus::Unknown, r.error().fullText());
        return;
    }
    // A phone added or given an address a moment ago may not be a target yet.
    const bool unknown =
        std::any_of(phoneIds.cbegin(), phoneIds.cend(), [this](Id id) { return !m_poller->hasTarget(id); });
    QString reloadError;
    if (unknown) {
        if (auto r = reloadPhones(); !r) {
            reloadError = r.error().fullText();
            emit pollingError(reloadError);
        }
    }
    QList<Id> probe;
    QList<Id> unprobed;
    QList<Id> elsewhere;
    for (const Id id : phoneIds) {
        if (!ShardScope::contains(m_scope, id)) {
            elsewhere.append(id);
        } else if (m_poller->hasTarget(id)) {
            probe.append(id);
            m_checking.insert(id);
        } else {
            unprobed.append(id);
        }
    }
    if (reloadError.isEmpty())
        settle(unprobed, PhoneStatus::NotMonitored,
               QCoreApplication::translate("PhoneDesk::DeviceControl", "the phone has no address to probe"));
    else
        settle(unprobed, PhoneStatus::Unknown, reloadError);
    settle(elsewhere, PhoneStatus::Unknown,
           QCoreApplication::translate("PhoneDesk::DeviceControl",
                                       "another phonedesk-server sharing the database probes this phone"));
    m_poller->probeNow(probe);
}

void PollingWorker::suspend(Id phoneId)
{
    if (m_poller)
        m_poller->suspend(phoneId);
}

void PollingWorker::resume(Id phoneId)
{
    if (m_running && m_poller) {
        m_poller->resume(phoneId); // probes it at once
        return;
    }
    // Not sweeping (a tool that only sends commands): probe it once, so its status does not stay
    // Restarting.
    if (m_poller)
        m_poller->resume(phoneId);
    checkNow({phoneId});
}

SipClient::Stats PollingWorker::sipStats() const
{
    return m_client ? m_client->stats() : SipClient::Stats();
}

std::pair<QHostAddress, quint16> PollingWorker::sipSocket() const
{
    if (!m_client || !m_client->isStarted())
        return {};
    return {m_client->localAddress(), m_client->localPort()};
}

void PollingWorker::onUpdates(const QList<ProbeUpdate> &updates)
{
    m_inFlight = m_poller->inFlight();
    QList<StatusRecord> records;
    records.reserve(updates.size());
    QList<ProbeUpdate> checked;
    for (const ProbeUpdate &u : updates) {
        StatusRecord r;
        r.phoneId = u.phoneId;
        r.status = u.status;
        r.rttMs = u.rttMs;
        r.lastSeen = u.lastSeen;
        r.detail = u.detail;
        records.append(r);
        if (!m_checking.isEmpty() && m_checking.remove(u.phoneId))
            checked.append(u);
    }
    writeRecords(records);
    if (!checked.isEmpty())
        emit probed(checked);
}

void PollingWorker::writeRecords(const QList<StatusRecord> &records)
{
    if (auto r = openStorage(); !r) {
        emit pollingError(r.error().fullText());
        return;
    }
    if (m_guard && !m_guard->isConnected()) {
        keep(records);
        return;
    }
    // One transaction for the whole batch; the repository audits each transition.
    auto saved = m_storage->status().applyProbeResults(records);
    if (!saved && m_guard && m_guard->checkAfterFailure()) {
        keep(records);
        return;
    }
    if (!saved) {
        emit pollingError(
            QCoreApplication::translate("PhoneDesk::DeviceControl", "Could not save phone status: %1")
                .arg(saved.error().fullText()));
        return;
    }
    emit statusesWritten(records);
}

qsizetype StatusBacklog::add(const QList<StatusRecord> &records)
{
    qsizetype leftOut = 0;
    for (const StatusRecord &record : records) {
        auto it = m_kept.find(record.phoneId);
        if (it == m_kept.end()) {
            if (m_kept.size() >= m_maxPhones) {
                ++leftOut;
                continue;
            }
            it = m_kept.insert(record.phoneId, {});
        }
        QList<StatusRecord> &kept = *it;
        if (kept.isEmpty() || (kept.size() == 1 && kept.first().status != record.status))
            kept.append(record);
        else
            kept.last() = record;
    }
    return leftOut;
}

QList<QList<StatusRecord>> StatusBacklog::take()
{
    const QHash<Id, QList<StatusRecord>> kept = std::exchange(m_kept, {});
    QList<StatusRecord> first;
    QList<StatusRecord> newest;
    first.reserve(kept.size());
    for (const QList<StatusRecord> &records : kept) {
        first.append(records.first());
        if (records.size() > 1)
            newest.append(records.last());
    }
    QList<QList<StatusRecord>> batches;
    if (!first.isEmpty())
        batches.append(first);
    if (!newest.isEmpty())
        batches.append(newest);
    return batches;
}

void PollingWorker::keep(const QList<StatusRecord> &records)
{
    const qsizetype before = m_backlog.phones();
    const qsizetype leftOut = m_backlog.add(records);
    s_waitingPhones += m_backlog.phones() - before;
    if (leftOut > 0 && !m_backlogFullLogged) {
        qCWarning(lcPolling).noquote()
            << QStringLiteral("the database is still gone and the status of %1 phones waits for it: the "
                              "status of further phones is not kept")
                   .arg(m_backlog.maxPhones());
        m_backlogFullLogged = true;
    }
}

void PollingWorker::onDatabaseRestored()
{
    if (!m_backlog.isEmpty()) {
        qCInfo(lcPolling).noquote() << QStringLiteral(
                                           "writing the status of %1 phones kept while the database was gone")
                                           .arg(m_backlog.phones());
        m_backlogFullLogged = false;
        s_waitingPhones -= m_backlog.phones();
        for (const QList<StatusRecord> &batch : m_backlog.take())
            writeRecords(batch);
    }
    // Phones added or changed meanwhile (the main connection's Reset events may come first).
    if (m_running && m_reloadTimer)
        m_reloadTimer->start();
}

void PollingWorker::onChange(const ChangeEvent &event)
{
    if (!m_running || !m_reloadTimer || !m_poller)
        return;
    if (event.entity == ChangeEvent::Entity::Phone) {
        m_reloadTimer->start(); // coalesce bursts (imports) into one reload
        return;
    }
    // A status change without records is a provisioning fetch (or another process's change): a
    // phone that was not probed may now have an address, its fetch IP. Poller batches carry
    // their records and are skipped.
    if (event.entity == ChangeEvent::Entity::Status && !event.statuses &&
        event.kind == ChangeEvent::Kind::Upsert) {
        for (const Id id : event.ids) {
            if (ShardScope::contains(m_scope, id) && !m_poller->hasTarget(id)) {
                m_reloadTimer->start();
                return;
            }
        }
    }
}

void PollingWorker::applyScope()
{
    ShardScope *scope = m_setup.poller.shards;
    if (!scope || !m_poller)
        return;
    const auto [mask, generation] = scope->current();
    const quint64 left = m_scope & ~mask;
    const quint64 gained = mask & ~m_scope;
    m_scope = mask;
    if (left) {
        // Stop probing them (open probes are cancelled), then write what was collected for them:
        // the next holder starts from what this poller saw last.
        QList<ProbeTarget> kept;
        kept.reserve(m_targets.size());
        for (const ProbeTarget &t : std::as_const(m_targets)) {
            if (ShardScope::contains(mask, t.phoneId))
                kept.append(t);
        }
        m_targets = kept;
        m_poller->setTargets(m_targets);
        m_poller->flushNow();
    }
    if (gained && m_running && !(m_guard && !m_guard->isConnected())) {
        QSet<Id> before;
        before.reserve(m_targets.size());
        for (const ProbeTarget &t : std::as_const(m_targets))
            before.insert(t.phoneId);
        if (auto r = reloadPhones(); !r) {
            emit pollingError(r.error().fullText()); // read again when the connection is back
        } else {
            // Probed now rather than at the next sweep: their previous holder may be gone.
            QList<Id> taken;
            for (const ProbeTarget &t : std::as_const(m_targets)) {
                if (!before.contains(t.phoneId))
                    taken.append(t.phoneId);
            }
            m_poller->probeNow(taken);
        }
    }
    scope->acknowledge(generation);
}

} // namespace PhoneDesk
