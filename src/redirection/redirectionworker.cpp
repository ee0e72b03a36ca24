#include "redirectionworker.h"

#include "changefeed.h"
#include "configservice.h"
#include "modelcatalog.h"
#include "redirectionrepository.h"
#include "siterepository.h"
#include "storage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QThread>

namespace PhoneDesk {

namespace {

Q_LOGGING_CATEGORY(lcRedirection, "phonedesk.redirection")

QString time(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

// The redirection service of each managed model of the catalog, by model id.
const QHash<QString, QString> &serviceOfModel()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        for (const PhoneModel &model : ModelCatalog::builtin().models()) {
            const QString service = RedirectionServices::forVendor(model.vendor);
            if (!service.isEmpty() && model.supports(PhoneCategory::Managed))
                m.insert(model.id, service);
        }
        return m;
    }();
    return map;
}

} // namespace

RedirectionWorker::RedirectionWorker(RedirectionWorkerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    m_poll.setInterval(m_config.pollMs);
    connect(&m_poll, &QTimer::timeout, this, &RedirectionWorker::pump);
    m_reconcileTimer.setSingleShot(true);
    m_reconcileTimer.setInterval(m_config.reconcileDelayMs);
    connect(&m_reconcileTimer, &QTimer::timeout, this, &RedirectionWorker::reconcile);
}

RedirectionWorker::~RedirectionWorker()
{
    stop();
}

void RedirectionWorker::start()
{
    if (m_started)
        return;
    m_started = true;
    buildServices(m_config.services);
    if (m_config.spec.isPrivate()) {
        // Its one connection belongs to its opener: a worker's own would be another database.
        databaseFailed(Error::make(Error::Code::Unsupported,
                                   tr("an in-memory database has no phones to register with a service.")));
        m_started = false;
        return;
    }
    if (QThread::currentThread() == ChangeFeed::instance()->thread())
        connect(ChangeFeed::instance(), &ChangeFeed::changed, this, &RedirectionWorker::onChange,
                Qt::UniqueConnection);
    m_fullReconcile = true;
    m_poll.start();
    if (ready())
        reconcile();
}

void RedirectionWorker::stop()
{
    if (!m_started)
        return;
    m_started = false;
    m_poll.stop();
    m_reconcileTimer.stop();
    if (QThread::currentThread() == ChangeFeed::instance()->thread())
        disconnect(ChangeFeed::instance(), nullptr, this, nullptr);
    // The clients go first: their requests in flight are abandoned (the rows stay marked sent).
    m_services.clear();
    releaseLock();
    m_db.reset();
}

void RedirectionWorker::buildServices(const QList<RedirectionServiceConfig> &configs)
{
    m_services.clear();
    for (const QString &id : RedirectionServices::all()) {
        Service &s = m_services[id];
        s.config.service = id;
        for (const RedirectionServiceConfig &c : configs) {
            if (c.service == id)
                s.config = c;
        }
        if (s.config.configured())
            s.client = RedirectionServices::create(s.config);
        setStatus(id, s, s.client ? tr("Set up; nothing sent yet.") : tr("Not set up: nothing is sent."));
    }
}

void RedirectionWorker::setServices(const QList<RedirectionServiceConfig> &services)
{
    m_config.services = services;
    if (!m_started)
        return;
    buildServices(services);
    // Rows that failed for the old credentials are sent again with the new ones; not configured
    // rows become pending (or the other way round).
    if (ready()) {
        for (const RedirectionServiceConfig &c : services) {
            if (c.configured())
                (void)RedirectionRepository(*m_db).retryFailed(c.service);
        }
    }
    m_fullReconcile = true;
    m_reconcileTimer.start();
}

void RedirectionWorker::retryFailed(const QString &service)
{
    if (!ready())
        return;
    if (auto r = RedirectionRepository(*m_db).retryFailed(service); !r)
        databaseFailed(r.error());
    for (auto &[id, s] : m_services) {
        if (service.isEmpty() || id == service)
            s.pausedUntilReconfigured = false;
    }
    pumpNow();
}

