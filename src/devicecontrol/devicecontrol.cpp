#include "devicecontrol.h"

#include "auditrepository.h"
#include "changefeed.h"
#include "commandqueue.h"
#include "connectionguard.h"
#include "modelcatalog.h"
#include "phonerepository.h"
#include "statusrepository.h"
#include "storage.h"
#include "teamrepository.h"
#include "tlsthreadstate.h"

#include "pollingworker.h"

#include <QCoreApplication>
#include <QDebug>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QThread>

namespace PhoneDesk {

namespace {

QString pinKey(Id phoneId)
{
    return QStringLiteral("devicecontrol.restPin.") + QString::number(phoneId);
}

// Why a phone that has an address on record has no probe path (probeTargetOf() gave none), e.g.
// "documentation address, not probed"; empty when it has no address at all.
QString refusedAddressReason(const PhoneRow &row)
{
    if (row.category == PhoneCategory::WebRtc || row.category == PhoneCategory::Remote)
        return {};
    const QString address = !row.networkAddress.isEmpty() ? row.networkAddress : row.lastFetchIp;
    QString error;
    if (address.isEmpty() || SipTarget::parse(address, SipTransport::Udp, &error))
        return {};
    return error;
}

QString actionText(Operation::Kind kind)
{
    switch (kind) {
    case Operation::Kind::Restart:
        return QCoreApplication::translate("PhoneDesk::DeviceControl", "restart phones");
    case Operation::Kind::Resync:
        return QCoreApplication::translate("PhoneDesk::DeviceControl", "resync phones");
    case Operation::Kind::LogOut:
        return QCoreApplication::translate("PhoneDesk::DeviceControl", "log out phones");
    case Operation::Kind::CheckStatus:
        return QCoreApplication::translate("PhoneDesk::DeviceControl", "check phone status");
    }
    return {};
}

} // namespace

QString commandKey(Operation::Kind kind)
{
    switch (kind) {
    case Operation::Kind::Restart:
        return QStringLiteral("restart");
    case Operation::Kind::Resync:
        return QStringLiteral("resync");
    case Operation::Kind::LogOut:
        return QStringLiteral("logout");
    case Operation::Kind::CheckStatus:
        return QStringLiteral("check");
    }
    return {};
}

std::optional<Operation::Kind> commandKindFromKey(const QString &key)
{
    for (const Operation::Kind kind : {Operation::Kind::Restart, Operation::Kind::Resync,
                                       Operation::Kind::LogOut, Operation::Kind::CheckStatus}) {
        if (commandKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

DeviceControl::DeviceControl(Storage *storage, DeviceControlConfig config, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_config(std::move(config))
    , m_client(new SipClient(m_config.sip, this))
    , m_runner(new CommandRunner(m_client, m_config.commands, this))
{
    qRegisterMetaType<QList<PhoneDesk::StatusRecord>>();
    qRegisterMetaType<QList<PhoneDesk::ProbeUpdate>>();
    qRegisterMetaType<PhoneDesk::SweepStats>();

    const ConnectionSpec &spec = storage->spec();
    const bool privateDatabase = spec.isPrivate();
    PollingWorker::Setup setup;
    setup.spec = spec;
    setup.actor = storage->actor();
    setup.role = storage->role();
    setup.sip = m_config.sip;
    setup.poller = m_config.poller;
    const bool ownThread = m_config.pollInOwnThread && !privateDatabase;
    if (!ownThread)
        setup.shared = storage;
    m_worker = new PollingWorker(std::move(setup));
    if (ownThread) {
        m_thread = new QThread(this);
        m_thread->setObjectName(QStringLiteral("phonedesk-poller"));
        freeTlsStateWhenFinished(*m_thread); // its database connection may be TLS (PostgreSQL)
        m_worker->moveToThread(m_thread);
        // Below the window's thread: when the cores are busy (a sweep of tens of thousands of
        // phones and its status writes), the window is served first. Windows and macOS map this
        // to a thread priority; Linux needs the thread's nice value (PollingWorker::initialise).
        m_thread->start(QThread::LowPriority);
    }
    connect(m_worker, &PollingWorker::statusesWritten, this, &DeviceControl::statusesChanged);
    connect(m_worker, &PollingWorker::sweepFinished, this, &DeviceControl::sweepFinished);
    connect(m_worker, &PollingWorker::pollingError, this, &DeviceControl::pollingError);
    connect(m_runner, &CommandRunner::phoneFinished, this, &DeviceControl::auditResult);
    connect(m_runner, &CommandRunner::restartBegan, this, [this](Id id) {
        StatusRecord r;
        r.phoneId = id;
        r.status = PhoneStatus::Restarting;
        r.detail = QCoreApplication::translate("PhoneDesk::DeviceControl", "restart in progress");
        onWorker(
            [w = m_worker, id, r] {
                w->suspend(id);
                w->writeRecords({r});
            },
            false);
    });
    connect(m_runner, &CommandRunner::restartEnded, this, [this](Id id, bool) {
        // The poller decides what the phone is now, at once.
        onWorker([w = m_worker, id] { w->resume(id); }, false);
    });
    m_runner->setFetchTimes([this](const QList<Id> &ids) {
        QHash<Id, QDateTime> times;
        if (auto records = m_storage->status().getMany(ids)) {
            for (auto it = records->cbegin(); it != records->cend(); ++it)
                times.insert(it.key(), it->lastFetch.time);
        }
        return times;
    });
}

DeviceControl::~DeviceControl()
{
    if (m_listening) {
        if (QSqlDatabase db = m_storage->database(); db.isOpen() && db.driver())
            db.driver()->unsubscribeFromNotification(QString::fromLatin1(CommandQueue::Channel));
    }
    // The worker's socket, timers and database connection belong to its thread: they go there.
    onWorker([w = m_worker] { w->shutdown(); }, true);
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
    delete m_worker;
    // The runner cancels the SIP transactions of commands still running: it goes before the
    // client, which as the earlier child would otherwise be deleted first.
    delete m_runner;
}

void DeviceControl::onWorker(std::function<void()> call, bool wait)
{
    if (!m_thread) {
        call();
        return;
    }
    QMetaObject::invokeMethod(m_worker, std::move(call),
                              wait ? Qt::BlockingQueuedConnection : Qt::QueuedConnection);
}

bool DeviceControl::isPolling() const
{
    return m_worker->isRunning();
}

int DeviceControl::probesInFlight() const
{
    return m_worker->inFlight();
}

SipClient::Stats DeviceControl::sipStats()
{
    SipClient::Stats poller;
    onWorker([w = m_worker, &poller] { poller = w->sipStats(); }, true);
    const SipClient::Stats commands = m_client->stats();
    SipClient::Stats sum;
    sum.requests = poller.requests + commands.requests;
    sum.retransmissions = poller.retransmissions + commands.retransmissions;
    sum.responses = poller.responses + commands.responses;
    sum.unsolicited = poller.unsolicited + commands.unsolicited;
    sum.stray = poller.stray + commands.stray;
    sum.malformed = poller.malformed + commands.malformed;
    sum.timeouts = poller.timeouts + commands.timeouts;
    sum.transportErrors = poller.transportErrors + commands.transportErrors;
    return sum;
}

std::pair<QHostAddress, quint16> DeviceControl::pollingSocket()
{
    std::pair<QHostAddress, quint16> socket;
    onWorker([w = m_worker, &socket] { socket = w->sipSocket(); }, true);
    return socket;
}

Result<void> DeviceControl::ensureClient()
{
    return m_client->isStarted() ? Result<void>() : m_client->start();
}

Result<void> DeviceControl::startPolling()
{
    // Waits only for the socket (an address in use is returned here); opening the poller's
    // database connection, reading the phones and sweeping go on in the poller's thread, and their
    // errors arrive as pollingError().
    Result<void> opened;
    onWorker([w = m_worker, &opened] { opened = w->open(); }, true);
    if (!opened)
        return opened;
    m_worker->markRunning();
    onWorker([w = m_worker] { w->start(); }, false);
    return {};
}

void DeviceControl::stopPolling()
{
    onWorker([w = m_worker] { w->stop(); }, true);
}

Result<void> DeviceControl::reloadPhones()
{
    Result<void> result;
    onWorker([w = m_worker, &result] { result = w->reloadPhones(); }, true);
    return result;
}

Result<QList<PhoneRow>> DeviceControl::rowsOf(const QList<Id> &phoneIds) const
{
    auto rows = m_storage->phones().rows(phoneIds);
    if (!rows)
        return rows.error();
    if (auto r = checkAllFound(phoneIds, *rows); !r)
        return r.error();
    return rows;
}

Result<void> DeviceControl::checkAllFound(const QList<Id> &phoneIds, const QList<PhoneRow> &rows) const
{
    // A member limited to some sites does not see the phones of others (row-level security on
    // PostgreSQL): a command naming one of them is refused as a whole, rather than sent to some.
    // Without a site limit a phone deleted meanwhile is simply left out, as always.
    if (!m_storage->identity().sites)
        return {};
    const QSet<Id> wanted(phoneIds.cbegin(), phoneIds.cend());
    if (rows.size() >= wanted.size())
        return {};
    const int missing = int(wanted.size() - rows.size());
    return m_storage->outOfScopeError(QCoreApplication::translate(
        "PhoneDesk::DeviceControl", "send commands to %n of the chosen phones", nullptr, missing));
}

Result<QList<CommandTarget>> DeviceControl::commandTargets(const QList<Id> &phoneIds, Operation::Kind kind)
{
    auto rows = rowsOf(phoneIds);
    if (!rows)
        return rows.error();
    QList<CommandTarget> targets;
    targets.reserve(rows->size());
    for (const PhoneRow &row : std::as_const(*rows)) {
        CommandTarget t;
        t.phoneId = row.id;
        t.name = row.name;
        t.sip = probeTargetOf(row);
        const PhoneModel *model = ModelCatalog::builtin().find(row.modelId);
        if (model) {
            t.channel = model->restartChannel;
            if (!model->rebootEvent.isEmpty())
                t.rebootEvent = model->rebootEvent;
            if (!model->resyncEvent.isEmpty())
                t.resyncEvent = model->resyncEvent;
        } else {
            t.channel = RestartChannel::SipNotify;
        }
        // The REST API needs the phone's admin password: only for those who may read it (in
        // team mode Operators may not; their restart uses SIP NOTIFY).
        if (kind == Operation::Kind::Restart && t.channel == RestartChannel::PolyRest && t.sip &&
            m_storage->canReadSecrets()) {
            auto secret = m_storage->phones().deviceSecret(row.id);
            auto pin = m_storage->setting(pinKey(row.id));
            if (secret && !secret->isEmpty() && pin && !pin->isEmpty()) {
                PolyRestTarget rest;
                rest.address = t.sip->address;
                rest.port = m_config.polyRestPort;
                rest.password = *secret;
                rest.pinnedSha256 = QByteArray::fromHex(pin->toLatin1());
                t.rest = rest;
            }
        }
        if (!t.sip && kind != Operation::Kind::LogOut) {
            // Said at once and precisely; nothing is sent.
            if (const QString why = refusedAddressReason(row); !why.isEmpty()) {
                t.settled = Operation::State::Failed;
                t.settledReason = why;
            }
        }
        if (kind == Operation::Kind::LogOut) {
            if (row.category == PhoneCategory::WebRtc || row.category == PhoneCategory::Remote) {
                t.settled = Operation::State::Succeeded;
                t.settledReason =
                    QCoreApplication::translate("PhoneDesk::DeviceControl", "user association removed");
            } else if (!t.sip) {
                t.settled = Operation::State::Succeeded;
                t.settledReason = QCoreApplication::translate(
                    "PhoneDesk::DeviceControl",
                    "user association removed; the phone has no address to resync, it picks "
                    "up the change at its next configuration fetch");
                if (const QString why = refusedAddressReason(row); !why.isEmpty())
                    t.settledReason += QStringLiteral(" (") + why + u')';
            }
        }
        targets.append(t);
    }
    return targets;
}

Result<Operation *> DeviceControl::checkStatus(const QList<Id> &phoneIds)
{
    if (commandsThroughDatabase())
        return submit(Operation::Kind::CheckStatus, phoneIds);
    return checkStatusHere(phoneIds);
}

Result<Operation *> DeviceControl::checkStatusHere(const QList<Id> &phoneIds)
{
    if (auto r =
            m_storage->require(Permission::ControlPhones,
                               QCoreApplication::translate("PhoneDesk::DeviceControl", "check phone status"));
        !r)
        return r.error();
    if (auto r = ensureClient(); !r)
        return r.error();
    auto rows = rowsOf(phoneIds);
    if (!rows)
        return rows.error();
    QList<Operation::PhoneResult> results;
    QList<Id> probe;
    for (const PhoneRow &row : std::as_const(*rows)) {
        Operation::PhoneResult r;
        r.phoneId = row.id;
        r.phoneName = row.name;
        if (probeTargetOf(row)) {
            probe.append(row.id);
        } else {
            // Nothing to probe: "not checked", no failure of the phone's own.
            r.state = Operation::State::Succeeded;
            r.status = PhoneStatus::NotMonitored;
            r.reason = displayName(PhoneStatus::NotMonitored);
        }
        results.append(r);
    }
    auto *operation = new Operation(Operation::Kind::CheckStatus, results, this);
    if (!probe.isEmpty()) {
        const QSet<Id> wanted(probe.cbegin(), probe.cend());
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(m_worker, &PollingWorker::probed, operation,
                              [operation, wanted, connection](const QList<ProbeUpdate> &updates) {
                                  for (const ProbeUpdate &u : updates) {
                                      if (!wanted.contains(u.phoneId))
                                          continue;
                                      const int i = operation->indexOf(u.phoneId);
                                      // Succeeds for a phone that answered; one that did not has failed.
                                      operation->setPhoneStatus(i, u.status);
                                      operation->setPhoneState(
                                          i,
                                          Operation::answered(u.status) ? Operation::State::Succeeded
                                                                        : Operation::State::Failed,
                                          displayName(u.status) + QStringLiteral(": ") + u.detail);
                                  }
                                  if (operation->isFinished())
                                      QObject::disconnect(*connection);
                              });
        for (const Id id : std::as_const(probe))
            operation->setPhoneState(operation->indexOf(id), Operation::State::InProgress);
        onWorker([w = m_worker, probe] { w->checkNow(probe); }, false);
    }
    return operation;
}

Result<QList<CommandTarget>> DeviceControl::prepareCommand(Operation::Kind kind, const QList<Id> &phoneIds,
                                                           const QString &action)
{
    if (auto r = m_storage->require(Permission::ControlPhones, action); !r)
        return r.error();
    if (auto r = ensureClient(); !r)
        return r.error();
    return commandTargets(phoneIds, kind);
}

Result<Operation *> DeviceControl::restart(const QList<Id> &phoneIds)
{
    if (commandsThroughDatabase())
        return submit(Operation::Kind::Restart, phoneIds);
    return runLocal(Operation::Kind::Restart, phoneIds, false);
}

Result<Operation *> DeviceControl::resync(const QList<Id> &phoneIds)
{
    if (commandsThroughDatabase())
        return submit(Operation::Kind::Resync, phoneIds);
    return runLocal(Operation::Kind::Resync, phoneIds, false);
}

Result<Operation *> DeviceControl::logOut(const QList<Id> &phoneIds)
{
    if (commandsThroughDatabase())
        return submit(Operation::Kind::LogOut, phoneIds);
    return runLocal(Operation::Kind::LogOut, phoneIds, true);
}

Result<Operation *> DeviceControl::runHere(Operation::Kind kind, const QList<Id> &phoneIds)
{
    if (kind == Operation::Kind::CheckStatus)
        return checkStatusHere(phoneIds);
    return runLocal(kind, phoneIds, false);
}

Result<Operation *> DeviceControl::runLocal(Operation::Kind kind, const QList<Id> &phoneIds, bool clearUsers)
{
    auto targets = prepareCommand(kind, phoneIds, actionText(kind));
    if (!targets)
        return targets.error();
    if (kind == Operation::Kind::LogOut && clearUsers) {
        // The association goes first, in one transaction (which also bumps each phone's version, so
        // its configuration counts as changed); only then are phones told to fetch it.
        if (auto cleared = m_storage->phones().clearUser(phoneIds); !cleared)
            return cleared.error();
    }
    return m_runner->run(kind, *targets);
}

bool DeviceControl::commandsThroughDatabase() const
{
    const SessionIdentity &identity = m_storage->identity();
    if (m_config.commandRouting != DeviceControlConfig::CommandRouting::Auto || !m_storage->isPostgres() ||
        !identity.fromDatabase || identity.server)
        return false;
    if (!identity.owner)
        return true;
    if (!m_ownerWithServers) {
        // Not a team database, or one without a server login: the owner's console and CLI do the
        // work themselves, as on a database of one administrator.
        auto members = m_storage->team().list();
        m_ownerWithServers = members &&
            std::any_of(members->cbegin(), members->cend(),
                        [](const TeamMember &m) { return m.role == TeamRole::Server; });
    }
    return *m_ownerWithServers;
}

Result<Operation *> DeviceControl::submit(Operation::Kind kind, const QList<Id> &phoneIds)
{
    if (auto r = m_storage->require(Permission::ControlPhones, actionText(kind)); !r)
        return r.error();
    auto rows = rowsOf(phoneIds);
    if (!rows)
        return rows.error();
    CommandQueue queue(*m_storage);
    auto live = queue.serverRunning();
    if (!live)
        return live.error();
    if (!*live)
        return Error::make(
            Error::Code::Network,
            QCoreApplication::translate("PhoneDesk::DeviceControl",
                                        "No phonedesk-server is running for this database; the "
                                        "command was not sent."));
    QList<Operation::PhoneResult> results;
    QList<Id> ids;
    for (const PhoneRow &row : std::as_const(*rows)) {
        Operation::PhoneResult r;
        r.phoneId = row.id;
        r.phoneName = row.name;
        results.append(r);
        ids.append(row.id);
    }
    Id commandId = 0;
    if (!ids.isEmpty()) {
        auto queued = m_storage->inTransaction([&]() -> Result<void> {
            // Log Out: the association goes first, in the same transaction as the command; the
            // server only tells the phones to fetch their configuration.
            if (kind == Operation::Kind::LogOut) {
                if (auto cleared = m_storage->phones().clearUser(ids); !cleared)
                    return cleared;
            }
            auto id = queue.submit(commandKey(kind), ids);
            if (!id)
                return id.error();
            commandId = *id;
            return {};
        });
        if (!queued)
            return queued.error();
    }
    auto *operation = new Operation(kind, results, this);
    if (commandId == 0)
        return operation;
    m_remote.insert(commandId, operation);
    connect(operation, &Operation::cancelRequested, this, [this, commandId] {
        CommandQueue q(*m_storage);
        if (auto r = q.requestCancel(commandId); !r)
            emit pollingError(r.error().fullText());
    });
    connect(operation, &QObject::destroyed, this, [this, commandId] { m_remote.remove(commandId); });
    listenForCommands();
    if (!m_remoteTimer) {
        // Notifications make it prompt; this catches what a lost connection did not announce.
        m_remoteTimer = new QTimer(this);
        m_remoteTimer->setInterval(1000);
        connect(m_remoteTimer, &QTimer::timeout, this, [this] {
            const QList<Id> ids = m_remote.keys();
            for (const Id id : ids)
                refreshRemote(id);
            if (m_remote.isEmpty())
                m_remoteTimer->stop();
        });
    }
    m_remoteTimer->start();
    QMetaObject::invokeMethod(
        this, [this, commandId] { refreshRemote(commandId); }, Qt::QueuedConnection);
    return operation;
}

void DeviceControl::listenForCommands()
{
    if (m_listening)
        return;
    QSqlDriver *driver = m_storage->database().driver();
    if (!driver)
        return;
    m_listening = driver->subscribeToNotification(QString::fromLatin1(CommandQueue::Channel));
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name != QLatin1String(CommandQueue::Channel))
                    return;
                const Id id = payload.toString().toLongLong();
                if (m_remote.contains(id))
                    refreshRemote(id);
            });
}

void DeviceControl::refreshRemote(Id commandId)
{
    const QPointer<Operation> operation = m_remote.value(commandId);
    if (!operation || operation->isFinished()) {
        m_remote.remove(commandId);
        return;
    }
    CommandQueue queue(*m_storage);
    auto rows = queue.results(commandId);
    if (!rows)
        return; // the timer tries again; the connection guard says what is wrong
    for (const CommandResultRow &row : std::as_const(*rows)) {
        const int i = operation->indexOf(row.phoneId);
        if (i < 0)
            continue;
        if (row.state == QLatin1String("running")) {
            operation->setPhoneState(i, Operation::State::InProgress);
            continue;
        }
        const Operation::State state = row.state == QLatin1String("succeeded") ? Operation::State::Succeeded
            : row.state == QLatin1String("failed")                             ? Operation::State::Failed
            : row.state == QLatin1String("cancelled")                          ? Operation::State::Cancelled
                                                                               : Operation::State::Queued;
        if (state == Operation::State::Queued)
            continue;
        if (const auto status = phoneStatusFromKey(row.status); status && !row.status.isEmpty())
            operation->setPhoneStatus(i, *status);
        QString reason = row.detail;
        if (reason.isEmpty() && state == Operation::State::Cancelled)
            reason = QCoreApplication::translate("PhoneDesk::DeviceControl", "cancelled");
        operation->setPhoneState(i, state, reason);
    }
    if (operation && operation->isFinished())
        m_remote.remove(commandId);
}

Result<void> DeviceControl::pinRestCertificate(Id phoneId, const QByteArray &sha256)
{
    if (!sha256.isEmpty() && sha256.size() != 32)
        return Error::make(Error::Code::Validation,
                           QCoreApplication::translate("PhoneDesk::DeviceControl",
                                                       "A certificate pin is a SHA-256 digest of 32 bytes."));
    return m_storage->setSetting(pinKey(phoneId), QString::fromLatin1(sha256.toHex()));
}

Result<QByteArray> DeviceControl::restCertificatePin(Id phoneId)
{
    auto pin = m_storage->setting(pinKey(phoneId));
    if (!pin)
        return pin.error();
    return QByteArray::fromHex(pin->toLatin1());
}

Result<void> DeviceControl::fetchRestCertificate(Id phoneId, PolyRestClient::CertificateCallback callback)
{
    if (auto r = m_storage->require(
            Permission::Administer,
            QCoreApplication::translate("PhoneDesk::DeviceControl", "pin a phone's web certificate"));
        !r)
        return r;
    auto rows = m_storage->phones().rows({phoneId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("PhoneDesk::DeviceControl", "The phone no longer exists."));
    const auto target = probeTargetOf(rows->constFirst());
    if (!target) {
        if (const QString why = refusedAddressReason(rows->constFirst()); !why.isEmpty())
            return Error::make(Error::Code::Validation, rows->constFirst().name + QStringLiteral(": ") + why);
        return Error::make(
            Error::Code::Validation,
            QCoreApplication::translate("PhoneDesk::DeviceControl", "%1 has no network address to reach.")
                .arg(rows->constFirst().name));
    }
    if (!m_certificateClient) {
        m_certificateClient = new PolyRestClient(this);
        m_certificateClient->setTimeoutMs(m_config.commands.restTimeoutMs);
    }
    m_certificateClient->fetchCertificate(target->address, m_config.polyRestPort, std::move(callback));
    return {};
}

void DeviceControl::auditResult(Operation *operation, int index)
{
    if (!operation || operation->kind() == Operation::Kind::CheckStatus)
        return;
    const Operation::PhoneResult &r = operation->results().at(index);
    static const char *const actions[] = {"phone.restart", "phone.resync", "phone.logout.resync",
                                          "phone.check"};
    const QString state = r.state == Operation::State::Succeeded ? QStringLiteral("succeeded")
        : r.state == Operation::State::Cancelled                 ? QStringLiteral("cancelled")
                                                                 : QStringLiteral("failed");
    // Run for a team member by phonedesk-server: the entry is the server's (the database records
    // the login that writes it), and names who asked.
    const QString details = operation->requestedBy().isEmpty()
        ? state + QStringLiteral(": ") + r.reason
        : QStringLiteral("%1: %2 (requested by %3)").arg(state, r.reason, operation->requestedBy());
    writeAudit({QString::fromLatin1(actions[int(operation->kind())]), r.phoneId, r.phoneName, details});
}

void DeviceControl::writeAudit(const AuditNote &note)
{
    auto written = m_storage->audit().add(note.action, QStringLiteral("phone"), note.phoneId, note.phoneName,
                                          note.details);
    if (written)
        return;
    ConnectionGuard *guard = ConnectionGuard::of(*m_storage);
    if (!guard || (guard->isConnected() && !guard->checkAfterFailure())) {
        emit pollingError(
            QCoreApplication::translate("PhoneDesk::DeviceControl", "Could not write the audit log: %1")
                .arg(written.error().fullText()));
        return;
    }
    // The database is away (a restart): the entry is written once the connection is back.
    if (m_pendingAudit.size() >= MaxPendingAudit) {
        if (m_pendingAudit.size() == MaxPendingAudit)
            qWarning().noquote() << QStringLiteral("audit entries of command results: %1 are waiting for the "
                                                   "database; further ones are left out")
                                        .arg(MaxPendingAudit);
        return;
    }
    m_pendingAudit.append(note);
    if (!m_auditRetryConnected) {
        connect(guard, &ConnectionGuard::restored, this, &DeviceControl::writePendingAudit);
        m_auditRetryConnected = true;
    }
}

void DeviceControl::writePendingAudit()
{
    const QList<AuditNote> pending = std::exchange(m_pendingAudit, {});
    for (const AuditNote &note : pending)
        writeAudit(note); // kept again if the connection is lost once more
}

} // namespace PhoneDesk