void RedirectionWorker::pumpNow()
{
    QTimer::singleShot(0, this, &RedirectionWorker::pump);
}

bool RedirectionWorker::isIdle() const
{
    if (m_reconcileTimer.isActive() || !m_dirtyPhones.isEmpty())
        return false;
    for (const auto &[id, s] : m_services) {
        Q_UNUSED(id)
        if (s.busy || s.lastDue)
            return false;
    }
    return true;
}

QString RedirectionWorker::status(const QString &service) const
{
    const auto it = m_services.find(service);
    return it == m_services.end() ? QString() : it->second.status;
}

void RedirectionWorker::setStatus(const QString &id, Service &service, const QString &text)
{
    if (service.status == text)
        return;
    service.status = text;
    emit statusChanged(id, text);
}

// --- the database and the lock ------------------------------------------------------------

bool RedirectionWorker::ready()
{
    if (!m_started)
        return false;
    if (!m_db) {
        auto opened = Storage::openForWorker(m_config.spec, m_config.actor, m_config.role);
        if (!opened) {
            databaseFailed(opened.error());
            return false;
        }
        m_db = std::move(opened).value();
    } else if (auto connected = m_db->ensureConnected(); !connected) {
        m_locked = false; // a new session holds no lock
        databaseFailed(connected.error());
        return false;
    }
    if (m_locked && m_db->isPostgres()) {
        // The session may have been replaced by a reconnection, taking the lock with it.
        QSqlQuery q(m_db->database());
        q.prepare(
            QStringLiteral("SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 2 "
                           "AND classid = ? AND objid = 0 AND pid = pg_backend_pid()"));
        q.addBindValue(LockClass);
        m_locked = q.exec() && q.next();
    }
    if (!m_locked && takeLock()) {
        m_fullReconcile = true; // what changed while another process (or nobody) did the work
        m_reconcileTimer.start();
    }
    return m_locked;
}

bool RedirectionWorker::takeLock()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_lockTriedAt.isValid() && m_lockTriedAt.msecsTo(now) < m_config.lockRetryMs)
        return false;
    m_lockTriedAt = now;
    if (m_db->isPostgres()) {
        QSqlQuery q(m_db->database());
        q.prepare(QStringLiteral("SELECT pg_try_advisory_lock(?, 0)"));
        q.addBindValue(LockClass);
        m_locked = q.exec() && q.next() && q.value(0).toBool();
    } else {
        if (!m_lockFile) {
            m_lockFile =
                std::make_unique<QLockFile>(m_config.spec.sqlitePath + QStringLiteral(".redirection.lock"));
            // A live holder is never taken over; a dead one's file is (QLockFile checks the pid).
            m_lockFile->setStaleLockTime(0);
        }
        m_locked = m_lockFile->tryLock(0);
    }
    m_lockTriedAt = m_locked ? QDateTime() : now;
    if (!m_locked) {
        for (auto &[id, s] : m_services)
            setStatus(id, s,
                      tr("Another PhoneDesk (a console or phonedesk-server) registers the phones of this "
                         "database; this one waits."));
    } else {
        qCInfo(lcRedirection) << "redirection: registering the phones of" << m_config.spec.describe();
    }
    return m_locked;
}

void RedirectionWorker::releaseLock()
{
    if (m_locked && m_db && m_db->isPostgres()) {
        QSqlQuery q(m_db->database());
        q.prepare(QStringLiteral("SELECT pg_advisory_unlock(?, 0)"));
        q.addBindValue(LockClass);
        q.exec();
    }
    if (m_lockFile)
        m_lockFile->unlock();
    m_lockFile.reset();
    m_locked = false;
}

void RedirectionWorker::databaseFailed(const Error &error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (error.fullText() != m_lastError || !m_lastErrorAt.isValid() || m_lastErrorAt.secsTo(now) >= 60) {
        qCWarning(lcRedirection).noquote() << "redirection:" << error.fullText();
        m_lastError = error.fullText();
        m_lastErrorAt = now;
    }
    for (auto &[id, s] : m_services)
        setStatus(id, s, tr("The database cannot be used: %1").arg(error.fullText()));
}

// --- what should be registered ------------------------------------------------------------

void RedirectionWorker::onChange(const ChangeEvent &event)
{
    if (!m_started)
        return;
    switch (event.entity) {
    case ChangeEvent::Entity::Phone:
        if (event.kind == ChangeEvent::Kind::Reset || event.ids.isEmpty())
            m_fullReconcile = true;
        else
            m_dirtyPhones.unite(QSet<Id>(event.ids.cbegin(), event.ids.cend()));
        break;
    case ChangeEvent::Entity::Site: // a provisioning host
    case ChangeEvent::Entity::BaseSettings: // a profile's model
        m_fullReconcile = true;
        break;
    default:
        return;
    }
    if (!m_reconcileTimer.isActive())
        m_reconcileTimer.start();
}

Result<QList<RedirectionWant>> RedirectionWorker::wanted(const QList<Id> &phoneIds)
{
    const QHash<QString, QString> &services = serviceOfModel();
    const QList<QString> models = services.keys();
    auto candidates =
        RedirectionRepository(*m_db).candidates(QSet<QString>(models.cbegin(), models.cend()), phoneIds);
    if (!candidates)
        return candidates.error();
    auto sites = m_db->sites().list();
    if (!sites)
        return sites.error();
    QHash<Id, QString> urls;
    for (const Site &site : std::as_const(*sites))
        urls.insert(site.id, ConfigService::provisioningUrl(site));
    QList<RedirectionWant> out;
    out.reserve(candidates->size());
    for (const RedirectionCandidate &c : std::as_const(*candidates))
        out.append({c.phoneId, services.value(c.modelId), c.mac, c.serialNumber, urls.value(c.siteId)});
    return out;
}

void RedirectionWorker::reconcile()
{
    m_reconcileTimer.setInterval(m_config.reconcileDelayMs);
    if (!ready()) {
        m_reconcileTimer.start(std::max(m_config.lockRetryMs, m_config.reconcileDelayMs));
        return;
    }
    const bool full = m_fullReconcile;
    const QList<Id> ids = full ? QList<Id>() : QList<Id>(m_dirtyPhones.cbegin(), m_dirtyPhones.cend());
    m_fullReconcile = false;
    m_dirtyPhones.clear();
    if (!full && ids.isEmpty()) {
        pump();
        return;
    }
    QSet<QString> configured;
    for (const auto &[id, s] : m_services) {
        if (s.client)
            configured.insert(id);
    }
    auto want = wanted(ids);
    auto changed =
        want ? RedirectionRepository(*m_db).reconcile(*want, configured, ids) : Result<int>(want.error());
    if (!changed) {
        databaseFailed(changed.error());
        // Tried again later, each time a little later: nothing is lost by waiting.
        m_fullReconcile = m_fullReconcile || full;
        m_dirtyPhones.unite(QSet<Id>(ids.cbegin(), ids.cend()));
        ++m_failuresInRow;
        m_reconcileTimer.start(std::min(m_config.pollMs << std::min(m_failuresInRow, 8), 5 * 60 * 1000));
        return;
    }
    m_failuresInRow = 0;
    if (*changed)
        qCInfo(lcRedirection) << "redirection:" << *changed << "phones to register, move or remove";
    pump();
}

// --- sending ------------------------------------------------------------------------------

void RedirectionWorker::pump()
{
    if (!ready())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto &[id, s] : m_services) {
        if (!s.client || s.busy || s.pausedUntilReconfigured)
            continue;
        if (s.pausedUntil.isValid() && now < s.pausedUntil)
            continue;
        s.pausedUntil = {};
        sendNext(id, s);
    }
}

void RedirectionWorker::sendNext(const QString &id, Service &s)
{
    RedirectionRepository repo(*m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int limit = std::max(s.client->registerBatchLimit(), s.client->removeBatchLimit());
    auto rows = repo.due(id, now, limit);
    if (!rows) {
        databaseFailed(rows.error());
        return;
    }
    s.lastDue = !rows->isEmpty();
    if (rows->isEmpty()) {
        const auto next = repo.nextDue(id);
        setStatus(id, s,
                  next && next->isValid()
                      ? tr("Up to date; some phones are tried again at %1.").arg(time(*next))
                      : tr("Up to date."));
        return;
    }
    const bool removing = rows->first().state == RedirectionState::Removing;
    const int batch = removing ? s.client->removeBatchLimit() : s.client->registerBatchLimit();
    QList<RedirectionDevice> devices;
    QList<Id> rowIds;
    for (const RedirectionRecord &r : std::as_const(*rows)) {
        if (devices.size() >= batch)
            break;
        devices.append({r.id, r.mac, r.serialNumber, r.url, r.remoteId, r.sentAt.isValid()});
        rowIds.append(r.id);
        s.inFlight.insert(r.id, r.mac);
    }
    // Marked before the request goes out: should the answer never be recorded, the rows are
    // looked up before they are sent again.
    if (auto marked = repo.markSent(rowIds, now); !marked) {
        databaseFailed(marked.error());
        return;
    }
    s.busy = true;
    setStatus(id, s,
              removing ? tr("Removing %n phone(s)…", nullptr, int(devices.size()))
                       : tr("Registering %n phone(s)…", nullptr, int(devices.size())));
    auto done = [this, id](const RedirectionBatchResult &result) { onBatch(id, result); };
    if (removing)
        s.client->removeDevices(devices, done);
    else
        s.client->registerDevices(devices, done);
}

void RedirectionWorker::onBatch(const QString &id, const RedirectionBatchResult &result)
{
    const auto it = m_services.find(id);
    if (it == m_services.end() || !m_db)
        return;
    Service &s = it->second;
    s.busy = false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto recorded = RedirectionRepository(*m_db).record(result.outcomes, now); !recorded) {
        // The rows stay marked sent: they are looked up before they go again.
        databaseFailed(recorded.error());
        return;
    }
    emit batchRecorded(id, int(result.outcomes.size()));
    // Each phone the service refused, by its MAC, with the service's words.
    for (const RedirectionOutcome &o : result.outcomes) {
        if (o.kind == RedirectionOutcome::Kind::Refused)
            qCWarning(lcRedirection).noquote()
                << QStringLiteral("redirection: %1 refused %2 (%3): %4")
                       .arg(s.client->displayName(), s.inFlight.value(o.rowId), o.reason, o.detail);
    }
    s.inFlight.clear();
    if (result.pausedUntilReconfigured) {
        s.pausedUntilReconfigured = true;
        s.lastDue = false; // nothing can be sent: nothing counts as due
        // Nothing of this service can succeed now: every phone waiting says so.
        (void)RedirectionRepository(*m_db).failWaiting(id, result.pauseReason, result.pauseDetail);
        setStatus(id, s,
                  tr("%1 refused the credentials (%2); nothing is sent until they change.")
                      .arg(s.client->displayName(), result.pauseDetail));
    } else if (result.pausedUntil.isValid()) {
        s.pausedUntil = result.pausedUntil;
        setStatus(id, s, tr("Paused until %1: %2").arg(time(s.pausedUntil), result.pauseDetail));
        QTimer::singleShot(std::max<qint64>(0, now.msecsTo(s.pausedUntil)) + 10, this,
                           &RedirectionWorker::pump);
    }
    pumpNow(); // the other services, and this one when it is not paused
}

} // namespace PhoneDesk
